"""xuhui-extract: Chinese public-sector articles → validated, source-grounded JSON.

    >>> from xuhui_extract import extract
    >>> article = extract(open("article.txt", encoding="utf-8").read())
    >>> article.metrics[0].value, article.metrics[0].unit

Nothing heavy is imported here: jieba, cn2an and pydantic load on first use,
so `xuhui-extract --version` and `--help` start at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["Article", "__version__", "extract", "extract_bytes"]

if TYPE_CHECKING:
    from .models import Article


def extract(text: str, path: str | None = None) -> Article:
    """Extract one article from its decoded text; spans index `text` as given."""
    from .pipeline import run

    return run(text, path=path)


def extract_bytes(
    raw: bytes, path: str | None = None, encoding: str | None = None, *, include_text: bool = False
) -> Article:
    """Decode `raw` (detecting the encoding unless given), read it as a web page if it is one, then extract.

    Spans index the decoded text, or for a web page the text read from it;
    that text is in `article.text` whenever it is not the decoded file itself,
    and always with `include_text`.
    """
    # One import of the package's modules: `from .decode import decode` and the like cost
    # three times as much each, and this runs for every document of a batch.
    from . import decode as decoding
    from . import pipeline, webpage

    decoded = decoding.decode(raw, encoding)
    text, known, warnings = decoded.text, None, list(decoded.warnings)
    if webpage.is_html(text, path):
        page = webpage.read(text)
        text, warnings = page.text, warnings + page.warnings
        known = page.meta
    article = pipeline.run(text, path=path, raw=raw, encoding=decoded.encoding, known=known)
    article.warnings[:0] = warnings
    if include_text or known is not None:
        article.text = text
    return article


def __getattr__(name: str):
    if name == "Article":
        from .models import Article

        return Article
    raise AttributeError(name)
