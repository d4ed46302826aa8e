# hashlib in worker processes: each worker hashes its chunk; the parent checks
import hashlib
from multiprocessing import Pool


def digest(seed):
    data = bytes((seed * 7 + i) % 256 for i in range(20000))
    return seed, hashlib.sha256(data).hexdigest()[:16]


if __name__ == '__main__':
    with Pool(2) as pool:
        results = pool.map(digest, range(6))
    for seed, d in results:
        print(seed, d, d == digest(seed)[1])
