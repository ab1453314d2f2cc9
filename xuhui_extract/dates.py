"""Dates in the body, normalised: 2019年2月 → 2019-02, 第一季度 → 2019-Q1 (inferred).

A date is a *head* that fixes or points at a year, then an optional *tail*
that narrows it:
- heads with their year: 2019年, 二〇一九年 (二○○八年), 2019-07-11 / 2019.7.11 /
  2019/7/11, and year ranges 2021—2025年, 2005年至2013年, （2021-2025）, which
  give both ends;
- relative heads (`lexicon/relative_years.txt`: 今年, 去年, 上年, 当年, 全年,
  过去一年 …, and 今明两年), which take their year from context (with no page
  date and no year before them, from the signature date after them; a year's
  summary published later speaks from the year it reviews, then from the next
  in its plans; a year compared with, 比2019年, anchors nothing);
- relative days (`lexicon/relative_days.txt`: 昨日, 前天, 今天 …) before a comma
  or a time of day, which move the page's full date (昨日 on a page of
  2008-08-28 → 2008-08-27) and are skipped without one;
- bare tails with no head (第一季度, 上半年, 年底, 3月5日, 1-9月, and the
  month·day that names an event: 3·5疫情, 8·16, not “5·12” quoted, which
  names a past one, nor 1·5倍, a mistyped decimal), and a festival with a time word after it
  (`lexicon/festival_days.txt`: 五四青年节当天, “七一”前夕, not 五四运动), which take
  the year of their paragraph, then the page's, then the nearest explicit year
  before, then the year of the next full date (a signature line 2021年9月25日
  dates the 9月25日 above it). A dateline (7月30日讯) the page's year would put after the
  page's date shows the page is a later repost: its year then dates nothing.
Tails: 第一季度/一季度/首季度 → Qn, 上半年/下半年 → Hn, 3月(5日) → month or day,
quarter ranges (1-4季度), month and day ranges (1-9月, 8月至11月, 12-19日) → both ends, 年底/年初/年末
→ the year itself. Dates whose year comes from context are `inferred`;
expressions whose year cannot be fixed are skipped.

Not dates: decades (50年代, 1950年代), planning periods (十四五, no 年), the year's
quota (完成全年目标任务, `lexicon/year_quotas.txt`),
relative words that are only part of a word (相当年轻, 以上年龄: the word must
start a jieba token), recurring dates (每年3月), and bare or relative forms
inside a 《》 title (the title names a document, not a time the text speaks
of). Traditional forms (號, 當年, 兩) are read alike.

The list comes back sorted by span start, so later stages find "the date in
this clause" with `first_within` and `DateSpans.near` by bisection instead of a scan.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

from . import lazy, lexicon
from .document import Document
from .models import DateMention, many
from .numbers import value
from .outline import SectionIndex

# Zero is 〇 or 零, or a look-alike typed for it in official documents (二○○八年: ○ U+25CB, Ｏ).
_CN = "〇零○Ｏ一二三四五六七八九"
_CN_DIGIT = str.maketrans(_CN, "0000123456789")
_AY = r"(?<![\d.])(?:1\d{3}|20\d\d)(?!\d)"  # Arabic year; years before 1800 only with a month
_CY = rf"(?<![{_CN}十百千万])(?:一[七八九]|二[〇零○Ｏ])[{_CN}]{{2}}"  # 一九二一, 二〇三五, 二○○八
_Y = rf"{_AY}|{_CY}"
_M = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|元"  # 元月: January
_D = r"3[01]|[12]\d|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九]"
_TO = r"\s*(?:[—–\-~～－]{1,2}|至|到)\s*"
_DAY = r"[日号號]"

_QUARTER = re.compile(r"第?([一二三四1-4首])季度")
# A quarter range gives both ends: 2022年1-4季度, 2021年一至三季度.
_QUARTER_RANGE = re.compile(rf"第?([一二三四1-4])(?:季度)?{_TO}第?([一二三四1-4])季度")
_HALF = re.compile(r"([上下])半年")
_END = re.compile(r"年?(?:底|初|末)")
_MONTH_RANGE = re.compile(rf"({_M})(?:月份?)?{_TO}({_M})月份?")
_MONTH = re.compile(rf"({_M})月份?")
_DAY_NUM = re.compile(rf"({_D})({_DAY})?")
_TO_DAY = lazy.pattern(rf"{_TO}(?:({_M})月份?)?({_D}){_DAY}")
_TO_MONTH = re.compile(rf"{_TO}({_M})月份?")
_OPEN_END = re.compile(r"[\s，。；、,;)）]|$")
# Further days listed after a full date share its month: 8月12日、26日及9月23日.
_LISTED_DAY = lazy.pattern(rf"\s*(?:、|和|及|与|與|,|，)\s*({_D}){_DAY}")
# Where a tail with no head may start: not inside a number, after 年/月, or
# after words that make it a span or a recurrence (前三季度, 每年3月, 近两月, 几个); but 整个8月 is August.
_BARE = (  # a part of `_head()`'s pattern, compiled there
    rf"(?<![\d.年月{_CN}十前后近每各几第])(?<!(?<!整)个)"
    rf"(?=第?[一二三四1-4首]季度|[上下]半年|年[底初末]|(?:{_M})(?:月|{_TO}(?:{_M})月))"
)
# What follows a festival's name that makes it the day the text speaks of (五四青年节当天, “七一”前夕).
_FESTIVAL_AFTER = r"”?(?:当天|当日|前夕|之际|期间|前后|來臨|来临|到来|到來|當天|當日)"
# What follows a relative day that dates its clause: a comma, a time of day (昨日上午, 今天下午) or the
# place the event happened in (服务团昨天在江东区成立, 昨日于广州召开).
_DAY_AFTER = r"\s*(?:[，,、在于]|上午|下午|中午|晚上|晚间|早上|凌晨|傍晚)"
_YEAR_MARK = re.compile(r"\s*年?度?")
_TO_START = r"\s—–\-~～－至到"  # where `_TO` can begin
# Where each alternative of `_head` can start: (first characters, a class of what can follow them).
_SECOND = (
    ("0", "1-9"),  # 03月
    ("1", rf"\d月季{_TO_START}"),  # 1998年, 12月, 1月, 1季度, 1-3月
    ("2", rf"0月季{_TO_START}"),  # 2019年, 2月, 2季度
    ("3456789", rf"月季{_TO_START}"),  # 3月, 3-5月, 3季度
    ("一二三四五六七八九十", rf"月{_TO_START}"),  # 三月, 三至五月
    ("一", "七八九"),  # 一九二一年
    ("二", "〇零○Ｏ"),  # 二〇三五年
    ("一二三四首", "季"),  # 一季度, 首季度
    ("十", "一二"),  # 十一月
    ("第", "一二三四1-4首"),  # 第一季度
    ("上下", "半"),  # 上半年
    ("年", "底初末"),  # 年底
    ("今", "明"),  # 今明两年
    ("元", "月"),  # 元月
    ("123456789", "·•・"),  # 3·5, 8·16 (10·8 starts as 10月)
)
_TITLE = re.compile(r"《[^《》\n]*》")
_EACH_SPAN = 12  # how far before a bare 年初/年底 a 每 makes it recur
_CLAUSE_MARKS = frozenset("，,。；;！？\n")


@cache
def _relative_words() -> dict[str, tuple[int, int, bool]]:
    """word → (shift from the page year, shift from the topic year, page year first)."""
    out = {}
    for line in lexicon.words("relative_years"):
        word, page, topic, first = line.split()
        out[word] = (int(page), int(topic), first == "page")
    return out


@cache
def _relative_days() -> dict[str, int]:
    """word → shift in days from the page date (昨日 → -1)."""
    return {word: int(shift) for word, shift in (line.split() for line in lexicon.words("relative_days"))}


@cache
def _festivals() -> dict[str, tuple[int, int]]:
    """name → (month, day) of the days a festival's name fixes (`lexicon/festival_days.txt`)."""
    return {name: (int(m), int(d)) for name, m, d in (line.split() for line in lexicon.words("festival_days"))}


