# uncaught exception raised by __exit__ while another exception propagates out of a with block
class Transaction:
    def __enter__(self):
        print('begin')
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print('commit')
            return False
        print('rollback because of', exc_type.__name__)
        raise RuntimeError('rollback failed')

def transfer(amount):
    with Transaction():
        if amount < 0:
            raise ValueError('negative amount')
        print('transferred', amount)

transfer(10)
transfer(-5)
