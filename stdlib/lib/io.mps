# io — in-memory text and binary streams (StringIO, BytesIO), written in mps.
# open() is the built-in one; io.open is the same function.

open = open
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class _MemIO:
    # Appends at the end go to a list of pieces joined on the next read, so
    # that a long run of writes costs linear time, not quadratic.
    def __init__(self, initial, empty):
        self._empty = empty
        self._buf = initial if initial is not None else empty
        self._tail = []
        self._len = len(self._buf)
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _flat(self):
        if self._tail:
            self._tail.insert(0, self._buf)
            self._buf = self._empty.join(self._tail)
            self._tail = []
        return self._buf

    def getvalue(self):
        self._check()
        return self._flat()

    def write(self, s):
        self._check()
        if not isinstance(s, type(self._empty)):
            if isinstance(self._empty, str):
                raise TypeError("string argument expected, got '" + type(s).__name__ + "'")
            raise TypeError("a bytes-like object is required, not '" + type(s).__name__ + "'")
        n = len(s)
        if self._pos == self._len:
            if n:
                self._tail.append(s)
        else:
            buf = self._flat()
            if self._pos > len(buf):
                fill = chr(0) if isinstance(self._empty, str) else bytes(1)
                buf = buf + fill * (self._pos - len(buf))
            self._buf = buf[:self._pos] + s + buf[self._pos + n:]
            self._len = len(self._buf)
        self._pos += n
        if self._pos > self._len:
            self._len = self._pos
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        self._flat()
        if size is None or size < 0:
            r = self._buf[self._pos:]
        else:
            r = self._buf[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._check()
        nl = '\n' if isinstance(self._empty, str) else b'\n'
        self._flat()
        i = self._buf.find(nl, self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = self._buf[self._pos:end]
        self._pos = end
        return r

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += self._len
        if pos < 0:
            raise ValueError("negative seek value " + str(pos))
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        self._buf = self._flat()[:size]
        self._len = len(self._buf)
        return size

    def flush(self):
        pass

    def close(self):
        self.closed = True

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        return False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
        return False


class StringIO(_MemIO):
    def __init__(self, initial_value='', newline='\n'):
        _MemIO.__init__(self, initial_value, '')


class BytesIO(_MemIO):
    def __init__(self, initial_bytes=b''):
        _MemIO.__init__(self, bytes(initial_bytes), b'')

    def getbuffer(self):
        return bytearray(self._flat())
