"""Many documents: read, extract and serialise each, streaming results in input order.

A document that fails becomes an error record and the run goes on. With
`jobs > 1` documents go to worker processes in small chunks; a bounded window
of chunks is in flight and results are handed on in input order as soon as
they are ready, so memory stays flat however large the corpus, and the output
is the same whatever the number of workers. Each worker loads the segmenter's
dictionary once, and serialises its own records, so the parent only writes.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from .inputs import Input, InputError, read

_CHUNK_DOCS = 16  # documents per task: few enough to keep every worker busy and the output flowing
_CHUNK_BYTES = 1 << 20  # …and at most this much input, so huge files travel alone
_WINDOW = 4  # chunks in flight per worker


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
    """One document's outcome: its record serialised as JSON, and the error if it failed."""

    label: str
    json: str
    error: str | None = None


def process(item: Input, options: Options) -> Result:
    """Extract one input; every failure is caught and reported, none is raised (but with `debug`)."""
    from . import extract_bytes

    try:
        raw = read(item, options.max_bytes)
        article = extract_bytes(raw, path=item.path, encoding=options.encoding)
        if options.include_text and article.text is None:
            from .decode import decode

            article.text = decode(raw, options.encoding).text
        # pydantic's own serialiser: the same JSON as json.dumps of model_dump, in a third of the time
        return Result(item.label, article.model_dump_json(indent=options.indent))
    except InputError as e:
        message = str(e)
    except Exception as e:
        if options.debug:
            raise
        message = f"{item.label}: extraction failed: {type(e).__name__}: {e}"
    return _error(item, message, options)


def _error(item: Input, message: str, options: Options) -> Result:
    from .models import ErrorRecord, Source
    from .output import dumps

    record = ErrorRecord(source=Source(path=item.path), error=message).model_dump(mode="json")
    return Result(item.label, dumps(record, options.indent), message)


def run(items: Iterable[Input], options: Options, jobs: int = 1) -> Iterator[Result]:
    """Each input's result, in input order; `jobs` worker processes when more than one."""
    from . import segment

    if jobs <= 1:
        segment.use(options.segmenter)
        for item in items:
            yield process(item, options)
        return
    yield from _parallel(items, options, jobs)


def _init_worker(segmenter: str | None) -> None:
    """Once per worker: Ctrl-C is the parent's to handle, and the dictionary is loaded before any document."""
    from . import segment

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    segment.use(segmenter)
    segment.warm()


def _process_chunk(chunk: list[Input], options: Options) -> list[Result]:
    return [process(item, options) for item in chunk]


def _chunks(items: Iterable[Input]) -> Iterator[list[Input]]:
    chunk: list[Input] = []
    size = 0
    for item in items:
        chunk.append(item)
        size += _size(item)
        if len(chunk) >= _CHUNK_DOCS or size >= _CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _size(item: Input) -> int:
    if item.raw is not None:
        return len(item.raw)
    try:
        return os.stat(item.path or "").st_size
    except OSError:
        return 0  # reading it will say what is wrong


def _context() -> multiprocessing.context.BaseContext:
    """fork where it is safe (Linux): workers start with the parent's modules already imported."""
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def _parallel(items: Iterable[Input], options: Options, jobs: int) -> Iterator[Result]:
    chunks = _chunks(items)
    pending: deque[tuple[list[Input], Future[list[Result]]]] = deque()
    pool = _pool(options, jobs)
    finished = False
    try:
        while True:
            while len(pending) < jobs * _WINDOW:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append((chunk, _submit(pool, chunk, options)))
            if not pending:
                break
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory). The chunks in flight that
                # had not finished are reported as failed; a new pool goes on.
                _stop(pool)
                lost = [(chunk, future), *pending]
                pending.clear()
                results = [r for c, f in lost for r in _salvage(c, f, options)]
                pool = _pool(options, jobs)
            yield from results
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:  # interrupted, or the consumer stopped reading
            _stop(pool)


def _salvage(chunk: list[Input], future: Future[list[Result]], options: Options) -> list[Result]:
    if future.done() and not future.cancelled() and future.exception() is None:
        return future.result()
    return [_error(item, f"{item.label}: worker process died", options) for item in chunk]


def _pool(options: Options, jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=jobs, mp_context=_context(), initializer=_init_worker, initargs=(options.segmenter,)
    )


def _submit(pool: ProcessPoolExecutor, chunk: list[Input], options: Options) -> Future[list[Result]]:
    try:
        return pool.submit(_process_chunk, chunk, options)
    except BrokenProcessPool:
        failed: Future[list[Result]] = Future()
        failed.set_exception(BrokenProcessPool("worker process died"))
        return failed


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop at once: queued work is dropped and running workers are ended, not waited for."""
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in list((getattr(pool, "_processes", None) or {}).values()):  # no public way to end them
        if proc.is_alive():
            proc.terminate()
