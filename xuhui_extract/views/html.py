"""A self-contained HTML reading of one article with every extracted span marked.

For checking an extraction against its source: the article's own text, each
item a `<mark>` coloured by kind with its normalised value on hover (the
`title` attribute), page chrome greyed out, a legend, and the outline as a
side navigation of plain `#fragment` links (no script, font or stylesheet is
fetched, so the file opens anywhere, offline, as it is).

Spans nest (a measure holds initiatives, an initiative holds a metric). When
two spans cross, the one that starts later is split at the end of the one it
crosses, so the markup always nests; every piece of a split item carries the
same `data-i`, so an item is still one thing to count and to hover.
"""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass
from html import escape

from ..models import Article
from .common import Outline

# Each kind's background, in nesting order: of two marks over the same span, the earlier kind is the outer one.
COLOURS = {
    "measure": "#e8f1fb",
    "quotation": "#f3ecd7",
    "initiative": "#d5f0dc",
    "document": "#e4d6f5",
    "term": "#fbd8e6",
    "organization": "#fde3c8",
    "metric": "#ffd84d",
    "date": "#b9e6f0",
}
KINDS = tuple(COLOURS)
# Structure outside the marks: page chrome, then section headings (ranks below every kind's).
CHROME, HEADING = -2, -1
FONTS = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif'
STYLE = """
body { margin: 0; font-family: %(fonts)s; color: #222; background: #fff; }
nav { position: fixed; top: 0; left: 0; bottom: 0; width: 17rem; overflow-y: auto; padding: 1rem;
      box-sizing: border-box; border-right: 1px solid #ddd; background: #fafafa; font-size: 0.9rem; }
nav ul { list-style: none; margin: 0; padding-left: 1rem; }
nav > ul { padding-left: 0; }
nav li { margin: 0.3rem 0; }
nav a { color: #1d4f91; text-decoration: none; }
nav a:hover { text-decoration: underline; }
main { margin-left: 17rem; padding: 1rem 2rem 90vh; max-width: 48rem; }
h1 { font-size: 1.4rem; margin: 0 0 0.3rem; }
h2 { font-size: 1rem; margin: 0 0 0.5rem; }
.meta, .warnings { color: #666; font-size: 0.9rem; margin: 0.2rem 0; }
.legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; list-style: none; padding: 0; margin: 0.8rem 0;
          font-size: 0.9rem; }
.text { white-space: pre-wrap; line-height: 2; font-size: 1.05rem; border-top: 1px solid #ddd; padding-top: 1rem; }
mark { color: inherit; border-radius: 2px; }
mark:hover { outline: 1px solid #555; }
%(colours)s
mark.initiative { border-bottom: 2px solid #3a9a5b; }
mark.organization { border-bottom: 2px dotted #c26a1b; }
mark.metric, mark.date { font-weight: bold; }
.heading { font-weight: bold; font-size: 1.15em; scroll-margin-top: 1rem; }
.heading:target { background: #fff3a8; }
.chrome { color: #aaa; }
@media (max-width: 48rem) { nav { position: static; width: auto; border-right: 0; } main { margin-left: 0; } }
"""


@dataclass(frozen=True, order=True)
class Mark:
    """One span to wrap; ordered so that, of marks starting together, the outer one opens first."""

    start: int
    neg_end: int  # -end: at one start, the longer span is the outer one
    rank: int  # CHROME, HEADING, or the kind's index in KINDS (the outer kind first)
    id: int  # extracted items are 0..n-1 (their `data-i`); chrome and headings follow
    title: str = ""
    anchor: str = ""  # a heading's element id

    @property
    def end(self) -> int:
        return -self.neg_end

    def cut(self, start: int, end: int) -> Mark:
        return Mark(start, -end, self.rank, self.id, self.title, self.anchor)


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


def _join(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)


def items(article: Article) -> list[tuple[str, tuple[int, int], str]]:
    """(kind, span, hover text) for every extracted span: one per term or organisation occurrence."""
    out: list[tuple[str, tuple[int, int], str]] = []
    for m in article.measures:
        out.append(("measure", m.span, f"measure {m.ordinal} ({m.marker}): {m.title}"))
    for q in article.quotations:
        out.append(("quotation", q.span, f"quotation · speaker: {q.speaker or 'unknown'}"))
    for i in article.initiatives:
        actor = f"actor: {i.actor}" if i.actor else None
        out.append(("initiative", i.span, _join(f"{i.action} → {i.object}", actor, i.date, i.status)))
    for d in article.documents:
        out.append(("document", d.span, f"document: 《{d.title}》"))
    for t in article.terms:
        out.extend(("term", span, f"term ({t.kind}) ×{t.count}") for span in t.spans)
    for o in article.organizations:
        out.extend(("organization", span, f"organization ×{o.count}") for span in o.spans)
    for m in article.metrics:
        value = _num(m.value) + (f"–{_num(m.value_max)}" if m.value_max is not None else "")
        amount = ("≈" if m.approximate else "") + " ".join(p for p in (value, m.unit) if p)
        facts = [f"{k}: {v}" if v else None for k, v in (("subject", m.subject), ("topic", m.topic), ("date", m.date))]
        out.append(("metric", m.span, _join(amount, *facts)))
    for d in article.dates:
        out.append(("date", d.span, _join(d.value, d.granularity, "inferred" if d.inferred else None)))
    return out


