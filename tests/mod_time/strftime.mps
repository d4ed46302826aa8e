# time.strftime with a fixed struct_time tuple (optional feature of mps)
import time
t = (2024, 3, 9, 14, 5, 7, 5, 69, -1)
print(time.strftime('%Y-%m-%d %H:%M:%S', t))
print(time.strftime('%y/%m/%d', t), time.strftime('%j', t), time.strftime('%%', t))
print(time.strftime('%A %B', t), time.strftime('%a %b', t))
print(len(time.strftime('%Y')), time.strftime('%Y').isdigit())
