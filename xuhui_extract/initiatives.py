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
_TITLE_MAX = 200  # a 《 with no 》 this close is not a title: stop looking (keeps the scan bounded)


def _spans_of_speech(view: str) -> list[tuple[int, int]]:
    return [(a, b) for _, a, b in quote_marks(view) if not is_term(view[a:b])]


def _clause_ends(view: str) -> list[int]:
    """Positions of clause-ending marks, found once so each clause lookup is a bisect."""
    return [i for i, ch in enumerate(view) if ch in _CLAUSE_END]


def _clause(view: str, ends: list[int], pos: int) -> tuple[int, int]:
    k = bisect_right(ends, pos - 1)
    s = ends[k - 1] + 1 if k else 0
    e = ends[k] if k < len(ends) else len(view)
    return s, e


def _object(doc: Document, vpos: int, clause_end: int, stops: frozenset[str]) -> tuple[str, int] | None:
    """The object phrase after an action verb and where it ends (view offsets)."""
    view = doc.view
    lead = _LEAD.match(view, vpos, clause_end)
    pos = lead.end() if lead else vpos
    if view.startswith("的", pos):
        pos += 1
    if view.startswith("《", pos):
        close = view.find("》", pos, min(clause_end, pos + _TITLE_MAX))
        if close > pos + 1:
            return view[pos + 1 : close], close + 1
    rest = view[pos : min(clause_end, pos + 25)]  # only the first 25 characters can hold the 的
    de = rest.rfind("的", 0, min(25, rest.find("《") % (len(rest) + 1)))
    if de >= 0:
        pos += de + 1
    words: list[str] = []
    end = pos
    for tok in doc.iter_tokens(pos, clause_end):
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
    longest_org = max((b - a for (a, b), _ in org_spans), default=0)
    clause_ends = _clause_ends(view)
    in_measure = _Containing([m.span for m in measures])
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
        c0, c1 = _clause(view, clause_ends, tok.start)
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
                actor=_actor(org_spans, longest_org, sent[0], vspan[0]),
                date=next((d.value for d in within(dates, *span)), None),
                status=_status(view[max(c0, tok.start - 6) : tok.start]),
                measure=measures[k].id if (k := in_measure.first(vspan[0])) is not None else None,
                section=sections.at(vspan[0]),
                span=span,
            )
        )
    return out


def _actor(org_spans: list[tuple[tuple[int, int], str]], longest: int, start: int, verb: int) -> str | None:
    """The organisation named last before the verb in its sentence (the longest if several end there).

    Names are at most `longest` characters, so the walk back stops once no
    earlier name could end as late as the best one: a few steps, not the sentence.
    """
    best: tuple[int, int, str] | None = None
    i = bisect_right(org_spans, ((verb, verb), "")) - 1
    while i >= 0 and org_spans[i][0][0] >= start:
        (a, b), name = org_spans[i]
        if best is not None and a < best[1] - longest:
            break
        if b <= verb and (best is None or b > best[1] or (b == best[1] and a < best[0])):
            best = (a, b, name)
        i -= 1
    return best[2] if best else None


class _Containing:
    """Which span, first in start order, holds a position: a bisect instead of a scan per lookup."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._order = sorted(range(len(spans)), key=lambda i: spans[i][0])
        self._starts = [spans[i][0] for i in self._order]
        self._reach: list[int] = []  # the furthest end among spans[order[0..k]]
        for i in self._order:
            self._reach.append(max(spans[i][1], self._reach[-1] if self._reach else 0))

    def first(self, pos: int) -> int | None:
        """Index (into the given list) of the earliest-starting span with start <= pos < end."""
        last = bisect_right(self._starts, pos) - 1
        k = bisect_right(self._reach, pos)
        return self._order[k] if k <= last else None
