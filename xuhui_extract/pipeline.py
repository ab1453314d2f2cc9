"""The ordered stages: decoded text → `Article`.

Each stage is a pure function over the shared `Document` (and what earlier
stages found); this module only decides the order and assembles the record.
"""

from __future__ import annotations

import hashlib

from . import chrome, dates, initiatives, keywords, measures, metrics, orgs, outline, quotes
from .document import Document, split_lines
from .models import Article, Meta

_META_FIELDS = tuple(Meta.model_fields)


def run(
    text: str,
    *,
    path: str | None = None,
    raw: bytes | None = None,
    encoding: str = "utf-8",
    known: Meta | None = None,
) -> Article:
    """Extract everything from one decoded text.

    `known` is metadata the source states itself (a web page's <meta> tags);
    its fields win over what the chrome stage reads from the text, and its
    date anchors relative dates (今年, 第一季度) as the page date does.
    """
    warnings: list[str] = []
    if not text.strip():
        warnings.append("empty input: no text to extract from")
    lines = split_lines(text)
    page = chrome.find(text, lines)
    if known is not None:
        _prefer(page, known)
    doc = Document(text, lines, page.body)
    if text.strip() and not any("\u4e00" <= ch <= "\u9fff" for ch in doc.view):
        warnings.append("no Chinese text in the body: little will be found")

    sections = outline.extract(doc, warnings)
    index = outline.SectionIndex(sections)
    found_measures = measures.extract(doc, index)
    found_dates = dates.extract(doc, index, page.date, page.title)
    found_orgs = orgs.with_issuers(orgs.extract(doc), text, lines, page.title, page.body[0])
    # Source and Meta as plain data: the Article's one validation builds them (a model per call costs more).
    return Article(  # type: ignore[call-arg]  # pydantic builds Source and Meta from the plain data
        source={  # type: ignore[arg-type]
            "path": path,
            "encoding": encoding,
            "sha256": hashlib.sha256(raw if raw is not None else text.encode("utf-8")).hexdigest(),
            "chars": len(text),
        },
        meta={name: getattr(page, name) for name in _META_FIELDS},  # type: ignore[arg-type]
        body_span=page.body,
        sections=sections,
        measures=found_measures,
        initiatives=initiatives.extract(doc, index, found_measures, found_dates, found_orgs),
        metrics=metrics.extract(doc, index, found_dates),
        dates=found_dates,
        documents=quotes.documents(doc),
        terms=quotes.terms(doc),
        quotations=quotes.quotations(doc),
        organizations=found_orgs,
        keywords=keywords.extract(doc),
        warnings=warnings,
    )


def _prefer(page: chrome.Chrome, known: Meta) -> None:
    for name in ("title", "date", "author", "views", "site", "breadcrumb"):
        value = getattr(known, name)
        if value:
            setattr(page, name, value)
