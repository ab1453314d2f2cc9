"""The shortcuts taken for speed give what the straightforward way gives."""

from __future__ import annotations

import bisect
import io
import itertools
import math
import random
import re
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from xuhui_extract import (
    chrome,
    dates,
    document,
    extract,
    idf,
    initiatives,
    inputs,
    keywords,
    lexicon,
    measures,
    metrics,
    numbers,
    orgs,
    outline,
    quantities,
    quotes,
    segment,
    subjects,
    uncounted,
)
from xuhui_extract.memo import WordMemo

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
    assert min(table.values()) > 0 and median > 0  # `keywords` marks a word that cannot be a keyword by 0


# Weights with ties and near-ties: equal products (1 * 2.2 and 2 * 1.1) and neighbours one unit apart.
_NEAR = [0.0, 1.1, 2.2, 3.3, 6.6, 0.7, math.nextafter(2.2, 3), math.nextafter(1.1, 0), 11.954, 13.9]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(st.integers(1, 6), st.sampled_from(_NEAR)), max_size=40),
    st.integers(min_value=0, max_value=8),
)
def test_keywords_ranked_on_products_first_are_the_keywords_scored_all(pairs, top):
    counts = Counter({f"w{k * 7 % 41:02}": n for k, (n, _) in enumerate(pairs)})  # not in order of name
    weights = [x for _, x in pairs]
    candidates = [(w, n, x) for (w, n), x in zip(counts.items(), weights, strict=True) if x]
    total = sum(n for _, n, _ in candidates)
    every = sorted((-(n / total * x), w) for w, n, x in candidates)[:top]
    assert keywords._best(counts, weights, top) == [(w, -s) for s, w in every]


def _without_lookahead(pattern: re.Pattern[str], lookahead: str) -> re.Pattern[str]:
    assert lookahead in pattern.pattern
    return re.compile(pattern.pattern.replace(lookahead, "", 1), pattern.flags)


# Every way a date starts (dates._SECOND, the relative words), to be put side by side.
DATE_PIECES = [
    *("1998年", "2019-07-11", "(2021-2025)", "2021—2025年", "09月", "12月", "3月", "3-5月", "5日"),
    *("1季度", "4季度", "第4季度"),
    *("一九二一年", "二〇三五年", "二○○八年", "三月", "十一月", "十二月", "三至五月", "第一季度", "首季度", "四季度"),
    *("上半年", "下半年", "年底", "年初", "今明两年", "上一年", "过去一年", "今年", "同年", "全年", "翌年"),
    *("五四青年节当天", "“七一”前夕", "五一期间"),
]
PROSE = st.lists(
    st.sampled_from(
        [
            *"一二三四五六七八九十零〇百千万亿两第首其再最上下今去明前当同本全过次翌年月日季度半底初末是要（）",
            *"，。、：0123456789.%-",
            *"至到—～－○Ｏ来來當過\u3000",  # what may follow a date's first character (dates._SECOND)
            "百分之",
            *DATE_PIECES,
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


def test_dates_start_where_their_pieces_meet():
    """Each way a date starts, after each other one and after a digit or numeral: `_starts` misses none."""
    pieces = [*DATE_PIECES, *"0123456789一二十第上下年"]
    _date_patterns([a + b for a in pieces for b in pieces])


def test_prefiltered_patterns_on_the_articles():
    _date_patterns(TEXTS)
    _measure_patterns(TEXTS)


def _date_patterns(texts: list[str]) -> None:
    """`dates._search`, which tries the head only where `_starts` finds a start, finds what a plain search finds."""
    head = dates._head()
    for text in texts:
        pos = 0
        while plain := head.search(text, pos):  # stepping on as `dates._read` does
            fast = dates._search(text, pos)
            assert fast is not None and (fast.span(), fast.groupdict()) == (plain.span(), plain.groupdict())
            pos = max(plain.end(), plain.start() + 1)
        assert dates._search(text, pos) is None


def _measure_patterns(texts: list[str]) -> None:
    lookahead = measures._CLAUSE_START[: measures._CLAUSE_START.index(")") + 1]
    for pattern in measures._FAMILIES.values():
        _same_matches(pattern, _without_lookahead(pattern, lookahead), texts)
    clause_start = re.compile(measures._CLAUSE_START, re.M)
    for text in texts:  # the candidates, found by their first character, are the clause starts
        assert [m.start() for m in measures._CANDIDATE.finditer(text)] == [
            m.start() for m in clause_start.finditer(text)
        ]


def _all_families(view: str) -> dict[str, list[tuple[int, int]]]:
    """`measures._matches` as it was: every family tried at every candidate."""
    found: dict[str, list[tuple[int, int]]] = {name: [] for name in measures._FAMILIES}
    free = dict.fromkeys(measures._FAMILIES, 0)
    for c in measures._CANDIDATE.finditer(view):
        for name, pattern in measures._FAMILIES.items():
            if c.start() >= free[name] and (m := pattern.match(view, c.start())):
                found[name].append(m.span())
                free[name] = m.end()
    return found


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="一二十是要求其第步最首再先次后後，,、：:\n 中", max_size=20))
def test_measure_families_tried_by_their_first_character_match_as_all_tried(text):
    assert {name: [m.span() for m in ms] for name, ms in measures._matches(text).items()} == _all_families(text)


def test_measure_families_tried_by_their_first_character_on_the_articles():
    for text in TEXTS:
        assert {name: [m.span() for m in ms] for name, ms in measures._matches(text).items()} == _all_families(text)


# Rules written out in Python where a pattern's class of Chinese characters would cost a
# millisecond to compile at every start: they must say what the patterns said.
_HAN_EDGES = "中国一鿿\u4dff\ua000aZ09 _\n.é只仅僅不是要有能开设"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_HAN_EDGES, min_size=1, max_size=6))
def test_word_likeness_is_the_pattern_it_replaced(word):
    pattern = re.compile(r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]*$")
    assert keywords._wordlike(word) == bool(pattern.match(word))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_HAN_EDGES, max_size=7), st.integers(min_value=0, max_value=7))
def test_only_and_a_verb_is_the_pattern_it_replaced(view, s):
    s = min(s, len(view))
    pattern = re.compile(r"(?<![不])(?:只|仅|僅)(?![是要有能])[\u4e00-\u9fff]{2}\Z")
    assert uncounted._only_verb(view, s) == bool(pattern.search(view, max(0, s - 3), s))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="5% 中a\n9", max_size=12), st.data())