@cache
def _head() -> re.Pattern[str]:
    rel = "|".join(sorted(map(re.escape, _relative_words()), key=len, reverse=True))
    fest = "|".join(sorted(map(re.escape, _festivals()), key=len, reverse=True))
    days = "|".join(sorted(map(re.escape, _relative_days()), key=len, reverse=True))
    return re.compile(
        "(?:"
        + "|".join(
            [
                rf"(?P<ry1>{_Y})\s*年?度?{_TO}(?P<ry2>{_Y})\s*年(?!代)",
                rf"(?<=[（(])(?P<py1>{_AY}){_TO}(?P<py2>{_AY})(?=[）)])",
                rf"(?P<iy>{_AY})(?P<sep>[-/.])(?P<im>1[0-2]|0?[1-9])(?P=sep)(?P<id>3[01]|[12]\d|0?[1-9])"
                r"(?:(?!\d)|(?=\d\d?[:：]\d))",
                rf"(?P<y>{_Y})\s*年(?!代)",
                r"(?P<both>今明[两兩]年)",
                r"(?<![\d.·•・“‘「\"])(?P<dm>1[0-2]|[1-9])[·•・](?P<dd>3[01]|[12]\d|[1-9])(?![\d.·•・%倍万亿])",
                rf"(?P<day>{days})(?={_DAY_AFTER})",
                rf"(?P<rel>{rel})",
                _BARE,
                rf"(?P<fest>{fest})(?={_FESTIVAL_AFTER})",  # last: the rarest, tried where all else failed
            ]
        )
        + ")"
    )


