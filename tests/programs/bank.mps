# bank-account class hierarchy with custom exceptions, properties, class attributes and __repr__
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount}, balance {account.balance}")
        self.account = account
        self.amount = amount

class AccountFrozen(BankError):
    pass

class Account:
    _next_id = 1000
    interest = 0.0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history = []
        Account._next_id += 1
        self.id = Account._next_id

    @property
    def balance(self):
        return self._balance

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def add_interest(self):
        gained = round(self._balance * self.interest, 2)
        self._balance = round(self._balance + gained, 2)
        return gained

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance})"

class Savings(Account):
    interest = 0.025

class Checking(Account):
    overdraft = 100

    def withdraw(self, amount):
        self._check()
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except BankError as e:
        print("transfer failed:", e)
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print(f"  after transfer attempt: {src!r} {dst!r}")

alice = Savings("alice", 500)
bob = Checking("bob", 50)
carol = Account("carol")
print(alice, bob, carol, alice.id, bob.id, carol.id)
alice.deposit(250).withdraw(100)
print(transfer(bob, carol, 120))
print(transfer(bob, carol, 100))
print(transfer(carol, alice, 1000))
bob.frozen = True
try:
    bob.deposit(10)
except AccountFrozen as e:
    print("frozen:", e, isinstance(e, BankError))
try:
    alice.deposit(-5)
except (ValueError, BankError) as e:
    print(type(e).__name__, e)
for acct in (alice, bob, carol):
    print(acct.owner, acct.add_interest(), acct.balance, acct.history)
try:
    carol.withdraw(10 ** 6)
except InsufficientFunds as e:
    print(e.amount, e.account.owner, e.args)
accounts = sorted([alice, bob, carol], key=lambda a: a.balance, reverse=True)
print([a.owner for a in accounts])
print(issubclass(InsufficientFunds, Exception), InsufficientFunds.__mro__[1].__name__)
try:
    alice.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