def _marks(article: Article, length: int) -> list[Mark]:
    found = items(article)
    marks = [Mark(a, -b, KINDS.index(kind), n, title) for n, (kind, (a, b), title) in enumerate(found)]
    n = len(found)
    for k, s in enumerate(article.sections):
        marks.append(Mark(s.span[0], -s.span[1], HEADING, n + k, anchor=f"sec-{s.id}"))
    start, end = article.body_span
    n += len(article.sections)
    marks += [Mark(0, -start, CHROME, n), Mark(end, -length, CHROME, n + 1)]
    return [m for m in marks if m.start < m.end]


def _open(mark: Mark, first: bool) -> str:
    if mark.rank == CHROME:
        return '<span class="chrome">'
    if mark.rank == HEADING:
        return f'<span class="heading" id="{escape(mark.anchor)}">' if first else '<span class="heading">'
    return f'<mark class="{KINDS[mark.rank]}" data-i="{mark.id}" title="{escape(mark.title)}">'


def _close(mark: Mark) -> str:
    return "</mark>" if mark.rank >= 0 else "</span>"


def marked_text(article: Article, text: str) -> str:
    """The text, escaped, with every span wrapped; crossing spans are split so tags always nest."""
    heap = _marks(article, len(text))
    heapq.heapify(heap)
    out: list[str] = []
    stack: list[Mark] = []
    opened: set[int] = set()
    pos = 0

    def advance(to: int) -> None:
        nonlocal pos
        out.append(escape(text[pos:to], quote=False))
        pos = to

    def close_until(limit: int) -> None:
        while stack and stack[-1].end <= limit:
            advance(stack[-1].end)
            out.append(_close(stack.pop()))

    while heap:
        mark = heapq.heappop(heap)
        close_until(mark.start)
        advance(mark.start)
        if stack and mark.end > stack[-1].end:  # crosses the mark it starts in: split at that mark's end
            heapq.heappush(heap, mark.cut(stack[-1].end, mark.end))
            mark = mark.cut(mark.start, stack[-1].end)
        out.append(_open(mark, mark.id not in opened))
        opened.add(mark.id)
        stack.append(mark)
    close_until(len(text))
    advance(len(text))
    return "".join(out)


def _outline(article: Article) -> str:
    """Nested lists of links to the headings, by the sections' parent ids."""
    outline = Outline(article)
    children: dict[str | None, list[str]] = {}
    for s in article.sections:
        children.setdefault(s.parent, []).append(s.id)

    def branch(parent: str | None) -> str:
        entries = [
            f'<li><a href="#sec-{escape(i)}">{escape(outline.heading(i))}</a>{branch(i)}</li>'
            for i in children.get(parent, [])
        ]
        return f"<ul>{''.join(entries)}</ul>" if entries else ""

    return branch(None) or '<p class="meta">No numbered headings found.</p>'


def _legend(article: Article) -> str:
    counts = Counter(kind for kind, _, _ in items(article))
    entries = [f'<li><mark class="{k}">{k}</mark> {counts[k]}</li>' for k in KINDS]
    entries.append('<li><span class="chrome">page chrome</span></li>')
    return f'<ul class="legend">{"".join(entries)}</ul>'


def render(article: Article, text: str | None = None) -> str:
    """The whole HTML page for `article`, whose spans index `text` (default: `article.text`)."""
    text = article.text if text is None else text
    if text is None:
        raise ValueError("the article's text is needed to show its spans (extract with include_text)")
    meta = article.meta
    title = meta.title or article.source.path or "article"
    facts = _join(meta.date, meta.author, meta.site, f"{meta.views} views" if meta.views is not None else None)
    colours = "\n".join(f"mark.{k} {{ background: {c}; }}" for k, c in COLOURS.items())
    warnings = "".join(f'<p class="warnings">⚠ {escape(w)}</p>' for w in article.warnings)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{STYLE % {"fonts": FONTS, "colours": colours}}</style>
</head>
<body>
<nav aria-label="outline"><h2>Outline</h2>{_outline(article)}</nav>
<main>
<header>
<h1>{escape(title)}</h1>
<p class="meta">{escape(facts)}</p>
<p class="meta">{escape(article.source.path or "")}</p>
{warnings}{_legend(article)}
</header>
<article class="text">{marked_text(article, text)}</article>
</main>
</body>
</html>
"""
