"""Any encoding a user has: detection, overrides, damaged bytes, line endings."""

from __future__ import annotations

import codecs

import pytest

from xuhui_extract import extract, extract_bytes
from xuhui_extract.decode import decode

from .records import content, spans_slice_back

# Short texts are where detectors go wrong: two characters give little to go on.
SIMPLIFIED = [
    "党建",
    "发展",
    "中国",
    "测试",
    "上海",
    "律所",
    "徐汇区司法局",
    "一、工作背景",
    "今天天气很好。",
    "区律师行业党委",
    "全面推进依法治国",
    "法治是最好的营商环境",
]
TRADITIONAL = [
    "黨建",
    "發展",
    "中國",
    "測試",
    "香港",
    "律師",
    "徐匯區司法局",
    "一、工作背景",
    "今天天氣很好。",
    "區律師行業黨委",
    "全面推進依法治國",
    "法治是最好的營商環境",
    "習近平總書記指出，律師隊伍是依法治國的一支重要力量。",
]


def _same_record(a, b) -> None:
    """Equal records apart from how the bytes were encoded."""
    da, db = a.model_dump(), b.model_dump()
    for d in (da, db):
        d["source"].pop("encoding")
        d["source"].pop("sha256")
    assert da == db


@pytest.mark.parametrize("encoding", ["gbk", "gb2312", "gb18030"])
@pytest.mark.parametrize("text", SIMPLIFIED)
def test_short_gb_texts_are_detected(text, encoding):
    decoded = decode(text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding == "gb18030"
    assert not decoded.warnings


@pytest.mark.parametrize("text", TRADITIONAL)
def test_short_big5_texts_are_detected(text):
    decoded = decode(text.encode("big5"))
    assert decoded.text == text
    assert decoded.encoding == "big5"


def test_gb18030_sample_gives_the_same_record(sample_text, sample_article):
    raw = sample_text.encode("gb18030")
    article = extract_bytes(raw, path=sample_article.source.path)
    assert article.source.encoding == "gb18030"
    assert article.source.sha256 != sample_article.source.sha256
    assert article.text is None  # the spans index the decoded file itself
    _same_record(article, sample_article)


@pytest.mark.parametrize(
    ("encoding", "reported"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("utf-32", "utf-32")],
)
def test_unicode_encodings_with_and_without_mark(sample_text, sample_article, encoding, reported):
    raw = sample_text.encode(encoding)
    if encoding == "utf-16":
        assert raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    article = extract_bytes(raw, path=sample_article.source.path)
    assert article.source.encoding == reported
    _same_record(article, sample_article)


def test_utf16_big_endian_with_mark(sample_text):
    decoded = decode(codecs.BOM_UTF16_BE + sample_text.encode("utf-16-be"))
    assert decoded.text == sample_text and decoded.encoding == "utf-16"


def test_big5_article():
    text = (
        "臺北市政府公告\n\n一、工作背景\n\n"
        "一是建立制度，明確標準。二是整合資源，引入外力。2019年2月發布了《工作指南》，已有37家事務所完成。\n"
    )
    decoded = decode(text.encode("big5"))
    assert decoded.encoding == "big5" and decoded.text == text
    article = extract_bytes(text.encode("big5"))
    assert [m.marker for m in article.measures] == ["一是", "二是"]
    assert [(m.value, m.unit) for m in article.metrics] == [(37, "家")]


def test_encoding_override_wins():
    raw = "黨建工作".encode("big5")
    assert decode(raw, "big5").text == "黨建工作"
    forced = decode(raw, "GBK")
    assert forced.encoding == "gbk" and forced.text != "黨建工作"


def test_override_utf8_on_a_file_with_a_mark_drops_the_mark():
    decoded = decode(codecs.BOM_UTF8 + "正文".encode(), "utf8")
    assert decoded.text == "正文" and decoded.encoding == "utf-8-sig"


def test_unknown_encoding_name_raises_lookup_error():
    with pytest.raises(LookupError):
        decode(b"abc", "no-such-codec")


def test_undecodable_bytes_are_replaced_with_a_warning(sample_text):
    damaged = sample_text[:200].encode() + b"\xff\xfe\x80" + sample_text[200:].encode()
    decoded = decode(damaged)
    assert decoded.encoding == "utf-8" and decoded.text.count("\ufffd") == 3
    article = extract_bytes(damaged)
    assert article.source.encoding == "utf-8" and article.source.chars == len(decoded.text)
    assert any("3 undecodable" in w for w in article.warnings)


def test_truncated_downloads_keep_their_encoding(sample_text):
    body = sample_text[:3000].rstrip() + "律师行业党委"
    for encoding in ("utf-8", "gb18030"):
        decoded = decode(body.encode(encoding)[:-1])  # the last character cut in half
        assert decoded.encoding == encoding
        assert decoded.text.startswith(body[:-1]) and decoded.text.endswith("\ufffd")
        assert decoded.warnings and "1 undecodable" in decoded.warnings[0]


def test_forced_wrong_encoding_never_crashes(sample_text):
    raw = sample_text.encode("gb18030")
    article = extract_bytes(raw, encoding="utf-8")
    assert any("undecodable" in w for w in article.warnings)
    assert not spans_slice_back(article, raw.decode("utf-8", errors="replace"))


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_work_like_lf(sample_text, sample_article, newline):
    text = sample_text.replace("\n", newline)
    article = extract(text)
    assert content(article.model_dump()) == content(sample_article.model_dump())
    assert article.meta == sample_article.meta
    assert not spans_slice_back(article, text)  # spans index the text with its CRs
    assert article.source.chars == len(text)


def test_crlf_bytes_in_gb18030(sample_text, sample_article):
    article = extract_bytes(sample_text.replace("\n", "\r\n").encode("gb18030"))
    assert content(article.model_dump()) == content(sample_article.model_dump())


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_mark(sample_text, encoding):
    for text in (sample_text, "一、工作背景\n正文。\n"):
        decoded = decode(text.encode(encoding))
        assert decoded.encoding == encoding and decoded.text == text