def test_number_spaces_are_looked_for_wherever_there_can_be_one(text, data):
    a = data.draw(st.integers(min_value=0, max_value=len(text)))
    b = data.draw(st.integers(min_value=a, max_value=len(text)))
    if re.compile(document._NUMBER_SPACE).search(text, a, b):
        assert document._DIGIT_SPACE.search(text, max(a - 1, 0), b)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ab19.-+ %#中国", min_size=1, max_size=5), max_size=12))
def test_ascii_tokens_are_fixed_as_a_pass_over_every_token_would(tokens):
    """rjieba's tokens are brought to jieba's only where an ASCII symbol is; a pass over all gives the same."""
    known = {"C++", "2.5", "a-b"}.__contains__
    text = "".join(tokens)
    every = [p for t in tokens for p in (segment._like_jieba(t, known) if len(t) > 1 and t.isascii() else [t])]
    fixed, ends = segment._ascii_like_jieba(text, list(tokens), lambda t: segment._like_jieba(t, known))
    assert fixed == every and ends == list(itertools.accumulate(map(len, every)))


def test_a_word_memo_answers_as_its_rule_and_stays_bounded():
    calls: list[str] = []

    def rule(word: str) -> int:
        calls.append(word)
        return len(word)

    memo = WordMemo(rule, limit=3)
    assert memo.map(["一", "二三", "一"]) == [1, 2, 1]
    assert memo["四五六"] == 3 and memo["一"] == 1
    assert calls.count("一") == 1  # remembered
    assert memo.map(["七", "八九", "十"]) == [1, 2, 1]  # over the limit: forgotten, then learnt again
    assert len(memo._known) <= 3


def test_tokens_made_on_demand_are_the_tokens_of_the_words():
    doc = document.Document.from_text("二〇一九年，徐汇区律师行业党委发布《指南》，37家支部完成“一肩挑”。")
    every = [document.Token(w, s, e) for w, s, e in zip(doc.words, doc.token_starts, doc.token_ends, strict=True)]
    assert list(doc.tokens) == every and len(doc.tokens) == len(every)
    assert doc.tokens[-1] == every[-1] and doc.tokens[2:5] == every[2:5]
    assert all(doc.token_at(t.start) == t and doc.token_at(t.end - 1) == t for t in every)


def test_a_file_that_grew_after_stat_is_read_on_up_to_the_limit():
    data = b"x" * 100
    assert inputs._read_at_most(io.BytesIO(data), 50, None) == data  # stat said 50: it grew
    assert inputs._read_at_most(io.BytesIO(data), 100, None) == data
    assert inputs._read_at_most(io.BytesIO(data), 50, 81) == data[:81]  # the limit: one byte over the maximum


_SCRIPTS = "中国发展黨員繳納的黨費區乾著后後𠀀𠌥𡄔a1 。\n"  # simplified, traditional, beyond U+FFFF (both kinds)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_SCRIPTS, max_size=12))
def test_traditional_characters_are_found_by_the_class_as_by_the_set(text):
    """Once the class answers (`segment._checked` past its bound), it answers as the set of characters would."""
    traditional = segment._to_simplified()[1]
    old = segment._checked
    try:
        segment._checked = segment._PATTERN_PAYS
        assert segment._has_traditional(text) == (not traditional.isdisjoint(text))
    finally:
        segment._checked = old
    assert segment._has_traditional(text) == (not traditional.isdisjoint(text))


# Each edge of `segment._WIDER_HAN`'s ranges of rare ideographs, inside and out, and a character beyond it.
_RARE_EDGES = "\u33ff\u3400\u4dbf\u4dc0\u9fd5\u9fd6\u9fff\uf8ff\uf900\ufaff\ufb00\U0002fa20😀"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_SCRIPTS + _RARE_EDGES, max_size=12))
def test_one_scan_for_traditional_and_rare_characters_answers_for_both(text):
    """`segment._common` says True only where neither scan would find its kind, and False where either
    would (or, as the class of traditional characters does, beyond U+FFFF); before the class answers, False."""
    traditional = segment._to_simplified()[1]
    neither = traditional.isdisjoint(text) and segment._WIDER_HAN.search(text) is None
    old = segment._checked
    try:
        segment._checked = segment._PATTERN_PAYS
        assert segment._common(text) == (neither and all(ch < "\U00010000" for ch in text))
        segment._checked = 0
        assert not segment._common(text)
    finally:
        segment._checked = old


def _sentences_split_at_ends(view: str) -> list[tuple[int, int]]:
    """The straightforward split: after each run of 。！？； (with a closing quote), and at each line break."""
    out, pos = [], 0
    for m in re.finditer(r"[。！？；!?;]+[”’」』]?|\n", view):
        out.append((pos, m.end() if m.group() != "\n" else m.start()))
        pos = m.end()
    out.append((pos, len(view)))
    return [s for s in out if s[1] > s[0]]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="中a 。！？；!?;”’」』“\n", max_size=16))
def test_sentences_matched_whole_are_the_split_at_their_ends(text):
    doc = document.Document.from_text(text)
    assert doc.sentences == _sentences_split_at_ends(doc.view)


def test_sentences_matched_whole_on_the_articles():
    for text in TEXTS:
        doc = document.Document.from_text(text)
        assert doc.sentences == _sentences_split_at_ends(doc.view)


def _plain_known_names() -> re.Pattern[str]:
    chinese = "|".join(
        re.escape(n) for n in sorted(lexicon.words("org_names"), key=len, reverse=True) if not n.isascii()
    )
    return re.compile(rf"(?:{chinese})(?![员員])")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*lexicon.words("org_names"), "员", "員", "中", "国", "的", "，"]), max_size=8).map(
        "".join
    )
)
def test_known_names_grouped_by_first_character_match_as_the_plain_alternation(text):
    assert [m.span() for m in orgs._known_pattern().finditer(text)] == [
        m.span() for m in _plain_known_names().finditer(text)
    ]


def test_known_names_grouped_on_the_articles():
    _same_matches(orgs._known_pattern(), _plain_known_names(), TEXTS)


