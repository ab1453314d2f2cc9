"""The shortcuts taken for speed give what the straightforward way gives."""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from xuhui_extract import dates, idf, measures, numbers

ARTICLES = sorted((Path(__file__).parent / "data" / "dev" / "articles").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in ARTICLES]
CN = "零〇一二三四五六七八九十百千万亿两点"


def _cn2an(s: str) -> float | None:
    import cn2an

    try:
        return float(cn2an.cn2an(s, "normal"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=CN, min_size=1, max_size=8))
def test_numerals_read_without_cn2an_are_read_as_cn2an_reads_them(s):
    fast = numbers._read_cn(s)
    if fast is not None:
        assert fast == _cn2an(s)
    if re.fullmatch(numbers._NOT_A_NUMBER, s):
        assert _cn2an(s) is None
    if re.fullmatch(numbers._UNIT_AFTER_UNIT, s.partition("点")[0]):
        assert _cn2an(s) is None


def test_standard_spellings_are_read_without_cn2an():
    import cn2an

    rnd = random.Random(7)
    for n in [0, 10, 11, 20, 101, 110, 1010, 10010, 100000, 100010, 10**8, 10**12] + [
        rnd.randrange(10**k) for k in range(1, 16) for _ in range(20)
    ]:
        spelt = cn2an.an2cn(n)
        fast = numbers._read_cn(spelt)
        assert fast in (None, float(n)), spelt
    assert numbers._read_cn("三十七") == 37 and numbers._read_cn("一千二百万") == 12_000_000
    assert numbers._read_cn("二〇一九") == 2019 and numbers._read_cn("两") == 2
    assert numbers._read_cn("一百五") is None  # spoken form: left to cn2an
    for s in ["十四五", "十三五", "一二百", "三四十"]:
        assert re.fullmatch(numbers._NOT_A_NUMBER, s) and _cn2an(s) is None


def test_a_place_word_after_a_place_word_is_rejected_as_cn2an_rejects_it():
    """Every numeral of up to four characters the rule rejects, cn2an rejects; its spoken forms it leaves."""
    for n in range(1, 5):
        for chars in itertools.product(CN, repeat=n):
            s = "".join(chars)
            if re.fullmatch(numbers._UNIT_AFTER_UNIT, s.partition("点")[0]):
                assert _cn2an(s) is None, s
    assert numbers.value("千百") is None and numbers.value("十百") is None
    for s in ["一千百五", "一千十"]:  # 1050 and 1010 to cn2an
        assert not re.fullmatch(numbers._UNIT_AFTER_UNIT, s) and _cn2an(s) is not None


def test_idf_lookup_is_the_table():
    table, median = idf._parse(idf._source())
    rnd = random.Random(3)
    words = [*rnd.sample(sorted(table), 300), "不在表里的词", "xuhui-extract"]
    got, default = idf.lookup(words)
    assert default == median
    assert got == {w: table[w] for w in words if w in table}
    again, _ = idf.lookup(words[:50])  # remembered words answer the same
    assert again == {w: table[w] for w in words[:50] if w in table}


def _without_lookahead(pattern: re.Pattern[str], lookahead: str) -> re.Pattern[str]:
    assert lookahead in pattern.pattern
    return re.compile(pattern.pattern.replace(lookahead, "", 1), pattern.flags)


PROSE = st.lists(
    st.sampled_from(
        [
            *"一二三四五六七八九十零〇百千万亿两第首其再最上下今去明前当同本全过次翌年月日季度半底初末是要（）",
            *"，。、：0123456789.%-",
            "百分之",
            " ",
            "\n",
        ]
    ),
    max_size=60,
).map("".join)


def _same_matches(fast: re.Pattern[str], plain: re.Pattern[str], texts: list[str]) -> None:
    for text in texts:
        assert [m.groupdict() | {"": m.span()} for m in fast.finditer(text)] == [
            m.groupdict() | {"": m.span()} for m in plain.finditer(text)
        ]


@settings(max_examples=150, deadline=None)
@given(PROSE)
def test_prefiltered_patterns_find_what_the_plain_ones_find(text):
    """The lookaheads only skip positions where no match can start (guards future edits of the patterns)."""
    _date_patterns([text])
    _measure_patterns([text])


def test_prefiltered_patterns_on_the_articles():
    _date_patterns(TEXTS)
    _measure_patterns(TEXTS)


def _date_patterns(texts: list[str]) -> None:
    head = dates._head()
    _same_matches(head, _without_lookahead(head, dates._first_chars()), texts)


def _measure_patterns(texts: list[str]) -> None:
    lookahead = measures._CLAUSE_START[: measures._CLAUSE_START.index(")") + 1]
    for pattern in measures._FAMILIES.values():
        _same_matches(pattern, _without_lookahead(pattern, lookahead), texts)
