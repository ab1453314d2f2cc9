"""Numbers as written in running text: the numeral, its scale, unit, range and approximation words.

`read` takes a numeral where `NUM` matched it and reads on: 万/亿 multiply the
number wherever they stand (1.2万人次, 2400多亿元, 50余万人次, 十几亿), the
unit or measure word is the longest entry of `lexicon/units.txt` after it, a
range (4.5%—5%, 3～5年, 三百四十至三百五十人, 两三次, 五、六个) gives `high`,
approximation words (近, 约, 超过, 不足, 多, 余, 左右, 以上) set `approx`,
and a minus sign or 负 right before the numeral (同比分别-6.2%、-19.3%, 负3.5%)
makes it negative, unless the sign joins two numbers (2019-07-11, 2021-2025年,
4.5%-5%). Shares are read as % (八成, 百分之八十, 三分之一, 一半); a spoken
decimal (七十一点几) as its whole part, approximate; a ratio as its terms (8.3∶41.4,
5：1). What the number counts, and whether it counts anything at all, is for
`metrics.py` and `uncounted.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from . import lazy, lexicon
from .numbers import CN_DIGITS, NUMERAL, neighbours, value

# The lookahead (every alternative starts with a digit or a numeral character) lets the
# search pass over all other positions at once. The denominator's runs are possessive: 分 is no
# numeral character, so only a whole run can stand before 分之, and most numerals have none.
NUM = re.compile(rf"(?=[\d{CN_DIGITS}])(?:(?P<half>一半)|(?:(?P<den>[{CN_DIGITS}]++|\d++)分之)?(?P<n>{NUMERAL}))")
# Every decimal digit of the Basic Multilingual Plane (what `\d` matches there; a test checks them all).
_BMP_DIGITS = (
    r"0-9\u0660-\u0669\u06f0-\u06f9\u07c0-\u07c9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef"
    r"\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0de6-\u0def\u0e50-\u0e59\u0ed0-\u0ed9"
    r"\u0f20-\u0f29\u1040-\u1049\u1090-\u1099\u17e0-\u17e9\u1810-\u1819\u1946-\u194f\u19d0-\u19d9\u1a80-\u1a89"
    r"\u1a90-\u1a99\u1b50-\u1b59\u1bb0-\u1bb9\u1c40-\u1c49\u1c50-\u1c59\ua620-\ua629\ua8d0-\ua8d9\ua900-\ua909"
    r"\ua9d0-\ua9d9\ua9f0-\ua9f9\uaa50-\uaa59\uabf0-\uabf9\uff10-\uff19"
)
# Where NUM's lookahead may hold: a digit or a numeral character of the BMP, or any character past it (where
# the other digits `\d` takes are; NUM, tried there, turns down the rest). Spelt out, the class is one table
# lookup per character of the page, where `\d` costs a lookup in Unicode's tables as well, three times as much.
_NUM_FIRST = re.compile(rf"[{_BMP_DIGITS}{CN_DIGITS}\U00010000-\U0010ffff]")
_RANGE = lazy.pattern(rf"\s*(?:[—–\-－~～至到]|以上)\s*(?:百分之)?(?P<n>{NUMERAL})")
_RANGE_FIRST = "—–-－~～至到以"  # (－: the full-width hyphen-minus, 3－4个)
COLONS = "∶：:"  # what a ratio's terms are joined by
_RATIO = re.compile(r"\d+(?:\.\d+)?(?:\s*[∶：:]\s*\d+(?:\.\d+)?)+")
_MULTIPLIER = re.compile(r"万亿|萬億|[万亿萬億]")
_MULT_FIRST = frozenset("万亿萬億")  # what the patterns below can start with: tried only there
_APPROX_AFTER_FIRST = frozenset("及以左上多余餘")
_MULT = {"万亿": 1e12, "萬億": 1e12, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}
# Traditional forms stand beside the simplified ones: 約, 將近, 超過, 餘.
_APPROX_BEFORE = lazy.pattern(
    r"(?:[将將]近|接近|大[约約]|超[过過]|至少|不到|不足|多[达達]|[几幾]近|(?<![签簽制节節合契公条條预預邀相特履违違解续續如守])[约約]|近|超|逾|突破)\Z"
)
_APPROX_LAST = "近约約过過少到足达達超逾破"
_APPROX_AFTER = re.compile("及以上|以上|左右|上下|以下|多|余|餘")
_UNIT_AS = {
    "％": "%",
    "个百分点": "百分点",
    "个千分点": "千分点",
    "個百分點": "百分點",
    "个小时": "小时",
    "個小時": "小時",
    "个星期": "星期",
}
_HOURS = re.compile(r"[多余餘半]?(?:小[时時]|[钟鐘]头)")
# The rest of a list of bare numbers, up to the unit they share: 、55和55 (微克/立方米), 及100亿 (元),
# 、-5.64、1.34 (个百分点).
_LIST_TAIL = lazy.pattern(r"(?:\s*[、和及与與]\s*[-－−]?\d+(?:\.\d+)?[万亿萬億]?){1,8}")
_MINUS = "-－−"
_SIGNS = "负負" + _MINUS  # what `_signed` looks for right before a numeral
# What stands before a minus that joins rather than signs: a digit, a letter, a share or a unit's end (3-5年, 5%-8%).
_JOINERS = frozenset("%％‰.．·/" + CN_DIGITS)
_VAGUE_DECIMAL = ("点几", "點幾")
_SIGN_AFTER = frozenset("是為为到至长長比了在达達")  # what may stand right before a written minus (是负4, 同比负2%)
_INDEX_SPAN = 30  # how far before a bare decimal the index it measures is looked for
_LONE_ZEROS = frozenset("零〇○")
_MAJOR_CLASSES = ("类", "類")  # after N大: 七大类 counts classes in 类
_GROUP_DIGITS = frozenset(("两", "兩", "三", "四", "五", "六", "七", "八", "九", "十"))


@cache
def _units() -> re.Pattern[str]:
    return re.compile(lexicon.alternation("units"))


@cache
def _followers() -> frozenset[str]:
    """Every character that can follow a numeral and make a quantity of it (the readers below look for no other)."""
    return frozenset({w[0] for w in lexicon.words("units")} | set("几幾多余餘万亿萬億成、大和及与與—–-－~～至到以"))


def _may_follow(ch: str) -> bool:
    return ch in _followers() or ch.isspace()


@dataclass(slots=True)
class Quantity:
    """A number as read at one place in the view: [start, end) covers the approximation words too."""

    start: int
    end: int
    value: float
    high: float | None = None
    unit: str | None = None
    approx: bool = False
    unit_end: int = 0  # where the unit ends, before 左右/以上


def numerals(view: str, readable: bool = False) -> Iterator[re.Match[str]]:
    """`NUM.finditer(view)`: a search for a character a numeral starts with, and NUM matched there.

    The same matches (NUM can match nowhere else, and its matches do not overlap), found
    for a tenth less: re tries NUM's lookahead at every position of the page, where a
    search for a class of characters runs through the page in one step.

    `readable`: only the numerals `ratio` or `read` may make something of. A numeral followed by
    nothing a quantity or a ratio goes on with (一是, 统一, 进一步, 2月) is dropped where it is found:
    both would turn it down at their first test, unless `read` looks at it more closely (`_looked_at`).
    """
    pos = 0
    goes_on = _goes_on() if readable else frozenset()
    goes_on_numeral = _goes_on_numeral() if readable else frozenset()
    while (first := _NUM_FIRST.search(view, pos)) is not None:
        p = first.start()
        after = view[p + 1 : p + 2]
        if (
            readable
            and after not in goes_on_numeral
            and view[p] in _LONE
            and not (after.isspace() or after.isdecimal())
        ):
            # 一是, 统一, 2月: NUM would match the one character, and nothing a quantity goes on with follows it.
            pos = p + 1
            continue
        m = NUM.match(view, p)
        if m is None:
            pos = first.end()  # as NUM's own search would go on (past the BMP: a character that is no digit)
            continue
        pos = m.end()
        if readable and view[pos : pos + 1] not in goes_on and not _looked_at(view[pos : pos + 1], m.group()):
            continue
        yield m


@cache
def _goes_on() -> frozenset[str]:
    """What `ratio` (a colon) or `read` (`_followers`) may find right after a numeral, but whitespace."""
    return _followers() | frozenset("∶：:")


# A numeral of one character when no character of `_goes_on_numeral` (nor a space or a digit) follows it.
_LONE = frozenset("0123456789" + CN_DIGITS).difference("万亿萬億")


@cache
def _goes_on_numeral() -> frozenset[str]:
    """`_goes_on`, and what goes on with a numeral itself (its digits, a decimal point, 分之, 一半, 十点五, 1,000)."""
    return _goes_on() | frozenset(CN_DIGITS + "0123456789半分点點.,，")


def _looked_at(after: str, numeral: str) -> bool:
    """Does `read` look further at a numeral whatever follows it: whitespace after it, or 一半, a
    fraction, a numeral ending in 万/亿, a decimal (which an index named before may measure)?"""
    return after.isspace() or numeral[-1] in "万亿萬億半" or "分之" in numeral or "." in numeral


def ratio(view: str, m: re.Match[str]) -> list[Quantity]:
    """8.3∶41.4∶50.3 (三次产业结构): each term a metric with no unit; not a clock time (8:30).

    A ratio's first term is all `m` can have matched, so a colon or a space must follow it: the
    pattern is tried only then.
    """
    pos, end = m.span()
    if end == len(view) or not (view[end] in COLONS or view[end].isspace()):
        return []
    run = _RATIO.match(view, pos)
    if not run or (pos and (view[pos - 1].isdigit() or view[pos - 1] in ".:：∶")):
        return []
    text = run.group()
    terms = list(re.finditer(r"\d+(?:\.\d+)?", text))
    if "∶" not in text and not (len(terms) >= 3 and "." in text) and not _two_term_ratio(text, terms):
        return []
    return [Quantity(pos + t.start(), pos + t.end(), float(t.group())) for t in terms]


def _two_term_ratio(text: str, terms: list[re.Match[str]]) -> bool:
    """5：1, 2.6：1: a full-width colon between two terms whose last is not a clock's two-digit minutes (9：30)."""
    return len(terms) == 2 and "：" in text and len(terms[1].group()) != 2