def _plain_suffix_words(doc: document.Document) -> list[tuple[int, str]]:
    return [(k, suffix) for k, word in enumerate(doc.words) if (suffix := orgs._word_suffix(word))]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([*lexicon.words("org_suffixes"), "其中", "大会", "城", "附", "区", "的", "，", "市"]),
        max_size=8,
    ).map("".join)
)
def test_suffix_words_found_where_a_suffix_ends_are_every_word_with_a_suffix(text):
    doc = document.Document.from_text(text)
    assert orgs._suffix_words(doc) == _plain_suffix_words(doc)


def test_suffix_words_found_where_a_suffix_ends_on_the_articles():
    for text in TEXTS:
        doc = document.Document.from_text(text)
        assert orgs._suffix_words(doc) == _plain_suffix_words(doc)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="12.∶：: \t万分之一近约超过多达", max_size=14))
def test_a_ratio_is_looked_for_only_where_a_colon_or_space_follows_the_numeral(view):
    for m in quantities.NUM.finditer(view):
        if quantities._RATIO.match(view, m.start()):
            assert m.end() < len(view) and (view[m.end()] in "∶：:" or view[m.end()].isspace())


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="将將近接大约約超过過至少不到足多达達几幾逾突破5", max_size=8))
def test_approximation_words_are_looked_for_only_after_their_last_characters(view):
    for s in range(len(view) + 1):
        if quantities._APPROX_BEFORE().search(view, max(0, s - 4), s):
            assert view[s - 1] in quantities._APPROX_LAST


def _near(found, start, end, pos):
    """The sentence's date by bisects over the date objects themselves: the straightforward way."""
    key = lambda d: d.span[0]  # noqa: E731
    lo = bisect.bisect_left(found, start, key=key)
    mid = bisect.bisect_left(found, max(start, min(pos, end)), key=key)
    if mid > lo:
        return found[mid - 1]
    hi = bisect.bisect_left(found, end, key=key)
    return found[mid] if mid < hi else None


def test_date_spans_bisect_as_the_dates_stage_does():
    rnd = random.Random(3)
    for text in TEXTS:
        found = extract(text).dates
        spans = dates.DateSpans(found)
        for _ in range(200):
            a, b = sorted(rnd.randrange(len(text) + 1) for _ in range(2))
            pos = rnd.randrange(len(text) + 1)
            assert spans.near(a, b, pos) is _near(found, a, b, pos)
            i = bisect.bisect_right(found, b - 1, key=lambda d: d.span[0])
            assert spans.overlap(a, b) == bool(i and found[i - 1].span[1] > a)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="5 \t—-~至到以上下万元", max_size=10))
def test_a_range_is_looked_for_only_where_its_first_character_stands(view):
    for pos in range(len(view) + 1):
        if quantities._RANGE().match(view, pos):
            assert view[pos] in quantities._RANGE_FIRST or view[pos].isspace()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="，,”’」a“", max_size=12), st.integers(0, 12), st.integers(0, 12))
def test_a_bounded_look_back_finds_what_the_marks_of_the_page_find(view, lo, hi):
    doc = document.Document.from_text(view)
    for chars in ("，,", "”’」"):
        assert metrics._last(doc.view, chars, lo, hi) == doc.last_of(chars, lo, hi)


def _cut_plainly(words: list[str], keep_head: bool) -> str:
    """`subjects._text` without its shortcut: whole tokens from the head end (or the start) while they fit."""
    order = words if keep_head else words[::-1]
    picked: list[str] = []
    for w in reversed(order):
        if picked and sum(map(len, picked)) + len(w) > subjects.MAX_CHARS:
            break
        picked.insert(0, w)
    return "".join(picked if keep_head else picked[::-1])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="人口总值abc", min_size=1, max_size=6), max_size=6), st.booleans())
def test_a_subject_short_enough_is_joined_whole_as_the_cut_would_give(words, keep_head):
    given = list(words)
    assert subjects._text(given, keep_head) == _cut_plainly(words, keep_head)
    assert given == words  # the caller's list is left as it was


_DOCS = [document.Document.from_text(t) for t in TEXTS[:4]]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_region_s_words_join_to_its_stretch_so_their_offsets_need_no_tokens(data):
    """The subject readers take a word's offset as `a` plus the words before it (`_one_char`,
    `_quoted_before`, a word at index 0 starting the stretch): that holds if the words, none
    empty, join to the stretch."""
    doc = data.draw(st.sampled_from(_DOCS))
    a = data.draw(st.integers(0, len(doc.view)))
    b = data.draw(st.integers(a, min(len(doc.view), a + 60)))
    words, kinds = subjects._region(doc, a, b)
    assert "".join(words) == doc.view[a:b] and all(words) and len(kinds) == len(words)
    for i, j in subjects._chunks(words, kinds):
        assert subjects._one_char(words, i, j) == (len("".join(words[i:j])) == 1)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="万亿萬億及以上下左右多余餘5元", max_size=8))
def test_multipliers_and_approximation_words_after_are_looked_for_only_at_their_first_characters(view):
    for pos in range(len(view) + 1):
        for pattern, first in (
            (quantities._MULTIPLIER, quantities._MULT_FIRST),
            (quantities._APPROX_AFTER, quantities._APPROX_AFTER_FIRST),
        ):
            if pattern.match(view, pos):
                assert view[pos] in first


def _flat(name: str) -> str:
    """The list as a plain alternation, longest first: what `lexicon.alternation` groups by first character."""
    return "|".join(re.escape(w) for w in sorted(lexicon.words(name), key=len, reverse=True))


