"""Packaged word lists (`lexicon/*.txt`): the data the rules are made of.

One entry per line; `#` starts a comment. Lists live in files, not in code, so
that a user can read and extend them without touching a rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources


@cache
def words(name: str) -> tuple[str, ...]:
    """The entries of `lexicon/<name>.txt`, in file order."""
    text = resources.files(__package__).joinpath("lexicon", f"{name}.txt").read_text(encoding="utf-8")
    out = []
    for raw in text.splitlines():
        entry = raw.split("#", 1)[0].strip()
        if entry:
            out.append(entry)
    return tuple(out)


@cache
def wordset(name: str) -> frozenset[str]:
    return frozenset(words(name))


@cache
def union(*names: str) -> frozenset[str]:
    """Several lists as one set, built once (stages ask for the same unions per number or clause)."""
    return frozenset().union(*(wordset(n) for n in names))


@cache
def alternation(name: str) -> str:
    """A regex alternation of the list, longest entries first so the longest match wins."""
    import re

    return "|".join(re.escape(w) for w in sorted(words(name), key=len, reverse=True))


@dataclass(frozen=True)
class Affixes:
    """A list for longest-match lookups at a position (units after a number, suffixes of a name).

    Looking up each distinct entry length in a set costs a handful of probes
    where trying every entry with `startswith` cost hundreds, per token.
    """

    entries: frozenset[str]
    lengths: tuple[int, ...]  # distinct entry lengths, longest first
    firsts: frozenset[str]  # first characters of the entries: a text going on otherwise has no prefix here
    ends: frozenset[str]  # last characters of the entries: a word ending otherwise has no suffix here

    def prefix_at(self, text: str, pos: int) -> str | None:
        """The longest entry that `text` has at `pos`."""
        if text[pos : pos + 1] not in self.firsts:
            return None
        for n in self.lengths:
            s = text[pos : pos + n]
            if len(s) == n and s in self.entries:
                return s
        return None

    def suffixes(self, word: str) -> list[str]:
        """The entries `word` ends with, longest first."""
        return [word[-n:] for n in self.lengths if n <= len(word) and word[-n:] in self.entries]


@cache
def affixes(name: str) -> Affixes:
    entries = wordset(name)
    lengths = tuple(sorted({len(w) for w in entries}, reverse=True))
    return Affixes(entries, lengths, frozenset(w[0] for w in entries), frozenset(w[-1] for w in entries))
