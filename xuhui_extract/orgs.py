"""Organisations: a run of name tokens that ends in an organisation suffix.

区司法局党委会同区律师行业党委 → 区司法局党委, 区司法局, 区律师行业党委. The
suffix list (局, 委员会, 党委, 中心, 协会, 联, 院 …) is packaged data; the run
is read leftwards over jieba tokens and stops at function words, verbs,
numbers and measure words, so the name never swallows the clause it sits in.
One verb right before the suffix is part of the name (调解中心, 监督委员会).
"""

from __future__ import annotations

from . import lexicon
from .document import Document, Token
from .models import Organization
from .numbers import CN_DIGITS

_MAX_TOKENS = 6
_MAX_CHARS = 24
_BAD_HEAD = set("的了在和与及或并而是有对向从由把被将为以也还都就又再等其这那此该各每我你他她它们之")
_LONE_SUFFIXES = set("局部委厅院署办会联")  # may stand as a token of their own


def _name_token(tok: Token, stops: frozenset[str]) -> bool:
    w = tok.word
    return (
        bool(w.strip())
        and w not in stops
        and not any(ch.isdigit() or ch in CN_DIGITS for ch in w[:1])
        and all("\u4e00" <= ch <= "\u9fff" or ch.isalnum() or ch in "（）()·" for ch in w)
    )


def _suffix(word: str, suffixes: dict[str, tuple[str, ...]]) -> str | None:
    for s in suffixes.get(word[-1:], ()):
        if word.endswith(s) and (len(word) > 1 or s in _LONE_SUFFIXES):
            return s
    return None


def _by_last_char(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Suffixes grouped by their last character, longest first: a token checks only the few that can fit."""
    out: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        out.setdefault(w[-1], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def extract(doc: Document) -> list[Organization]:
    suffixes = _by_last_char(lexicon.words("org_suffixes"))
    stops = (
        lexicon.wordset("stopwords")
        | lexicon.wordset("actions")
        | lexicon.wordset("speech_verbs")
        | lexicon.wordset("units")
    )
    verbs = lexicon.wordset("verbs")
    toks = doc.tokens
    found: dict[str, list[tuple[int, int]]] = {}
    for i, tok in enumerate(toks):
        suffix = _suffix(tok.word, suffixes)
        if not suffix or not _name_token(tok, stops):
            continue
        j = i
        while j > 0 and i - j + 1 < _MAX_TOKENS and _name_token(toks[j - 1], stops):
            if toks[j - 1].word in verbs and (j != i or tok.word != suffix):
                break
            j -= 1
        while j < i and toks[j].word[0] in _BAD_HEAD:
            j += 1
        if j == i and tok.word == suffix:
            continue  # a bare 局 or 中心 names nothing
        start, end = toks[j].start, tok.end
        if end - start < 2 or end - start > _MAX_CHARS:
            continue
        span = doc.span(start, end)
        found.setdefault(doc.slice(span), []).append(span)
    return [Organization(name=name, count=len(spans), spans=spans) for name, spans in found.items()]