_ALTERNATED = [p.stem for p in (Path(lexicon.__file__).parent / "lexicon").glob("*.txt")]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_ALTERNATED), st.data())
def test_alternations_grouped_by_first_character_match_as_the_flat_ones(name, data):
    entries = lexicon.words(name)
    pieces = [*entries, *(w[: len(w) // 2] for w in entries), *(w[len(w) // 2 :] for w in entries), "，", "的"]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=12)))
    for grouped, flat in (
        (lexicon.alternation(name), _flat(name)),
        (f"(?:{lexicon.alternation(name)})\\Z", f"(?:{_flat(name)})\\Z"),
        (
            lexicon.alternation(name) + "|" + lexicon.alternation("set_phrases"),
            _flat(name) + "|" + _flat("set_phrases"),
        ),
    ):
        assert [m.span() for m in re.finditer(grouped, text)] == [m.span() for m in re.finditer(flat, text)]
        assert [m.span() for m in re.compile(grouped).finditer(text, 1)] == [
            m.span() for m in re.compile(flat).finditer(text, 1)
        ]


def test_alternations_grouped_on_the_articles():
    for name in ("formulations", "set_phrases", "units", "actions", "speech_verbs", "footer_keys"):
        _same_matches(re.compile(lexicon.alternation(name)), re.compile(_flat(name)), TEXTS)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.integers(-(10**18), 10**18).map(float)))
def test_tidy_of_a_whole_number_is_what_rounding_gives(x):
    r = round(x, 6)
    assert numbers.tidy(x) == (int(r) if r == int(r) else r)
    assert type(numbers.tidy(x)) is (int if r == int(r) else float)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="12３٣.,，万亿一二两十百分之半点成个年、的 \U0001d7d3\U0001d11e", max_size=24))
def test_numerals_are_what_num_finds(view):
    assert [m.groupdict() | {"": m.span()} for m in quantities.numerals(view)] == [
        m.groupdict() | {"": m.span()} for m in quantities.NUM.finditer(view)
    ]


def test_numerals_on_the_articles():
    for text in TEXTS:
        assert [m.span() for m in quantities.numerals(text)] == [m.span() for m in quantities.NUM.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="”’」“，,的a", max_size=20), st.integers(0, 20), st.integers(0, 20))
def test_the_closing_quotes_of_the_page_bisected_are_a_search_of_the_stretch(view, lo, hi):
    doc = document.Document.from_text(view)
    found = re.search("[”’」]", doc.view[lo:hi]) is not None
    assert (doc.last_of(metrics._CLOSING_QUOTES, lo, hi) >= 0) == found


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="，,。；;！？!?：:\n、和5%的", max_size=30), st.integers(0, 30))
def test_a_list_of_numbers_stops_where_a_find_per_mark_stops_it(view, end):
    end = min(end, len(view))
    limit = min(len(view), end + 200)
    stop = min((i for i in (view.find(c, end, limit) for c in uncounted.CLAUSE_END) if i >= 0), default=limit)
    assert metrics._chain(view, end) == 1 + len(metrics._LIST_NEXT().findall(view, end, stop))


def _joined_by_loop(phrase: str) -> str:
    for k, ch in enumerate(phrase):
        if ch in initiatives._JOINED and k and phrase.startswith(lexicon.words("actions"), k + 1):
            return phrase[:k]
    return phrase


def _first_name_by_loop(phrase: str) -> str:
    heads = lexicon.words("name_heads")
    if not phrase.endswith(heads):
        return phrase
    for k, ch in enumerate(phrase):
        if ch in "和及" and k >= initiatives._MIN_HEAD and (phrase.endswith(heads, 0, k) or phrase[k - 1] == "”"):
            return phrase[:k]
    return phrase


_OBJECT_PIECES = [
    "和",
    "及",
    "并",
    "並",
    "”",
    "开展",
    "举办",
    "建立",
    "工程",
    "计划",
    "活动",
    "法治宣传",
    "专题讲座",
    "贷款",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_OBJECT_PIECES), max_size=8))
def test_joined_actions_and_names_are_found_as_a_walk_over_the_characters_finds_them(pieces):
    phrase = "".join(pieces)
    assert initiatives._before_joined_action(phrase) == _joined_by_loop(phrase)
    assert initiatives._first_name(phrase) == _first_name_by_loop(phrase)


_PLAIN_NUMERAL = (
    r"(?:\d+(?:[,，]\d{3})+(?!\d)|(?<![\d.])\d{1,3}(?:[ \u00a0\u2009]\d{3})+(?!\d)|\d+)"
    r"(?:\.\d+)?(?:万亿|萬億|[万亿萬億])?"
    rf"|[{numbers.CN_DIGITS}]+(?:[点點][零〇一二三四五六七八九]+)?(?:[万亿萬億])?"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="1203 ,，.\u00a0\u2009万亿一个家", max_size=14))
def test_separated_numerals_are_tried_only_where_a_separator_follows_as_the_plain_pattern_finds_them(text):
    for context in ("{}", "(?:{})(?:多|余)?[个家]", "(?:{})[万亿]?个"):
        fast, plain = (re.compile(context.format(p)) for p in (numbers.NUMERAL, _PLAIN_NUMERAL))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="。！”(（)） 　\n兰楠李敏未完待续", max_size=14))
def test_a_signature_is_searched_only_in_a_line_ending_with_its_bracket_as_a_search_of_every_line_finds(line):
    m = chrome._SIGNATURE().search(line)
    plain = None if m is None or chrome._not_names(m.group(1)) else m.group(1)
    assert chrome._signature(line) == plain


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="a中 \n\r", max_size=12))
def test_lines_split_at_newlines_are_the_lines_the_pattern_finds(text):
    """Text without a CR is split with `str.split`; the pattern, which reads every break, finds the same lines."""
    by_pattern = []
    for m in document._LINE.finditer(text):
        a, b = m.span(1)
        if a == len(text) and m.end() == a and by_pattern:
            break
        by_pattern.append((a, b))
    lines = document.split_lines(text)
    assert lines == by_pattern and all(type(line) is document.Line for line in lines)


def _plain_numbered_names(doc: document.Document) -> list[tuple[int, int]]:
    view = doc.view
    found = (
        m
        for m in re.finditer(f"[{quotes._NUMERALS}]大", view)
        if not (m.start() and view[m.start() - 1] in quotes._NUMERALS)  # 十三大: a longer numeral
    )
    return [(m.start(), end) for m in found if (end := quotes.numbered_name(doc, m.start())) > 0]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(["”", "等", "三大", "两", "大", "工程", "产业", "，", "“粮食”", "重大", "、", "新材料", "十"]),
        max_size=10,
    )
)
def test_numbered_names_found_from_each_da_are_the_pattern_s(parts):
    doc = document.Document.from_text("".join(parts))
    assert list(quotes._numbered_names(doc)) == _plain_numbered_names(doc)