def read(view: str, m: re.Match[str]) -> Quantity | None:
    """The quantity whose numeral `m` matched, or None when it is not one."""
    s, end = m.span()
    half, den, raw = m.group("half", "den", "n")
    if raw in _LONE_ZEROS and not den:
        return None  # 零部件, 零距离: a word's first character; a count of none is written 0 or 无
    if (
        not (half or den)
        and raw[-1] not in "万亿萬億"
        and (end == len(view) or not _may_follow(view[end]))
        and not _index_value(view, s, raw)
    ):
        return None  # 统一, 一是: nothing that could make a quantity of it follows
    # Every approximation word ends in one of _APPROX_LAST: the pattern is tried only after one.
    before = _APPROX_BEFORE().search(view, max(0, s - 4), s) if s and view[s - 1] in _APPROX_LAST else None
    # 大约有二百人: approximate, though 有 keeps the words before it out of the metric's text.
    has = s >= 2 and view[s - 1] == "有" and view[s - 2] in "约約"
    q = Quantity(before.start() if before else s, end, 0.0, approx=bool(before) or has)
    # 七十一点几, 百分之三十七点几: a spoken decimal, its whole part and approximate, a value with or without a unit.
    vague = bool(raw) and raw[0] in CN_DIGITS and view.startswith(_VAGUE_DECIMAL, q.end)
    if vague:
        q.end, q.approx = q.end + 2, True
    if half:
        q.value, q.unit = 50.0, "%"
    elif den:
        d, num = value(den), value(raw)
        if not d or num is None:
            return None
        q.value, q.unit = num * 100 / d, "%"
    else:
        pair = neighbours(raw)  # 两三次: a range
        number = pair[0] if pair else value(raw)
        if number is None:
            return None
        q.value = number
        if not _scale(view, q, raw):
            return None
        if pair:
            q.high = q.value * pair[1] / pair[0]
        if raw[0] in "百千万亿萬億" and not before and not q.approx and not _capacity(view, s, q):
            return None  # 千家万户, 千百个: not a count; 近千个, 百余个, 超过千万人次 and 千万吨炼化基地 are
    _range(view, q)
    if not before and s and view[s - 1] in _SIGNS and _signed(view, s):  # a sign stands before: the rule asked
        q.start, q.value = s - 1, -q.value
    if q.unit is None and raw in _GROUP_DIGITS and view.startswith("大", q.end):
        if view.startswith(_MAJOR_CLASSES, q.end + 1):
            q.unit, q.end = view[q.end + 1], q.end + 2  # 七大类服务项目: seven classes (major ones), counted
            q.unit_end = q.end
            return q
        q.end += 1  # 三大核心要素: a count of kinds, checked against the words in `uncounted`
        return q
    if q.unit is None:
        # 分别为47、55和55微克/立方米: the unit closes the list; a list of Arabic numbers starts with one
        # (二、2025年 is an outline marker before a year, not the first of two years).
        q.unit = _listed_unit(view, q.end) if raw[0].isdigit() else None
        if q.unit:
            q.unit_end = q.end
            return q
        # 76万群众: a count with no measure word; 十四点几: a measured value; 收入倍差从2.37: an index.
        return None if _MULT.get(view[q.end - 1]) is None and not vague and not _index_value(view, s, raw) else q
    q.unit = _UNIT_AS.get(q.unit, q.unit)
    q.unit_end = q.end
    after = _APPROX_AFTER.match(view, q.end) if view[q.end : q.end + 1] in _APPROX_AFTER_FIRST else None
    if after:
        q.approx, q.end = True, after.end()
    return q


