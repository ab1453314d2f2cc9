"""Serialising records: JSON for one document, JSON Lines for several, written atomically."""

from __future__ import annotations

import codecs
import json
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


def dumps(record: dict, indent: int | None) -> str:
    return json.dumps(record, ensure_ascii=False, indent=indent, separators=None if indent else (",", ":"))


def json_writer(stream: TextIO) -> Callable[[bytes], object]:
    """How to write UTF-8 JSON to `stream`: straight to its bytes where the text layer would change nothing.

    That is a UTF-8 stream with a byte buffer, not flushed at every line (a
    terminal's is), on a system whose line ends are `\n` (so no line end is
    translated); elsewhere each record is decoded and written as text. Call it
    once the text written before is flushed.
    """
    buffer = getattr(stream, "buffer", None)
    encoding = getattr(stream, "encoding", None)
    plain = not getattr(stream, "line_buffering", True) and os.linesep == "\n"
    if buffer is not None and plain and encoding and codecs.lookup(encoding).name == "utf-8":
        return buffer.write
    return lambda data: stream.write(data.decode())


@contextmanager
def destination(path: Path | None) -> Iterator[TextIO]:
    """Standard output, or a file that appears only once it is complete.

    The file is written under a temporary name beside the target and moved into
    place at the end, so an interrupted run leaves no file or a complete one.
    """
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    target = path.resolve()
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        os.chmod(tmp, _mode(target))  # mkstemp makes it private; the file gets the mode a plain open would give
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            yield f
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode(target: Path) -> int:
    """The target's own mode when it exists, else what the umask leaves of rw-rw-rw-."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
