"""Packaged word lists (`lexicon/*.txt`): the data the rules are made of.

One entry per line; `#` starts a comment. Lists live in files, not in code, so
that a user can read and extend them without touching a rule.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

# From `#` to the end of its line: anything but the characters `str.splitlines` ends a line at.
_COMMENT = re.compile("#[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]*")


@cache
def words(name: str) -> tuple[str, ...]:
    """The entries of `lexicon/<name>.txt`, in file order."""
    text = _folder().joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return entries(text)


def entries(text: str) -> tuple[str, ...]:
    """The stripped non-empty lines of `text`, each cut at its first `#`.

    Done at C speed (a cold run reads ~19,000 lines, and few hold a comment):
    the comments go in one substitution, from `#` to the end of its line as
    `splitlines` ends lines, and `map` strips the lines.
    """
    if "#" in text:
        text = _COMMENT.sub("", text)
    return tuple(filter(None, map(str.strip, text.splitlines())))


@cache
def _folder() -> resources.abc.Traversable:
    return resources.files(__package__).joinpath("lexicon")


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
    groups: dict[str, list[str]] = {}
    for w in sorted(words(name), key=len, reverse=True):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())
