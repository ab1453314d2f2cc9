"""The output contract as pydantic models: the single source of truth.

`../shared/contract.md` summarises these models; `xuhui-extract schema` prints
their JSON Schema. Every item that points into the text carries a `span`
(`[start, end]`, code-point offsets into the decoded input) whose slice equals
the item's `text`/`title`/`name`; `spans.item()` is the one place items are
made from spans, so that invariant cannot break.

No `from __future__ import annotations` here: pydantic would then evaluate every
field's annotation from its string when building the models, at each start.
"""

from functools import cache
from typing import Annotated, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

SCHEMA_VERSION = "1"

Span = Annotated[tuple[int, int], Field(description="[start, end] code-point offsets into the decoded text")]
Number = int | float
Status = Literal["done", "ongoing", "planned"]
Granularity = Literal["year", "half", "quarter", "month", "day"]


def _empty() -> list:
    """A new empty list, as `list()`: pydantic reads a default factory's signature, and a
    builtin's (`list`'s) is parsed from its text with `tokenize` and `ast`, at each start."""
    return []


class _Model(BaseModel):
    # Each model's validator is built when the model is first used, not when this module is
    # imported: a run builds only the models its records hold (not ErrorRecord, say), once.
    model_config = ConfigDict(extra="forbid", defer_build=True)


class Source(_Model):
    path: str | None = Field(None, description="input path; null for standard input")
    encoding: str = Field("utf-8", description="encoding the bytes were decoded with")
    sha256: str = Field("", description="SHA-256 of the raw input bytes")
    chars: int = Field(0, description="length of the decoded text in code points")


class Meta(_Model):
    title: str | None = None
    date: str | None = Field(None, description="publication date, YYYY-MM-DD")
    author: str | None = None
    views: int | None = None
    breadcrumb: list[str] = Field(default_factory=_empty)
    site: str | None = None


class Section(_Model):
    id: str = Field(description='position in the outline: "2", "2.1", "2.1.3"')
    parent: str | None
    level: int = Field(description="nesting depth, 1 = top level used in this article")
    marker: str = Field(description="the numbering as written: 一、 (一) （1） ① 第一章 …")
    title: str
    span: Span = Field(description="the heading line(s); the title lies inside")
    body_span: Span = Field(description="from the heading to the next sibling or ancestor heading")


class Measure(_Model):
    id: str
    section: str | None
    ordinal: int
    marker: str
    title: str = Field(description="the lead clause, marker excluded")
    text: str = Field(description="the whole item")
    span: Span


class Initiative(_Model):
    text: str = Field(description="the clause")
    action: str
    object: str
    actor: str | None = None
    date: str | None = None
    status: Status = "done"
    measure: str | None = None
    section: str | None = None
    span: Span


class Metric(_Model):
    text: str
    value: Number
    value_max: Number | None = None
    approximate: bool | None = None
    unit: str | None = None
    subject: str | None = None
    topic: str | None = None
    date: str | None = None
    section: str | None = None
    span: Span
    sentence_span: Span


class DateMention(_Model):
    text: str
    value: str = Field(description="YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Hn")
    granularity: Granularity
    inferred: bool = False
    section: str | None = None
    span: Span


class DocumentRef(_Model):
    title: str = Field(description="the title inside 《》")
    span: Span


class Term(_Model):
    text: str
    kind: Literal["formulation", "quoted"]
    count: int
    spans: list[Span]


class Quotation(_Model):
    speaker: str | None
    text: str = Field(description="inside the quote marks")
    span: Span


class Organization(_Model):
    name: str
    count: int
    spans: list[Span]


class Keyword(_Model):
    word: str
    weight: float


class Article(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    source: Source = Field(default_factory=Source)
    meta: Meta = Field(default_factory=Meta)
    body_span: Span = (0, 0)
    sections: list[Section] = Field(default_factory=_empty)
    measures: list[Measure] = Field(default_factory=_empty)
    initiatives: list[Initiative] = Field(default_factory=_empty)
    metrics: list[Metric] = Field(default_factory=_empty)
    dates: list[DateMention] = Field(default_factory=_empty)
    documents: list[DocumentRef] = Field(default_factory=_empty)
    terms: list[Term] = Field(default_factory=_empty)
    quotations: list[Quotation] = Field(default_factory=_empty)
    organizations: list[Organization] = Field(default_factory=_empty)
    keywords: list[Keyword] = Field(default_factory=_empty)
    warnings: list[str] = Field(default_factory=_empty)
    text: str | None = Field(
        None, description="the text the spans index, when it is not the raw file (e.g. extracted from HTML)"
    )


M = TypeVar("M", bound=BaseModel)


def many(model: type[M], rows: list[dict]) -> list[M]:
    """`[model(**row) for row in rows]`, validated in one call.

    A stage's items are built this way: per item, pydantic's call and set-up
    (`BaseModel.__init__`, its keyword dict) cost more than the checks.
    """
    return _list_of(model).validate_python(rows) if rows else []


@cache  # one validator per item model and process, built when a page first has such items
def _list_of(model: type[M]) -> TypeAdapter[list[M]]:
    return TypeAdapter(list[model])


class ErrorRecord(_Model):
    """One line of JSON Lines output for a document that could not be read or extracted."""

    source: Source
    error: str
