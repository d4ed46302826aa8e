# SystemExit runs finally blocks and is not caught by "except Exception"; exit status 4
import sys
def work():
    try:
        try:
            sys.exit(4)
        except Exception:
            print('never: SystemExit is not an Exception')
        finally:
            print('inner finally runs')
    finally:
        print('outer finally runs')
try:
    sys.exit(7)
except SystemExit as e:
    print('caught SystemExit with code', e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print('sys.exit() code:', e.code)
work()
print('never printed')
