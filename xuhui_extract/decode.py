"""Bytes → text: the encoding, detected, and what went wrong on the way.

The order: an encoding the user named; a byte-order mark (UTF-8, UTF-16,
UTF-32); UTF-8, which is by far the most common and which other encodings
almost never pass for (a file that is UTF-8 but for a truncated last character
or a few corrupt bytes stays UTF-8); then the two Chinese legacy families,
GB18030 (a superset of GBK and GB2312) and Big5.

Those two cannot be told apart by decoding alone — nearly any Big5 byte
string is valid GB18030 — and charset-normalizer misreads short Chinese
texts (党建 in GBK comes back as Big5, 徐汇区司法局 as Korean cp949). So a
sample of each reading is scored as Chinese with jieba's word frequencies
(the Big5 reading after mapping traditional characters to simplified, as
the dictionary is simplified): the right reading is made of common words,
the wrong one of rare characters. charset-normalizer decides only when
neither reading looks like Chinese at all (Latin-1, Shift_JIS, Korean…).

Bytes that do not decode are replaced (U+FFFD) and counted in a warning;
decoding never fails.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: FF FE 00 00 also starts with the UTF-16 LE mark
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
BOMS = tuple(bom for bom, _ in _BOMS)
_CHINESE = ("gb18030", "big5")
_SAMPLE_BYTES = 6000  # enough non-ASCII text to score; reading more only costs time
_CHINESE_FLOOR = -10.0  # mean log-probability per character: real Chinese scores -3…-7, misreadings -11…-18
_UTF8_RATIO = 20  # valid non-ASCII characters per bad byte for a damaged file to still count as UTF-8
_NON_ASCII = re.compile(rb"[\x80-\xff]")
# Compiled (through re's cache) only for a file with NULs: its CJK range alone takes 1.5 ms to compile.
_TEXTLIKE = r"[\t\n\r\x20-\x7e\u00a0-\u024f\u2000-\u206f\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"


def codec_name(name: str) -> str:
    """The canonical codec name (`GBK` → `gbk`, `utf8` → `utf-8`); `LookupError` if there is none."""
    return codecs.lookup(name).name


def decode(raw: bytes, encoding: str | None = None) -> Decoded:
    """Decode `raw`, with `encoding` if given, else by BOM, UTF-8, then the Chinese encodings."""
    if encoding:
        name = codec_name(encoding)
        if name == "utf-8" and raw.startswith(codecs.BOM_UTF8):
            name = "utf-8-sig"  # the mark is not text: keep it out of the spans
        return _lenient(raw, name)
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return _lenient(raw, name)
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(raw):
        return _lenient(raw, "utf-8")
    return _lenient(raw, utf16_without_bom(raw) or _legacy(raw))


def utf16_without_bom(raw: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` when the bytes read as text in it, though they carry no mark.

    Text decoded with the right byte order is nearly all CJK, ASCII and
    punctuation; binary data (or the wrong order) spreads over the whole
    Basic Multilingual Plane. Only bytes with NULs qualify: UTF-16 has them
    in every ASCII character.
    """
    head = raw[:4096]
    if b"\x00" not in head:
        return None
    head = head[: len(head) // 2 * 2]
    for name in ("utf-16-le", "utf-16-be"):
        text = head.decode(name, errors="replace")
        if text and len(re.findall(_TEXTLIKE, text)) >= 0.9 * len(text):
            return name
    return None


def _mostly_utf8(raw: bytes) -> bool:
    """UTF-8 with a few bad bytes (a cut-off download): GB or Big5 text fails on most of its characters."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    return non_ascii - bad >= _UTF8_RATIO * bad


def _legacy(raw: bytes) -> str:
    """GB18030 or Big5, whichever reads as more likely Chinese; else charset-normalizer's guess."""
    sample = _sample(raw)
    scores = {name: _chinese_score(sample.decode(name, errors="replace"), name) for name in _CHINESE}
    best = max(_CHINESE, key=lambda name: scores[name])  # ties go to GB18030, listed first
    if scores[best] >= _CHINESE_FLOOR:
        return best
    from charset_normalizer import from_bytes

    guess = from_bytes(raw).best()
    return codec_name(guess.encoding) if guess else best


def _sample(raw: bytes) -> bytes:
    """A window of the bytes from the first non-ASCII one on: where the encodings differ."""
    m = _NON_ASCII.search(raw)
    start = m.start() if m else 0
    return raw[start : start + _SAMPLE_BYTES]


def _chinese_score(text: str, encoding: str) -> float:
    """Mean log-probability per non-ASCII character under jieba's word frequencies (higher: more like Chinese)."""
    from .segment import _tokenizer, simplified

    if encoding == "big5":
        text = simplified(text)
    s = "".join(ch for ch in text if ord(ch) > 127)
    if not s:
        return 0.0
    tok = _tokenizer()  # jieba's, loaded once and shared with segmentation
    route: dict[int, tuple[float, int]] = {}
    tok.calc(s, tok.get_DAG(s), route)
    return route[0][0] / len(s)


def _lenient(raw: bytes, name: str) -> Decoded:
    try:
        return Decoded(raw.decode(name), name)
    except UnicodeDecodeError:
        text = raw.decode(name, errors="replace")
        bad = text.count("\ufffd")
        return Decoded(text, name, [f"decode: {bad} undecodable byte sequence(s) replaced (as {name})"])
