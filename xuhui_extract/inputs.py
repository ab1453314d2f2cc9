"""Turning command-line paths into documents: files, folders, standard input.

Reading is where user mistakes surface (a missing path, a folder with nothing
in it, a binary file, a file too large to hold), so each becomes an
`InputError` with one clear line; the CLI prints it and exits with a
documented status, never a traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .decode import BOMS, utf16_without_bom

STDIN = "-"
# Memory grows about 100× the input while a document is extracted (tokens, offsets, items), so a
# default limit turns "the machine swaps for an hour" into one clear line; --max-bytes 0 lifts it.
DEFAULT_MAX_BYTES = 20_000_000

# Leading bytes of common binary formats, and what to call them in the message.
_SIGNATURES = (
    (b"\x89PNG", "a PNG image"),
    (b"PK\x03\x04", "a zip archive, or a .docx/.xlsx document"),
    (b"PK\x05\x06", "a zip archive"),
    (b"%PDF", "a PDF document: convert it to text first"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "gzip-compressed"),
    (b"BZh", "bzip2-compressed"),
    (b"\xfd7zXZ\x00", "xz-compressed"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc/.xls)"),
    (b"\x7fELF", "a program"),
    (b"RIFF", "audio or video"),
    (b"ID3", "an MP3 file"),
    (b"SQLite format 3\x00", "a SQLite database"),
)
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))


_FOLDER = "is a folder; give a file, or the folder alone to take its files"


class InputError(Exception):
    """A problem with what the user gave us, told in one line."""


@dataclass(frozen=True)
class Input:
    """One document to extract: a path, or standard input."""

    path: str | None  # None for standard input
    raw: bytes | None = None  # standard input is read up front

    @property
    def label(self) -> str:
        return self.path or "<stdin>"


def expand(args: list[str], pattern: str = "*.txt", max_bytes: int | None = None) -> Iterator[Input]:
    """Each argument as documents, in order: folders recursively (sorted), `-` as stdin.

    Standard input is read at most to one byte past `max_bytes`, enough for
    `read` to refuse it without holding an endless stream.
    """
    for arg in args:
        if arg == STDIN:
            limit = -1 if not max_bytes else max_bytes + 1
            yield Input(None, sys.stdin.buffer.read(limit))
            continue
        p = Path(arg)
        try:
            if p.is_dir():
                found = sorted((str(q) for q in p.rglob(pattern) if q.is_file()), key=_path_order)
                if not found:
                    raise InputError(f"{arg}: no files matching {pattern!r} in this folder (see --glob)")
                yield from map(Input, found)
            elif p.exists():
                yield Input(str(p))
            else:
                raise InputError(f"{arg}: no such file or folder")
        except OSError as e:
            raise InputError(f"{arg}: cannot read ({e.strerror or e})") from None


def _path_order(path: str) -> list[str]:
    """The order of `Path` objects (part by part, case-folded where the system ignores case), for their strings.

    Sorting the strings by this key compares lists at C speed; sorting the path
    objects runs a Python comparison for each of the n log n pairs.
    """
    return os.path.normcase(path).split(os.sep)


def read(item: Input, max_bytes: int | None = None) -> bytes:
    """The raw bytes of one input; `InputError` for what cannot be read or is not text."""
    if item.raw is not None:
        data = item.raw
        _check_size(item, len(data), max_bytes)
    else:
        data = _read_file(item, max_bytes)
    kind = binary_kind(data)
    if kind:
        raise InputError(f"{item.label}: not text ({kind})")
    return data


def _read_file(item: Input, max_bytes: int | None) -> bytes:
    path = item.path or ""
    try:
        # The builtin `open`, not a `Path`: this runs for every file, and a path object is built for nothing.
        with open(path, "rb") as f:  # a folder fails here (IsADirectoryError; PermissionError on Windows)
            size = os.fstat(f.fileno()).st_size
            _check_size(item, size, max_bytes)
            data = _read_at_most(f, size, max_bytes + 1 if max_bytes else None)
    except IsADirectoryError:
        raise InputError(f"{item.label}: {_FOLDER}") from None
    except PermissionError:
        raise InputError(f"{item.label}: {_FOLDER if os.path.isdir(path) else 'permission denied'}") from None
    except FileNotFoundError:
        raise InputError(f"{item.label}: no such file") from None
    except OSError as e:
        raise InputError(f"{item.label}: cannot read ({e.strerror or e})") from None
    _check_size(item, len(data), max_bytes)
    return data


def _read_at_most(f: BinaryIO, size: int, limit: int | None) -> bytes:
    """The whole file, but never more than `limit` bytes.

    The size `stat` gave is asked for first, plus a byte to see whether the file
    grew since: asking for `limit` bytes at once would have the reader allocate
    the whole limit (20 MB) for every file, which costs more than reading it.
    """
    data = f.read(size + 1 if limit is None else min(size + 1, limit))
    if len(data) > size and (limit is None or len(data) < limit):  # it grew: read on, up to the limit
        data += f.read(-1 if limit is None else limit - len(data))
    return data


def _check_size(item: Input, size: int, max_bytes: int | None) -> None:
    if max_bytes and size > max_bytes:
        raise InputError(
            f"{item.label}: {size:,} bytes is over the limit of {max_bytes:,} (raise it with --max-bytes N, 0 for none)"
        )


def binary_kind(data: bytes) -> str | None:
    """What a binary file looks like ("a PNG image"), or None for text.

    Known signatures first; then NUL bytes (outside UTF-16/32, which have a
    byte-order mark or NULs on one side of each byte pair) or many control
    characters in the first 4 KB.
    """
    head = data[:4096]
    if head.startswith(BOMS):
        return None
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    if b"\x00" in head:
        return None if utf16_without_bom(head) else "binary data"
    controls = len(head) - len(head.translate(None, _CONTROL))  # counted in C: this runs for every file
    return "binary data" if controls > max(8, len(head) // 20) else None
