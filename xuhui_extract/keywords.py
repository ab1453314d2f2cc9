"""Keywords: TF-IDF over the document's own tokens, with jieba's packaged IDF table.

The tokens are the ones every other stage uses: nothing is segmented twice.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from itertools import compress, repeat
from operator import mul, neg, truediv

from . import idf, lexicon
from .document import Document
from .models import Keyword

_WORD = re.compile(r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]*$")
_CN_NUM = re.compile(r"^[零〇一二三四五六七八九十百千万亿两第]+$")
# Per-process memos (a corpus repeats its vocabulary), cleared when full so memory stays flat:
_SEEN: dict[str, None] = {}  # every word asked about
_WEIGHT: dict[str, float] = {}  # the IDF of those that can be keywords
_SEEN_MAX = 200_000


def extract(doc: Document, top: int = 20) -> list[Keyword]:
    """The `top` words by TF-IDF, ties by word.

    Every step over the page's words runs at C speed (a `Counter`, set
    operations against the memos, `map` for the arithmetic): only the words
    new to the process and the few best are handled in Python.
    """
    counts = Counter(doc.words)
    if not counts.keys() <= _SEEN.keys():
        _remember(counts)
    words = list(counts.keys() & _WEIGHT.keys())
    if not words:
        return []
    ns = list(map(counts.__getitem__, words))
    total = sum(ns)
    scores = list(map(mul, map(truediv, ns, repeat(total)), map(_WEIGHT.__getitem__, words)))  # n / total * idf
    if len(scores) > top:
        cut = sorted(scores)[-top]  # only words scoring at least the top-th best can be among the best
        keep = list(map(cut.__le__, scores))
        words, scores = list(compress(words, keep)), list(compress(scores, keep))
    best = sorted(zip(map(neg, scores), words, strict=True))[:top]  # by score down, then by word
    return [Keyword(word=w, weight=round(-s, 4)) for s, w in best]


def _remember(words: Collection[str]) -> None:
    """Put each of `words` not asked about before into `_SEEN`, and its IDF into `_WEIGHT` if it can be a keyword."""
    new = set(words).difference(_SEEN)
    if len(_SEEN) + len(new) > _SEEN_MAX:
        _SEEN.clear()
        _WEIGHT.clear()
        new = set(words)
    candidates = [w for w in new if _candidate(w)]
    found, default = idf.lookup(candidates)
    _SEEN.update(dict.fromkeys(new))
    _WEIGHT.update(zip(candidates, map(found.get, candidates, repeat(default)), strict=True))


def _candidate(word: str) -> bool:
    """Can this word be a keyword? Asked once per word and process (`_SEEN`)."""
    return (
        len(word) > 1
        and bool(_WORD.match(word))
        and not _CN_NUM.match(word)
        and word not in lexicon.wordset("stopwords")
    )