@cache
def _starts() -> re.Pattern[str]:
    """Where a date may start, by its first two characters (`_SECOND`, and the relative words).

    Each alternative opens with a literal character, so `re` scans the view for those
    characters at C speed (a pattern that opens otherwise is tried at every position, at
    ten times the cost), and the second character rules out the common 一个, 上海, 下一步,
    1000: the whole `_head` is tried at a few dozen positions a page. An alternative of
    `_head` that starts otherwise must be added to `_SECOND` (tests/test_fast_paths.py
    checks that `_search` finds what a plain search finds).
    """
    follow: dict[str, str] = {}
    pairs = [*_SECOND, *((w[0], re.escape(w[1])) for w in (*_relative_words(), *_relative_days(), *_festivals()))]
    for chars, then in pairs:
        for ch in chars:
            follow[ch] = follow.get(ch, "") + then  # classes side by side: their union
    return re.compile("|".join(f"{re.escape(ch)}(?=[{then}])" for ch, then in follow.items()))


def _search(view: str, pos: int) -> re.Match[str] | None:
    """`_head().search(view, pos)`, with the whole pattern tried only where `_starts` finds a start."""
    head, starts = _head(), _starts()
    while start := starts.search(view, pos):
        m = head.match(view, start.start())
        if m:
            return m
        pos = start.start() + 1
    return None


# Before a frame year: 比/较 (a baseline), 从/自 (a start), 到/至 (a target, not 截至 a report's date), 将在.
_FRAME_BEFORE = re.compile(r"(?:(?<!截)[比较較从從到至自]|将在|將在|将于|將於)$")
_FRAME_AFTER = re.compile(r"(?:以来|以來|以前|之前|以后|以後|之后|之後)")
# A sentence that looks ahead to a month later than the page's own: a plan or a deadline in its year.
_AHEAD = re.compile(r"将|將|计划|計劃|拟|擬|预计|預計|力争|力爭|争取|爭取|定于|定於|即将|届时|前完成|底前|月前")


@dataclass
class _Raw:
    """One expression as read, before its year is fixed: `years` when written, else `rel` or bare."""

    vstart: int
    vend: int
    parts: list[tuple[str, int, int]]  # (kind, a, b): ("y",0,0) ("q",n,0) ("h",n,0) ("m",month,day or 0)
    years: list[int] = field(default_factory=list)
    rel: str | None = None


