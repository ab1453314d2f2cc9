"""Keywords: TF-IDF over the document's own tokens, with jieba's packaged IDF table.

The tokens are the ones every other stage uses: nothing is segmented twice.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from . import lexicon
from .document import Document
from .models import Keyword

_WORD = re.compile(r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]*$")
_CN_NUM = re.compile(r"^[零〇一二三四五六七八九十百千万亿两第]+$")


@cache
def _idf() -> tuple[dict[str, float], float]:
    from importlib import resources

    path = resources.files("jieba").joinpath("analyse", "idf.txt")
    table: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, freq = line.partition(" ")
        if freq:
            table[word] = float(freq)
    median = sorted(table.values())[len(table) // 2] if table else 1.0
    return table, median


def extract(doc: Document, top: int = 20) -> list[Keyword]:
    stops = lexicon.wordset("stopwords")
    counts = Counter(
        t.word
        for t in doc.tokens
        if len(t.word) > 1 and _WORD.match(t.word) and not _CN_NUM.match(t.word) and t.word not in stops
    )
    if not counts:
        return []
    idf, default = _idf()
    total = sum(counts.values())
    scored = {w: n / total * idf.get(w, default) for w, n in counts.items()}
    best = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return [Keyword(word=w, weight=round(s, 4)) for w, s in best]
