"""Packaged word lists (`lexicon/*.txt`): the data the rules are made of.

One entry per line; `#` starts a comment. Lists live in files, not in code, so
that a user can read and extend them without touching a rule.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def words(name: str) -> tuple[str, ...]:
    """The entries of `lexicon/<name>.txt`, in file order."""
    text = resources.files(__package__).joinpath("lexicon", f"{name}.txt").read_text(encoding="utf-8")
    return tuple(e for raw in text.splitlines() if (e := (raw.partition("#")[0] if "#" in raw else raw).strip()))


@cache
def wordset(name: str) -> frozenset[str]:
    return frozenset(words(name))


@cache
def union(*names: str) -> frozenset[str]:
    """Several lists as one set, built once (stages ask for the same unions per number or clause)."""
    return frozenset().union(*(wordset(n) for n in names))


@cache
def last_chars(name: str) -> frozenset[str]:
    """The characters the entries end with: a word ending in another has none of them as a suffix."""
    return frozenset(w[-1] for w in words(name))


@cache
def alternation(name: str) -> str:
    """A regex alternation of the list, longest entries first so the longest match wins.

    The entries are grouped by first character, in that order within each group
    (`一(?:批|…)|三(?:会一课|…)`): only entries opening with the character at hand can
    match there, and the first of them in order still wins, so it matches what the flat
    alternation (`一批|三会一课|…`) matches; but a scan tries a few groups at each
    position, not every entry (a fifth of the cost for 150 set phrases).
    """
    import re

    groups: dict[str, list[str]] = {}
    for w in sorted(words(name), key=len, reverse=True):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())
