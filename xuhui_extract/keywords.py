"""Keywords: TF-IDF over the document's own tokens, with jieba's packaged IDF table.

The tokens are the ones every other stage uses: nothing is segmented twice.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import compress, repeat
from operator import ge, is_not, mul, neg, truediv

from . import idf, lexicon
from .document import Document
from .memo import WordMemo
from .models import Keyword

_CN_NUM = re.compile(r"^[零〇一二三四五六七八九十百千万亿两第]+$")


def extract(doc: Document, top: int = 20) -> list[Keyword]:
    """The `top` words by TF-IDF, ties by word.

    Every step over the page's words runs at C speed (a `Counter`, one lookup
    per distinct word in the memo `_WEIGHTS`, `map` and `compress` for the
    rest): only the words new to the process and the few best are handled in Python.
    """
    counts = Counter(doc.words)
    weights = _WEIGHTS.map(counts)
    keep = list(map(is_not, weights, repeat(None)))
    words = list(compress(counts, keep))
    if not words:
        return []
    ns = list(compress(counts.values(), keep))
    total = sum(ns)
    scores = list(map(mul, map(truediv, ns, repeat(total)), compress(weights, keep)))  # n / total * idf
    if len(scores) > top:
        cut = sorted(scores)[-top]  # only words scoring at least the top-th best can be among the best
        best = list(map(ge, scores, repeat(cut)))
        words, scores = list(compress(words, best)), list(compress(scores, best))
    ranked = sorted(zip(map(neg, scores), words, strict=True))[:top]  # by score down, then by word
    return [Keyword(word=w, weight=round(-s, 4)) for s, w in ranked]


def _weights(words: list[str]) -> list[float | None]:
    """The IDF of each word that can be a keyword (the median for one the table lacks), None for the others."""
    flags = list(map(_candidate, words))
    found, default = idf.lookup(list(compress(words, flags)))
    return [found.get(w, default) if ok else None for w, ok in zip(words, flags, strict=True)]


_WEIGHTS: WordMemo[float | None] = WordMemo(_weights, batch=True)  # a corpus repeats its vocabulary


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
