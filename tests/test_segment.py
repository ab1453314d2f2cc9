"""Segmentation: tokens always rebuild the text, and every backend gives jieba's tokens."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xuhui_extract import segment

ARTICLES = sorted((Path(__file__).parent / "data" / "dev" / "articles").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in ARTICLES]
BACKENDS = [b for b in segment.BACKENDS if segment.available(b)]

# Pieces that stress the places where segmenters disagree: hyphenated digits,
# ASCII symbols, whitespace of every kind, ideographs beyond jieba's range.
PIECES = st.sampled_from(
    [
        *"中国人民政府发展改革委员会年月日党建一二三，。、“”《》（）：",
        *"abcXYZ0123456789-_.%+#&@/:",
        " ",
        "\n",
        "\r\n",
        "\t",
        "\u3000",
        "2019-07-11",
        "PM2.5",
        "C++",
        "AT&T",
        "5.3%",
        "一肩挑",
        "三会一课",
        "区司法局",
        "㐀",
        "\u9fe0",
        "𠀀",
    ]
)
TEXT = st.lists(PIECES, max_size=40).map("".join)


@pytest.fixture(scope="module")
def cutters():
    return {b: lambda text, b=b: segment._backend(b).cut(text)[0] for b in BACKENDS}


@pytest.mark.parametrize("backend", BACKENDS)
def test_tokens_rebuild_the_articles(backend, cutters):
    for text in TEXTS:
        assert "".join(cutters[backend](text)) == text


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_tokens_rebuild_any_text(cutters, text):
    for backend in BACKENDS:
        old = segment._chosen
        try:
            segment.use(backend)
            tokens, ends = segment.cut_ends(text)
        finally:
            segment._chosen = old
        assert "".join(tokens) == text
        assert ends == list(itertools.accumulate(map(len, tokens)))
        assert all(tokens)


def _jieba_reference():
    """jieba's own Tokenizer with the packaged user dictionary: what the jieba backend must equal."""
    import jieba

    tok = jieba.Tokenizer()
    tok.initialize()
    for word, freq, tag in segment._userdict():
        tok.add_word(word, freq, tag)
    return lambda text: tok.lcut(text, HMM=True)


@pytest.fixture(scope="module")
def reference():
    return _jieba_reference()


def test_jieba_backend_is_jieba_token_for_token(reference, cutters):
    for text in TEXTS:
        assert cutters["jieba"](text) == reference(text)


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_jieba_backend_is_jieba_on_any_text(reference, cutters, text):
    assert cutters["jieba"](text) == reference(text)


@pytest.mark.skipif("rjieba" not in BACKENDS, reason="rjieba is not installed (the fast extra)")
def test_rjieba_backend_gives_jiebas_tokens_on_the_articles(reference, cutters):
    for text in TEXTS:
        assert cutters["rjieba"](text) == reference(text)


@pytest.mark.skipif("rjieba" not in BACKENDS, reason="rjieba is not installed (the fast extra)")
def test_rjieba_hyphenated_digits_and_symbols_as_jieba_cuts_them(reference, cutters):
    for text in ["日期：2019-07-11 热线400-052-9602", "PM_2.5浓度", "见homolo.com", "C++与AT&T", "2000-2017年"]:
        assert cutters["rjieba"](text) == reference(text)


def test_realign_puts_tokens_back_on_the_text():
    text = "今天 天气\n很好。"
    # a backend that dropped the whitespace and changed a character
    assert segment._realign(["今天", "天气", "很", "妤", "。"], text) == ["今天", " ", "天气", "\n", "很", "好", "。"]
    assert "".join(segment._realign([], text)) == text


def test_unknown_or_missing_segmenter_is_refused(monkeypatch):
    with pytest.raises(ValueError, match="unknown segmenter"):
        segment.use("nosuch")
    monkeypatch.setattr(segment, "available", lambda name: name == "jieba")
    assert segment.default() == "jieba"
    with pytest.raises(ValueError, match="not installed"):
        segment.use("rjieba")
