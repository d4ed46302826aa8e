# priority-queue task scheduler with heapq: ties broken by sequence number, re-scheduling, cancellation
import heapq
import itertools

class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = itertools.count()
        self.entries = {}
        self.clock = 0
        self.log = []

    def add(self, name, priority, duration, repeat=0):
        if name in self.entries:
            self.cancel(name)
        entry = [priority, next(self.counter), name, duration, repeat]
        self.entries[name] = entry
        heapq.heappush(self.queue, entry)

    def cancel(self, name):
        entry = self.entries.pop(name)
        entry[2] = None

    def run(self, limit=100):
        steps = 0
        while self.queue and steps < limit:
            priority, seq, name, duration, repeat = heapq.heappop(self.queue)
            if name is None:
                continue
            del self.entries[name]
            self.clock += duration
            self.log.append((self.clock, name, priority))
            print(f"t={self.clock:3d} ran {name:<10} prio={priority} seq={seq}")
            if repeat > 0:
                self.add(name, priority + 1, duration, repeat - 1)
            steps += 1
        return steps

s = Scheduler()
s.add("backup", 5, 30)
s.add("email", 1, 2, repeat=2)
s.add("compile", 3, 10)
s.add("index", 3, 7)
s.add("cleanup", 9, 1)
s.add("report", 2, 4)
s.cancel("cleanup")
s.add("index", 0, 7)
print("ran", s.run(), "tasks; clock", s.clock)
print("order:", [name for _, name, _ in s.log])
print("pending:", s.queue, s.entries)

data = [(5, "e"), (1, "a"), (4, "d"), (2, "b"), (3, "c"), (1, "z")]
h = []
for item in data:
    heapq.heappush(h, item)
print([heapq.heappop(h) for _ in range(len(h))])
nums = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0]
heapq.heapify(nums)
print(nums[0], len(nums), sorted(nums) == [heapq.heappop(nums) for _ in range(10)])
print(heapq.nlargest(3, [3, 1, 4, 1, 5, 9, 2, 6]), heapq.nsmallest(2, "mississippi"))
print(heapq.nlargest(2, [{"n": 1}, {"n": 5}, {"n": 3}], key=lambda d: d["n"]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
h = [3, 5, 7]
print(heapq.heappushpop(h, 1), heapq.heapreplace(h, 10), h)
