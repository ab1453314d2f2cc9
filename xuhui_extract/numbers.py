"""Numerals → numbers: Arabic (6,152 / 1.2万), Chinese (一千二百万, 两, 〇) and traditional (兩萬億).

Chinese numerals are read as cn2an reads them, one matched numeral at a time:
run over a whole sentence, cn2an.transform would also turn 三会一课 into 3会1课.
Importing cn2an costs a quarter of a second, more than extracting a whole
article, so the forms articles use (三十七, 一千二百万, 二〇一九, 两, 一点五) are
read here, and only what is not in its standard spelling (一百五, 十几) goes to
cn2an, whose verdict on those is the reference.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from functools import cache, lru_cache

CN_DIGITS = "零〇一二三四五六七八九十百千万亿两兩萬億"
_NUMERAL_FIRST = frozenset(CN_DIGITS)
_TRAD = str.maketrans({"兩": "两", "萬": "万", "億": "亿", "點": "点", "％": "%"})
_ARABIC = re.compile(r"(\d+(?:[,，]\d{3})*(?:[ \u00a0\u2009]\d{3})*(?:\.\d+)?)(万亿|亿|万|千|百)?")
_MULT = {"万亿": 10**12, "亿": 10**8, "万": 10**4, "千": 10**3, "百": 10**2, None: 1}
# No numeral is longer (一千二百三十四万五千六百七十八亿… and 1,234,567,890.25万 stay well under):
# a longer run of digits is a serial number or noise, and converting it would only cost time.
_MAX_CHARS = 40

# A numeral as it stands in running text: Arabic with thousands separators (commas, or the
# spaces of statistical typesetting: 321 146件) and an optional 万/亿, or a run of Chinese
# numeral characters. The separated forms are tried only where a separator and a digit follow
# the digits (a lookahead both need), so a plain number costs the regex one test, not two failed forms;
# the lookahead's run of digits is possessive (`\d++`): only the whole run can have a separator after
# it, so giving digits back, one failed test each, could never make it match.
_SEPARATED = r"\d+(?:[,，]\d{3})+(?!\d)|(?<![\d.])\d{1,3}(?:[ \u00a0\u2009]\d{3})+(?!\d)"
NUMERAL = (
    rf"(?:(?=\d++[,， \u00a0\u2009]\d)(?:{_SEPARATED})|\d+)"
    r"(?:\.\d+)?(?:万亿|萬億|[万亿萬億])?"
    rf"|[{CN_DIGITS}]+(?:[点點][零〇一二三四五六七八九]+)?(?:[万亿萬億])?"
)


def numeral_at(s: str, i: int) -> bool:
    """Can a numeral start at `i`: is a digit or a numeral character there?

    Asked before a pattern that opens with one is compiled and tried: most positions hold neither.
    """
    ch = s[i : i + 1]
    return ch.isdecimal() or ch in _NUMERAL_FIRST


def arabic_value(s: str) -> float:
    """`6,152` → 6152.0; `1.2万` → 12000.0."""
    m = _ARABIC.fullmatch(s.translate(_TRAD).strip())
    if not m:
        raise ValueError(f"not an Arabic numeral: {s!r}")
    # Decimal, so that 16.4亿 is 1640000000 and not 1639999999.9999998.
    digits = re.sub(r"[,， \u00a0\u2009]", "", m.group(1))
    return float(Decimal(digits) * _MULT[m.group(2)])


@cache
def _cn2an():
    import cn2an

    return cn2an


# Forms cn2an never reads, common in policy text: 十四五 (the 14th five-year plan), 一二百 (one or two hundred).
# (These two are for the rare numeral outside its standard spelling: compiled, through re's cache, when one comes.)
_NOT_A_NUMBER = r"十[一二三四五六七八九两]{2,}|[一二三四五六七八九两]{2}[十百千万亿]"
# 千百 (read as 一千百), 十百: 百 or 千 right after another place word, and no digit at the end,
# is a form cn2an rejects in every reading (its patterns put a digit before each 百 and 千, and
# its spoken form, 一千百五, ends in one). Rejected here, the run never imports cn2an (0.1 s).
_UNIT_AFTER_UNIT = r"[^点]*[十百千][百千](?:[^点]*[十百千万亿])?"
_CN_VALUE = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
_CANON = str.maketrans({"两": "二", "〇": "零"})


def _spell(n: int, lead: bool = True) -> str:
    """The standard spelling of `n` (as cn2an.an2cn writes it): 10 → 十, 1010 → 一千零一十, 10**5 → 十万."""
    if n == 0:
        return "零"
    for size, unit in ((10**8, "亿"), (10**4, "万")):
        if n >= size:
            high, low = divmod(n, size)
            tail = "" if low == 0 else ("零" if low < size // 10 else "") + _spell(low, lead=False)
            return _spell(high, lead) + unit + tail
    out: list[str] = []
    zero = False
    for place, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // place % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(("" if d == 1 and place == 10 and n < 20 and lead else "零一二三四五六七八九"[d]) + unit)
    return "".join(out)


def _read_integer(s: str) -> int | None:
    """`s` read place by place; None unless it is the standard spelling of what it reads as."""
    if len(s) > 1 and all(ch in _CN_VALUE for ch in s):
        return int("".join(str(_CN_VALUE[ch]) for ch in s))  # digit by digit: 二〇一九, 三五
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in _CN_VALUE:
            digit = _CN_VALUE[ch]
        elif ch in _SMALL_UNIT:
            section += (1 if digit is None else digit) * _SMALL_UNIT[ch]
            digit = None
        elif ch == "万":
            total += (section + (digit or 0)) * 10**4
            section, digit = 0, None
        elif ch == "亿":
            total = (total + section + (digit or 0)) * 10**8
            section, digit = 0, None
        else:
            return None
    n = total + section + (digit or 0)
    return n if n < 10**16 and _spell(n) == s.translate(_CANON) else None  # cn2an stops below 10**16


def _read_cn(s: str) -> float | None:
    """cn2an's reading of a standard spelling, with its float rounding; None when `s` is not one."""
    whole, dot, frac = s.partition("点")
    n = _read_integer(whole)
    if n is None or (dot and not (0 < len(frac) <= 16 and all(ch in _CN_VALUE for ch in frac))):
        return None
    if not dot:
        return float(n)
    part = 0.0
    for i in range(len(frac) - 1, -1, -1):
        part += _CN_VALUE[frac[i]] * 10 ** -(i + 1)
    return float(round(n + round(part, len(frac)), len(frac)))


