# dataclasses under `from __future__ import annotations`: field types are text
from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar, List
import typing


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    other: typing.ClassVar[str] = 'o'
    factor: InitVar[int] = 2
    _: KW_ONLY
    note: str = ''

    def __post_init__(self, factor):
        self.price *= factor


it = Item('pen', 1.5, note='n')
print(it, Item.count, Item.other)
print([(f.name, f.type) for f in fields(Item)])
print(Item.__doc__)
print(typing.get_type_hints(Item)['tags'])


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str


print(sorted([Card(3, 'h'), Card(1, 's'), Card(3, 'c')]))
print(dataclasses.astuple(Card(1, 'x')), dataclasses.asdict(Card(2, 'y')))
