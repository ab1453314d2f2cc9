"""Rich plumbing shared by the tree and table views: the metadata panel and text capture.

Views return text, not print it, so they stay pure and testable; the colour
decision belongs to the caller, who knows whether the output is a terminal.
"""

from __future__ import annotations

from rich.console import Console, RenderableType
from rich.panel import Panel
from rich.text import Text

from ..models import Article

KIND_STYLES = {
    "section": "bold",
    "measure": "bold cyan",
    "initiative": "green",
    "metric": "bold yellow",
    "date": "magenta",
    "document": "blue",
    "term": "red",
    "organization": "bright_black",
}


def meta_panel(article: Article) -> Panel:
    """The article's title over one line of date, author, site, views and breadcrumb."""
    meta = article.meta
    title = meta.title or article.source.path or "(untitled)"
    facts = [meta.date, meta.author, meta.site, f"{meta.views} views" if meta.views is not None else None]
    lines = Text(title, style="bold")
    details = " · ".join(f for f in facts if f)
    if details:
        lines.append("\n" + details, style="dim")
    if meta.breadcrumb:
        lines.append("\n" + " › ".join(meta.breadcrumb), style="dim")
    path = article.source.path
    subtitle = Text(path, style="dim") if meta.title and path else None
    return Panel(lines, subtitle=subtitle, subtitle_align="right", expand=False)


def capture(renderables: list[RenderableType], width: int, color: bool) -> str:
    """Render to a string `width` cells wide, with ANSI colour only when `color`.

    Rich measures East Asian wide characters as two cells, so Chinese stays
    aligned in trees and table columns.
    """
    console = Console(
        width=width,
        force_terminal=color,
        no_color=not color,
        color_system="auto" if color else None,
        highlight=False,
        emoji=False,
        legacy_windows=False,
    )
    with console.capture() as captured:
        for renderable in renderables:
            console.print(renderable)
    return captured.get()
