# Executors nobody shuts down finish the work already submitted before the program ends (start-methods: fork spawn forkserver)
import concurrent.futures as cf, time
def slow(x, delay=0.2):
    time.sleep(delay)
    print('task ran', x, flush=True)
    return x
if __name__ == '__main__':
    e = cf.ThreadPoolExecutor(1)
    e.submit(slow, 1)
    e.submit(slow, 2)
    p = cf.ProcessPoolExecutor(1)
    p.submit(slow, 3, 0.8)
    print('main end', flush=True)
