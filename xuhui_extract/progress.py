"""Progress on standard error while a batch runs: documents done / total, rate, time left.

rich is imported only when a bar is shown (a terminal, several documents, no
`--quiet`), so piped and single-document runs never pay for it. The bar is
redrawn from the main loop, at most ten times a second, with no thread of its
own (worker processes are forked, and forking beside a running thread is unsafe).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

_REDRAW = 0.1  # seconds between redraws


class Reporter:
    """Where per-document messages go; without a bar, straight to standard error."""

    def advance(self) -> None:
        pass

    def echo(self, message: str) -> None:
        print(message, file=sys.stderr, flush=True)


class _Bar(Reporter):
    def __init__(self, progress, task) -> None:
        self._progress, self._task = progress, task
        self._started = self._drawn = time.monotonic()
        self._done = 0

    def advance(self) -> None:
        self._done += 1
        now = time.monotonic()
        rate = self._done / (now - self._started) if now > self._started else 0.0
        self._progress.update(self._task, advance=1, rate=f"{rate:.1f} docs/s")
        if now - self._drawn >= _REDRAW:
            self._progress.refresh()
            self._drawn = now

    def echo(self, message: str) -> None:
        self._progress.console.print(message, markup=False, highlight=False, soft_wrap=True)


@contextmanager
def report(total: int, show: bool) -> Iterator[Reporter]:
    """A bar over `total` documents when `show`, else a plain reporter."""
    if not show:
        yield Reporter()
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
    )
    # stdout carries the JSON: rich must not take it over.
    with Progress(*columns, console=Console(stderr=True), auto_refresh=False, redirect_stdout=False) as progress:
        bar = _Bar(progress, progress.add_task("extracting", total=total, rate=""))
        yield bar
        progress.refresh()
