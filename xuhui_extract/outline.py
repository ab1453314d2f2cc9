"""The outline: numbered headings and their nesting.

A heading is a line that starts with a marker of a standard style (一、 / (一)
（一） / 1. 1、 １． / (1) （1） / ① / 第一章 第一节 第一条, also after markdown
`#`). Nesting is not fixed per style: it is inferred from the order in which
styles appear, as readers do (GB/T 9704 puts 一、 over (一) over 1. over (1),
but an article may skip levels or start lower). A style seen before closes
everything opened after it; a new style opens a level below the current one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .document import TERMINAL, Document, Line, wraps
from .models import Section
from .numbers import value

_CN = "零〇一二三四五六七八九十百两兩"
_FW_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

# (style, pattern); the pattern's group "n" is the number, the match is the marker.
_STYLES: list[tuple[str, re.Pattern[str]]] = [
    ("chapter", re.compile(rf"第(?P<n>[{_CN}\d]+)(?P<kind>编|編|章|节|節|部分)")),
    ("article", re.compile(rf"第(?P<n>[{_CN}\d]+)[条條]")),
    ("cn", re.compile(rf"(?P<n>[{_CN}]+)[、．.]")),
    ("cn-paren", re.compile(rf"[(（](?P<n>[{_CN}]+)[)）]")),
    ("num-paren", re.compile(r"[(（](?P<n>[0-9０-９]{1,2})[)）]")),
    ("num", re.compile(r"(?P<n>[0-9０-９]{1,2})(?:[、，]|[.．](?![0-9０-９]))")),
    ("circled", re.compile(r"(?P<n>[①-⑳])")),
]
# Any style's marker, tried first: most lines are prose, and one failed match rules out all the styles.
_ANY_MARKER = re.compile("|".join(re.sub(r"\(\?P<\w+>", "(?:", p.pattern) for _, p in _STYLES))
# Any white space but a line break leads a heading: pages copied from HTML indent with
# no-break spaces (`&nbsp;`), Word documents with ideographic ones.
# Markdown bold around a heading (`**一、总体目标**`, `**1.招标策划。** 辅助…`) leads it like a space;
# the title ends where the bold does.
_LEAD = re.compile(r"[^\S\r\n]*(?:#{1,6}[ \t]*)?(?P<bold>\*\*|__)?[^\S\r\n]*")
# The lead of a line that a marker follows: one match rules out a line of prose (most lines). No marker
# opens with a character the lead takes, so where it matches it ends where `_LEAD` ends.
_MARKED_LEAD = re.compile(f"{_LEAD.pattern}(?={_ANY_MARKER.pattern})")
_TITLE_END = re.compile(r"[。！？；：!?;:]")
_MAX_TITLE_LINES = 4
_LOST_TITLE_MAX = 24  # a heading whose marker was lost is no longer than this
_ATTACHMENT = re.compile(r"^\s*附件\s*[:：]?")


@dataclass
class _Heading:
    style: str
    ordinal: int
    marker: str
    title: str
    span: tuple[int, int]


def _ordinal(style: str, n: str) -> int | None:
    if style == "circled":
        return ord(n) - ord("①") + 1
    n = n.translate(_FW_DIGITS)
    if n.isdigit():
        return int(n)
    v = value(n)
    return int(v) if v is not None and v == int(v) and v > 0 else None


def _style_key(style: str, m: re.Match[str]) -> str:
    """Chapters, sections and parts are different levels though one pattern finds them."""
    return f"{style}:{m.group('kind')}" if style == "chapter" else style


def _match_marker(line: str, pos: int) -> tuple[str, re.Match[str]] | None:
    if not _ANY_MARKER.match(line, pos):
        return None
    for style, pattern in _STYLES:
        m = pattern.match(line, pos)
        if m:
            return _style_key(style, m), m
    return None


def _headings(doc: Document, warnings: list[str]) -> list[_Heading]:
    text, (b0, b1) = doc.text, doc.body
    lines = [ln for ln in doc.lines if ln.start >= b0 and ln.end <= b1]
    out: list[_Heading] = []
    for k, line in enumerate(lines):
        s = line.text(text)
        if _ATTACHMENT.match(s):
            break  # a list after 附件： names attachments, it is no outline
        lead = _MARKED_LEAD.match(s)
        if not lead:
            continue
        pos = lead.end()
        found = _match_marker(s, pos)
        if not found:
            continue
        style, m = found
        ordinal = _ordinal(style.split(":")[0], m.group("n"))
        if ordinal is None:
            continue
        rest_at = m.end()
        while rest_at < len(s) and s[rest_at].isspace():
            rest_at += 1
        at, title_from = k, line.start + rest_at
        if rest_at >= len(s.rstrip()):
            # The marker stands alone: the title is the next non-empty line, unless that is a heading.
            at = k + 1
            while at < len(lines) and not lines[at].text(text).strip():
                at += 1
            if at == len(lines):
                continue
            lead2 = _LEAD.match(lines[at].text(text))
            if _match_marker(lines[at].text(text), lead2.end() if lead2 else 0):
                continue  # the next line is a heading of its own: this marker titles nothing
            title_from = lines[at].start + (lead2.end() if lead2 else 0)
        title = _title(doc, lines, at, title_from)
        if lead and lead.group("bold"):
            title = title.split(lead.group("bold"), 1)[0].rstrip()
        if not title.strip():
            continue
        marker = m.group().strip()
        out.append(_Heading(style, ordinal, marker, title, (line.start + pos, title_from + len(title))))
    return _plausible(out, warnings)


def _title(doc: Document, lines: list[Line], at: int, start: int) -> str:
    """From `start` on line `at` to the first 。！？；： or the line end, read across
    the line breaks a PDF copy put inside the sentence (`Document.wrap_width`)."""
    text = doc.text
    end = at
    while (
        end + 1 < len(lines)
        and end - at < _MAX_TITLE_LINES
        and not _TITLE_END.search(text, start if end == at else lines[end].start, lines[end].end)
        and wraps(lines[end].text(text).strip(), lines[end + 1].text(text).strip(), False, doc.wrap_width)
    ):
        end += 1
    rest = text[start : lines[end].end]
    cut = _TITLE_END.search(rest)
    return rest[: cut.start()] if cut else rest.rstrip()


def _plausible(found: list[_Heading], warnings: list[str]) -> list[_Heading]:
    """Warn on numbering gaps (一、 then 三、); the headings are kept."""
    last: dict[str, int] = {}
    for h in found:
        prev = last.get(h.style)
        if prev is not None and h.ordinal not in (prev + 1, 1):
            warnings.append(f"outline: {h.marker} follows number {prev} in the same style")
        last[h.style] = h.ordinal
    return found


def extract(doc: Document, warnings: list[str]) -> list[Section]:
    """The sections of the body, flat and in order, with ids, parents and levels."""
    heads = _headings(doc, warnings)
    sections: list[Section] = []
    stack: list[tuple[str, Section]] = []  # (style, section) from the top level down
    counters: dict[str | None, int] = {}
    last: dict[str, int] = {}  # the last number taken in each style, open or closed
    for k, h in enumerate(heads):
        depth = next((i for i, (style, _) in enumerate(stack) if style == h.style), None)
        if depth is not None:
            del stack[depth:]
        elif (
            h.ordinal != 1
            and h.ordinal != last.get(h.style, -1) + 1
            and (sections or not (_opens_excerpt(heads, k) or _own_paragraph(doc, h)))
            and not (h.ordinal == 2 and stack and _lost_first(doc, stack[-1][1].span[1], h.span[0]))
        ):
            # A new style that does not start at one is a stray line start, unless it
            # carries on a numbering begun under an earlier parent (第五条 under 第二章),
            # opens an excerpt, or is the second item of a level whose first lost its marker.
            continue
        last[h.style] = h.ordinal
        parent = stack[-1][1] if stack else None
        key = parent.id if parent else None
        counters[key] = counters.get(key, 0) + 1
        sid = f"{parent.id}.{counters[key]}" if parent else str(counters[key])
        section = Section(
            id=sid,
            parent=parent.id if parent else None,
            level=len(stack) + 1,
            marker=h.marker,
            title=h.title,
            span=h.span,
            body_span=(h.span[0], doc.body[1]),
        )
        sections.append(section)
        stack.append((h.style, section))
    return _close_bodies(sections, doc.body[1])


def _lost_first(doc: Document, parent_end: int, start: int) -> bool:
    """Is the first line under the parent heading (ending at `parent_end`) a short unmarked title, with body
    text after it and before the heading at `start` (一、… / 抗疫情,奋力保障群众安全 / 一是… / (二)…)?
    Then it is the level's first item, its (一) lost, and the (二) that follows carries the level on."""
    lines = [ln for ln in doc.lines if parent_end < ln.end and ln.start < start and ln.text(doc.text).strip()]
    if len(lines) < 2:
        return False
    first = lines[0].text(doc.text).strip()
    return len(first) <= _LOST_TITLE_MAX and not _TITLE_END.search(first) and not _match_marker(first, 0)