def test_numbered_names_from_each_da_on_the_articles():
    for text in [*TEXTS, "实施“头雁培育”“骨干锻造”三大工程", "宣纸宣笔、电机泵阀等四大主导产业"]:
        doc = document.Document.from_text(text)
        assert list(quotes._numbered_names(doc)) == _plain_numbered_names(doc)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet='“”‘’「」"\n甲，', max_size=16))
def test_quotes_of_one_kind_of_mark_are_the_quotes_of_all_four(text):
    def spans(found):
        return [m.span(m.lastindex) for m in found]

    assert spans(quotes._quotes(text)) == spans(quotes._QUOTE.finditer(text))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="街道镇乡鎮鄉村", max_size=14))
def test_seat_words_found_one_by_one_are_the_alternation_s_matches(text):
    plain = re.compile("|".join(orgs._SEATS))
    assert orgs._seats(text) == [(m.end(), m.group()) for m in plain.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="记者作通讯员撰稿文/：: \u3000、张三李。，）)】", max_size=14).map(str.strip))
def test_a_line_that_does_not_end_as_names_do_is_no_byline(s):
    if not chrome._names_end(s):
        assert re.search(chrome._BYLINE, s) is None
    if not chrome._names_end(s) or not (" " in s or "\u3000" in s):
        assert re.fullmatch(chrome._ROLE_NAME, s) is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="a9+#&._%-中 \n", max_size=10))
def test_joined_ascii_is_found_where_the_plain_pattern_finds_it(text):
    """The check starts with the symbol (a symbol after a letter, digit or symbol, or before a letter or digit)."""
    plain = re.compile(r"[a-zA-Z0-9+#&._%\-][+#&._%\-]|[+#&._%\-][a-zA-Z0-9]")
    assert (segment._JOINED_ASCII.search(text) is None) == (plain.search(text) is None)


def _is_term_every_test(content: str) -> bool:
    """`quotes.is_term` without its shortcut for short unpunctuated quotes: every test, always."""
    if len(content) > quotes._COMPOUND_MAX or not content.strip():
        return False
    if content.startswith(quotes._WE) and content[2:3] != "的":
        return False
    formula = quotes._formula(content) and not quotes._chain(content)
    long_name = formula or quotes._honour(content) or quotes._numbered_pairs(content)
    limit = quotes._COMPOUND_MAX if long_name or quotes._parallel(content) else quotes._TERM_MAX
    if not quotes._SENTENCE_PUNCT.search(content):
        return len(content) <= limit
    return quotes._couplet(content) and len(quotes._COUPLET_SPLIT.sub("", content)) <= limit  # a couplet's comma


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="一村品镇业党建奖集体我们的+—-，、。 ", max_size=22))
def test_a_short_unpunctuated_quote_is_a_term_as_every_test_says(content):
    assert quotes.is_term(content) == _is_term_every_test(content)


_ACRONYMS = [n for n in lexicon.words("org_names") if n.isascii()]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="MFECDTHPSGLBKRZ中a ", max_size=6),
    st.sampled_from(["", *_ACRONYMS]),
    st.text(alphabet="IMFOECDWTHPASNUGLBKRZ中a ", max_size=6),
)
def test_acronyms_are_searched_only_where_a_head_letter_is_written(before, name, after):
    text = before + name + after
    if not any(head in text for head in orgs._acronym_heads()):
        assert orgs._acronyms().search(text) is None


# Every character `str.splitlines` ends a line at, with spaces, comment marks and a letter.
_LEXICON_CHARS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029 \t#a词"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_LEXICON_CHARS, max_size=16))
def test_lexicon_entries_are_the_lines_cut_at_their_comments(text):
    plain = (raw.partition("#")[0].strip() for raw in text.splitlines())
    assert lexicon.entries(text) == tuple(e for e in plain if e)


def _loose_fields_plain(line: str) -> list[tuple[str, str]]:
    m = chrome._loose_key_pattern().match(line)
    if not m or len(line) > chrome._SHORT_META or chrome._SENTENCE_PUNCT.search(line):
        return []
    return [(m.group(1), chrome._clean(line[m.end() :]))]


_KEY_CHARS = "".join(sorted({ch for k in lexicon.words("chrome_keys") for ch in k})) + "【】[] 　：，。a1"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(lexicon.words("chrome_keys")), max_size=2), st.text(alphabet=_KEY_CHARS, max_size=12))
def test_loose_labels_are_read_where_the_plain_match_reads_them(keys, rest):
    for line in ("".join(keys) + rest, "【" + "".join(keys) + rest, rest + "".join(keys)):
        assert chrome._loose_fields(line) == _loose_fields_plain(line)


def test_loose_labels_on_the_articles():
    for line in (ln.strip() for text in TEXTS for ln in text.splitlines()):
        assert chrome._loose_fields(line) == _loose_fields_plain(line)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="+＋—－-中国a1 ，", max_size=10))
def test_a_formula_is_found_where_its_pattern_is(content):
    assert quotes._formula(content) == (quotes._FORMULA_JOIN().search(content) is not None)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="了多一二两双3٣个项批系列大级万元的x“”", max_size=8))
def test_counts_are_looked_for_only_where_their_patterns_can_open(text):
    assert initiatives._amount(text) == bool(
        (m := initiatives._AMOUNT().match(text))
        and (m.end() == len(text) or text[m.end() :] in lexicon.wordset("units"))
    )
    for i in range(len(text) + 1):
        assert initiatives._counted(text, i, len(text)) == (initiatives._COUNTED_LEAD().match(text, i) is not None)
        plain = quotes.NUMBERED_NAME().match(text, i) or quotes._COUNTED_AFTER().match(text, i)
        assert quotes._count_at(text, i) or not plain


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="某政发〔〕2023号市人民府文件 《》\n", max_size=16))
def test_document_heads_are_matched_only_on_lines_holding_their_word(s):
    assert chrome._doc_number(s) == (chrome._DOC_NUMBER().match(s) is not None)
    assert chrome._banner(s) == (chrome._BANNER().match(s) is not None)


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(["a", "HTM", "htm", "L", "l", ".", "/", "\\", "s", "x", "html", ".shtml", ".XHTML", "txt"]),
        max_size=8,
    ).map("".join)
)
def test_a_path_without_htm_has_no_page_suffix(path):
    """`webpage.is_html` skips the path object where the lowered path does not hold "htm"."""
    from pathlib import PurePath, PureWindowsPath

    from xuhui_extract import webpage

    if "htm" not in path.lower():
        assert PurePath(path).suffix.lower() not in webpage.SUFFIXES
        assert PureWindowsPath(path).suffix.lower() not in webpage.SUFFIXES