def _index_value(view: str, s: int, raw: str) -> bool:
    """A decimal with no unit that an index named earlier in its clause measures (城乡居民收入倍差从2.37缩小到1.94,
    基尼系数为0.46: `lexicon/index_nouns.txt`)."""
    if "." not in raw:
        return False
    lo = max(0, s - _INDEX_SPAN)
    for mark in "，,。；;：:！？!?\n":
        lo = max(lo, view.rfind(mark, lo, s) + 1)
    return _index_noun().search(view, lo, s) is not None


@cache
def _index_noun() -> re.Pattern[str]:
    return re.compile(lexicon.alternation("index_nouns"))


def _signed(view: str, s: int) -> bool:
    """Is the numeral at `s` negative: 负 (负3.5%), or a minus sign right before it that joins no two
    numbers (同比-3.5%)?"""
    if s and view[s - 1] in "负負":
        # 是负3.5%, 同比负2%: a sign where a word may end before it; not 减负1.28万亿元, 正负5%.
        return s < 2 or not ("\u4e00" <= view[s - 2] <= "\u9fff") or view[s - 2] in _SIGN_AFTER
    if s == 0 or view[s - 1] not in _MINUS:
        return False
    i = s - 2
    while i >= 0 and view[i] in " \u3000\t":
        i -= 1
    if i < 0:
        return True
    ch = view[i]
    if (ch.isalnum() and ch.isascii()) or ch.isdigit() or ch in _JOINERS:
        return False
    # A unit after a number (1000米-1500米) joins; the same character in a word (温度-5℃) does not.
    return not (
        ch in lexicon.last_chars("units") and any(c.isdigit() or c in CN_DIGITS for c in view[max(0, i - 3) : i])
    )


