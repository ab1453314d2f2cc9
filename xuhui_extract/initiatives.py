"""Initiatives: the concrete actions an article reports or plans, one per clause.

An initiative is an action verb from the packaged list (发布, 建立, 开设, 组建,
召开 …; compounds such as 制定出台 whole) followed by what was issued, set up
or done: a 《》 title, or the noun phrase after the verb read over the jieba
tokens (skipping 了, counts such as 三位, and modifiers ending in 的). The
clause gives the date and the status (将/计划/拟 → planned, 正在/持续 →
ongoing, else done); the sentence gives the actor (the organisation named
before the verb). Clauses inside quoted speech are someone's words, not
reported actions, and are skipped.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from . import lexicon
from .dates import within
from .document import Document
from .models import DateMention, Initiative, Measure, Organization
from .numbers import NUMERAL
from .outline import SectionIndex
from .quotes import is_term, quote_marks

_CLAUSE_END = "，,。；;！？!?：:\n"
_PLANNED = re.compile(r"(?:将|将要|即将|计划|拟|力争|准备|预计|争取|要|还将)")
_ONGOING = re.compile(r"(?:正在|持续|继续|不断|正)")
_LEAD = re.compile(
    rf"(?:了|过|着|出|好|起)?\s*(?:(?:{NUMERAL})(?:[位个家名项次条场批座所支项套]|多|余)*|一批|一系列|一些|多个|多项|各|全)?"
)
_OBJ_STOP_CHARS = set("，,。；;！？!?：:、\n（）()")
_MAX_OBJECT_TOKENS = 8


def _spans_of_speech(view: str) -> list[tuple[int, int]]:
    return [(a, b) for _, a, b in quote_marks(view) if not is_term(view[a:b])]


def _clause(view: str, pos: int) -> tuple[int, int]:
    s = pos
    while s > 0 and view[s - 1] not in _CLAUSE_END:
        s -= 1
    e = pos
    while e < len(view) and view[e] not in _CLAUSE_END:
        e += 1
    return s, e


def _object(doc: Document, vpos: int, clause_end: int, stops: frozenset[str]) -> tuple[str, int] | None:
    """The object phrase after an action verb and where it ends (view offsets)."""
    view = doc.view
    lead = _LEAD.match(view, vpos, clause_end)
    pos = lead.end() if lead else vpos
    if view.startswith("的", pos):
        pos += 1
    if view.startswith("《", pos):
        close = view.find("》", pos, clause_end)
        if close > pos + 1:
            return view[pos + 1 : close], close + 1
    rest = view[pos:clause_end]
    de = rest.rfind("的", 0, min(25, rest.find("《") % (len(rest) + 1)))
    if de >= 0:
        pos += de + 1
    words: list[str] = []
    end = pos
    for tok in doc.tokens_between(pos, clause_end):
        w = tok.word
        if (
            not w.strip()
            or any(ch in _OBJ_STOP_CHARS for ch in w)
            or (words and w in stops)
            or (not words and w in ("的", "了"))
        ):
            break
        words.append(w)
        end = tok.end
        if len(words) == _MAX_OBJECT_TOKENS:
            break
    phrase = "".join(words).strip("“”‘’")
    if len(phrase) < 2:
        return None
    return phrase, end


def _status(before: str) -> str:
    tail = before[-6:]
    if _PLANNED.search(tail):
        return "planned"
    if _ONGOING.search(tail):
        return "ongoing"
    return "done"


def extract(
    doc: Document,
    sections: SectionIndex,
    measures: list[Measure],
    dates: list[DateMention],
    orgs: list[Organization],
) -> list[Initiative]:
    view = doc.view
    actions = lexicon.wordset("actions")
    stops = lexicon.wordset("stopwords") | actions
    speech = _spans_of_speech(view)
    speech_starts = [a for a, _ in speech]
    org_spans = sorted((sp, o.name) for o in orgs for sp in o.spans)
    toks = doc.tokens
    out: list[Initiative] = []
    done_clauses: set[int] = set()
    i = 0
    while i < len(toks):
        tok = toks[i]
        word = tok.word
        if word not in actions:
            i += 1
            continue
        end_tok = i
        if i + 1 < len(toks) and word + toks[i + 1].word in actions:
            word, end_tok = word + toks[i + 1].word, i + 1
        i = end_tok + 1
        k = bisect_right(speech_starts, tok.start) - 1
        if k >= 0 and speech[k][0] <= tok.start < speech[k][1]:
            continue
        c0, c1 = _clause(view, tok.start)
        if c0 in done_clauses:
            continue
        found = _object(doc, toks[end_tok].end, c1, stops)
        if not found:
            continue
        obj, _ = found
        done_clauses.add(c0)
        span = doc.span(c0, c1)
        vspan = doc.span(tok.start, toks[end_tok].end)
        sent = doc.span(*doc.sentence_at(tok.start))
        out.append(
            Initiative(
                text=doc.slice(span),
                action=doc.slice(vspan),
                object=obj,
                actor=_actor(org_spans, sent[0], vspan[0]),
                date=next((d.value for d in within(dates, *span)), None),
                status=_status(view[c0 : tok.start]),
                measure=next((m.id for m in measures if m.span[0] <= vspan[0] < m.span[1]), None),
                section=sections.at(vspan[0]),
                span=span,
            )
        )
    return out


def _actor(org_spans: list[tuple[tuple[int, int], str]], start: int, verb: int) -> str | None:
    """The organisation named last before the verb in its sentence (the longest if several end there)."""
    best: tuple[int, int, str] | None = None
    i = bisect_right(org_spans, ((verb, verb), "")) - 1
    while i >= 0 and org_spans[i][0][0] >= start:
        (a, b), name = org_spans[i]
        if b <= verb and (best is None or b > best[1] or (b == best[1] and a < best[0])):
            best = (a, b, name)
        i -= 1
    return best[2] if best else None