@lru_cache(maxsize=1 << 14)  # asked for every numeral of every article; a corpus repeats its numerals (一, 三, 100)
def value(numeral: str) -> float | None:
    """The number a numeral stands for, or None when it is not one (十几, 三五) or is too long to be one."""
    s = numeral.translate(_TRAD).strip()
    if not s or len(s) > _MAX_CHARS:
        return None
    if s[0].isdigit():
        try:
            v = arabic_value(s)
        except ValueError:
            return None
        return v if math.isfinite(v) else None
    return _chinese(s)


def _chinese(s: str) -> float | None:
    """A Chinese numeral's value: the standard spellings read here, the rest by cn2an."""
    if s in {"零", "〇"}:
        return 0.0
    if s[-1] == "点":
        return None  # 零点: a clock time, or a numeral cut short
    if s[0] in "百千万亿":
        s = "一" + s  # 近千个, 超过千万人次: the one is implied
    fast = _read_cn(s)
    if fast is not None:
        return fast
    if re.fullmatch(_NOT_A_NUMBER, s) or re.fullmatch(_UNIT_AFTER_UNIT, s.partition("点")[0]):
        return None
    try:
        v = float(_cn2an().cn2an(s, "normal"))
    except (ValueError, KeyError, IndexError, TypeError, OverflowError):
        return None
    return v if math.isfinite(v) else None


_DIGIT = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NEIGHBOURS = re.compile(
    r"((?:[二三四五六七八九]?十)?)([一二两兩三四五六七八九])([二两兩三四五六七八九])([十百千万亿萬億]*)"
)


@lru_cache(maxsize=1 << 12)
def neighbours(numeral: str) -> tuple[float, float] | None:
    """两三 → (2, 3), 三四十 → (30, 40), 五六百万 → (5e6, 6e6), 十五六 → (15, 16): two neighbouring digits
    make a range, after the tens they share, if any (十, 二十).

    Written side by side they say "two or three", not 23 (as cn2an reads them).
    """
    m = _NEIGHBOURS.fullmatch(numeral)
    tens, first, second, scaled = m.groups() if m else ("", "", "", "")
    if not m or _DIGIT.get(first, 0) + 1 != _DIGIT[second] or (first == "一" and not tens):
        return None  # (一二 alone is no range: 一二三 counts, and 一 opens too many words)
    base = (_DIGIT[tens[0]] * 10 if len(tens) == 2 else 10) if tens else 0
    scale = value("一" + scaled) if scaled else 1.0
    if scale is None or (tens and scaled.startswith("十")):
        return None
    return (base + _DIGIT[first]) * scale, (base + _DIGIT[second]) * scale


def tidy(x: float) -> int | float:
    """Whole numbers as int, others rounded off float noise (1.2*1e4 → 12000).

    A whole number rounds to itself, so it skips `round`, which goes through a decimal string.
    """
    if x.is_integer():
        return int(x)
    r = round(x, 6)
    return int(r) if r == int(r) else r
