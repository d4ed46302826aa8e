import os, time
# POSIX zone strings: no tzdata needed
os.environ['TZ'] = 'EST+05EDT,M3.2.0,M11.1.0'
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname)
t = 1700000000
lt = time.localtime(t)
print(tuple(lt))
print(time.strftime('%Y-%m-%d %H:%M:%S %z %Z', lt))
summer = time.localtime(1690000000)
print(time.strftime('%H:%M %z %Z', summer), summer.tm_isdst)
print(time.mktime(lt) == t)
os.environ['TZ'] = 'IST-05:30'
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname)
print(time.strftime('%H:%M %z %Z', time.localtime(t)))
print(time.ctime(t))
os.environ['TZ'] = 'UTC0'
time.tzset()
print(time.timezone, time.tzname, time.strftime('%z', time.localtime(t)))
