"""Enumerated measures: 一是/二是…, 一要/二要…, 其一/其二…, 首先/其次/再次/最后, 第一，/第二，.

A marker counts only where a clause starts (line start or after punctuation),
so 百分之二十是 and 居全国第二 never match, and only as part of a run that
starts at one and counts up: a lone 其次 or 二是 is ordinary prose (but 二是…三是… first in
the text is a list whose 一是 an excerpt cut off). A lone
一是 (or 一要) is kept where it opens a paragraph (a speaker who never says 二是)
or as the last sentence of the text: there an excerpt cut the list it opens
(会议强调，一是深化理论武装，筑牢思想根基。). A first item right after a colon inside
an item opens a list nested in it (一是工业…。…有2家:一是…;二是…。…二是农业…): both lists
are kept, each with its own ordinals.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .document import TERMINAL, Document
from .models import Measure, many
from .numbers import value
from .outline import SectionIndex

_N = "一二三四五六七八九十"
_FIRST = "[一二三四五六七八九十其第最首再]"  # every marker starts with one of these
_AFTER = r"[，,。；;：:、！？!?\s“”（(）)]"  # what may stand before a clause start, but for a line start
# Every marker starts with one of the characters in the lookahead: testing that
# first lets the regex skip all other positions at once (twice as fast).
_CLAUSE_START = rf"(?={_FIRST})(?:^|(?<={_AFTER}))"
_FAMILIES: dict[str, re.Pattern[str]] = {
    "是": re.compile(rf"{_CLAUSE_START}(?P<n>[{_N}]{{1,2}})是", re.M),
    "要": re.compile(rf"{_CLAUSE_START}(?P<n>[{_N}]{{1,2}})要(?![求素点])", re.M),
    "其": re.compile(rf"{_CLAUSE_START}其(?P<n>[{_N}]{{1,2}})[，,、：:]", re.M),
    "第": re.compile(rf"{_CLAUSE_START}(?:最[后後][，,]\s*)?第(?P<n>[{_N}]{{1,2}})步?[，,、：:]", re.M),
    "首先": re.compile(rf"{_CLAUSE_START}(?P<w>首先|其次|再次|最后|最後)(?![，,]\s*第[{_N}])[，,]?", re.M),
}
# The characters each family's markers open with: at a candidate, only the families of its character are tried.
_OPENS = {"是": _N, "要": _N, "其": "其", "第": "第最", "首先": "首其再最"}
_FAMILIES_AT = {c: tuple(name for name, chars in _OPENS.items() if c in chars) for c in _FIRST[1:-1]}
# Where a marker of any family may start (`_CLAUSE_START`), written to open with the marker's
# first character, which the lookbehinds then check the clause start before: re scans a view
# for a pattern's opening character at C speed, where it would try a lookahead at every position.
_CANDIDATE = re.compile(rf"{_FIRST}(?:(?<=^.)|(?<={_AFTER}.))", re.M)
_SEQ = {"首先": 1, "其次": 2, "再次": 3}
_TITLE_END = re.compile(r"[。！？；：!?;:\n]")
_TITLE_TRIM = "，,、 \t\u3000"
_ITEM_END = re.compile(r"[。！？!?]|\n")
_MAX_GAP = 4000  # characters between two items of one run
_COLONS = ("：", ":")  # a first item right after one opens a list nested in the item before
_CUT_FAMILIES = ("是", "要")  # 一是, 一要: the markers whose list an excerpt may cut (before or after its 一是)


@dataclass
class _Hit:
    start: int  # view offsets
    end: int
    ordinal: int  # 0: 最后, the next number
    para: int  # where its paragraph (view line) starts

    @property
    def opens_paragraph(self) -> bool:
        return self.start == self.para


def _ordinal(m: re.Match[str]) -> int:
    if "w" in m.re.groupindex:
        return _SEQ.get(m.group("w"), 0)
    v = value(m.group("n"))
    return int(v) if v else -1


def _para(doc: Document, pos: int) -> int:
    """Start of the paragraph holding `pos`, past any indent."""
    view = doc.view
    start = doc.line_at(pos)[0]
    while start < pos and view[start].isspace():
        start += 1
    return start


def _paragraph_closed(view: str, para: int) -> bool:
    """Did the line before the paragraph at `para` end a sentence? A line broken
    mid-sentence (text copied from a PDF) does not start a new paragraph."""
    end = para
    while end > 0 and view[end - 1].isspace():
        end -= 1
    return end == 0 or view[end - 1] in TERMINAL or view[end - 1] in "”’」』)）"


def _matches(view: str) -> dict[str, list[re.Match[str]]]:
    """Each family's matches, as its own `finditer` would find them, from one scan of the view.

    Every family starts with the same clause start at one of a few characters,
    so the view is scanned once for those positions (a dozen a page) and each
    family is tried only there, instead of each family scanning the whole view.
    A family's matches do not overlap, as with `finditer`.
    """
    found: dict[str, list[re.Match[str]]] = {name: [] for name in _FAMILIES}
    free = dict.fromkeys(_FAMILIES, 0)  # where each family's next match may start
    for c in _CANDIDATE.finditer(view):
        pos = c.start()
        for name in _FAMILIES_AT[c.group()]:
            if pos >= free[name] and (m := _FAMILIES[name].match(view, pos)):
                found[name].append(m)
                free[name] = m.end()
    return found


def _cut_list(view: str, hit: _Hit) -> bool:
    """Is `hit` a first item whose first sentence ends the text (a list an excerpt cut after 一是…。)?"""
    if hit.ordinal != 1:
        return False
    m = _ITEM_END.search(view, hit.end)
    return m is not None and not view[m.end() :].strip()


def _with_lone_firsts(runs: list[list[_Hit]], hits: list[_Hit], view: str) -> list[list[_Hit]]:
    """`runs` and the lone first items that still open a list: 一是 ending the text (an excerpt cut the list
    after it) or opening its paragraph (a speaker who never got to 二是: `一是要达到…水平。这就要求…`)."""
    taken = {id(h) for run in runs for h in run}
    lone = [
        [h]
        for h in hits
        if id(h) not in taken
        and h.ordinal == 1
        and ((h.opens_paragraph and _paragraph_closed(view, h.para)) or (h is hits[-1] and _cut_list(view, h)))
    ]
    return sorted(runs + lone, key=lambda run: run[0].start) if lone else runs


def _runs(
    hits: list[_Hit], section_of: Callable[[int], str | None], view: str, cut: bool = False
) -> tuple[list[list[_Hit]], bool]:
    """Split hits into runs 1, 2, 3…; 最后 closes a run with the next number.

    With `cut` (一是, 一要), the family's first hit may open a run above one: a text that starts
    after its 一是 (an excerpt, a page of a PDF) still lists 二是…三是…, numbered as written.
    Also says whether a run is nested in another (the runs then come sorted by their starts).
    """
    runs: list[list[_Hit]] = []
    current: list[_Hit] = []
    outer: list[list[_Hit]] = []  # the runs a list after a colon is nested in, innermost last
    nested = False
    for h in hits:
        if cut and h is hits[0] and h.ordinal > 1:
            current = [h]
            continue
        if h.ordinal == 1:
            if current and view[h.start - 1 : h.start] in _COLONS:
                outer.append(current)  # 规模企业有2家:一是…;二是…: a list inside the item, which goes on after it
                nested = True
            elif len(current) > 1:
                runs.append(current)
            current = [h]
            continue
        if outer and current and h.ordinal != current[-1].ordinal + 1 and h.ordinal == outer[-1][-1].ordinal + 1:
            if len(current) > 1:
                runs.append(current)
            current = outer.pop()  # the item that holds the nested list goes on: 二是 after its 一是
        if (
            not current
            or h.start - current[-1].end > _MAX_GAP
            or section_of(h.start) != section_of(current[0].start)
            or (h.para != current[-1].para and not h.opens_paragraph and _paragraph_closed(view, h.para))
        ):
            if len(current) > 1:
                runs.append(current)
            current = []
            continue
        if h.ordinal == 0:
            h.ordinal = current[-1].ordinal + 1
            current.append(h)
            runs.append(current)
            current = []
        elif h.ordinal == current[-1].ordinal + 1:
            current.append(h)
    if not nested:
        return [*runs, current] if len(current) > 1 else runs, False
    runs += [run for run in (*outer, current) if len(run) > 1]
    return sorted(runs, key=lambda run: run[0].start), True


def extract(doc: Document, sections: SectionIndex) -> list[Measure]:
    view = doc.view

    def section_of(vpos: int) -> str | None:
        return sections.at(doc.span(vpos, vpos + 1)[0])

    # (start, run, limit): a run's last item never reaches past the next run of its own family,
    # so text that never ends a sentence cannot make every item run to the end of the document.
    found: list[tuple[int, list[_Hit], int]] = []
    nested = False
    for family, matches in _matches(view).items():
        hits = [_Hit(m.start(), m.end(), _ordinal(m), _para(doc, m.start())) for m in matches]
        runs, inner = _runs(hits, section_of, view, family in _CUT_FAMILIES)
        if family in _CUT_FAMILIES and hits:
            runs = _with_lone_firsts(runs, hits, view)
        if inner:
            nested = True
            starts = [run[0].start for run in runs]
            for run in runs:
                k = bisect_right(starts, run[-1].start)  # the next run after this one's last item (not one inside it)
                found.append((run[0].start, run, starts[k] if k < len(starts) else len(view)))
            continue
        for k, run in enumerate(runs):
            found.append((run[0].start, run, runs[k + 1][0].start if k + 1 < len(runs) else len(view)))
    found.sort(key=lambda item: item[0])

    measures: list[dict[str, Any]] = []  # validated as Measures at once
    for _, run, limit in found:
        for i, h in enumerate(run):
            at_line_start = h.opens_paragraph
            if i + 1 < len(run):
                end = run[i + 1].start
            elif at_line_start:
                nl = view.find("\n", h.end, limit)
                end = limit if nl < 0 else nl
            else:
                m = _ITEM_END.search(view, h.end, limit)
                end = m.end() if m and m.group() != "\n" else (m.start() if m else limit)
            while end > h.end and view[end - 1].isspace():
                end -= 1
            cut = _TITLE_END.search(view, h.end, end)
            title_end = cut.start() if cut else end
            while title_end > h.end and view[title_end - 1] in _TITLE_TRIM:
                title_end -= 1  # 一是优良天数比例，二是… : the item ends at the next marker
            span = doc.span(h.start, end)
            measures.append(
                {
                    "id": f"m{len(measures) + 1}",
                    "section": sections.at(span[0]),
                    "ordinal": h.ordinal,
                    "marker": view[h.start : h.end].strip(),
                    "title": doc.slice(doc.span(h.end, title_end)),
                    "text": doc.slice(span),
                    "span": span,
                }
            )
    if nested:  # a nested list's items stand between its item and the next: text order, numbered again
        measures.sort(key=lambda row: row["span"][0])
        for k, row in enumerate(measures, 1):
            row["id"] = f"m{k}"
    return many(Measure, measures)
