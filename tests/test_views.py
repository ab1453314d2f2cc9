"""Views for people: tree and table text, CSV round trip, the highlighted HTML page."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from xuhui_extract import extract
from xuhui_extract.models import Article, DocumentRef, Organization, Section, Term
from xuhui_extract.views import CsvTable, Renderer, csvout, html, table, tree, wants_color

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "xuhui-party-building-2019.txt"
DEV = ROOT / "tests" / "data" / "dev" / "articles"
ANSI = re.compile(r"\x1b\[")


def cli(*args: str) -> subprocess.CompletedProcess:
    """The command in a real subprocess, its output a pipe (and NO_COLOR unset, so a pipe alone means plain)."""
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    return subprocess.run(
        [sys.executable, "-m", "xuhui_extract", *args], cwd=ROOT, capture_output=True, check=True, env=env
    )


# --- tree and table -------------------------------------------------------------------------


@pytest.mark.parametrize("view", [tree, table], ids=["tree", "table"])
@pytest.mark.parametrize("width", [80, 120])
def test_tree_and_table_hold_the_outline_within_the_width(sample_article, view, width):
    text = view.render(sample_article, width=width)
    for s in sample_article.sections:
        assert f"{s.marker}{s.title}" in text
    assert not ANSI.search(text)
    assert max(cell_len(line) for line in text.splitlines()) <= width


def test_tree_hangs_items_under_their_measure(sample_article):
    text = tree.render(sample_article, width=120)
    lines = text.splitlines()
    measure = next(i for i, line in enumerate(lines) if "做好顶层设计" in line)
    inferred = next(i for i, line in enumerate(lines) if "2019-Q1" in line and "第一季度" in line)
    indent = lines[measure].index("measure")
    assert inferred > measure and lines[inferred].index("date") > indent
    assert "(inferred)" in lines[inferred]


def test_table_lists_metrics_with_their_sections(sample_article):
    text = table.render(sample_article, width=120)
    row = next(line for line in text.splitlines() if " 支部 " in line and "37" in line)
    assert "一肩挑" in row and "(三)注重创新求实" in row


def test_colour_only_when_asked(sample_article):
    assert ANSI.search(tree.render(sample_article, color=True))
    assert ANSI.search(table.render(sample_article, color=True))


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_needs_a_terminal_and_no_NO_COLOR(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert wants_color(_Terminal()) and not wants_color(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not wants_color(_Terminal())


def test_piped_tree_is_plain_text():
    out = cli(str(SAMPLE), "--format", "tree").stdout.decode("utf-8")
    assert "一、工作背景" in out and not ANSI.search(out)


def test_table_values_match_the_csv_enum():
    assert [t.value for t in CsvTable] == list(csvout.TABLES)


# --- CSV ------------------------------------------------------------------------------------


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _path(record: dict, section: str | None) -> str:
    by_id = {s["id"]: s for s in record["sections"]}
    chain = []
    while section:
        s = by_id[section]
        chain.insert(0, s["marker"] + s["title"])
        section = s["parent"]
    return " > ".join(chain)


def _containing(record: dict, pos: int) -> str | None:
    inside = [s["id"] for s in record["sections"] if s["body_span"][0] <= pos < s["body_span"][1]]
    return inside[-1] if inside else None


@pytest.fixture(scope="module")
def two_records() -> list[dict]:
    """The sample and one dev article as JSON records (dicts, as a script would read them)."""
    paths = [SAMPLE, DEV / "12_mee-chen-jining-13th-fyp-environment-report-excerpt.txt"]
    return [extract(p.read_text(encoding="utf-8"), path=str(p)).model_dump(mode="json") for p in paths]


@pytest.mark.parametrize("which", list(csvout.TABLES))
def test_csv_parses_back_to_the_json_values(two_records, which):
    out = csvout.render([Article.model_validate(r) for r in two_records], which)
    rows = list(csv.DictReader(io.StringIO(out.removeprefix(csvout.BOM), newline="")))
    expected = [(record, item) for record in two_records for item in record[which]]
    assert len(rows) == len(expected) > 0
    for row, (record, item) in zip(rows, expected, strict=True):
        assert row["path"] == record["source"]["path"]
        assert row["document_title"] == _cell(record["meta"]["title"])
        for key, value in item.items():
            if key in row:
                assert row[key] == _cell(value), (which, key)
        section = {"sections": item.get("id"), "documents": _containing(record, item["span"][0])}.get(
            which, item.get("section")
        )
        assert row["section_path"] == _path(record, section)
        assert [int(row["start"]), int(row["end"])] == item["span"]


def test_csv_command_writes_a_bom_and_one_table_for_all_inputs():
    dev = DEV / "12_mee-chen-jining-13th-fyp-environment-report-excerpt.txt"
    raw = cli(str(SAMPLE), str(dev), "--format", "csv", "--table", "dates").stdout
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert {r["path"] for r in rows} == {str(SAMPLE), str(dev)}
    assert any(r["text"] == "第一季度" and r["value"] == "2019-Q1" and r["inferred"] == "true" for r in rows)


def test_csv_quotes_commas_quotes_and_line_breaks():
    text = '《甲,"乙"\n丙》'
    article = Article(body_span=(0, len(text)), documents=[DocumentRef(title=text[1:-1], span=(1, len(text) - 1))])
    out = csvout.render([article], "documents")
    (row,) = list(csv.DictReader(io.StringIO(out.removeprefix(csvout.BOM), newline="")))
    assert row["title"] == '甲,"乙"\n丙'


def test_csv_streams_one_header():
    a = extract(SAMPLE.read_text(encoding="utf-8"))
    view = Renderer(format="csv")
    out = view.start() + view.record(a.model_dump(mode="json")) + view.record({"source": {}, "error": "x"})
    out += view.record(a.model_dump(mode="json"))
    rows = list(csv.reader(io.StringIO(out.removeprefix(csvout.BOM), newline="")))
    assert rows[0] == csvout.columns("metrics") and len(rows) == 1 + 2 * len(a.metrics)


# --- HTML -----------------------------------------------------------------------------------


class _Marks(HTMLParser):
    """Checks that tags nest and collects, per `data-i`, the text inside that item's pieces."""

    VOID = frozenset({"meta", "br"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.text: dict[int, str] = {}
        self.pieces: dict[int, int] = {}
        self.titles: dict[int, str] = {}
        self.kinds: dict[int, str] = {}
        self.ids: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.append(a["id"])
        if tag == "a":
            self.links.append(a.get("href", ""))
        if tag in self.VOID:
            return
        self.stack.append((tag, a.get("data-i")))
        if tag == "mark" and a.get("data-i") is not None:
            i = int(a["data-i"])
            self.pieces[i] = self.pieces.get(i, 0) + 1
            self.titles.setdefault(i, a.get("title", ""))
            self.kinds[i] = a["class"]
            self.text.setdefault(i, "")

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        for _, i in self.stack:
            if i is not None:
                self.text[int(i)] += data


def _parse(page: str) -> _Marks:
    parser = _Marks()
    parser.feed(page)
    parser.close()
    assert not parser.stack
    return parser


def _spans(article: Article) -> list[tuple[str, tuple[int, int]]]:
    out = [("measure", m.span) for m in article.measures]
    out += [("quotation", q.span) for q in article.quotations]
    out += [("initiative", i.span) for i in article.initiatives]
    out += [("document", d.span) for d in article.documents]
    out += [("term", s) for t in article.terms for s in t.spans]
    out += [("organization", s) for o in article.organizations for s in o.spans]
    out += [("metric", m.span) for m in article.metrics]
    out += [("date", d.span) for d in article.dates]
    return out


def test_report_marks_every_span_once(sample_article, sample_text):
    page = html.render(sample_article, sample_text)
    marks = _parse(page)
    spans = _spans(sample_article)
    assert sorted(marks.text) == list(range(len(spans)))
    for i, (kind, (a, b)) in enumerate(spans):
        assert marks.kinds[i] == kind and marks.text[i] == sample_text[a:b]
    assert sum(marks.pieces.values()) == len(re.findall(r"<mark [^>]*data-i=", page))


def test_report_shows_values_headings_and_outline(sample_article, sample_text):
    page = html.render(sample_article, sample_text)
    marks = _parse(page)
    quarter = next(i for i, t in marks.text.items() if t == "第一季度")
    assert "2019-Q1" in marks.titles[quarter] and "inferred" in marks.titles[quarter]
    anchors = [f"sec-{s.id}" for s in sample_article.sections]
    assert [i for i in marks.ids if i.startswith("sec-")] == anchors
    assert [link for link in marks.links if link.startswith("#")] == ["#" + a for a in anchors]
    chrome = re.search(r'<article class="text"><span class="chrome">(.*?)</span>', page, re.S)
    assert chrome and "当前位置" in chrome.group(1)


def test_report_is_self_contained(sample_article, sample_text):
    page = html.render(sample_article, sample_text).lower()
    for fetch in ("<script", "<link", " src=", "url(", "@import", "<iframe", "<img"):
        assert fetch not in page


def test_report_escapes_the_input():
    text = SAMPLE.read_text(encoding="utf-8").replace(
        "一、工作背景\n", '一、工作背景\n<script>alert("x")</script>\n', 1
    )
    article = extract(text)
    page = html.render(article, text)
    assert "<script" not in page
    assert "&lt;script&gt;alert" in page
    _parse(page)


def test_report_escapes_attribute_values():
    text = '正文《a"><b>》'
    doc = DocumentRef(title='a"><b>', span=(3, 9))
    page = html.render(Article(body_span=(0, len(text)), documents=[doc]), text)
    marks = _parse(page)
    assert marks.text[0] == 'a"><b>' and marks.titles[0] == 'document: 《a"><b>》'


def test_crossing_spans_are_split_and_still_nest():
    text = "甲乙丙丁戊己庚辛壬癸"
    article = Article(
        body_span=(1, 9),
        sections=[Section(id="1", parent=None, level=1, marker="一、", title="乙丙", span=(1, 3), body_span=(1, 9))],
        terms=[Term(text=text[2:6], kind="quoted", count=1, spans=[(2, 6)])],
        organizations=[Organization(name=text[4:10], count=1, spans=[(4, 10)])],
    )
    marks = _parse(html.render(article, text))
    assert marks.text == {0: text[2:6], 1: text[4:10]}
    assert marks.pieces[1] == 2  # split where the term ends and again where the body ends


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 12)), max_size=12), st.integers(0, 31))
def test_any_spans_give_well_formed_marks(pairs, body_end):
    text = "".join(chr(0x4E00 + i) for i in range(32))
    spans = [(a, min(a + n, len(text))) for a, n in pairs]
    article = Article(
        body_span=(min(3, body_end), body_end),
        organizations=[Organization(name="x", count=len(spans), spans=spans)] if spans else [],
    )
    marks = _parse(html.render(article, text))
    assert marks.text == {i: text[a:b] for i, (a, b) in enumerate(spans)}


def test_highlight_command_writes_the_page(tmp_path: Path):
    report = tmp_path / "report.html"
    cli("highlight", str(SAMPLE), "-o", str(report))
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'class="metric"' in page and "一、工作背景" in page


def test_highlight_wants_one_article():
    done = subprocess.run([sys.executable, "-m", "xuhui_extract", "highlight", str(DEV)], cwd=ROOT, capture_output=True)
    assert done.returncode == 2 and b"one article" in done.stderr
