# helper of spawn_without_guard.mps: starts a process at module level, without the __main__ guard
import multiprocessing as mp
def f():
    print('child ran')
ctx = mp.get_context('spawn')
p = ctx.Process(target=f)
p.start()
p.join()
print('exitcode', p.exitcode)