@settings(max_examples=300)
@given(
    st.text(alphabet="，,。；;！？!?：:\n（()）、a中", max_size=40),
    st.sets(st.sampled_from("，,。；;！？!?：:\n（()）、")),
)
def test_positions_found_per_character_are_the_class_pattern_s(text, chars):
    """`Document.marks` finds each character in turn; a class of them finds the same positions."""
    chars = "".join(sorted(chars))
    pattern = re.compile("[" + re.escape(chars) + "]") if chars else re.compile("(?!)")
    assert document.positions_of(text, chars) == [m.start() for m in pattern.finditer(text)]


_NAMES = st.sampled_from(["a", "A", "b", "a-b", "a.b", "a b", "ab", "_", "0", "文"])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(_NAMES, min_size=1, max_size=3), min_size=1, max_size=8))
def test_paths_sorted_by_their_strings_keep_the_order_of_path_objects(tmp_path_factory, names):
    """A folder's files come in the order sorted `Path` objects have, though their strings are sorted."""
    root = tmp_path_factory.mktemp("tree")
    for *folders, name in names:  # folders never end in .txt, so no file stands where a folder must
        root.joinpath(*folders).mkdir(parents=True, exist_ok=True)
        root.joinpath(*folders, f"{name}.txt").write_text("x", encoding="utf-8")
    expected = [str(q) for q in sorted(q for q in root.rglob("*.txt") if q.is_file())]
    assert [item.path for item in inputs.expand([str(root)])] == expected


def test_json_written_to_the_byte_buffer_is_what_the_text_layer_would_write():
    """`output.json_writer` bypasses the text layer only where it would write the same bytes."""
    from xuhui_extract import output

    records = ['{"标题":"中文","n":1}\n'.encode(), b"{}\n"]
    for encoding, bypass in (("utf-8", True), ("UTF8", True), ("gbk", False)):
        for line_buffered in (False, True):  # a terminal's stream is line-buffered: it keeps its text layer
            raw = io.BytesIO()
            stream = io.TextIOWrapper(raw, encoding=encoding, line_buffering=line_buffered)
            stream.write("开始\n")
            stream.flush()
            write = output.json_writer(stream)
            assert (write == raw.write) == (bypass and not line_buffered)
            for record in records:
                write(record)
            stream.flush()
            expected = "开始\n" + "".join(r.decode() for r in records)
            assert raw.getvalue() == expected.encode(encoding)
    text = io.StringIO()  # no byte buffer at all
    output.json_writer(text)(records[0])
    assert text.getvalue() == records[0].decode()


_LIST_PIECES = [
    "等",
    "一批",
    "多家",
    "十",
    "两",
    "2",
    "３",
    "12",
    "家",
    "户",
    "个",
    "所",
    "知名",
    "企业",
    "公司",
    "和",
    "、",
    "甲乙",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LIST_PIECES), max_size=10).map("".join))
def test_list_tails_are_the_patterns_own_matches(view):
    expected = [m.span() for m in orgs._list_tail().finditer(view)]
    assert [m.span() for m in orgs._list_tails(view)] == expected


@settings(max_examples=200)
@given(
    st.integers(0, 50),
    st.lists(st.tuples(st.integers(0, 40), st.integers(1, 5)), max_size=6),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_a_span_written_out_is_the_start_and_end_it_replaced(base, drops, vstart, vend):
    """`OffsetMap.span` for any view span (view offsets are never negative)."""
    drops.sort()
    cuts, removed = [], 0
    for at, n in drops:
        removed += n
        cuts.append((at, removed))
    m = document.OffsetMap(base, cuts)
    want = (m.start(vstart), m.start(vstart)) if vend <= vstart else (m.start(vstart), m.end(vend))
    if not cuts:
        want = (base + vstart, base + max(vstart, vend))
    assert m.span(vstart, vend) == want


def test_spread_matches_what_the_class_of_spaces_matches():
    # Every string of up to 6 characters over spaces, ideographic spaces and two others, as the
    # labels use it: between two characters of a label.
    plain = re.compile("发[ \u3000]*布")
    spread = re.compile(f"发{chrome._SPREAD}布")
    for n in range(7):
        for chars in itertools.product(" \u3000发布x", repeat=n):
            s = "".join(chars)
            for pos in range(len(s) + 1):
                a, b = plain.match(s, pos), spread.match(s, pos)
                assert (a and a.span()) == (b and b.span()), (s, pos)


def _spread_out(label: str, gaps: list[str]) -> str:
    return "".join(ch + gaps[k % len(gaps)] for k, ch in enumerate(label[:-1])) + label[-1]


_CLASS_KEYS = "|".join(
    "[ \u3000]*".join(re.escape(ch) for ch in k) for k in sorted(lexicon.words("chrome_keys"), key=len, reverse=True)
)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(sorted(lexicon.words("chrome_keys"))),
    st.lists(st.text(alphabet=" \u3000", max_size=3), min_size=1, max_size=4),
    st.text(alphabet=_KEY_CHARS, max_size=8),
)
def test_label_patterns_match_as_with_a_class_of_spaces(label, gaps, rest):
    line = _spread_out(label, gaps) + rest
    for built, tail in (
        (chrome._key_pattern(), r"(?:】|\])?\s*[:：]\s*"),
        (chrome._loose_key_pattern(), r"(?:】|\])?\s*(?=\S)"),
    ):
        plain = re.compile(rf"{'^' if built.pattern.startswith('^') else ''}(?:【|\[)?({_CLASS_KEYS}){tail}")
        a, b = plain.match(line), built.match(line)
        assert (a and (a.span(), a.group(1))) == (b and (b.span(), b.group(1)))


