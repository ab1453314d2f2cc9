"""Numerals → numbers: cn2an's own test cases (tests/data/peer_numerals.jsonl), then our additions."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from xuhui_extract.numbers import neighbours, tidy, value

PEER = Path(__file__).resolve().parent / "data" / "peer_numerals.jsonl"
CASES = [json.loads(line) for line in PEER.read_text(encoding="utf-8").splitlines()]


def test_the_peer_cases_are_there():
    """scripts/select_peer_numerals.py keeps cn2an's strict and normal conversions and its rejections."""
    assert len(CASES) >= 120
    assert sum(c["expected"] is None for c in CASES) >= 5


@pytest.mark.parametrize("case", CASES, ids=[c["input"] or "<empty>" for c in CASES])
def test_peer_numeral(case):
    got = value(case["input"])
    if case["expected"] is None:
        assert got is None
    else:
        assert got is not None and math.isclose(got, case["expected"], rel_tol=1e-9, abs_tol=1e-15)


@pytest.mark.parametrize(
    ("numeral", "expected"),
    [
        ("6,152", 6152),
        ("1.2万", 12000),
        ("16.4亿", 1640000000),  # exact, not 1639999999.9999998
        ("5696亿", 569600000000),
        ("90.2亿", 9020000000),
        ("兩萬億", 2000000000000),  # traditional script
        ("二〇三五", 2035),
        ("一千二百万", 12000000),
        ("九十三万", 930000),
        ("千", 1000),  # 近千个: the one is implied
        ("千万", 10000000),
        ("六点五", 6.5),
    ],
)
def test_value(numeral, expected):
    assert tidy(value(numeral)) == expected


@pytest.mark.parametrize("numeral", ["", "十几", "零点", "三五成群"])
def test_not_a_number(numeral):
    assert value(numeral) is None


@pytest.mark.parametrize(
    ("numeral", "expected"),
    [
        ("两三", (2, 3)),
        ("三四十", (30, 40)),
        ("五六百万", (5e6, 6e6)),
        ("七八千", (7000, 8000)),
        ("十七八", (17, 18)),
        ("十一二", (11, 12)),
        ("二十五六", (25, 26)),
        ("十二三万", (120000, 130000)),
    ],
)
def test_neighbouring_digits_make_a_range(numeral, expected):
    assert neighbours(numeral) == expected


@pytest.mark.parametrize("numeral", ["三五", "四三", "十二", "一二", "二十", "三", "十五", "十三五", "十七八十"])
def test_other_numerals_are_no_range(numeral):
    assert neighbours(numeral) is None


def test_spaces_grouping_thousands_as_statistics_set_them():
    assert value("321 146") == 321146
    assert value("1 234.5") == 1234.5
    from xuhui_extract import extract

    got = [
        (m.text, m.value) for m in extract("全省法院共收各类案件321 146件，审结24 083件，2006 年同比下降1.3%。").metrics
    ]
    assert got == [("321 146件", 321146), ("24 083件", 24083), ("1.3%", 1.3)]
