"""Saved web pages: main text and the page's own metadata, offline and inert."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import pytest

from xuhui_extract import extract_bytes, webpage
from xuhui_extract.models import Article

from .conftest import ROOT
from .pages import sample_page
from .records import content, sections_nest, spans_slice_back


@pytest.fixture(scope="module")
def page(sample_text, sample_article) -> str:
    return sample_page(sample_text, sample_article)


@pytest.fixture(scope="module")
def page_article(page):
    return extract_bytes(page.encode("utf-8"), path="article.html")


def test_page_gives_the_same_items_as_the_text(page_article, sample_article):
    assert content(page_article.model_dump()) == content(sample_article.model_dump())


def test_page_record_carries_the_text_its_spans_index(page_article):
    text = page_article.text
    assert text and not spans_slice_back(page_article, text) and not sections_nest(page_article)
    assert page_article.source.chars == len(text)
    for chrome in ("当前位置", "相关链接", "分享到", "ICP备", "document.createElement", "float: left"):
        assert chrome not in text, chrome
    start, end = page_article.body_span
    assert text[start:end].startswith("习近平总书记在中央全面依法治国委员会")


def test_page_metadata_comes_from_the_page(page_article, sample_article):
    meta = page_article.meta
    assert meta.title == sample_article.meta.title
    assert meta.date == sample_article.meta.date
    assert meta.author == sample_article.meta.author


def test_page_meta_wins_over_the_text(sample_text, sample_article):
    markup = sample_page(sample_text, sample_article).replace(
        'content="2019-07-11 09:30"', 'content="2019-07-12 09:30"'
    )
    assert extract_bytes(markup.encode(), path="a.html").meta.date == "2019-07-12"


def test_html_is_sniffed_whatever_the_name(page, page_article):
    assert webpage.is_html(page) and webpage.is_html(page, "saved.txt")
    assert not webpage.is_html("一、工作背景\n<p>不是网页</p>\n")
    article = extract_bytes(page.encode("utf-8"), path="saved.txt")
    assert content(article.model_dump()) == content(page_article.model_dump())
    article = extract_bytes(page.encode("utf-8"))  # standard input has no name at all
    assert article.text == page_article.text


def test_htm_name_with_a_fragment_is_read_as_html():
    fragment = "<div><p>一是加强组织建设。</p><p>二是完善工作制度，已有37家支部完成。</p></div>"
    article = extract_bytes(fragment.encode(), path="fragment.htm")
    assert article.text and "<p>" not in article.text
    assert [m.marker for m in article.measures] == ["一是", "二是"]


def test_gb18030_page(sample_text, sample_article):
    markup = sample_page(sample_text, sample_article, charset="gb2312")
    article = extract_bytes(markup.encode("gb18030"), path="page.html")
    assert article.source.encoding == "gb18030"
    assert content(article.model_dump()) == content(sample_article.model_dump())


def test_plain_text_has_no_text_field_unless_asked(sample_text):
    raw = sample_text.encode()
    assert extract_bytes(raw).text is None
    assert extract_bytes(raw, include_text=True).text == sample_text


def test_page_without_article_still_gives_a_record():
    markup = (
        "<!DOCTYPE html><html><head><title>首页</title></head><body>"
        '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news">新闻</a></li></ul>'
        '<div class="footer">版权所有 上海市律师协会</div></body></html>'
    )
    article = extract_bytes(markup.encode(), path="index.html")
    assert Article.model_validate(article.model_dump()) == article
    assert article.meta.title == "首页"
    assert article.text is not None and not article.measures and not article.sections


def test_external_entities_are_not_expanded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER", encoding="utf-8")
    uri = secret.as_uri()
    body = "<p>习近平总书记指出，法治是最好的营商环境。</p>" * 5
    for doctype in (
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{uri}">]>',
        f'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY % p SYSTEM "{uri}"> %p; <!ENTITY xxe "&#x26;p;">]>',
        f'<!DOCTYPE html SYSTEM "{uri}">',
    ):
        markup = f"{doctype}<html><head><title>&xxe;</title></head><body><article>{body}<p>&xxe;</p></article></body>"
        article = extract_bytes(markup.encode(), path="x.html")
        dumped = json.dumps(article.model_dump(), ensure_ascii=False)
        assert "TOP-SECRET-MARKER" not in dumped
        assert "法治是最好的营商环境" in (article.text or "")


def test_reading_a_page_opens_no_connection(monkeypatch, page):
    def refuse(*args, **kwargs):
        raise AssertionError("network access while reading a page")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    article = extract_bytes(page.encode(), path="page.html")
    assert article.sections


def test_plain_text_never_loads_the_html_libraries(sample_text):
    code = (
        "import sys\n"
        "from xuhui_extract import extract_bytes\n"
        f"extract_bytes({sample_text.encode()!r})\n"
        "print(sorted(m for m in ('trafilatura', 'lxml', 'justext', 'htmldate') if m in sys.modules))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_cli_gives_the_same_items_for_text_gb18030_and_html(tmp_path, sample_text, sample_article):
    original = tmp_path / "a-original.txt"
    original.write_text(sample_text, encoding="utf-8")
    gb = tmp_path / "b-gb18030.txt"
    gb.write_bytes(sample_text.encode("gb18030"))
    page = tmp_path / "c-page.html"
    page.write_text(sample_page(sample_text, sample_article), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "xuhui_extract", str(original), str(gb), str(page)],
        cwd=ROOT,
        capture_output=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    records = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [r["source"]["encoding"] for r in records] == ["utf-8", "gb18030", "utf-8"]
    assert content(records[1]) == content(records[0])
    assert content(records[2]) == content(records[0])
    assert records[0].get("text") is None and records[2]["text"]


def test_page_without_meta_tags_reads_its_own_chrome():
    markup = """<html><head><title>关于开展2019年工作的通知_上海市司法局</title></head><body>
<div class="crumb">当前位置：首页 &gt; 通知公告</div>
<div class="info">发布时间：2019-03-05 来源：市司法局 浏览次数：1,234</div>
<div class="article"><h1>关于开展2019年工作的通知</h1><p>各区司法局：</p>
<p>为做好2019年工作，现通知如下。一是加强组织领导。二是抓好工作落实，已有16个区完成部署。</p></div>
<div class="footer">版权所有：上海市司法局 沪ICP备12345678号</div></body></html>"""
    article = extract_bytes(markup.encode(), path="notice.html")
    meta = article.meta
    assert (meta.title, meta.date) == ("关于开展2019年工作的通知", "2019-03-05")
    assert (meta.views, meta.site) == (1234, "上海市司法局")
    assert meta.breadcrumb == ["首页", "通知公告"]
    assert [m.marker for m in article.measures] == ["一是", "二是"]
    assert "ICP" not in article.text
