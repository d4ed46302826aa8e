# OSError(errno, ...) builds the subclass the code stands for (ConnectionRefusedError, BlockingIOError, ...); the errno module
import errno
for n in (errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.EAGAIN, errno.EPIPE, errno.ENOENT, 9999):
    e = OSError(n, 'x')
    print(n, type(e).__name__, isinstance(e, ConnectionError))
print(issubclass(BrokenPipeError, ConnectionError), ConnectionResetError.__mro__)
try:
    raise ConnectionRefusedError(111, 'refused')
except OSError as e:
    print(repr(e), e.errno, e.strerror)
print(errno.errorcode[95], errno.errorcode[11], errno.errorcode[35], errno.errorcode[errno.ENOENT], errno.EWOULDBLOCK == errno.EAGAIN)
try:
    open('/nonexistent/file')
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])
