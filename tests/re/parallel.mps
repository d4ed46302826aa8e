# re across threads and processes: patterns shared by threads, compiled patterns sent to Pool workers and inherited by a forked Process
import re
import threading
from multiprocessing import Pool, Process, Queue

WORD = re.compile(r'(?P<w>[^\W\d]+)|(?P<n>\d+)')


def kinds(text):
    return [(m.lastgroup, m.group()) for m in WORD.finditer(text)]


def apply(args):
    pattern, repl, text = args
    return pattern.subn(repl, text)


def child(q):
    q.put((WORD.findall('abc 12 é'), re.sub(r'(\d)', r'<\1>', 'a1b2')))


if __name__ == '__main__':
    texts = ['abc 12 déf', 'x1y2', '', '日本 3']
    with Pool(2) as pool:
        print(pool.map(kinds, texts))
        jobs = [(re.compile(r'\s+'), ' ', 'a  b\t\tc'), (re.compile(b'[aeiou]', re.I), b'_', b'bAnana'),
                (re.compile('(?P<x>é)', re.I), r'[\g<x>]', 'ÉtÉ')]
        print(pool.map(apply, jobs))
    q = Queue()
    p = Process(target=child, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode)

    shared = re.compile(r'(\w+)@(\w+)\.com')
    text = ' '.join('user%d@host%d.com' % (i, i % 7) for i in range(200))
    results = []
    lock = threading.Lock()

    def work(k):
        hosts = {}
        for _ in range(20):
            for m in shared.finditer(text):
                hosts[m.group(2)] = hosts.get(m.group(2), 0) + 1
            local = re.compile(r'user(\d+)@host%d' % k)
            n = len(local.findall(text))
        with lock:
            results.append((k, sorted(hosts.items())[0], n))

    threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(results))
