# signal: handlers run in the main thread; SIG_IGN, SIG_DFL, default_int_handler, getsignal, Signals, alarm
import signal, os, time
got = []
def h(sig, frame):
    got.append(sig)
old = signal.signal(signal.SIGUSR1, h)
print(old, signal.getsignal(signal.SIGINT) is signal.default_int_handler)
os.kill(os.getpid(), signal.SIGUSR1)
time.sleep(0.05)
print(got, signal.Signals(15).name, signal.getsignal(signal.SIGUSR1) is h)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_IGN)
def on_int(s, f):
    print('custom SIGINT', s)
signal.signal(signal.SIGINT, on_int)
os.kill(os.getpid(), signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
try:
    signal.signal(signal.SIGKILL, h)
except OSError as e:
    print('OSError', e.errno)
signal.signal(signal.SIGALRM, lambda s, f: print('alarm'))
signal.alarm(1)
time.sleep(1.2)
