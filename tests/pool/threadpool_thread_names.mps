import threading
from multiprocessing.pool import ThreadPool
def name(_):
    return threading.current_thread().name.split(' ', 1)[1]
with ThreadPool(2) as p:
    print(sorted(set(p.map(name, range(4)))))