def test_a_quantity_in_a_unit_no_unit_rule_names_meets_none_of_them():
    """`excluded` asks `_unit_rule` only for the units in `_UNIT_RULED`: any other unit, put in the place of
    every quantity of an article, meets none of its rules (each names its units)."""
    units = {quantities._UNIT_AS.get(u, u) for u in lexicon.words("units")} - uncounted._UNIT_RULED
    doc = document.Document.from_text(TEXTS[0])
    found = []
    for m in quantities.numerals(doc.view):
        q = quantities.read(doc.view, m)
        if q is not None:
            found.append((m, q))
    assert len(found) > 20
    for unit in units:
        for m, q in found:
            q.unit = unit
            assert not uncounted._unit_rule(doc, m.start(), q, m.group("n") or "", doc.view[m.start() - 1 : m.start()])


_PLAIN_NUMERAL = numbers.NUMERAL.replace(r"\d++", r"\d+")
_PLAIN_NUM = re.compile(
    rf"(?=[\d{numbers.CN_DIGITS}])(?:(?P<half>一半)|(?:(?P<den>[{numbers.CN_DIGITS}]+|\d+)分之)?(?P<n>{_PLAIN_NUMERAL}))"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="12３.,， \u00a0一二十百万亿分之半点", max_size=20))
def test_possessive_digit_runs_match_what_greedy_ones_match(view):
    assert _PLAIN_NUMERAL != numbers.NUMERAL and "++" in quantities.NUM.pattern
    assert [m.groupdict() | {"": m.span()} for m in quantities.NUM.finditer(view)] == [
        m.groupdict() | {"": m.span()} for m in _PLAIN_NUM.finditer(view)
    ]
    assert [m.span() for m in re.finditer(numbers.NUMERAL, view)] == [
        m.span() for m in re.finditer(_PLAIN_NUMERAL, view)
    ]


def test_a_numeral_inside_a_date_left_out_unread_is_one_reading_would_leave_out():
    seen = 0
    for text in TEXTS:
        doc = document.Document.from_text(text)
        sections = outline.SectionIndex([])
        dated = dates.DateSpans(dates.extract(doc, sections, None))
        for m in quantities.numerals(doc.view):
            if quantities.ratio(doc.view, m) or not metrics._dated(doc, dated, m):
                continue
            seen += 1
            q = quantities.read(doc.view, m)
            assert q is None or uncounted.excluded(doc, m, q, dated)
    assert seen > 20


def _dropped_are_read_as_nothing(view: str) -> int:
    kept = {m.span() for m in quantities.numerals(view, readable=True)}
    dropped = [m for m in quantities.numerals(view) if m.span() not in kept]
    assert len(kept) + len(dropped) == len(list(quantities.numerals(view)))
    for m in dropped:
        assert quantities.ratio(view, m) == [] and quantities.read(view, m) is None
    return len(dropped)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="12.一二十万亿半分之是的个年%：: \u3000指数", max_size=16))
def test_numerals_dropped_as_unreadable_are_ones_ratio_and_read_make_nothing_of(view):
    _dropped_are_read_as_nothing(view)


def test_numerals_dropped_as_unreadable_on_the_articles():
    assert sum(_dropped_are_read_as_nothing(text) for text in TEXTS) > 50


def test_a_numeral_may_start_wherever_the_spelt_out_class_says_and_nowhere_else_in_the_bmp():
    for code in range(0x10000):
        ch = chr(code)
        assert (quantities._NUM_FIRST.match(ch) is not None) == (ch.isdecimal() or ch in numbers.CN_DIGITS), hex(code)
    assert all(quantities._NUM_FIRST.match(chr(code)) for code in (0x10000, 0x1D7D3, 0x1D11E, 0x10FFFF))


def _action_pieces() -> list[str]:
    """Words an action is read from, and near misses: verbs, their halves, adverbs, adverbs glued to verbs."""
    actions = sorted(lexicon.union(*initiatives._ACTION_LISTS))
    adverbs = sorted(lexicon.wordset("action_adverbs"))
    halves = [v[:n] for v in actions for n in range(1, len(v))] + [v[n:] for v in actions for n in range(1, len(v))]
    return actions + halves + adverbs + [a + v for a in adverbs[:5] for v in actions[:20]] + ["的", "了", "中国", "新"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_action_pieces()), max_size=12))
def test_openers_hold_every_word_an_action_is_read_at(words):
    ends = list(itertools.accumulate(map(len, words)))
    doc = document.Document.from_text("".join(words))
    # The words as given, not as the segmenter cuts their text: every cut is tried. (A real Document:
    # compiled, the stages take nothing else.)
    doc.words, doc.token_starts, doc.token_ends = words, [0, *ends[:-1]], ends
    actions, adverbs = lexicon.union(*initiatives._ACTION_LISTS), lexicon.wordset("action_adverbs")
    read = [i for i in range(len(words)) if initiatives._action_at(doc, i, actions, adverbs) is not None]
    openers = initiatives._openers(doc)
    assert openers == sorted(set(openers))
    assert set(read) <= set(openers)


def test_openers_on_the_articles():
    actions, adverbs = lexicon.union(*initiatives._ACTION_LISTS), lexicon.wordset("action_adverbs")
    for text in TEXTS:
        doc = document.Document.from_text(text)
        read = [i for i in range(len(doc.words)) if initiatives._action_at(doc, i, actions, adverbs) is not None]
        assert set(read) <= set(initiatives._openers(doc))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="十二党的一七九大精神，上", max_size=14))
def test_congresses_found_from_their_da_are_the_patterns_matches(text):
    assert [m.span() for m in quotes._congress_matches(text)] == [m.span() for m in quotes._CONGRESS.finditer(text)]


def _lead_then_marker(line: str) -> tuple[int, str | None] | None:
    """The lead and the marker after it, as `outline._headings` read them before: two matches."""
    lead = outline._LEAD.match(line)
    return (lead.end(), lead.group("bold")) if outline._ANY_MARKER.match(line, lead.end()) else None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \u3000\t\u00a0#*_一二十（(）)1１.．、，①第章条节中", max_size=10))
def test_a_marked_lead_is_the_lead_a_marker_follows(line):
    m = outline._MARKED_LEAD.match(line)
    assert ((m.end(), m.group("bold")) if m else None) == _lead_then_marker(line)


def test_a_marked_lead_on_the_articles():
    for text in TEXTS:
        for line in text.splitlines():
            m = outline._MARKED_LEAD.match(line)
            assert ((m.end(), m.group("bold")) if m else None) == _lead_then_marker(line)


