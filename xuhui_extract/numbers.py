"""Numerals → numbers: Arabic (6,152 / 1.2万), Chinese (一千二百万, 两, 〇) and traditional (兩萬億).

Chinese numerals go through cn2an, one matched numeral at a time: run over a
whole sentence, cn2an.transform would also turn 三会一课 into 3会1课.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from functools import cache, lru_cache

CN_DIGITS = "零〇一二三四五六七八九十百千万亿两兩萬億"
_TRAD = str.maketrans({"兩": "两", "萬": "万", "億": "亿", "點": "点", "％": "%"})
_ARABIC = re.compile(r"(\d+(?:[,，]\d{3})*(?:\.\d+)?)(万亿|亿|万|千|百)?")
_MULT = {"万亿": 10**12, "亿": 10**8, "万": 10**4, "千": 10**3, "百": 10**2, None: 1}
# No numeral is longer (一千二百三十四万五千六百七十八亿… and 1,234,567,890.25万 stay well under):
# a longer run of digits is a serial number or noise, and converting it would only cost time.
_MAX_CHARS = 40

# A numeral as it stands in running text: Arabic with thousands separators and
# an optional 万/亿, or a run of Chinese numeral characters.
NUMERAL = (
    r"(?:\d+(?:[,，]\d{3})+(?!\d)|\d+)(?:\.\d+)?(?:万亿|萬億|[万亿萬億])?"
    rf"|[{CN_DIGITS}]+(?:[点點][零〇一二三四五六七八九]+)?(?:[万亿萬億])?"
)


def arabic_value(s: str) -> float:
    """`6,152` → 6152.0; `1.2万` → 12000.0."""
    m = _ARABIC.fullmatch(s.translate(_TRAD).strip())
    if not m:
        raise ValueError(f"not an Arabic numeral: {s!r}")
    # Decimal, so that 16.4亿 is 1640000000 and not 1639999999.9999998.
    return float(Decimal(m.group(1).replace(",", "").replace("，", "")) * _MULT[m.group(2)])


@cache
def _cn2an():
    import cn2an

    return cn2an


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


@lru_cache(maxsize=4096)
def _chinese(s: str) -> float | None:
    """cn2an is slow per call and articles repeat the same few numerals (一, 三, 十): cached."""
    if s in ("零", "〇"):
        return 0.0
    if s[-1] == "点":
        return None  # 零点: a clock time, or a numeral cut short
    if s[0] in "百千万亿":
        s = "一" + s  # 近千个, 超过千万人次: the one is implied
    try:
        v = float(_cn2an().cn2an(s, "normal"))
    except (ValueError, KeyError, IndexError, TypeError, OverflowError):
        return None
    return v if math.isfinite(v) else None


_DIGIT = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NEIGHBOURS = re.compile(r"([二两兩三四五六七八九])([二两兩三四五六七八九])([十百千万亿萬億]*)")


def neighbours(numeral: str) -> tuple[float, float] | None:
    """两三 → (2, 3), 三四十 → (30, 40), 五六百万 → (5e6, 6e6): two neighbouring digits make a range.

    Written side by side they say "two or three", not 23 (as cn2an reads them).
    """
    m = _NEIGHBOURS.fullmatch(numeral)
    if not m or _DIGIT[m.group(2)] != _DIGIT[m.group(1)] + 1:
        return None
    scale = value("一" + m.group(3)) if m.group(3) else 1.0
    if scale is None:
        return None
    return _DIGIT[m.group(1)] * scale, _DIGIT[m.group(2)] * scale


def tidy(x: float) -> int | float:
    """Whole numbers as int, others rounded off float noise (1.2*1e4 → 12000)."""
    r = round(x, 6)
    return int(r) if r == int(r) else r
