"""The outline as a tree: sections, and under each its measures, initiatives, metrics and dates.

The shape a reader checks first: is the outline right, and did each measure
pick up the actions and figures written inside it? Items inside a measure's
span hang under that measure, the rest under their section, and items outside
the outline under the root; siblings stay in reading order.
"""

from __future__ import annotations

from typing import NamedTuple

from rich.console import Group
from rich.text import Text
from rich.tree import Tree

from ..models import Article, Measure
from .common import clip
from .richtext import KIND_STYLES, capture, meta_panel

OBJECT_CHARS = 28


class _Node(NamedTuple):
    pos: int
    rank: int  # at equal positions a section goes before a measure, a measure before what it holds
    parent: str | None
    key: str | None  # how children refer to this node; None for leaves
    label: Text


def _label(kind: str, head: str, rest: str = "") -> Text:
    """`kind head  rest`: the kind dim (so plain text still says what a line is), the head coloured."""
    label = Text(f"{kind} ", style="dim")
    label.append(head, style=KIND_STYLES[kind])
    if rest:
        label.append(f"  {rest}", style="dim")
    return label


def _join(*parts: str | None, sep: str = " · ") -> str:
    return sep.join(p for p in parts if p)


def _measure_at(pos: int, measures: list[Measure]) -> str | None:
    return next((m.id for m in measures if m.span[0] <= pos < m.span[1]), None)


def _nodes(article: Article) -> list[_Node]:
    nodes = []
    for s in article.sections:
        label = Text(s.marker, style="cyan")
        label.append(s.title, style=KIND_STYLES["section"])
        nodes.append(_Node(s.span[0], 0, s.parent, s.id, label))
    for m in article.measures:
        nodes.append(_Node(m.span[0], 1, m.section, m.id, _label("measure", f"{m.ordinal} {m.title}", m.marker)))
    leaves: list[tuple[int, str | None, Text]] = []
    for i in article.initiatives:
        head = f"{i.action} {clip(i.object, OBJECT_CHARS)}"
        leaves.append((i.span[0], i.section, _label("initiative", head, _join(i.date, i.status))))
    for m in article.metrics:
        value = f"{m.value}–{m.value_max}" if m.value_max is not None else f"{m.value}"
        head = _join(value, m.unit, m.subject, sep=" ")
        leaves.append((m.span[0], m.section, _label("metric", head, _join(m.topic, m.date))))
    for d in article.dates:
        leaves.append((d.span[0], d.section, _label("date", d.value, d.text + (" (inferred)" if d.inferred else ""))))
    for pos, section, label in leaves:
        nodes.append(_Node(pos, 2, _measure_at(pos, article.measures) or section, None, label))
    return sorted(nodes, key=lambda n: (n.pos, n.rank))


def build(article: Article) -> Group:
    """The metadata panel over the outline tree, as a rich renderable."""
    root = Tree(Text(article.meta.title or article.source.path or "(untitled)", style="bold"), guide_style="dim")
    trees: dict[str | None, Tree] = {None: root}
    for node in _nodes(article):
        branch = trees.get(node.parent, root).add(node.label)
        if node.key is not None:
            trees[node.key] = branch
    return Group(meta_panel(article), root)


def render(article: Article, width: int = 80, color: bool = False) -> str:
    """The tree as text `width` cells wide; ANSI colour only when `color`."""
    return capture([build(article)], width, color)
