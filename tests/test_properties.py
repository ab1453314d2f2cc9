"""Invariants under fuzzing: for any text, `extract` returns a valid record whose spans hold.

Three sources of input: arbitrary Unicode; text assembled from the pieces
the stages look for (markers, numbers with units, dates, quotes, line
breaks of every kind), which reaches the rules far more often than random
characters do; and the sample mutated — lines shuffled, markers deleted,
punctuation switched between half and full width. Example counts stay
modest so the suite stays fast.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xuhui_extract import extract
from xuhui_extract.models import Article

from .conftest import SAMPLE
from .records import sections_nest, spans_slice_back

SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


PIECES = [
    *"一二三四五六七八九十",
    *"，。；：！？、,.;:!?",
    *"“”‘’《》（）()「」【】",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    " ",
    "\u3000",
    "\t",
    "一、",
    "二、",
    "三、",
    "（一）",
    "(二)",
    "1.",
    "2、",
    "（1）",
    "(2)",
    "①",
    "②",
    "第一章",
    "第二节",
    "第三条",
    "# ",
    "一是",
    "二是",
    "三是",
    "一要",
    "二要",
    "其一，",
    "其二，",
    "首先，",
    "其次，",
    "最后，",
    "第一，",
    "第二，",
    "2019年",
    "2019年2月",
    "2019-07-11",
    "二〇一九年",
    "第一季度",
    "上半年",
    "今年",
    "上年",
    "3月5日",
    "2021—2025年",
    "37家",
    "三位",
    "1.2万人次",
    "120亿元",
    "百分之八十",
    "80%",
    "三成",
    "4.5%—5%",
    "近",
    "约",
    "余",
    "多",
    "第二次",
    "“五个中心”",
    "“一肩挑”",
    "《指南》",
    "发布",
    "建立",
    "组建",
    "制定出台",
    "将",
    "正在",
    "区司法局",
    "律师行业党委",
    "委员会",
    "中心",
    "习近平总书记指出",
    "强调",
    "当前位置：首页 > 新闻",
    "日期:2019-07-11 作者:某某 阅读:6,152次",
    "版权所有",
    "ICP备123号",
    "附件：",
    "支部",
    "律所",
    "PM",
    "2.5",
    "abc",
    "😀",
    "\ufffd",
    "\x00",
]


def check(text: str) -> Article:
    article = extract(text)
    assert Article.model_validate(article.model_dump()) == article
    assert Article.model_validate_json(article.model_dump_json()) == article
    assert article.source.chars == len(text)
    n = len(text)
    spans = [article.body_span]
    spans += [x.span for x in (*article.sections, *article.measures, *article.initiatives, *article.metrics)]
    spans += [x.span for x in (*article.dates, *article.documents, *article.quotations)]
    spans += [s.body_span for s in article.sections] + [m.sentence_span for m in article.metrics]
    spans += [s for x in (*article.terms, *article.organizations) for s in x.spans]
    assert all(0 <= a <= b <= n for a, b in spans), spans
    assert not spans_slice_back(article, text)
    assert not sections_nest(article)
    return article


@fuzz(60)
@given(st.text(max_size=400))
def test_arbitrary_unicode(text):
    check(text)


@fuzz(60)
@given(st.lists(st.sampled_from(PIECES), max_size=120).map("".join))
def test_text_made_of_what_the_stages_look_for(text):
    check(text)


_LINE = st.lists(st.sampled_from(PIECES), max_size=5).map("".join)


@fuzz(60)
@given(st.lists(_LINE, max_size=30), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_lines_made_of_what_the_stages_look_for(lines, newline):
    check(newline.join(lines))  # short lines, so markers often stand at a line start, or alone


_LINES = SAMPLE_TEXT.splitlines(keepends=True)
_MARKER = re.compile(r"[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五]是|其次")
_MARKERS = list(_MARKER.finditer(SAMPLE_TEXT))
_WIDTH = {"，": ",", "。": ".", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?", "“": '"', "”": '"'}
_WIDTH.update({v: k for k, v in list(_WIDTH.items()) if v != '"'})
_PUNCT_AT = [i for i, ch in enumerate(SAMPLE_TEXT) if ch in _WIDTH]


@fuzz(12)
@given(st.permutations(_LINES))
def test_sample_with_lines_shuffled(lines):
    check("".join(lines))


@fuzz(12)
@given(st.sets(st.sampled_from(range(len(_MARKERS))), min_size=1))
def test_sample_with_markers_deleted(drop):
    text, last = [], 0
    for i, m in enumerate(_MARKERS):
        if i in drop:
            text.append(SAMPLE_TEXT[last : m.start()])
            last = m.end()
    check("".join(text) + SAMPLE_TEXT[last:])


@fuzz(12)
@given(st.sets(st.sampled_from(_PUNCT_AT), min_size=1))
def test_sample_with_punctuation_switched_width(positions):
    chars = list(SAMPLE_TEXT)
    for i in positions:
        chars[i] = _WIDTH[chars[i]]
    article = check("".join(chars))
    assert article.meta.title  # the page is still read as a page


@fuzz(12)
@given(st.sampled_from(["\n", "\r\n", "\r"]), st.integers(0, len(SAMPLE_TEXT)), st.integers(0, 400))
def test_sample_cut_anywhere(newline, start, length):
    check(SAMPLE_TEXT.replace("\n", newline)[start : start + length])
