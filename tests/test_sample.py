"""The reference article against its hand-made answer (tests/data/gold), field by field."""

from __future__ import annotations

import unicodedata


def norm(s: object) -> str:
    return "".join(unicodedata.normalize("NFKC", str(s or "")).split())


def test_meta(sample_article, sample_gold):
    meta = sample_article.meta.model_dump()
    for key, expected in sample_gold["meta"].items():
        if key == "breadcrumb":
            assert [norm(x) for x in meta[key]] == [norm(x) for x in expected]
        elif key == "views":
            assert meta[key] == expected
        else:
            assert norm(meta[key]) == norm(expected), key


def test_body_excludes_chrome(sample_article, sample_text):
    start, end = sample_article.body_span
    body = sample_text[start:end]
    assert "当前位置" not in body and "ICP" not in body and "阅读" not in body
    assert body.startswith("习近平总书记在中央全面依法治国委员会")


def test_sections(sample_article, sample_gold):
    by_id = {s.id: s for s in sample_article.sections}
    got = [(s.level, norm(s.title), norm(by_id[s.parent].title) if s.parent else "") for s in sample_article.sections]
    want = [(g["level"], norm(g["title"]), norm(g["parent"])) for g in sample_gold["sections"]]
    assert got == want
    assert [s.marker for s in sample_article.sections] == [g["marker"] for g in sample_gold["sections"]]


def test_measures(sample_article, sample_gold):
    by_id = {s.id: s for s in sample_article.sections}
    got = [(norm(by_id[m.section].title), m.ordinal, m.marker, norm(m.title)) for m in sample_article.measures]
    want = [(norm(g["section"]), g["ordinal"], g["marker"], norm(g["title"])) for g in sample_gold["measures"]]
    assert got == want


def test_metrics(sample_article, sample_gold):
    got = {(m.value, m.unit, m.subject) for m in sample_article.metrics}
    want = {(g["value"], g["unit"], g["subject"]) for g in sample_gold["metrics"]}
    assert got == want
    forbidden = set(sample_gold["forbidden_metric_values"])
    assert not [m for m in sample_article.metrics if m.value in forbidden]
    topics = {m.subject: m.topic for m in sample_article.metrics}
    assert topics["支部"] == "一肩挑"
    dated = {m.subject: m.date for m in sample_article.metrics}
    assert dated["政治轮训"] == "2018"


def test_dates(sample_article, sample_gold):
    got = {(d.value, d.text, d.inferred) for d in sample_article.dates}
    want = {(g["value"], g["text"], g.get("inferred", False)) for g in sample_gold["dates"]}
    assert got == want


def test_documents_terms_quotations(sample_article, sample_gold):
    assert {norm(d.title) for d in sample_article.documents} == {norm(t) for t in sample_gold["documents"]}
    assert {(t.text, t.kind) for t in sample_article.terms} == {(g["text"], g["kind"]) for g in sample_gold["terms"]}
    got = [(q.speaker, q.text) for q in sample_article.quotations]
    assert len(got) == len(sample_gold["quotations"])
    for (speaker, text), g in zip(got, sample_gold["quotations"], strict=True):
        assert speaker == g["speaker"] and norm(text).startswith(norm(g["text_starts"]))


def test_initiatives_recall(sample_article, sample_gold):
    for g in sample_gold["initiatives"]:
        match = [
            i
            for i in sample_article.initiatives
            if (g["action"] in i.action or i.action in g["action"]) and norm(g["object"]) in norm(i.object)
        ]
        assert match, g
        if "date" in g:
            assert match[0].date == g["date"], g
        assert match[0].status == g.get("status", "done"), g


def _close(a: str, b: str) -> bool:
    """The scorer's rule: equal, or one a prefix/suffix of the other with little left over."""
    short, long_ = sorted((norm(a), norm(b)), key=len)
    return short == long_ or (
        len(short) >= 3 and len(long_) <= len(short) + 6 and (long_.endswith(short) or long_.startswith(short))
    )


def test_organizations_recall(sample_article, sample_gold):
    names = [o.name for o in sample_article.organizations]
    for g in sample_gold["organizations"]:
        assert any(_close(n, g) for n in names), g


def test_every_span_slices_back(sample_article, sample_text):
    a = sample_article
    for item in [*a.measures, *a.initiatives, *a.metrics, *a.dates, *a.quotations]:
        assert sample_text[item.span[0] : item.span[1]] == item.text
    for d in a.documents:
        assert sample_text[d.span[0] : d.span[1]] == d.title
    for t in a.terms:
        assert all(sample_text[s:e] == t.text for s, e in t.spans)
    for o in a.organizations:
        assert all(sample_text[s:e] == o.name for s, e in o.spans)
    for s in a.sections:
        assert s.title in sample_text[s.span[0] : s.span[1]]
