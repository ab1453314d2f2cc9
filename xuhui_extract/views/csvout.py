"""One flat CSV table across many articles, for spreadsheets.

Each row is one item (a metric, an initiative, …) with the document it came
from and the full heading path of its section, so rows from 500 articles can
be sorted and filtered in one sheet. The text starts with a byte order mark:
without it Excel reads UTF-8 as the local code page and garbles Chinese.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from ..models import Article
from .common import Outline

BOM = "\ufeff"
DOCUMENT_COLUMNS = ("path", "document_title")
SECTION_COLUMNS = ("section", "section_path")
SPAN_COLUMNS = ("start", "end")

# Per table: the item's own columns, read straight off the model by name.
ITEM_COLUMNS: dict[str, tuple[str, ...]] = {
    "metrics": ("text", "value", "value_max", "approximate", "unit", "subject", "topic", "date"),
    "initiatives": ("text", "action", "object", "actor", "date", "status", "measure"),
    "measures": ("id", "ordinal", "marker", "title", "text"),
    "dates": ("text", "value", "granularity", "inferred"),
    "sections": ("id", "parent", "level", "marker", "title"),
    "documents": ("title",),
}
TABLES = tuple(ITEM_COLUMNS)


def columns(table: str) -> list[str]:
    return [*DOCUMENT_COLUMNS, *ITEM_COLUMNS[table], *SECTION_COLUMNS, *SPAN_COLUMNS]


def cell(value: Any) -> str:
    """Spreadsheet text for a JSON value: empty for null, true/false for booleans."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def rows(article: Article, table: str) -> list[list[str]]:
    """The table's rows for one article, in document order."""
    outline = Outline(article)
    lead = [article.source.path, article.meta.title]
    out = []
    for item in getattr(article, table):
        section = _section(item, table, outline)
        values = [*lead, *(getattr(item, name) for name in ITEM_COLUMNS[table])]
        values += [section, outline.path(section), *item.span]
        out.append([cell(v) for v in values])
    return out


def _section(item: Any, table: str, outline: Outline) -> str | None:
    """A section's row names itself; documents carry no section, so it is looked up by offset."""
    if table == "sections":
        return item.id
    if table == "documents":
        return outline.at(item.span[0])
    return item.section


def render(articles: Iterable[Article], table: str = "metrics", header: bool = True) -> str:
    """CSV text: (BOM and header row when `header`) then every article's rows.

    With `header=False` the text continues an earlier call's, which lets the
    command line stream a corpus one document at a time.
    """
    if table not in ITEM_COLUMNS:
        raise ValueError(f"unknown table {table!r}; one of {', '.join(TABLES)}")
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    if header:
        buffer.write(BOM)
        writer.writerow(columns(table))
    for article in articles:
        writer.writerows(rows(article, table))
    return buffer.getvalue()