def _listed_unit(view: str, end: int) -> str | None:
    """The unit after a short list of bare numbers that starts at `end` (、55和55微克/立方米), if any."""
    m = _LIST_TAIL().match(view, end)
    unit = _unit_at(view, m.end()) if m else None
    return _UNIT_AS.get(unit, unit) if unit else None


def _capacity(view: str, s: int, q: Quantity) -> bool:
    """百万吨化工新材料基地: a bare magnitude before a physical unit sizes what follows.

    Not after 上 or 数 (上万吨: vague) or 每 (每万吨标煤: a rate).
    """
    return q.unit in lexicon.wordset("capacity_units") and not (s and view[s - 1] in "上成数數几幾每")


def _scale(view: str, q: Quantity, raw: str) -> bool:
    """几, 多/余 and 万/亿 after the numeral, then the unit; False for a vague number (几十万)."""
    s = q.end - len(raw)
    if s and (view[s - 1] in "几幾" or (view[s - 1] in "数數" and raw[0] in "十百千万萬")):
        return False  # 几十万, 数千人: vague
    if view.startswith("几", q.end) and raw[-1] in "十百千万亿":
        q.approx, q.end = True, q.end + 1  # 十几亿人口 → about 1e9
    if view.startswith(("多", "余", "餘"), q.end):
        q.approx, q.end = True, q.end + 1  # 2400多亿元, 300多人
    mult = _MULTIPLIER.match(view, q.end) if view[q.end : q.end + 1] in _MULT_FIRST else None
    if mult and not _MULTIPLIER.search(raw):
        q.value *= _MULT[mult.group()]
        q.end = mult.end()
    if view.startswith("成", q.end) and raw[0] in CN_DIGITS and q.value <= 10:
        q.value, q.unit, q.end = q.value * 10, "%", q.end + 1
        return True
    q.unit = _unit_at(view, q.end)
    if not q.unit and view.startswith(("多", "余", "餘"), q.end):
        q.approx, q.end = True, q.end + 1  # 10亿多元
        q.unit = _unit_at(view, q.end)
    if q.unit:
        q.end += len(q.unit)
        hours = _HOURS.match(view, q.end) if q.unit == "个" else None
        if hours:  # 三个多小时; 三个半小时 is 3.5 hours
            q.approx = q.approx or hours.group()[0] in "多余餘"
            q.value += 0.5 if hours.group()[0] == "半" else 0
            q.unit, q.end = hours.group().lstrip("多余餘半"), hours.end()
    return True


