"""Saved web pages: the main text and the page's own metadata, read offline.

A page is HTML by its name (.html, .htm …) or by how it starts (<!DOCTYPE
html>, <html>). trafilatura finds the article among navigation, sidebars and
footers; the title, date, author and site come from the page's own <meta>
tags first (government CMSs write ArticleTitle, PubDate, SiteName — the names
are in `lexicon/meta_tags.txt`), then from trafilatura's reading of the page.

The text every span indexes is the title, a blank line, and the main text,
so the chrome stage finds the title where it finds it in a plain article.

Parsing is offline and inert: lxml's HTML parser with network access off,
an internal DTD subset (where entities would be declared) cut out before
parsing, and nothing fetched — no stylesheets, images, or URLs. trafilatura
and lxml are imported only here, so plain-text runs never load them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath

from . import lexicon
from .models import Meta

SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_START = re.compile(
    r"\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_TAG = re.compile(r"<[A-Za-z!/]")
_XML_DECL = re.compile(r"\A(\ufeff?\s*)<\?xml[^>]*>", re.I)
_DOCTYPE = re.compile(r"<!DOCTYPE[^>\[]*(?:\[.*?\]\s*)?>", re.I | re.S)
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_SNIFF = 4096
_BLOCKS = (
    *("p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "blockquote", "pre", "hr"),
    *("h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "nav", "section", "article", "aside", "main"),
)


@dataclass
class Page:
    """What a page yields: the text to extract from, and the metadata the page states itself."""

    text: str
    meta: Meta = field(default_factory=Meta)
    warnings: list[str] = field(default_factory=list)


def is_html(text: str, path: str | None = None) -> bool:
    """An HTML page by its file name (when it has any tag) or by its first characters."""
    # Every suffix holds "htm", and a path holds its suffix: most paths are settled without a path object.
    if path and "htm" in path.lower() and PurePath(path).suffix.lower() in SUFFIXES and _TAG.search(text, 0, 65536):
        return True
    return _START.match(text, 0, _SNIFF) is not None  # (as on `text[:_SNIFF]`, without the copy)


def read(markup: str) -> Page:
    """The main text and metadata of a page (already decoded to `str`)."""
    import trafilatura
    from lxml import etree
    from lxml import html as lxml_html

    markup = _DOCTYPE.sub("<!DOCTYPE html>", _XML_DECL.sub(r"\1", markup), count=1)
    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, collect_ids=False)
    try:
        tree = lxml_html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        return Page(text="", warnings=["html: the page has no content to read"])
    own = _meta_tags(tree)
    found = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=True, include_images=False
    )
    whole = _page_text(tree)  # after trafilatura: this strips the tree
    bars = _chrome(whole)
    warnings: list[str] = []
    body = (found.text if found else None) or ""
    if not body.strip():
        body = whole
        warnings.append("html: no main article found; using all the text of the page")
    title = own.get("title") or (found.title if found else None)
    return Page(
        text=_with_title(title, body.strip()),
        meta=Meta(
            title=title,
            date=_iso(own.get("date")) or _iso(found.date if found else None) or bars.date,
            author=own.get("author") or (found.author if found else None) or bars.author,
            views=bars.views,
            breadcrumb=bars.breadcrumb,
            site=own.get("site") or (found.sitename if found else None) or bars.site,
        ),
        warnings=warnings,
    )


def _page_text(tree) -> str:
    """All the visible text of the page, a line per block (the header bars, the 当前位置 line, the footer)."""
    for el in list(tree.iter("script", "style", "noscript", "template", "head")):
        el.drop_tree()
    for el in tree.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _chrome(whole: str):
    """What the page's own chrome says (breadcrumb, views, date and author lines), read as in plain text."""
    from . import chrome
    from .document import split_lines

    return chrome.find(whole, split_lines(whole))


def _with_title(title: str | None, body: str) -> str:
    """Title, blank line, body — unless the body already opens with the title."""
    if not title or body.startswith(title):
        return body + "\n" if body else ""
    return f"{title}\n\n{body}\n"


def _meta_tags(tree) -> dict[str, str]:
    """Field → value from `<meta name|property=… content=…>`, the first listed name that the page has."""
    metas: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("name") or el.get("property") or "").strip().lower()
        content = " ".join((el.get("content") or "").split())
        if key and content and key not in metas:
            metas[key] = content
    out: dict[str, str] = {}
    for line in lexicon.words("meta_tags"):
        name, _, keys = line.partition(":")
        for key in keys.split():
            if key.lower() in metas:
                out[name.strip()] = metas[key.lower()]
                break
    return out


def _iso(value: str | None) -> str | None:
    m = _DATE.search(value or "")
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None
