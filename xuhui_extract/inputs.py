"""Turning command-line paths into documents: files, folders, standard input.

Reading is where user mistakes surface (a missing path, a folder with nothing
in it, a binary file), so each becomes an `InputError` with one clear line;
the CLI prints it and exits with a documented status, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

STDIN = "-"


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


def expand(args: list[str], pattern: str = "*.txt") -> Iterator[Input]:
    """Each argument as documents, in order: folders recursively (sorted), `-` as stdin."""
    for arg in args:
        if arg == STDIN:
            yield Input(None, sys.stdin.buffer.read())
            continue
        p = Path(arg)
        if p.is_dir():
            found = sorted(q for q in p.rglob(pattern) if q.is_file())
            if not found:
                raise InputError(f"{arg}: no files matching {pattern!r} in this folder")
            for q in found:
                yield Input(str(q))
        elif p.exists():
            yield Input(str(p))
        else:
            raise InputError(f"{arg}: no such file or folder")


def read(item: Input, max_bytes: int | None = None) -> bytes:
    """The raw bytes of one input; `InputError` for what cannot be read."""
    if item.raw is not None:
        data = item.raw
    else:
        p = Path(item.path or "")
        try:
            if max_bytes is not None and p.stat().st_size > max_bytes:
                raise InputError(
                    f"{item.label}: {p.stat().st_size} bytes is over the limit of {max_bytes} (--max-bytes)"
                )
            data = p.read_bytes()
        except IsADirectoryError:
            raise InputError(f"{item.label}: is a folder, not a file") from None
        except PermissionError:
            raise InputError(f"{item.label}: permission denied") from None
        except FileNotFoundError:
            raise InputError(f"{item.label}: no such file") from None
        except OSError as e:
            raise InputError(f"{item.label}: cannot read ({e.strerror or e})") from None
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(f"{item.label}: {len(data)} bytes is over the limit of {max_bytes} (--max-bytes)")
    if _binary(data):
        raise InputError(f"{item.label}: not text (looks like a binary file)")
    return data


def _binary(data: bytes) -> bool:
    """NUL bytes outside UTF-16/32 text, or a known binary signature, mean not text."""
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    signatures = (b"\x89PNG", b"PK\x03\x04", b"%PDF", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"BZh", b"\x7fELF")
    return head.startswith(signatures) or b"\x00" in head
