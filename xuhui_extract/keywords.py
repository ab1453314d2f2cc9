"""Keywords: TF-IDF over the document's own tokens, with jieba's packaged IDF table.

The tokens are the ones every other stage uses: nothing is segmented twice.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter

from . import idf, lexicon
from .document import Document
from .models import Keyword

_WORD = re.compile(r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]*$")
_CN_NUM = re.compile(r"^[零〇一二三四五六七八九十百千万亿两第]+$")
_CANDIDATE: dict[str, bool] = {}
_CANDIDATE_MAX = 200_000  # words remembered, then forgotten, so memory stays flat


def extract(doc: Document, top: int = 20) -> list[Keyword]:
    counts = Counter(doc.words)
    new = [w for w in counts if w not in _CANDIDATE]
    if len(_CANDIDATE) + len(new) > _CANDIDATE_MAX:
        _CANDIDATE.clear()
        new = list(counts)
    _CANDIDATE.update((w, _candidate(w)) for w in new)
    counts = {w: n for w, n in counts.items() if _CANDIDATE[w]}
    if not counts:
        return []
    weights, default = idf.lookup(counts)
    total = sum(counts.values())
    scored = {w: n / total * weights.get(w, default) for w, n in counts.items()}
    best = heapq.nsmallest(top, scored.items(), key=lambda kv: (-kv[1], kv[0]))  # = sorted(…)[:top]
    return [Keyword(word=w, weight=round(s, 4)) for w, s in best]


def _candidate(word: str) -> bool:
    """Can this word be a keyword? Asked once per word and process (`_CANDIDATE`): a corpus repeats its vocabulary."""
    return (
        len(word) > 1
        and bool(_WORD.match(word))
        and not _CN_NUM.match(word)
        and word not in lexicon.wordset("stopwords")
    )