def _num(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if s == "元":
        return 1  # 元月
    v = value(s)
    return int(v) if v else None


def _year(s: str) -> int:
    return int(s.translate(_CN_DIGIT))


def _tail(view: str, pos: int, open_day: bool) -> tuple[int, list[tuple[str, int, int]]]:
    """The narrowing part at `pos` (quarter, half, months, days, year end): its end and parts."""
    m = _QUARTER_RANGE.match(view, pos)
    if m:
        return m.end(), [("q", _num(m.group(1)) or 0, 0), ("q", _num(m.group(2)) or 0, 0)]
    m = _QUARTER.match(view, pos)
    if m:
        q = m.group(1)
        return m.end(), [("q", 1 if q == "首" else _num(q) or 0, 0)]
    m = _HALF.match(view, pos)
    if m:
        return m.end(), [("h", 1 if m.group(1) == "上" else 2, 0)]
    m = _END.match(view, pos)
    if m:
        return m.end(), [("y", 0, 0)]
    m = _MONTH_RANGE.match(view, pos)
    if m:
        return m.end(), [("m", _num(m.group(1)) or 0, 0), ("m", _num(m.group(2)) or 0, 0)]
    m = _MONTH.match(view, pos)
    return _month(view, m, open_day) if m else (pos, [])


def _month(view: str, m: re.Match[str], open_day: bool) -> tuple[int, list[tuple[str, int, int]]]:
    """3月, 3月5日, 3月5日至4月2日, 4月12-19日, 8月至11月; 八月十五 (no 日) only after a year."""
    month = _num(m.group(1)) or 0
    end = m.end()
    d = _DAY_NUM.match(view, end)
    if d:
        day = _num(d.group(1)) or 0
        to_day = _TO_DAY().match(view, d.end())
        if d.group(2) or to_day or (open_day and _OPEN_END.match(view, d.end())):
            parts = [("m", month, day)]
            end = d.end()
            if to_day:
                m2 = _num(to_day.group(1)) if to_day.group(1) else month
                parts.append(("m", m2 or 0, _num(to_day.group(2)) or 0))
                end = to_day.end()
            return end, parts
    to_month = _TO_MONTH.match(view, end)
    if to_month:
        return to_month.end(), [("m", month, 0), ("m", _num(to_month.group(1)) or 0, 0)]
    return end, [("m", month, 0)]


def _word_end(starts: list[int], ends: list[int], pos: int) -> int | None:
    """Where the jieba word that starts at `pos` ends, or None if no word starts there.

    A bisect over the word offsets: asked for a few matches per page, it beats
    building a map of every word.
    """
    k = bisect_left(starts, pos)
    return ends[k] if k < len(starts) and starts[k] == pos else None


def _read(view: str, starts: list[int], ends: list[int]) -> list[_Raw]:
    """Every date expression in the view, in order, with the years written in it.

    `starts` and `ends` are the jieba words' offsets: a relative word or a bare
    tail must start a word (not 相当年轻, 以上年龄), and a bare tail must not be
    the start of a longer word (十月革命).
    """
    out: list[_Raw] = []
    pos = 0
    while m := _search(view, pos):
        g = m.groupdict()
        start, end = m.start(), m.end()
        found = len(out)
        if g["ry1"] or g["py1"]:
            a, b = _year(g["ry1"] or g["py1"]), _year(g["ry2"] or g["py2"])
            tail_end, parts = _tail(view, _skip_space(view, end), False) if g["ry1"] else (end, [])
            if 1800 <= a < b and parts:  # 2019年至2020年3月: the tail narrows the second end only
                mark = _YEAR_MARK.match(view, m.end("ry1"))
                assert mark is not None  # the mark's pattern, all optional, matches wherever a year ends
                out.append(_Raw(start, mark.end(), [("y", 0, 0)], [a]))
                out.append(_Raw(m.start("ry2"), tail_end, parts, [b]))
                end = tail_end
            elif 1800 <= a < b:
                out.append(_Raw(start, end, [("y", 0, 0)], [a, b]))
        elif g["iy"]:
            out.append(_Raw(start, end, [("m", int(g["im"]), int(g["id"]))], [int(g["iy"])]))
        elif g["y"]:
            tail_end, parts = _tail(view, _skip_space(view, end), True)
            year = _year(g["y"])
            if (parts and parts[0][0] == "m") or year >= 1800:  # earlier years only with a month
                end = tail_end if parts else end
                out.append(_Raw(start, end, parts or [("y", 0, 0)], [year]))
        elif g["dm"]:
            out.append(_Raw(start, end, [("m", int(g["dm"]), int(g["dd"]))]))
        elif g["both"]:
            out.append(_Raw(start, end, [("y", 0, 0)], rel="今明两年"))
        elif g["fest"]:
            if _word_end(starts, ends, start) is not None:  # 五四青年节当天: the day, in the year of its context
                out.append(_Raw(start, end, [("m", *_festivals()[g["fest"]])]))
        elif g["day"]:
            if _word_end(starts, ends, start) is not None:
                out.append(_Raw(start, end, [("d", _relative_days()[g["day"]], 0)], rel=g["day"]))
        elif (word_end := _word_end(starts, ends, start)) is not None:
            tail_end, parts = _tail(view, end if g["rel"] else start, False)
            if g["rel"]:
                end = tail_end if parts else end
                out.append(_Raw(start, end, parts or [("y", 0, 0)], rel=g["rel"]))
            elif parts and word_end <= tail_end:
                end = tail_end
                out.append(_Raw(start, end, parts))
        if len(out) > found:
            end = max(end, _listed_days(view, out))
        pos = max(end, start + 1)
    return out


def _listed_days(view: str, out: list[_Raw]) -> int:
    """Read the bare days listed after the last date (…12日、26日) into `out`; return where they end."""
    last = out[-1]
    end = last.vend
    kind, month, day = last.parts[-1]
    if kind != "m" or not day:
        return end
    while m := _LISTED_DAY().match(view, end):
        out.append(_Raw(m.start(1), m.end(), [("m", month, _num(m.group(1)) or 0)], list(last.years), last.rel))
        end = m.end()
    return end


def _skip_space(view: str, pos: int) -> int:
    while pos < len(view) and view[pos] in " \t\u3000":
        pos += 1
    return pos


def _value(year: int, part: tuple[str, int, int]) -> tuple[str, str] | None:
    """The value and granularity of one part in `year`, or None when it is no real date."""
    kind, a, b = part
    if kind == "y":
        return (f"{year:04d}", "year") if year >= 1800 else None
    if kind == "q":
        return (f"{year:04d}-Q{a}", "quarter") if 1 <= a <= 4 else None
    if kind == "h":
        return f"{year:04d}-H{a}", "half"
    if not 1 <= a <= 12:
        return None
    if not b:
        return f"{year:04d}-{a:02d}", "month"
    if not 1 <= b <= calendar.monthrange(year, a)[1]:
        return None
    return f"{year:04d}-{a:02d}-{b:02d}", "day"


_SENTENCE_END = re.compile(r"[。！？!?\n]")
_PART_OF_YEAR = re.compile(r"[月季]|半年")


@cache
def _review() -> re.Pattern[str]:
    """A title that looks back on a year: 2022年工作总结, 年终总结, 2022年度述职报告.

    Not news of a meeting held to sum up (召开2024年度工作总结会, 总结表彰大会): it speaks from its own date.
    """
    words = lexicon.alternation("review_words")
    return re.compile(rf"(?:(?P<y>{_AY})\s*年度?)?[^\d年]{{0,12}}?(?:{words})(?![^\d，,。]{{0,6}}[会會])")


def _report_year(title: str | None, meta_date: str | None) -> int | None:
    """The year the page speaks from: its own, or the year it reviews.

    A year's summary is published early the next year (白杨街道2022年工作总结
    dated 2023-01-12), or reposted later still, yet its 今年 and bare 4月26日
    are the year reviewed. The cue is a title naming an earlier year before
    总结/年终/述职, or one naming no year or part of one (a monthly summary is
    not a year's) on a page of January or February: then the year before.
    """
    if not meta_date:
        return None
    page_year, title = int(meta_date[:4]), title or ""
    m = _review().search(title)
    if m and m.group("y"):
        return min(int(m.group("y")), page_year)
    # No year named: a yearly summary (no month, quarter or half in the title) early in the year.
    looks_back = bool(m) and meta_date[5:7] in ("01", "02") and not _PART_OF_YEAR.search(title)
    return page_year - (looks_back and not re.search(_AY, title))


_COMPARED_AFTER = re.compile(r"(?:同期)?(?:相比|比较|相較|比較)")


def _compared(view: str, r: _Raw) -> bool:
    """Is the date a point of comparison: after 比/较 (比2020年增长), or 与/同 … 相比 (与2020年相比)?"""
    before = view[r.vstart - 1 : r.vstart]
    return before in ("比", "较", "較") or (before in ("与", "同", "與") and bool(_COMPARED_AFTER.match(view, r.vend)))


class _Context:
    """The years a relative or bare date can take: the page's, and the explicit ones around it."""

    def __init__(
        self,
        doc: Document,
        raws: list[_Raw],
        meta_date: str | None,
        title: str | None = None,
        cited: Callable[[int], bool] | None = None,
    ) -> None:
        self.doc = doc
        self.page_year = _report_year(title, meta_date)
        self.meta_year = int(meta_date[:4]) if meta_date else None
        self.meta_month = int(meta_date[5:7]) if meta_date and meta_date[5:7].isdigit() else None
        if title and title.endswith(lexicon.words("plan_kinds")):
            self.meta_month = None  # a plan (2024年工作计划, …实施方案) speaks of its own year's months ahead
        # A summary's plans for the year after it (二、2023年工作思路 … 今年) speak from that year.
        looks_back = meta_date is not None and self.page_year != int(meta_date[:4])
        self.own_year = self.page_year + 1 if looks_back and self.page_year else None
        view = doc.view
        # A year compared with (比2020年, 与2020年相比) is a point of reference, not the year spoken of.
        # So is a year in a cited title (《关于2018年至2020年…的工作方案》): it names the document's period.
        explicit = [
            (r.vstart, y)
            for r in raws
            if r.years and not _compared(view, r) and not (cited and cited(r.vstart))
            for y in r.years
        ]
        self.positions = [p for p, _ in explicit]
        self.years = [y for _, y in explicit]
        # A year of account (2025年度组织生活会) names the period looked back on, not when the
        # paragraph happens: it anchors no bare date of its paragraph (2月2日 takes the page's year).
        self.accounts = {r.vstart for r in raws if r.years and view.startswith("度", r.vend)}
        # A year the sentence compares with or counts towards (比2005年, 从2002年, 到2025年, 将在2028年,
        # 2015年以来) frames a span of time; it is not the year the text speaks in, and anchors no 上年/去年.
        self.frames = {r.vstart for r in raws if r.years and _frame(view, r.vstart, r.vend)}
        self.latest = max((y for p, y in explicit if p not in self.frames), default=None)
        # Full dates only, for looking forwards: a signature line 2021年9月25日.
        full = [(r.vstart, r.years[0]) for r in raws if r.years and any(p[0] == "m" and p[2] for p in r.parts)]
        self.full_positions = [p for p, _ in full]
        self.full_years = [y for _, y in full]

    def before(self, pos: int) -> int | None:
        i = bisect_left(self.positions, pos) - 1
        return self.years[i] if i >= 0 else None

    def next_full(self, pos: int) -> int | None:
        i = bisect_left(self.full_positions, pos)
        return self.full_years[i] if i < len(self.full_years) else None

    def in_paragraph(self, pos: int) -> int | None:
        i = bisect_left(self.positions, pos) - 1
        start = self.doc.line_at(pos)[0]
        # (a frame, 2012年以来, is no year the paragraph happens in either: 截至10月底 after it is the present)
        while (
            i >= 0
            and (self.positions[i] in self.accounts or self.positions[i] in self.frames)
            and self.positions[i] >= start
        ):
            i -= 1
        return self.years[i] if i >= 0 and self.positions[i] >= start else None

    def year_at(self, pos: int) -> int | None:
        """The page's year at `pos`: the year a summary reviews, until the text turns to its plans for the next."""
        return self.own_year if self.own_year and self.before(pos) == self.own_year else self.page_year

    def topic(self, pos: int) -> int | None:
        """The nearest explicit year before `pos` that is not a frame (see `frames`)."""
        i = bisect_left(self.positions, pos) - 1
        while i >= 0 and self.positions[i] in self.frames:
            i -= 1
        return self.years[i] if i >= 0 else None

    def relative(self, word: str, pos: int) -> int | None:
        page_shift, topic_shift, page_first = _relative_words()[word]
        # 当年/同年 name the year just written, frame or not (从2014年起实施，当年完成); 上年/去年 count
        # from the year the text speaks in, never from a baseline or target (比2005年增加…，比上年增长).
        topic = self.topic(pos) if page_first or topic_shift else self.before(pos)
        if self.page_year and (page_first or topic is None):
            year = self.year_at(pos)
            assert year is not None  # the year a summary reviews, else the page's year, which is set
            return year + page_shift
        if topic:
            return topic + topic_shift
        # No page date and no year before: a cover notice dates itself at its signature (2024年11月18日).
        signed = self.next_full(pos)
        return signed + page_shift if signed else None

    def later_in_sentence(self, pos: int) -> int | None:
        """The first year written after `pos` in its sentence (8月6日下午，街道召开2021年半年工作总结会)."""
        i = bisect_left(self.positions, pos)
        end = _SENTENCE_END.search(self.doc.view, pos)
        return self.years[i] if i < len(self.positions) and (end is None or self.positions[i] < end.start()) else None

    def bare(self, pos: int, month: int = 0) -> int | None:
        return (
            self.in_paragraph(pos)
            or self.page_past(pos, month)
            or self.present(pos)
            or self.before(pos)
            or self.next_full(pos)
            or self.later_in_sentence(pos)
            or self.spoken_year(pos)
        )

    def spoken_year(self, pos: int) -> int | None:
        """The year a later 今年 stands for, for a bare date before any year on an undated page (1月23日上午，
        …人大二次会议开幕 … then 2023年 reviewed and 今年's targets): the year the text speaks in. Only where
        that is its latest year, after an earlier one: a 今年 read from the one year reviewed may be wrong."""
        at = self.doc.view.find("今年", pos)
        year = self.relative("今年", at) if at > 0 else None
        return year if year and year == self.latest and self.years and min(self.years) < year else None

    def page_past(self, pos: int, month: int) -> int | None:
        """The page's year for a bare month or day (`year_at`); the year before for a month later than the
        page's own (12月19日 reported on a page of 2017-01-05 happened in 2016), unless it starts a period
        (自5月10日起) or its sentence looks ahead (将于12月, 12月底前完成: `_AHEAD`)."""
        year = self.year_at(pos)
        if not (year and self.meta_month and month > self.meta_month and year == self.meta_year):
            return year
        if self.doc.view[pos - 1 : pos] in ("自", "从", "從"):
            return year
        view = self.doc.view
        start = max(view.rfind(c, 0, pos) for c in "。！？!?\n") + 1
        end = _SENTENCE_END.search(view, pos)
        return year if _AHEAD.search(view, start, end.start() if end else len(view)) else year - 1

    def present(self, pos: int) -> int | None:
        """The text's present for a bare date outside any paragraph with a year, on an undated page:
        its latest year that is no frame, when the nearest year before is an older one of another
        paragraph (a profile's history, 1952年改属…, then its current figures, 1-8月PM2.5…)."""
        before = self.before(pos)
        if before is None or not self.latest or before >= self.latest:
            return None
        return self.latest


def _each_before(view: str, pos: int) -> bool:
    """Does 每 (每位党员, 每个支部) stand in the clause before `pos`, within `_EACH_SPAN` characters?"""
    k = view.rfind("每", max(0, pos - _EACH_SPAN), pos)
    return k >= 0 and not any(ch in _CLAUSE_MARKS for ch in view[k:pos])


def _frame(view: str, start: int, end: int) -> bool:
    """Is the year at `start`…`end` a frame: a baseline or a target (比2005年, 到2025年, 2015年以来)?"""
    before = _FRAME_BEFORE.search(view[max(0, start - 3) : start])
    return before is not None or _FRAME_AFTER.match(view, end) is not None


def extract(
    doc: Document, sections: SectionIndex, meta_date: str | None, title: str | None = None
) -> list[DateMention]:
    """The body's dates; `title` (the page's) tells a year's summary published the next year."""
    view = doc.view
    raws = _read(view, doc.token_starts, doc.token_ends)
    if meta_date and _dateline_after(view, raws, meta_date):
        meta_date = None  # the page's date is a repost's: it fixes no year of the report
    titles = [m.span() for m in _TITLE.finditer(view)]
    title_starts = [a for a, _ in titles]

    def in_title(pos: int) -> bool:
        i = bisect_left(title_starts, pos + 1) - 1
        return i >= 0 and titles[i][0] < pos < titles[i][1]

    ctx = _Context(doc, raws, meta_date, title, in_title if titles else None)

    out: list[dict[str, Any]] = []  # validated as DateMentions at once
    for r in raws:
        inferred = not r.years
        if inferred and in_title(r.vstart):
            continue
        if (
            inferred
            and r.parts[0][0] == "m"
            and not r.parts[0][2]
            and view.startswith(lexicon.words("life_events"), r.vend)
        ):
            continue  # 为6月入党的党员: the month people joined in, any year, not a date of the article
        if r.rel and view.startswith(lexicon.words("year_quotas"), r.vstart):
            continue  # 完成全年目标任务: the year's quota, not a date
        if inferred and not r.rel and view.startswith("年", r.vstart) and _each_before(view, r.vstart):
            continue  # 要求每位党员年初…作出承诺: the start of every year, a duty's time, not a date
        if r.years:
            pairs = [(y, p) for y in r.years for p in r.parts]
        elif r.parts[0][0] == "d":
            pairs = []  # a relative day (昨日): from the page's full date, below
        elif r.rel == "今明两年":
            y = ctx.relative("今年", r.vstart)
            pairs = [(y, r.parts[0]), (y + 1, r.parts[0])] if y else []
        else:
            y = (
                ctx.relative(r.rel, r.vstart)
                if r.rel
                else ctx.bare(r.vstart, r.parts[0][1] if r.parts[0][0] == "m" else 0)
            )
            pairs = [(y, p) for p in r.parts] if y else []
        found = [v for y, part in pairs if (v := _value(y, part))]
        if r.parts[0][0] == "d" and (day := _shift_day(meta_date, r.parts[0][1])):
            found = [(day, "day")]
        span = doc.span(r.vstart, r.vend)
        for when, granularity in found:
            out.append(
                {
                    "text": doc.slice(span),
                    "value": when,
                    "granularity": granularity,
                    "inferred": inferred,
                    "section": sections.at(span[0]),
                    "span": span,
                }
            )
    out.sort(key=lambda d: d["span"][0])
    return many(DateMention, out)


def _dateline_after(view: str, raws: list[_Raw], meta_date: str) -> bool:
    """Is there a dateline (`7月30日讯`, `7月30日电`) that the page's year would put after the page's date?

    A report is filed before it is published: a page dated 2023-01-04 above `7月30日讯` is a later
    repost, and its year is not the report's.
    """
    for r in raws:
        kind, _, day = r.parts[0]
        if r.years or r.rel or kind != "m" or not day or not view.startswith(("讯", "电", "訊", "電"), r.vend):
            continue
        v = _value(int(meta_date[:4]), r.parts[0])
        return v is not None and v[0] > meta_date[:10]
    return False


def _shift_day(meta_date: str | None, shift: int) -> str | None:
    """The page's date moved by `shift` days; None without a full page date (a relative day needs one)."""
    try:
        return (date.fromisoformat(meta_date or "") + timedelta(days=shift)).isoformat()
    except ValueError:
        return None


def _start(d: DateMention) -> int:
    return d.span[0]


def first_within(dates: list[DateMention], start: int, end: int) -> DateMention | None:
    """The first date that starts inside [start, end), by one bisect; `dates` sorted as `extract` returns them."""
    i = bisect_left(dates, start, key=_start)
    return dates[i] if i < len(dates) and dates[i].span[0] < end else None


class DateSpans:
    """The dates `extract` returned, as plain lists of offsets for the stages that ask about each item.

    Bisecting plain lists saves the call to a key function at every step (metrics ask per number).
    """

    def __init__(self, dates: list[DateMention]) -> None:
        self._dates = dates
        self._starts = [d.span[0] for d in dates]
        self._ends = [d.span[1] for d in dates]

    def near(self, start: int, end: int, pos: int) -> DateMention | None:
        """The date of a clause or sentence [start, end) for something at `pos`.

        The last date written before `pos` wins (2018年组织三次政治轮训: the date
        leads its clause); failing that, the first one after it.
        """
        lo = bisect_left(self._starts, start)
        mid = bisect_left(self._starts, max(start, min(pos, end)))
        if mid > lo:
            return self._dates[mid - 1]
        hi = bisect_left(self._starts, end)
        return self._dates[mid] if mid < hi else None

    def overlap(self, a: int, b: int) -> bool:
        """Does the last date starting before `b` reach past `a`?"""
        i = bisect_right(self._starts, b - 1)
        return i > 0 and self._ends[i - 1] > a
