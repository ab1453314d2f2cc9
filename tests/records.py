"""What must not change when only the form of an input changes (encoding, line endings, HTML wrapping).

Spans are left out — they index each input's own text — and so is the
whitespace inside item text, since line endings may differ.
"""

from __future__ import annotations


def _t(s: str | None) -> str | None:
    return "".join(s.split()) if s is not None else None


def content(record: dict) -> dict:
    """Sections, measures, metrics and dates of a record (a `model_dump` or parsed JSON), spans left out."""
    return {
        "sections": [(s["id"], s["parent"], s["level"], s["marker"], _t(s["title"])) for s in record["sections"]],
        "measures": [
            (m["section"], m["ordinal"], m["marker"], _t(m["title"]), _t(m["text"])) for m in record["measures"]
        ],
        "metrics": [
            (_t(m["text"]), m["value"], m["unit"], m["subject"], m["date"], m["section"]) for m in record["metrics"]
        ],
        "dates": [(_t(d["text"]), d["value"], d["granularity"], d["inferred"], d["section"]) for d in record["dates"]],
    }


def spans_slice_back(article, text: str) -> list[str]:
    """Every item whose span does not slice `text` back to the item's text (empty when all do)."""
    bad = []
    for item in [*article.measures, *article.initiatives, *article.metrics, *article.dates, *article.quotations]:
        if text[item.span[0] : item.span[1]] != item.text:
            bad.append(f"{type(item).__name__} {item.span} {item.text!r}")
    for m in article.metrics:
        if not (m.sentence_span[0] <= m.span[0] and m.span[1] <= m.sentence_span[1]):
            bad.append(f"metric outside its sentence {m.span} {m.sentence_span}")
    for d in article.documents:
        if text[d.span[0] : d.span[1]] != d.title:
            bad.append(f"document {d.span} {d.title!r}")
    for t in article.terms:
        bad += [f"term {s} {t.text!r}" for s in t.spans if text[s[0] : s[1]] != t.text]
    for o in article.organizations:
        bad += [f"organization {s} {o.name!r}" for s in o.spans if text[s[0] : s[1]] != o.name]
    for s in article.sections:
        if s.title not in text[s.span[0] : s.span[1]]:
            bad.append(f"section {s.id} title {s.title!r} not in its span {s.span}")
    return bad


def sections_nest(article) -> list[str]:
    """Broken nesting: a heading outside its own body, a section outside its parent's body, overlapping headings."""
    by_id = {s.id: s for s in article.sections}
    bad = []
    for s in article.sections:
        if not (s.body_span[0] == s.span[0] and s.span[1] <= s.body_span[1]):
            bad.append(f"section {s.id}: heading {s.span} outside its body {s.body_span}")
        parent = by_id.get(s.parent) if s.parent else None
        if s.parent and parent is None:
            bad.append(f"section {s.id}: unknown parent {s.parent}")
        elif parent and not (parent.span[1] <= s.span[0] and s.body_span[1] <= parent.body_span[1]):
            bad.append(f"section {s.id} {s.span}–{s.body_span} not inside parent {parent.id} {parent.body_span}")
        if s.level != (parent.level + 1 if parent else 1):
            bad.append(f"section {s.id}: level {s.level} under {parent.id if parent else 'the top'}")
    for a, b in zip(article.sections, article.sections[1:], strict=False):
        if a.span[1] > b.span[0]:
            bad.append(f"headings {a.id} {a.span} and {b.id} {b.span} overlap")
    return bad
