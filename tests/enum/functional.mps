# The functional API: Enum('Name', names) with a string, a list of names, a
# list of (name, value) pairs, a dict; start=, type=, and the same for
# IntEnum, StrEnum, Flag, IntFlag.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(Animal, list(Animal), Animal.BEE, Animal(3), Animal['DOG'].value)
print(Animal.__name__, type(Animal).__name__, len(Animal), Animal.ANT in Animal)

Comma = Enum('Comma', 'A, B,C')
print(list(Comma))
Listed = Enum('Listed', ['X', 'Y', 'Z'], start=10)
print(list(Listed), Listed(11))
Tupled = Enum('Tupled', ('P', 'Q'))
print(list(Tupled))
Pairs = Enum('Pairs', [('ONE', 1), ('TWO', 2), ('UNO', 1)])
print(list(Pairs), Pairs.UNO, Pairs.__members__)
Mapped = Enum('Mapped', {'RED': 'r', 'GREEN': 'g'})
print(list(Mapped), Mapped('g'), repr(Mapped.RED))
Zero = Enum('Zero', 'A B', start=0)
print(list(Zero), bool(Zero.A))

Num = IntEnum('Num', 'ONE TWO THREE')
print(list(Num), Num.TWO + Num.THREE, Num.ONE == 1, str(Num.THREE), isinstance(Num.ONE, int))
Mix = Enum('Mix', 'A B', type=int)
print(list(Mix), Mix.B * 10, repr(Mix.A), str(Mix.A), type(Mix.A).__mro__[1].__name__)
Words = StrEnum('Words', 'HELLO WORLD')
print(list(Words), Words.HELLO + '!', Words('world'), str(Words.WORLD))
Bits = Flag('Bits', 'A B C')
print(list(Bits), repr(Bits.A | Bits.C), Bits(6))
IBits = IntFlag('IBits', 'READ WRITE')
print(list(IBits), repr(IBits.READ | IBits.WRITE), IBits.WRITE | 1)
Empty = Enum('Empty', [])
print(list(Empty), Empty)


class Base(Enum):
    def double(self):
        return self.value * 2


Derived = Base('Derived', 'A B C')
print(list(Derived), Derived.C.double(), issubclass(Derived, Base), Derived.__module__)
