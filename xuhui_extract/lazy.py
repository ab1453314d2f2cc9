"""Regular expressions compiled when a page first needs them, not when their module is imported.

Compiling is most of what importing the stages costs: `re` parses each pattern
in Python and builds a 64 K-entry table for every class of Chinese characters,
about 60 ms for the ~230 patterns of a cold run (`xuhui-extract FILE`), a sixth
of it. Many patterns serve rules that few pages reach (a signature line, a
range of days, an ordinal in a list); each of those is held as `pattern(...)`
and called where it is used, so that a page that never reaches the rule never
compiles it. The call returns the same compiled object every time, at the cost
of one cached call (a rule reached on every page keeps a plain `re.compile`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial


def pattern(source: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """`re.compile(source, flags)`, done at the first call and remembered."""
    return cache(partial(re.compile, source, flags))
