# input() with stdin at end of file raises EOFError; the program can catch it and go on
try:
    line = input()
    print('read', repr(line))
except EOFError as e:
    print('EOFError:', repr(e))
try:
    input('prompt> ')
except EOFError:
    print('EOFError again')
print('done')
