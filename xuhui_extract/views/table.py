"""Rich tables: the outline, then metrics, dates, documents, terms and organisations.

For checking values side by side: every metric with its unit, subject and
section in one column each. A kind with nothing found gets no table.
"""

from __future__ import annotations

from rich import box
from rich.table import Table
from rich.text import Text

from ..models import Article
from .common import Outline
from .richtext import KIND_STYLES, capture, meta_panel


def _table(title: str, kind: str, headers: list[str], rows: list[list[object]]) -> Table | None:
    if not rows:
        return None
    table = Table(title=Text(title, style="bold"), title_justify="left", box=box.SIMPLE_HEAD, expand=False)
    for i, header in enumerate(headers):
        table.add_column(header, style=KIND_STYLES[kind] if i == 0 else None, overflow="fold")
    for row in rows:
        table.add_row(*(Text("" if v is None else str(v)) for v in row))
    return table


def _tick(flag: bool | None) -> str:
    return "yes" if flag else ""


def tables(article: Article) -> list[Table]:
    """One table per kind that has items, in the order a reader checks them."""
    outline = Outline(article)
    found = [
        _table(
            "Outline",
            "section",
            ["id", "heading"],
            [[s.id, "  " * (s.level - 1) + outline.heading(s.id)] for s in article.sections],
        ),
        _table(
            "Metrics",
            "metric",
            ["value", "unit", "subject", "topic", "date", "section"],
            [
                [
                    f"{'~' if m.approximate else ''}{m.value}" + (f"–{m.value_max}" if m.value_max is not None else ""),
                    m.unit,
                    m.subject,
                    m.topic,
                    m.date,
                    outline.heading(m.section),
                ]
                for m in article.metrics
            ],
        ),
        _table(
            "Dates",
            "date",
            ["value", "text", "granularity", "inferred", "section"],
            [[d.value, d.text, d.granularity, _tick(d.inferred), outline.heading(d.section)] for d in article.dates],
        ),
        _table(
            "Documents",
            "document",
            ["title", "section"],
            [[f"《{d.title}》", outline.heading(outline.at(d.span[0]))] for d in article.documents],
        ),
        _table("Terms", "term", ["term", "kind", "count"], [[t.text, t.kind, t.count] for t in article.terms]),
        _table(
            "Organisations",
            "organization",
            ["name", "count"],
            [[o.name, o.count] for o in article.organizations],
        ),
    ]
    return [t for t in found if t is not None]


def render(article: Article, width: int = 80, color: bool = False) -> str:
    """The metadata panel and the tables as text `width` cells wide; ANSI colour only when `color`."""
    return capture([meta_panel(article), *tables(article)], width, color)
