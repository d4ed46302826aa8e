"""PEP 563: `from __future__ import annotations` keeps annotations as the
text CPython's unparser gives; names in them need not exist."""
from __future__ import annotations, division
import __future__

print(annotations, division)
print(__future__.annotations.compiler_flag, __future__.all_feature_names[-1])
print(__future__.generator_stop.getMandatoryRelease())

x: List[int] = []
y: "quoted"
z: dict[str,  int]
u: int | None
v: Callable[[int, str], Dict[str, 'X']]
w: typing.Optional[Tuple[int, ...]]
k: f(a, b=2, *c, **d)
s: (int, str)
n: -1
print(__annotations__)


class Node:
    next: Node | None = None
    value: UndefinedType


print(Node.__annotations__, Node.next)