def _plain_speech_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`quotes._speech_patterns` without the first-character lookahead before the verbs."""
    verbs = lexicon.alternation("speech_verbs")
    before = re.compile(rf"([^，。；！？：:,\n“”]{{1,40}}?)(?:{verbs})(?:道|说)?[，,：:]?\s*$")
    after = re.compile(rf"[，,。]?\s*([^，。；！？：:,\n“”]{{1,{quotes._AFTER_MAX}}}?)(?:{verbs})")
    return before, after


_SPEECH_ALPHABET = "".join(sorted({ch for w in lexicon.words("speech_verbs") for ch in w})) + "，：。道说书记张三 \n“”"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_SPEECH_ALPHABET, max_size=50), st.integers(0, 10))
def test_speech_patterns_match_the_plain_ones(text: str, start: int) -> None:
    """The speaker patterns with a lookahead for a verb's first character find what the plain ones find."""
    fast, plain = quotes._speech_patterns(), _plain_speech_patterns()
    for f, p in zip(fast, plain, strict=True):
        m, n = f.search(text, start), p.search(text, start)
        assert (m and (m.span(), m.groups())) == (n and (n.span(), n.groups()))
        m, n = f.match(text, start), p.match(text, start)
        assert (m and (m.span(), m.groups())) == (n and (n.span(), n.groups()))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="“”‘’《》「」\n一二甲乙", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_quote_matches_found_from_the_marks_are_finditers(text, lo, hi):
    opens = document.positions_of(text, metrics._OPENS)
    for pattern in (metrics._SHORT_QUOTE, metrics._QUOTED_TERM):
        fast = [m.span() for m in metrics._matches_at(pattern, text, opens, lo, hi)]
        assert fast == [m.span() for m in pattern.finditer(text, lo, hi)]


_CHUNK_WORDS = ("以上", "以下", "率", "量", "企业", "增长", "和", "的", "个", "。")


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_CHUNK_WORDS), st.sampled_from(("n", "a", "w", "v", "d", "q", "f", "p", "de", "punct"))
        ),
        max_size=14,
    )
)
def test_chunks_made_from_the_end_are_the_chunks_reversed(tokens):
    words, kinds = [w for w, _ in tokens], [k for _, k in tokens]
    assert list(subjects._chunks_back(words, kinds)) == subjects._chunks(words, kinds)[::-1]


@settings(max_examples=300, deadline=None)
# (Any character text can hold: a Document is segmented when made, and rjieba takes no lone surrogate.)
@given(
    st.one_of(st.sampled_from("第.．、这這那aZ的。"), st.characters(codec="utf-8")),
    st.sampled_from(("三个", "2个", "六条")),
)
def test_numbers_are_marked_only_after_the_characters_metrics_asks_marked_about(prev, numeral):
    for text in (prev + numeral, "这两个、" + prev + numeral, "第五" + prev + numeral):
        s = len(text) - len(numeral)
        doc = document.Document.from_text(text)
        if doc.view != text:
            continue  # a line break or a space the view drops: the offsets would not be these
        if uncounted.marked(doc, s):
            assert prev in uncounted.MARKS_BEFORE or (prev.isascii() and prev.isalpha())
    assert not uncounted.marked(document.Document.from_text(numeral), 0)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.∶：: \t一二x", max_size=16))
def test_ratios_start_only_where_metrics_asks_for_them(text):
    for m in quantities.numerals(text):
        after = text[m.end() : m.end() + 1]
        if quantities.ratio(text, m):
            assert after in quantities.COLONS or after.isspace()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 6)), max_size=6), st.integers(0, 40), st.integers(0, 40))
def test_a_sentence_without_a_date_gives_none_of_its_numbers_one(spans, start, length):
    found = sorted((a, a + n) for a, n in spans)
    dated = dates.DateSpans([SimpleNamespace(span=s) for s in found])
    end = start + length
    if dated.near(start, end, start) is None:
        assert all(dated.near(start, end, pos) is None for pos in range(start - 2, end + 3))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="12３٣.,，万亿一二两十百分之半点點成个年、的是月 \u3000\U0001d7d3", max_size=20))
def test_readable_numerals_are_the_numerals_read_on_from(view):
    goes_on = quantities._goes_on()
    expected = [
        m.span()
        for m in quantities.NUM.finditer(view)
        if view[m.end() : m.end() + 1] in goes_on or quantities._looked_at(view[m.end() : m.end() + 1], m.group())
    ]
    assert [m.span() for m in quantities.numerals(view, readable=True)] == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="“”‘’「」，,甲乙", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_a_number_no_quote_closes_before_in_its_sentence_has_no_quoted_topic(text, start, pos):
    doc = document.Document.from_text(text)
    if metrics._next_of(doc.marks(metrics._CLOSING_QUOTES), start) >= pos:
        assert metrics._topic(doc, start, pos) is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="，。：\n（）个家企业的5", max_size=16), st.booleans())
def test_after_names_nothing_where_the_clause_ends_so_metrics_does_not_ask(text, modifier):
    doc = document.Document.from_text(text)
    view = doc.view
    for pos in range(len(view) + 1):
        if pos == len(view) or view[pos] in subjects.CLAUSE_ENDS:
            assert subjects.after(doc, pos, modifier=modifier) is None


def test_only_a_numeral_before_nian_or_ri_is_dated_so_metrics_asks_no_other():
    seen = 0
    for text in TEXTS:
        doc = document.Document.from_text(text)
        dated = dates.DateSpans(dates.extract(doc, outline.SectionIndex([]), None))
        for m in quantities.numerals(doc.view):
            if metrics._dated(doc, dated, m):
                seen += 1
                assert doc.view[m.end() : m.end() + 1] in "年日"
    assert seen > 20


def test_size_and_field_classes_end_in_the_characters_tested_before_them():
    """`subjects.after` tries the two class patterns only on a word ending in one of their last characters:
    every word either pattern matches ends in one (all words of up to four characters from their alphabet)."""
    alphabet = "十百千万亿萬億元亩畝个一"
    for n in range(1, 5):
        for chars in itertools.product(alphabet, repeat=n):
            word = "".join(chars)
            if subjects._FIELD_CLASS.fullmatch(word):
                assert word[-1] in "亩畝"
            if subjects._SIZE_CLASS.fullmatch(word):
                assert word[-1] in subjects._SIZE_ENDS
