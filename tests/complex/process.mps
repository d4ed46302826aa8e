# complex values cross processes: Process args, Queue both ways, signed zeros and nan/inf kept
import multiprocessing as mp

def work(q, z, items):
    q.put((z * 2, [repr(x) for x in items], complex(z.imag, z.real)))
    q.put({1j: -0j, 'k': (complex(float('inf'), -0.0), 0j)})

if __name__ == '__main__':
    q = mp.Queue()
    items = [1j, -0j, complex(-0.0, -0.0), complex(float('nan'), 1), 1e300+1e-300j, (2j, [3-4j])]
    p = mp.Process(target=work, args=(q, 1.5-2j, items))
    p.start()
    print(q.get(timeout=5))
    d = q.get(timeout=5)
    print(d, repr(d[1j]))
    p.join()
    print(p.exitcode)
    q.put([5+6j, -0j])
    print(q.get(timeout=5))
    # constants that compare equal stay distinct
    a, b, c = 0j, -0j, complex(0.0, -0.0)
    print(repr(0j), repr(-0j), repr(a), repr(b), repr(c), 0j == -0j)
    def f(): return (0j, 1j, -1j, 0.0j, -0.0j)
    print(f())
