for spec in ('z.1f', 'z.0f', 'z.2e', 'z.1%', 'z', 'z.3g', '+z.1f', 'z.1f'):
    for v in (-0.01, -0.0, 0.0, -0.06, -1e-9, -5.0, float('-inf'), float('nan')):
        print(spec, v, format(v, spec))
print('{:z.1f} {:z.2f}'.format(-0.001, -0.004))
print(f'{-0.0001:z.2f}')
