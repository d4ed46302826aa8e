# sys.exit(3): exit status 3, nothing on stderr, output before the exit is kept, code after is not run
import sys
print('before exit')
def leave():
    sys.exit(3)
leave()
print('never printed')
