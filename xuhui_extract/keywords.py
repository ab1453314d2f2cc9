"""Keywords: TF-IDF over the document's own tokens, with jieba's packaged IDF table.

The tokens are the ones every other stage uses: nothing is segmented twice.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import compress, repeat
from operator import gt, mul

from . import idf, lexicon
from .document import Document
from .memo import WordMemo
from .models import Keyword, many

_CN_NUM = re.compile(r"^[零〇一二三四五六七八九十百千万亿两第]+$")


# A word's product n * idf, rounded once, and its score n / total * idf, rounded twice, differ from the
# exact values by a few units in 1e-16: a margin of 1e-9 keeps every word that can still rank among the best.
_SLACK = 1 - 1e-9


def extract(doc: Document, top: int = 20) -> list[Keyword]:
    """The `top` words by TF-IDF, ties by word.

    Every step over the page's words runs at C speed (a `Counter`, one lookup
    per distinct word in the memo `_WEIGHTS`, `map` and `compress` for the
    rest): only the words new to the process and the few best are handled in Python.
    """
    counts = Counter(doc.words)
    return many(Keyword, [{"word": w, "weight": round(s, 4)} for w, s in _best(counts, _WEIGHTS.map(counts), top)])


def _best(counts: Counter[str], weights: list[float], top: int) -> list[tuple[str, float]]:
    """The `top` words of `counts` by n / total * idf (`weights` in order; 0 for a word that cannot be a
    keyword), with their scores: by score down, then by word.

    The total is common to every word, so the words are first ranked on one product each, n * idf: only
    those within `_SLACK` of the top-th best product can be among the best, and only they are scored.
    """
    ns = counts.values()
    total = sum(compress(ns, weights))
    if not total:
        return []
    bounds = list(map(mul, ns, weights))
    floor = sorted(bounds)[-top] * _SLACK if len(bounds) > top else 0.0
    near = list(map(gt, bounds, repeat(floor)))  # never a word of weight 0: it cannot be a keyword
    ranked = sorted(
        (-(counts[w] / total * idf), w) for w, idf in zip(compress(counts, near), compress(weights, near), strict=True)
    )
    return [(w, -s) for s, w in ranked[:top]]


def _weights(words: list[str]) -> list[float]:
    """The IDF of each word that can be a keyword (the median for one the table lacks), 0 for the others.

    jieba's IDF, log(documents / documents with the word), is positive for every word of its table.
    """
    flags = list(map(_candidate, words))
    found, default = idf.lookup(list(compress(words, flags)))
    return [found.get(w, default) if ok else 0.0 for w, ok in zip(words, flags, strict=True)]


_WEIGHTS: WordMemo[float] = WordMemo(_weights, batch=True)  # a corpus repeats its vocabulary


def _candidate(word: str) -> bool:
    """Can this word be a keyword? Asked once per word and process (`_WEIGHTS`)."""
    return len(word) > 1 and _wordlike(word) and not _CN_NUM.match(word) and word not in lexicon.wordset("stopwords")


def _wordlike(word: str) -> bool:
    """Chinese characters, Latin letters and digits, not starting with a digit; a final line break
    aside, as a `$` would allow. (As a pattern, its classes of Chinese characters would take 3 ms
    to compile at every start.)"""
    w = word[:-1] if word.endswith("\n") else word
    return (
        bool(w)
        and (_han(w[0]) or (w[0].isascii() and w[0].isalpha()))
        and all(_han(ch) or (ch.isascii() and ch.isalnum()) for ch in w[1:])
    )


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"
