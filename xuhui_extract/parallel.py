"""Documents in worker processes, results in input order.

The inputs go out in small chunks (a few documents, at most a megabyte); a
bounded window of chunks is in flight, and results are handed on in input order
as soon as the chunk they are in is done. So memory stays flat however large
the corpus, and the output is the same whatever the number of workers. Each
worker loads the segmenter's dictionary once, before its first document, and
serialises its own records, so the parent only writes.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .batch import Options, Result, error_result, process
from .inputs import Input

_CHUNK_DOCS = 16  # documents per task: few enough to keep every worker busy and the output flowing
_CHUNK_BYTES = 1 << 20  # …and at most this much input, so huge files travel alone
_WINDOW = 4  # chunks in flight per worker


def _init_worker(segmenter: str | None) -> None:
    """Once per worker: Ctrl-C is the parent's to handle; the dictionary is loaded (unless inherited)."""
    from . import segment

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    segment.use(segmenter)
    segment.warm()


def _warm(segmenter: str | None) -> None:
    """Load the dictionary and compile the patterns here, once, for the forked workers to inherit.

    Each worker would otherwise do it again (a second of jieba's dictionary
    apiece), and on a busy machine they would do it one after another.
    """
    from . import extract, segment

    segment.use(segmenter)
    segment.warm()
    extract("二〇一九年二月，区司法局发布《指南》，37家支部完成“一肩挑”。")


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


def run(items: Iterable[Input], options: Options, jobs: int) -> Iterator[Result]:
    if _context().get_start_method() == "fork":
        _warm(options.segmenter)
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
    return [error_result(item, f"{item.label}: worker process died", options) for item in chunk]


def _pool(options: Options, jobs: int) -> ProcessPoolExecutor:
    context = _context()
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_init_worker, initargs=(options.segmenter,)
    )
    if context.get_start_method() == "fork":
        # The first task forks every worker at once. With the warmed heap frozen,
        # their collectors never walk the dictionary and patterns they inherit,
        # so never copy those pages: each worker stays as fast and small as it started.
        gc.freeze()
        try:
            pool.submit(os.getpid)
        finally:
            gc.unfreeze()
    return pool


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