def _range(view: str, q: Quantity) -> None:
    """4.5%—5%, 1000米～1500米, 3～5年, 五万到六万人, 五、六个: the upper end, and the unit after it."""
    if q.unit is None and view.startswith("、", q.end) and q.end - q.start == 1 and q.end + 2 < len(view):
        pair = neighbours(view[q.start] + view[q.end + 1])  # 五、六个人: two neighbouring digits, listed
        unit = _unit_at(view, q.end + 2)
        if pair and unit:
            q.high, q.unit, q.end = pair[1], unit, q.end + 2 + len(unit)
        return
    # A range goes on with a dash, 至/到 or 以上, after spaces if any: the pattern is tried only then.
    on = q.end < len(view) and (view[q.end] in _RANGE_FIRST or view[q.end].isspace())
    r = _RANGE().match(view, q.end) if on else None
    upper = value(r.group("n")) if r else None
    if r is None or upper is None:
        return
    end = r.end()
    mult = _MULTIPLIER.search(r.group("n")) or _MULTIPLIER.match(view, end)
    lower = q.value
    if mult:
        if not _MULTIPLIER.search(r.group("n")):
            upper *= _MULT[mult.group()]
            end = mult.end()
        if not _MULTIPLIER.search(view, q.start, q.end) and lower * _MULT[mult.group()] <= upper:
            lower *= _MULT[mult.group()]  # 五到六万人: the 万 belongs to both ends
    unit = _unit_at(view, end)
    if upper <= lower or (q.unit and unit not in (None, q.unit)) or (q.unit is None and unit is None):
        return
    closing = end + len(unit or "")
    if r.group().lstrip().startswith("以上"):
        if not view.startswith("以下", closing):
            return  # 一万元以上十万元以下 is a range; 一万元以上 alone is not
        closing += 2
    q.value, q.high, q.end = lower, upper, closing
    q.unit = q.unit or unit


_CLOSING_UNITS = frozenset({"车"})  # units that are also the first character of nouns (车道, 车间)


def _unit_at(view: str, pos: int) -> str | None:
    """The longest unit of the packaged list that starts at `pos`."""
    m = _units().match(view, pos)
    if m is None:
        return None
    unit, end = m.group(), m.end()
    if unit.isascii() and end < len(view) and view[end].isascii() and view[end].isalnum():
        return None  # 5PM, 3GBps: a Latin unit is only one where the letters stop
    if unit in _CLOSING_UNITS and end < len(view) and "\u4e00" <= view[end] <= "\u9fff":
        return None  # 4车道, 3车间: 车 opens a noun there; as a unit (垃圾210车) it closes its clause
    return unit
