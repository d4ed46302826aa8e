# concurrent.futures.thread — ThreadPoolExecutor and BrokenThreadPool.
from concurrent.futures import ThreadPoolExecutor, BrokenThreadPool
