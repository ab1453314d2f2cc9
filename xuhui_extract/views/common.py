"""What every view needs: section headings and paths, and short labels.

Items carry only a section id; people need the heading it stands for, and a
spreadsheet row needs the whole path (`二、基本做法 > (三)注重创新求实…`)
because ids like "2.3" mean nothing outside the record.
"""

from __future__ import annotations

from ..models import Article
from ..outline import SectionIndex

PATH_SEPARATOR = " > "


class Outline:
    """Headings of one article by section id, and the section holding any offset."""

    def __init__(self, article: Article) -> None:
        self._by_id = {s.id: s for s in article.sections}
        self._index = SectionIndex(article.sections)

    def heading(self, section: str | None) -> str:
        """Marker and title as written, e.g. `(三)注重创新求实,提高党建工作质量`; "" outside the outline."""
        s = self._by_id.get(section or "")
        return f"{s.marker}{s.title}" if s else ""

    def path(self, section: str | None) -> str:
        """The headings from the top level down to this section, joined by ` > `."""
        chain = []
        s = self._by_id.get(section or "")
        while s is not None:
            chain.append(f"{s.marker}{s.title}")
            s = self._by_id.get(s.parent or "")
        return PATH_SEPARATOR.join(reversed(chain))

    def at(self, pos: int) -> str | None:
        """Id of the innermost section whose body holds `pos` (for items that carry no section)."""
        return self._index.at(pos)


def clip(text: str | None, limit: int) -> str:
    """`text` cut to `limit` characters with an ellipsis, so one long phrase cannot swamp a line."""
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
