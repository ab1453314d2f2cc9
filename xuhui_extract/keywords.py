"""Keywords: TF-IDF over the document's own tokens, with jieba's packaged IDF table.

The tokens are the ones every other stage uses: nothing is segmented twice.
"""

from __future__ import annotations

import re
from collections import Counter

from . import idf, lexicon
from .document import Document
from .models import Keyword

_WORD = re.compile(r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]*$")
_CN_NUM = re.compile(r"^[零〇一二三四五六七八九十百千万亿两第]+$")


def extract(doc: Document, top: int = 20) -> list[Keyword]:
    stops = lexicon.wordset("stopwords")
    counts = Counter(
        {
            w: n
            for w, n in Counter(doc.words).items()  # each distinct word tested once, not each occurrence
            if len(w) > 1 and _WORD.match(w) and not _CN_NUM.match(w) and w not in stops
        }
    )
    if not counts:
        return []
    weights, default = idf.lookup(counts)
    total = sum(counts.values())
    scored = {w: n / total * weights.get(w, default) for w, n in counts.items()}
    best = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return [Keyword(word=w, weight=round(s, 4)) for w, s in best]
