# typing under `from __future__ import annotations`: hints are text
from __future__ import annotations
from typing import NamedTuple, Optional, List, Dict, get_type_hints, TypedDict


class Node:
    value: int
    children: List[Node]
    parent: Optional[Node] = None


print(Node.__annotations__)
print(get_type_hints(Node))


class P(NamedTuple):
    x: int
    y: Dict[str, int] = {}


print(P(1), P.__annotations__)
print(get_type_hints(P))


class TD(TypedDict):
    a: int


print(TD(a=1), TD.__annotations__)
print(get_type_hints(TD))
print(__annotations__ if '__annotations__' in globals() else None)
