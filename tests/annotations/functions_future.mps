# Under `from __future__ import annotations` parameter and return
# annotations are kept as their source text and never evaluated.
from __future__ import annotations
import typing


def f(a: undefined_name, b: list[int] | None = None, *args: int, k: 'quoted' = 1, **kw: dict[str, int]) -> Optional[C]:
    return a


print(f(1), f.__annotations__)


class C:
    def m(self, x: C, y: int = 2) -> C:
        return self

    attr: C | None = None


print(C.m.__annotations__, C.__annotations__)
print(typing.get_type_hints(C.m))
