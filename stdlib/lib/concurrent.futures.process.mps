# concurrent.futures.process — ProcessPoolExecutor and BrokenProcessPool.
from concurrent.futures import ProcessPoolExecutor, BrokenProcessPool
