# traceback from a method: AttributeError on an instance, frames named after the methods
class Account:
    def __init__(self, owner):
        self.owner = owner

    def describe(self):
        return self.owner + ' has ' + str(self.balance_qq)

    def report(self):
        return 'Report: ' + self.describe()

acct = Account('ann')
print(acct.owner)
print(acct.report())
