# sys.exit(0) and raise SystemExit stop the program with status 0 and no stderr
import sys
for i in range(5):
    print('iteration', i)
    if i == 2:
        sys.exit(0)
print('never printed')
