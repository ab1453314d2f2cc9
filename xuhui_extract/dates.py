"""Dates in the body, normalised: 2019年2月 → 2019-02, 第一季度 → 2019-Q1 (inferred).

Absolute forms carry their year (2019年2月, 2019-07-11, 2019.7.11,
二〇一九年七月十一日, 2019年第一季度, 2021—2025年). Relative and bare forms
(今年, 去年, 上年, 当年, 上半年, 第一季度, 3月5日) take their year from context
and are marked `inferred`:
- 今年/去年/明年 count from the page's own date (a news page speaks of its
  own year), falling back to the nearest explicit year before them;
- 上年/当年/全年 count from the year the text is talking about: the nearest
  explicit year before them (a work report's 2025年 … 全年 … 上年);
- bare seasons, months and days take the explicit year of their paragraph,
  then the page year, then the nearest explicit year before or after.
Expressions whose year cannot be fixed are skipped.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from .document import Document
from .models import DateMention
from .numbers import value
from .outline import SectionIndex

_CN_DIGIT = str.maketrans("〇零一二三四五六七八九", "00123456789")
_Y = r"(?<![\d.])(?:1[89]\d\d|20\d\d)(?![\d.]\d)|[一二][〇零一二三四五六七八九]{3}"
_M = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_D = r"3[01]|[12]\d|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九]"
_Q = r"[一二三四1-4首]"
_CN_CHARS = "〇零一二三四五六七八九十"
_REL = r"今年|去年|明年|前年|上年|当年|同年|本年|全年|过去一年"


def _suffix(p: str) -> str:
    """Quarter, half, month/day or year end after a year; group names prefixed with `p`."""
    return (
        rf"(?:第?(?P<{p}q>{_Q})季度|(?P<{p}h>[上下])半年"
        rf"|(?P<{p}m>{_M})月份?(?:(?P<{p}d>{_D})[日号])?|(?P<{p}end>年?底|年?初|年?末))"
    )


_PATTERNS = re.compile(
    "|".join(
        [
            rf"(?P<ry1>{_Y})\s*年?\s*[—–\-~～至到]\s*(?P<ry2>{_Y})\s*年(?!代)",
            r"(?P<iy>(?<!\d)\d{4})(?P<sep>[-/.])(?P<im>1[0-2]|0?[1-9])(?P=sep)(?P<id>3[01]|[12]\d|0?[1-9])(?!\d)",
            rf"(?P<y>{_Y})\s*年(?!代)\s*{_suffix('y')}?",
            r"(?P<both>今明两年)",
            rf"(?P<rel>{_REL}){_suffix('r')}?",
            rf"(?<![\d年月{_CN_CHARS}]){_suffix('b')}",
        ]
    )
)


@dataclass
class _Found:
    vstart: int
    vend: int
    value: str
    granularity: str
    inferred: bool


def _year(s: str) -> int:
    return int(s.translate(_CN_DIGIT)) if not s.isdigit() else int(s)


def _num(s: str | None) -> int | None:
    if not s:
        return None
    if s.isdigit():
        return int(s)
    v = value(s)
    return int(v) if v else None


def _format(year: int, g: dict[str, str | None], prefix: str) -> tuple[str, str] | None:
    q, h, m, d = (g.get(prefix + k) for k in ("q", "h", "m", "d"))
    if q:
        n = 1 if q == "首" else _num(q)
        return (f"{year:04d}-Q{n}", "quarter") if n and 1 <= n <= 4 else None
    if h:
        return f"{year:04d}-H{1 if h == '上' else 2}", "half"
    if m:
        month = _num(m)
        if not month or not 1 <= month <= 12:
            return None
        day = _num(d)
        if d:
            return (f"{year:04d}-{month:02d}-{day:02d}", "day") if day and 1 <= day <= 31 else None
        return f"{year:04d}-{month:02d}", "month"
    return f"{year:04d}", "year"


def _page_year(meta_date: str | None) -> int | None:
    return int(meta_date[:4]) if meta_date else None


def extract(doc: Document, sections: SectionIndex, meta_date: str | None) -> list[DateMention]:
    view = doc.view
    page_year = _page_year(meta_date)
    matches = list(_PATTERNS.finditer(view))
    explicit: list[tuple[int, int]] = []  # (view position, year) of dates written with their year
    for m in matches:
        y = m.group("ry1") or m.group("y") or m.group("iy")
        if y:
            explicit.append((m.start(), _year(y)))
    positions = [p for p, _ in explicit]

    def before(pos: int) -> int | None:
        i = bisect_left(positions, pos) - 1
        return explicit[i][1] if i >= 0 else None

    def after(pos: int) -> int | None:
        i = bisect_left(positions, pos)
        return explicit[i][1] if i < len(explicit) else None

    def in_paragraph(pos: int) -> int | None:
        i = bisect_left(positions, pos) - 1
        start = doc.line_at(pos)[0]
        return explicit[i][1] if i >= 0 and explicit[i][0] >= start else None

    found: list[_Found] = []
    for m in matches:
        g = m.groupdict()
        if g["ry1"]:
            a, b = _year(g["ry1"]), _year(g["ry2"])
            found.append(_Found(m.start(), m.end(), f"{a:04d}", "year", False))
            found.append(_Found(m.start(), m.end(), f"{b:04d}", "year", False))
        elif g["iy"]:
            y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
            found.append(_Found(m.start(), m.end(), f"{y:04d}-{mo:02d}-{d:02d}", "day", False))
        elif g["y"]:
            f = _format(_year(g["y"]), g, "y")
            if f:
                found.append(_Found(m.start(), m.end(), *f, False))
        elif g["both"]:
            y = page_year or before(m.start())
            if y:
                found.append(_Found(m.start(), m.end(), f"{y:04d}", "year", True))
                found.append(_Found(m.start(), m.end(), f"{y + 1:04d}", "year", True))
        elif g["rel"]:
            y = _relative(g["rel"], page_year, before(m.start()))
            f = _format(y, g, "r") if y else None
            if f:
                found.append(_Found(m.start(), m.end(), *f, True))
        else:
            y = in_paragraph(m.start()) or page_year or before(m.start()) or after(m.start())
            f = _format(y, g, "b") if y else None
            if f:
                found.append(_Found(m.start(), m.end(), *f, True))

    out = []
    for f in found:
        span = doc.span(f.vstart, f.vend)
        out.append(
            DateMention(
                text=doc.slice(span),
                value=f.value,
                granularity=f.granularity,
                inferred=f.inferred,
                section=sections.at(span[0]),
                span=span,
            )
        )
    return out


def _relative(word: str, page_year: int | None, topic_year: int | None) -> int | None:
    """The year a relative word points at."""
    if word in ("今年", "本年"):
        base, shift = page_year or topic_year, 0
    elif word == "去年":
        base, shift = page_year or topic_year, -1
    elif word == "明年":
        base, shift = page_year or topic_year, 1
    elif word == "前年":
        base, shift = page_year or topic_year, -2
    elif word == "过去一年":
        base, shift = (page_year, -1) if page_year else (topic_year, 0)
    elif word == "上年":
        base, shift = (topic_year, -1) if topic_year else (page_year, -1)
    else:  # 当年, 同年, 全年: the year being talked about
        base, shift = topic_year or page_year, 0
    return base + shift if base else None
