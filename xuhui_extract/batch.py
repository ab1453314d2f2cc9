"""Many documents: read, extract and serialise each, streaming results in input order.

A document that fails becomes an error record and the run goes on. Nothing is
collected: each result is handed on as soon as it is ready, so memory stays
flat however large the corpus. With `jobs > 1` the documents go to worker
processes (`parallel.py`); the output is the same whatever the number.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from . import extract_bytes
from .inputs import Input, InputError, read


@dataclass(frozen=True)
class Options:
    encoding: str | None = None
    max_bytes: int | None = None
    include_text: bool = False
    debug: bool = False
    indent: int | None = None  # JSON layout of each record; None: one compact line
    segmenter: str | None = None  # None: the default backend (segment.default())


@dataclass(frozen=True)
class Result:
    """One document's outcome: its record serialised as JSON (UTF-8 bytes), and the error if it failed.

    Bytes, as pydantic's serialiser makes them and as the output is written:
    a `str` would be decoded here only to be encoded again on the way out.
    """

    label: str
    json: bytes
    error: str | None = None

    @property
    def record(self) -> dict:
        """The record as a dict, for the views and the evaluation (JSON output writes `json` as it is)."""
        return json.loads(self.json)


def process(item: Input, options: Options) -> Result:
    """Extract one input; every failure is caught and reported, none is raised (but with `debug`)."""
    try:
        raw = read(item, options.max_bytes)
        article = extract_bytes(raw, path=item.path, encoding=options.encoding, include_text=options.include_text)
        # pydantic's own serialiser: the same JSON as json.dumps of model_dump, in a third of the time
        # (`model_dump_json` without its decoding to `str`)
        return Result(item.label, article.__pydantic_serializer__.to_json(article, indent=options.indent))
    except InputError as e:
        message = str(e)
    except Exception as e:
        if options.debug:
            raise
        message = f"{item.label}: extraction failed: {type(e).__name__}: {e}"
    return error_result(item, message, options)


def error_result(item: Input, message: str, options: Options) -> Result:
    """The error record that stands in the output for a document that failed."""
    from .models import ErrorRecord, Source
    from .output import dumps

    record = ErrorRecord(source=Source(path=item.path), error=message).model_dump(mode="json")
    return Result(item.label, dumps(record, options.indent).encode(), message)


def run(items: Iterable[Input], options: Options, jobs: int = 1) -> Iterator[Result]:
    """Each input's result, in input order; `jobs` worker processes when more than one."""
    from . import segment

    if jobs <= 1:
        segment.use(options.segmenter)
        for item in items:
            yield process(item, options)
        return
    from .parallel import run as run_parallel  # the pool's modules load only when there is a pool

    yield from run_parallel(items, options, jobs)
