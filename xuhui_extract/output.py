"""Serialising records: JSON for one document, JSON Lines for several, written atomically."""

from __future__ import annotations

import json
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


def dumps(record: dict, indent: int | None) -> str:
    return json.dumps(record, ensure_ascii=False, indent=indent, separators=None if indent else (",", ":"))


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
