# Array('c'): built from bytes, slices are bytes, .value up to the first NUL and .raw, shared with a child (start-methods: fork spawn forkserver)
import multiprocessing as mp
def child(a):
    a.value = b'from child'
if __name__ == '__main__':
    a = mp.Array('c', b'hello')
    print(a[:], a.value, a.raw, len(a), a[0], a[1:3])
    b = mp.Array('c', 12)
    print(b[:], repr(b.value))
    b.value = b'hi'
    print(b.value, b.raw)
    p = mp.Process(target=child, args=(b,))
    p.start(); p.join()
    print(b.value)
    try:
        b.value = b'x' * 20
    except ValueError as e:
        print('ValueError', e)
    i = mp.Array('i', [1, 2, 3])
    print(i[:], hasattr(i, 'value'))
