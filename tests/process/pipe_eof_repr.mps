import multiprocessing as mp
a, b = mp.Pipe()
b.close()
try:
    a.recv()
except EOFError as e:
    print(repr(e), e.args)
