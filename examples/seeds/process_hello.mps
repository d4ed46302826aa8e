# A child process runs a function; the parent waits for it with join().
# (The first example of the seed posts, in mps's words.)
from multiprocessing import Process
import os


def greet(name):
    print('hello', name, 'from process', os.getpid(), 'child of', os.getppid())


if __name__ == '__main__':
    p = Process(target=greet, args=('bob',))
    p.start()
    p.join()
    print('child', p.name, 'ended with exit code', p.exitcode)
