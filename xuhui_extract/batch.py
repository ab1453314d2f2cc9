"""Many documents: read, extract and serialise each, streaming results in input order.

A document that fails becomes an error record and the run goes on; nothing is
collected in memory, so a corpus of any size runs in flat memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .inputs import Input, InputError, read


@dataclass(frozen=True)
class Options:
    encoding: str | None = None
    max_bytes: int | None = None
    include_text: bool = False
    debug: bool = False


@dataclass(frozen=True)
class Result:
    """One document's outcome: the record as a dict, and the error if it failed."""

    label: str
    record: dict
    error: str | None = None


def process(item: Input, options: Options) -> Result:
    """Extract one input; every failure is caught and reported, none is raised."""
    from . import extract_bytes
    from .models import ErrorRecord, Source

    try:
        raw = read(item, options.max_bytes)
        article = extract_bytes(raw, path=item.path, encoding=options.encoding, include_text=options.include_text)
        return Result(item.label, article.model_dump(mode="json", exclude_none=False))
    except InputError as e:
        message = str(e)
    except Exception as e:
        if options.debug:
            raise
        message = f"{item.label}: extraction failed: {type(e).__name__}: {e}"
    record = ErrorRecord(source=Source(path=item.path), error=message).model_dump(mode="json")
    return Result(item.label, record, message)


def run(items: Iterable[Input], options: Options) -> Iterator[Result]:
    for item in items:
        yield process(item, options)