def _own_paragraph(doc: Document, h: _Heading) -> bool:
    """Is heading `h` a paragraph of its own in text copied from a PDF (`三、搭建载体…` after a line ending
    in 。, its line short of the width)? A PDF page breaks lines where the width runs out, so a line
    that starts after a closed sentence and ends early was set so by its writer: a heading, though a page
    cut off the ones before it. Only there: in text with one line per paragraph, every line looks so."""
    width = doc.wrap_width
    if width is None:
        return False
    lines = [ln for ln in doc.lines if ln.text(doc.text).strip()]
    k = next((j for j, ln in enumerate(lines) if ln.start <= h.span[0] < ln.end), None)
    if not k:
        return False
    line, before = lines[k].text(doc.text).strip(), lines[k - 1].text(doc.text).rstrip()
    after = lines[k + 1].text(doc.text).strip() if k + 1 < len(lines) else ""
    ends_line = doc.text[h.span[1] : lines[k].end].strip() == ""
    return ends_line and before[-1:] in TERMINAL and not wraps(line, after, False, width)


def _opens_excerpt(heads: list[_Heading], k: int) -> bool:
    """Does the first heading, numbered above one, open an excerpt (`四、…` then `（一）…`)?

    Part two of an article, or a passage cut from one, starts at a later ordinal. Its
    first marker is a heading when the numbering goes on from it (`四、` … `五、`) or the
    next heading starts a style below it at one (`四、` then `（一）`); a lone `四、` is not.
    """
    h = heads[k]
    if k + 1 < len(heads) and heads[k + 1].style != h.style and heads[k + 1].ordinal == 1:
        return True
    same = next((g for g in heads[k + 1 :] if g.style == h.style), None)
    return same is not None and same.ordinal == h.ordinal + 1


def _close_bodies(sections: list[Section], end: int) -> list[Section]:
    """Each section's body runs to the next heading at its level or above."""
    open_: list[Section] = []
    for s in sections:
        while open_ and open_[-1].level >= s.level:
            closed = open_.pop()
            closed.body_span = (closed.span[0], s.span[0])
        open_.append(s)
    for s in open_:
        s.body_span = (s.span[0], end)
    return sections


class SectionIndex:
    """Answers "which section holds this position?" for the later stages, in log time."""

    def __init__(self, sections: list[Section]) -> None:
        self._sections = sections
        self._starts = [s.span[0] for s in sections]
        self._by_id = {s.id: s for s in sections}

    def at(self, pos: int) -> str | None:
        i = bisect_right(self._starts, pos) - 1
        s = self._sections[i] if i >= 0 else None
        while s is not None and not (s.body_span[0] <= pos < s.body_span[1]):
            s = self._by_id.get(s.parent) if s.parent else None
        return s.id if s else None
