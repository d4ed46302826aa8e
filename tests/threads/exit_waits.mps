# the program waits for non-daemon threads after the main code ends
import os, threading, time
_stop = threading.Event()
threading.Thread(target=lambda: _stop.wait(8) or os._exit(99), name='watchdog', daemon=True).start()

def late():
    time.sleep(0.1)
    print('worker finished', flush=True)
    _stop.set()

threading.Thread(target=late).start()
print('main finished', flush=True)
