"""Position lookups over items with spans (dates, measures), in log time.

Stages ask "which date is written in this clause?" or "which measure holds this
verb?" once per metric or initiative. Scanning every item for each question is
quadratic: a 10 MB report has thousands of each. These indexes answer the same
questions by bisection, with the answers a scan in list order would give.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate, pairwise
from typing import Generic, Protocol, TypeVar


class _Spanned(Protocol):
    span: tuple[int, int]


T = TypeVar("T", bound=_Spanned)


class ByStart(Generic[T]):
    """Items whose span starts in a range, in list order."""

    def __init__(self, items: Sequence[T]) -> None:
        self._items = items
        self._starts = [x.span[0] for x in items]
        self._sorted = all(a <= b for a, b in pairwise(self._starts))  # stages list them in text order

    def between(self, start: int, end: int) -> Sequence[T]:
        """The items with `start <= span[0] < end`."""
        if self._sorted:
            return self._items[bisect_left(self._starts, start) : bisect_left(self._starts, end)]
        return [x for x, s in zip(self._items, self._starts, strict=True) if start <= s < end]


class Covering(Generic[T]):
    """The first item, in list order, whose span holds a position."""

    def __init__(self, items: Sequence[T]) -> None:
        self._items = items
        self._order = sorted(range(len(items)), key=lambda i: items[i].span[0])
        self._starts = [items[i].span[0] for i in self._order]
        # The furthest end among the items starting up to each one: where it is
        # behind a position, no item further back can hold that position.
        self._reach = list(accumulate((items[i].span[1] for i in self._order), max))

    def at(self, pos: int) -> T | None:
        best: int | None = None
        j = bisect_right(self._starts, pos) - 1
        while j >= 0 and self._reach[j] > pos:
            i = self._order[j]
            if self._items[i].span[1] > pos and (best is None or i < best):
                best = i
            j -= 1
        return self._items[best] if best is not None else None
