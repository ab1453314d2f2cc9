"""Per-process memos of pure functions of a word.

A corpus repeats its vocabulary: of a page's thousand words, few are new to
the process. A stage that must test every token (can it start an action? can
it be a keyword?) asks its rule once per word and process and reads the
answers for the whole page with one `map` over a dict, at C speed, where a
Python test per token would not be. The memo is cleared when it holds `limit`
words, so memory stays flat however long the run.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import Generic, TypeVar, cast

T = TypeVar("T")


class WordMemo(Generic[T]):
    """`rule(word)`, remembered per word and process.

    With `batch`, `rule` takes the list of words new to the process and gives
    their values in order: one database query for a page's new words, not one
    per word.
    """

    def __init__(
        self,
        rule: Callable[[str], T] | Callable[[list[str]], Iterable[T]],
        limit: int = 200_000,
        *,
        batch: bool = False,
    ) -> None:
        self._rule = rule
        self._limit = limit
        self._batch = batch
        self._known: dict[str, T] = {}

    def _values(self, new: list[str]) -> Iterable[T]:
        if self._batch:
            return cast(Callable[[list[str]], Iterable[T]], self._rule)(new)
        return map(cast(Callable[[str], T], self._rule), new)

    def __getitem__(self, word: str) -> T:
        """`rule(word)`, for a stage that asks about a few words rather than all of a page's."""
        try:
            return self._known[word]
        except KeyError:
            if len(self._known) >= self._limit:
                self._known.clear()
            (value,) = self._values([word])
            self._known[word] = value
            return value

    def map(self, words: Collection[str]) -> list[T]:
        """`rule(w)` for each of `words`, in order."""
        try:
            return list(map(self._known.__getitem__, words))
        except KeyError:  # a word the process has not seen: learn the page's new words, then read again
            pass
        new = set(words).difference(self._known)
        if len(self._known) + len(new) > self._limit:
            self._known.clear()
            new = set(words)
        learnt = list(new)
        self._known.update(zip(learnt, self._values(learnt), strict=True))
        return list(map(self._known.__getitem__, words))
