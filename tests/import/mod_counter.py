# helper module: module-level state that importers share
count = 0

def bump():
    global count
    count += 1
    return count
