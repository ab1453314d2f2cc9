"""Bytes → text: the encoding, detected, and what went wrong on the way.

UTF-8 (with or without BOM) is tried first because it is by far the most
common and cannot be mistaken; anything else goes to charset-normalizer.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def decode(raw: bytes, encoding: str | None = None) -> Decoded:
    """Decode `raw`, with `encoding` if given, else by BOM, UTF-8, then detection."""
    if encoding:
        return _lenient(raw, encoding)
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return _lenient(raw, name)
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    name = best.encoding if best else "utf-8"
    if name in ("gb2312", "gbk"):
        name = "gb18030"  # a superset: decodes every GBK page and more
    return _lenient(raw, name)


def _lenient(raw: bytes, name: str) -> Decoded:
    try:
        return Decoded(raw.decode(name), name)
    except UnicodeDecodeError:
        text = raw.decode(name, errors="replace")
        bad = text.count("\ufffd")
        return Decoded(text, name, [f"decode: {bad} undecodable byte sequence(s) replaced (as {name})"])
