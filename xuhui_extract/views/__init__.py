"""Views for people: the same records as an outline tree, tables, CSV or highlighted HTML.

Each view module is a pure function from `Article`(s) to text; `Renderer`
picks one for the command line's `--format` and streams records through it.
Only light modules are imported here: rich and pydantic load when a view runs.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TextIO


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    tree = "tree"
    table = "table"
    csv = "csv"


class CsvTable(StrEnum):
    metrics = "metrics"
    initiatives = "initiatives"
    measures = "measures"
    dates = "dates"
    sections = "sections"
    documents = "documents"


def wants_color(stream: TextIO) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return not os.environ.get("NO_COLOR") and stream.isatty()


@dataclass
class Renderer:
    """Turns one record after another into the chosen format's text.

    `start()` is written once before the records (the CSV header), so a corpus
    streams through in flat memory. Error records become JSON lines only;
    the human views leave them to the message on standard error.
    """

    format: Format = Format.json
    table: CsvTable = CsvTable.metrics
    indent: int | None = None
    color: bool = False
    width: int = 80
    _count: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self.format, self.table = Format(self.format), CsvTable(self.table)

    @classmethod
    def to(cls, stream: TextIO, format: Format, table: CsvTable, indent: int | None) -> Renderer:
        """A renderer for `stream`: coloured and as wide as the terminal if it is one, else plain and 80 wide."""
        color = wants_color(stream)
        width = shutil.get_terminal_size().columns if stream.isatty() else 80
        return cls(format, table, indent, color, width)

    def start(self) -> str:
        if self.format is Format.csv:
            from . import csvout

            return csvout.render([], self.table.value)
        return ""

    def record(self, record: dict) -> str:
        if self.format in (Format.json, Format.jsonl):
            from ..output import dumps

            return dumps(record, self.indent) + "\n"
        if "error" in record:
            return ""
        from ..models import Article

        article = Article.model_validate(record)
        self._count += 1
        if self.format is Format.csv:
            from . import csvout

            return csvout.render([article], self.table.value, header=False)
        from . import table, tree

        view = tree if self.format is Format.tree else table
        return ("\n" if self._count > 1 else "") + view.render(article, self.width, self.color)
