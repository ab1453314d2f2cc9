"""The one shared document every stage reads.

A `Document` holds the decoded text untouched, its lines, the body span found
by the chrome stage, and a *view* of the body: the same characters with the
line breaks that merely wrap a sentence (text copied from PDFs: ``PM\\n2.5``)
taken out, so patterns can match across them. Stages search the view and map
what they find back with `Document.span`, so every reported span indexes the
original text. The view is segmented once (`tokens`) and split into sentences
once (`sentences`); stages share both.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise, repeat
from typing import NamedTuple, overload

from . import segment

TERMINAL = "。！？；：!?;:…"
# The pinyin reading a simplified→traditional converter left in brackets after a character (`政協(xié)`,
# `調(diào)研`): part of the word it follows, as the page writes it.
READING = re.compile(r"\([a-z\u00e0-\u01dc]{1,6}\)")
# A sentence: up to and with its run of 。！？； (and a closing quote right after them), never over a line break.
_SENTENCE = re.compile(r"[^\n。！？；!?;]+(?:[。！？；!?;]+[”’」』]?)?|[。！？；!?;]+[”’」』]?")
_NEWLINE = re.compile("\n")
_ALNUM_END = re.compile(r"[A-Za-z0-9.%]$")
_ALNUM_START = re.compile(r"^[A-Za-z0-9.%]")
_CRLF = re.compile(r"\r\n")
_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|$)")
# A `<br>` tag left in text copied from a web page's source (`…02:10:32 <BR> <BR> 作者:…<BR> <BR> 8月26日,…`):
# the page broke its line there, so the tag ends a line as a line break does.
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BREAK = re.compile(r"\r\n|\r|\n|<br\s*/?>", re.IGNORECASE)
# One or two spaces between a number and Chinese. Written to start with the space, so the
# search skips to the spaces instead of trying the lookbehinds at every character; compiled
# only for a text with a digit beside a space (`_DIGIT_SPACE`), which most bodies lack: its
# classes of Chinese characters take 1.5 ms to compile. `_DIGIT_SPACE` starts with the space
# too, so its search runs at C speed from space to space (starting with the digit, it would
# try the pattern at every character: twenty times as long).
_NUMBER_SPACE = r" (?:(?<=[0-9%] ) ?(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff] ) ?(?=[0-9]))"
_DIGIT_SPACE = re.compile(r" (?:(?<=[0-9%] )|(?=[0-9]))")
_SCALE_START = "万亿萬億%％‰"
_CONTINUING = "，、。；：！？,;"  # punctuation that never opens a line
_FOOTNOTE = re.compile(r"[\[［](?:\s*\d{1,3}\s*[\]］])?")
_MIN_WIDTH = 15  # shorter lines are never taken for full PDF lines
_MIN_WRAPPED = 5
_WIDTH_SLACK = 3  # half-width characters make a full line a little longer
# A line that starts with an outline marker starts a heading, never a wrapped tail.
_HEADING = re.compile(
    r"^(?:#|第[零〇一二三四五六七八九十百两\d]+[编章节條条部]|[一二三四五六七八九十]+、"
    r"|[(（][一二三四五六七八九十\d]+[)）]|\d+[.．、]|[①-⑳])"
)


class Line(NamedTuple):
    """A line's offsets (a tuple: a page has hundreds, and tuples are made at C speed)."""

    start: int
    end: int  # exclusive, before the line break

    def text(self, source: str) -> str:
        return source[self.start : self.end]


def split_lines(text: str) -> list[Line]:
    """Lines with offsets; `\\r\\n`, `\\r` and `\\n` all end a line.

    Text without a CR (most of it) is split at its line breaks at C speed; the
    pattern, which tries every character, takes ten times as long for a page.
    A `<br>` tag ends a line too (`_BR`): looked for only in text with a `<`.
    """
    if "<" in text and _BR.search(text):
        return _split_at_breaks(text)
    if "\r" not in text:
        return _split_at_newlines(text)
    lines: list[Line] = []
    for m in _LINE.finditer(text):
        a, b = m.span(1)
        if a == len(text) and m.end() == a and lines:
            break
        lines.append(Line(a, b))
    return lines


def _split_at_breaks(text: str) -> list[Line]:
    """`split_lines` for text with `<br>` tags: each tag, like each line break, ends a line."""
    lines = []
    start = 0
    for m in _BREAK.finditer(text):
        lines.append(Line(start, m.start()))
        start = m.end()
    if start < len(text) or not lines:
        lines.append(Line(start, len(text)))
    return lines


def _split_at_newlines(text: str) -> list[Line]:
    """`split_lines` for text whose only line breaks are `\\n`: a final break opens no empty line."""
    pieces = text.split("\n")
    if len(pieces) > 1 and not pieces[-1]:
        pieces.pop()
    lines = []
    start = 0
    for piece in pieces:
        end = start + len(piece)
        lines.append(tuple.__new__(Line, (start, end)))  # `Line(start, end)`, without its Python `__new__`
        start = end + 1
    return lines


class OffsetMap:
    """Maps positions in a view (the text with some characters removed) back to the text.

    Stored as the view positions where characters were dropped and the running
    total dropped before them, so memory grows with the number of joins, not
    with the length of the text.
    """

    def __init__(self, base: int, cuts: list[tuple[int, int]]) -> None:
        self.base = base
        self._at = [v for v, _ in cuts]
        self._shift = [s for _, s in cuts]

    def start(self, v: int) -> int:
        i = bisect_right(self._at, v)
        return self.base + v + (self._shift[i - 1] if i else 0)

    def end(self, v: int) -> int:
        return self.start(v - 1) + 1 if v > 0 else self.base

    def span(self, vstart: int, vend: int) -> tuple[int, int]:
        """A view span as a span into the text (an empty one where `vend` is not past `vstart`)."""
        at = self._at
        if not at:  # nothing was taken out: the view is the text from `base` on, as it stands
            return self.base + vstart, self.base + max(vstart, vend)
        # `start(vstart)` and `end(vend)` written out: stages call this per item, and two calls more each time
        # cost more than the bisections.
        i = bisect_right(at, vstart)
        s = self.base + vstart + (self._shift[i - 1] if i else 0)
        if vend <= vstart:
            return s, s
        j = bisect_right(at, vend - 1)
        return s, self.base + vend + (self._shift[j - 1] if j else 0)


def joined_view(text: str, lines: list[Line], start: int, end: int) -> tuple[str, OffsetMap, int | None]:
    """The body with sentence-wrapping line breaks removed, the map back, and the body's PDF line width
    (`_wrap_width`: found on the way, and wanted again by the outline).

    Spaces that typesetting puts between a number and the Chinese around it
    (`压减 95.9 万个`, `2018 年相比`, text copied from a PDF) are dropped too:
    they separate nothing, and a pattern for `95.9万个` should not need to know.

    Every kept line break reads as `\n` in the view (`\r\n` loses its `\r`, a
    lone `\r` becomes `\n`), so stages see Windows and old Mac text as they
    see Unix text, while spans still index the text with its CRs.
    """
    parts: list[str] = []
    cuts: list[tuple[int, int]] = []
    removed = 0
    crs = "\r" in text  # most text has none, and is then not searched for them piece by piece

    def keep(a: int, b: int) -> None:
        parts.append(text[a:b].replace("\r", "\n") if crs else text[a:b])

    def emit(a: int, b: int) -> None:
        nonlocal removed
        drops = [(m.start(), m.start() + 1) for m in _CRLF.finditer(text, a, b)] if crs else []
        if _DIGIT_SPACE.search(text, max(a - 1, 0), b):  # (a lookbehind may see the character before `a`)
            drops += [m.span() for m in re.compile(_NUMBER_SPACE).finditer(text, a, b)]
        for x, y in sorted(drops):
            keep(a, x)
            removed += y - x
            cuts.append((y - start - removed, removed))
            a = y
        keep(a, b)

    pos = start
    wrapped = False
    body = [ln for ln in lines if ln.end > start and ln.start < end]
    stripped = [text[a:b].strip() for a, b in body]
    width = _wrap_width(stripped)
    for (prev, line), (a_text, b_text) in zip(pairwise(body), pairwise(stripped), strict=True):
        wrapped = wraps(a_text, b_text, wrapped, width)
        if not wrapped and line.start - prev.end > 2:
            # A `<br>` tag between the lines (`split_lines`): it reads as one line break, "\n" in the view
            # standing for the tag's `<`, the rest of it cut.
            emit(pos, prev.end)
            parts.append("\n")
            cuts.append((prev.end + 1 - start - removed, removed + line.start - prev.end - 1))
            removed += line.start - prev.end - 1
            pos = line.start
        elif wrapped:
            cut_from, cut_to = prev.end, line.start
            while cut_from > pos and text[cut_from - 1] in " \t":
                cut_from -= 1
            while cut_to < end and text[cut_to] in " \t":
                cut_to += 1
            emit(pos, cut_from)
            cuts.append((cut_from - start - removed, removed + cut_to - cut_from))
            removed += cut_to - cut_from
            pos = cut_to
    emit(pos, end)
    return "".join(parts), OffsetMap(start, cuts), width


def _wrap_width(lines: list[str]) -> int | None:
    """The page width of text copied from a PDF, or None for text with one line per paragraph.

    Copied PDF text breaks every full line wherever the width runs out, so many
    lines share one length (give or take a few half-width characters) and end
    without punctuation. That width is the most common length among such
    lines, if at least half the long lines have it (headings never count).
    """
    long_lines = [s for s in lines if len(s) >= _MIN_WIDTH and not _HEADING.match(s)]
    open_ends = [len(s) for s in long_lines if s[-1] not in TERMINAL]
    if len(open_ends) < _MIN_WRAPPED:
        return None
    counts = Counter(open_ends)
    width, near = max(
        ((w, sum(counts.get(w + d, 0) for d in range(-_WIDTH_SLACK, _WIDTH_SLACK + 1))) for w in counts),
        key=lambda wn: (wn[1], wn[0]),
    )
    return width if near >= _MIN_WRAPPED and near * 2 >= len(long_lines) else None


def _broken_footnote(a: str, b: str) -> bool:
    """A footnote marker split over lines (`“四个意识”` / `[` / `1` / `]` / `，坚持…`):
    no line starts with a comma, and a marker's pieces belong to the text they mark."""
    return (
        b[0] in _CONTINUING
        or (len(b) <= 6 and _FOOTNOTE.match(b) is not None)
        or a[-1] in "[［"
        or (b[0] in "]］" and a.isdigit() and len(a) <= 3)
    )


def wraps(a: str, b: str, after_wrap: bool, width: int | None = None) -> bool:
    """Does the break between line `a` and line `b` only wrap a sentence?

    Two cases are safe to join without a layout model: a break inside a run of
    Latin letters and digits (``PM`` / ``2.5``), and the break after a short
    fragment that was itself wrapped onto its line (``2.5`` / ``是二次反应``).
    A line of Chinese ending without punctuation is usually a heading, so it
    is left alone, unless the text was copied from a PDF (`width` is known)
    and the line fills the width: then the page, not the writer, broke it.
    """
    if not a or not b:
        return False
    if _broken_footnote(a, b):
        return True
    if a[-1] in TERMINAL:
        return False
    # A heading line must fill the width exactly: a heading that merely comes close stays whole.
    full = width - (1 if _HEADING.match(a) else _WIDTH_SLACK) if width else 0
    if a[-1] in "”’」』)）】]":
        # A full PDF line may end on a closing quote inside a sentence (首个“四算合一” / 算力平台);
        # elsewhere, or after 。”, the quote closes the line.
        return bool(full) and len(a) >= full and a[-2:-1] not in TERMINAL and not _HEADING.match(b)
    if _ALNUM_END.search(a) and (_ALNUM_START.search(b) or (a[-1].isdigit() and b[0] in _SCALE_START)):
        return not _opens_outline(b)  # PM / 2.5, and a number cut from its 万/亿 or % (5696 / 亿元); not PM / 1.一
    if full and len(a) >= full and not _HEADING.match(b):
        return True
    return after_wrap and len(a) <= 6


def _opens_outline(line: str) -> bool:
    """Does `line` open with an outline marker (1.一), not a decimal that only looks like one (2.5)?"""
    m = _HEADING.match(line)
    return m is not None and not line[m.end() : m.end() + 1].isdigit()


def positions_of(text: str, chars: str) -> list[int]:
    """The positions in `text` holding one of `chars`, in order.

    A find per character, from one occurrence to the next at C speed: a class
    pattern makes a match object for every position, which costs more than
    scanning the text once for each of a dozen characters.
    """
    found: list[int] = []
    find = text.find
    for c in set(chars):
        i = find(c)
        while i >= 0:
            found.append(i)
            i = find(c, i + 1)
    found.sort()
    return found


class Token(NamedTuple):
    """A word and its view offsets."""

    word: str
    start: int  # view offsets
    end: int


class Tokens(Sequence[Token]):
    """The view's tokens, each made when it is asked for: a page has thousands, the stages look at a few hundred."""

    __slots__ = ("_ends", "_starts", "_words")

    def __init__(self, words: list[str], starts: list[int], ends: list[int]) -> None:
        self._words, self._starts, self._ends = words, starts, ends

    def __len__(self) -> int:
        return len(self._words)

    @overload
    def __getitem__(self, i: int) -> Token: ...
    @overload
    def __getitem__(self, i: slice) -> list[Token]: ...
    def __getitem__(self, i: int | slice) -> Token | list[Token]:
        if isinstance(i, slice):
            # Built at C speed (tuple.__new__, no Python call per token).
            fields = zip(self._words[i], self._starts[i], self._ends[i], strict=True)
            return list(map(tuple.__new__, repeat(Token), fields))
        return tuple.__new__(Token, (self._words[i], self._starts[i], self._ends[i]))

    def __iter__(self) -> Iterator[Token]:
        return iter(self[:])


@dataclass
class Document:
    """The decoded text and everything derived from it once."""

    text: str
    lines: list[Line]
    body: tuple[int, int]
    view: str = field(init=False)
    offsets: OffsetMap = field(init=False)
    # A view span as a span into the original text: the offset map's own method, bound once,
    # for stages call it per item (a method here that passed the call on would cost a call more).
    span: Callable[[int, int], tuple[int, int]] = field(init=False, repr=False, compare=False)
    # The line width when the body was copied from a PDF (see `wraps`), else None.
    wrap_width: int | None = field(init=False, repr=False, compare=False)
    _marks: dict[str, list[int]] = field(init=False, default_factory=dict, repr=False)
    # The view's words, as written, segmented once (`segment.cut_ends` reads traditional text through its
    # simplified copy): for stages that need no offsets.
    words: list[str] = field(init=False, repr=False, compare=False)
    # Where each token ends in the view (`tokens[i].end`), and starts: plain lists for bisection.
    token_ends: list[int] = field(init=False, repr=False, compare=False)
    token_starts: list[int] = field(init=False, repr=False, compare=False)
    tokens: Tokens = field(init=False, repr=False, compare=False)
    # Sentence spans in the view: split after 。！？；, and at line breaks (spans, at C speed).
    sentences: list[tuple[int, int]] = field(init=False, repr=False, compare=False)
    _sentence_starts: list[int] = field(init=False, repr=False, compare=False)
    _newlines: list[int] | None = field(init=False, repr=False, compare=False)  # found at line_at's first call

    def __post_init__(self) -> None:
        self.view, self.offsets, self.wrap_width = joined_view(self.text, self.lines, *self.body)
        self.span = self.offsets.span
        # Segmented and split into sentences here, once: every page's stages read both. Plain attributes,
        # not cached properties: compiled (setup.py), the class keeps no instance dict to cache in.
        self.words, self.token_ends = segment.cut_ends(self.view)
        self.token_starts = [0, *self.token_ends[:-1]] if self.words else []
        self.tokens = Tokens(self.words, self.token_starts, self.token_ends)
        self.sentences = list(map(re.Match.span, _SENTENCE.finditer(self.view)))
        self._sentence_starts = [s for s, _ in self.sentences]
        self._newlines = None  # (set here: a compiled class reads no class attribute as an instance's default)

    @classmethod
    def from_text(cls, text: str, body: tuple[int, int] | None = None) -> Document:
        return cls(text, split_lines(text), body or (0, len(text)))

    def slice(self, span: tuple[int, int]) -> str:
        return self.text[span[0] : span[1]]

    def token_index(self, vpos: int) -> int:
        """Index of the token that holds view position `vpos`."""
        return max(bisect_right(self.token_starts, vpos) - 1, 0)

    def token_at(self, vpos: int) -> Token:
        """The token that holds view position `vpos` (`tokens[token_index(vpos)]` in one call)."""
        i = max(bisect_right(self.token_starts, vpos) - 1, 0)
        return tuple.__new__(Token, (self.words[i], self.token_starts[i], self.token_ends[i]))

    def sentence_at(self, vpos: int) -> tuple[int, int]:
        i = bisect_right(self._sentence_starts, vpos) - 1
        if i < 0:
            return (0, 0)
        return self.sentences[i]

    def marks(self, chars: str) -> list[int]:
        """The view positions holding one of `chars`, in order: found once per document and set of
        marks, and shared by the stages that ask (so never to be changed)."""
        marks = self._marks.get(chars)
        if marks is None:
            marks = self._marks[chars] = positions_of(self.view, chars)
        return marks

    def last_of(self, chars: str, lo: int, hi: int) -> int:
        """The last view position in [lo, hi) holding one of `chars`, or -1.

        The positions of each set of marks are found once per document, so a
        stage asking this per item (where does this clause start?) pays a
        bisect, not a scan back over a sentence that may never end.
        """
        marks = self._marks.get(chars)  # (`self.marks(chars)`, without a call once they are found)
        if marks is None:
            marks = self.marks(chars)
        k = bisect_left(marks, hi) - 1
        return marks[k] if k >= 0 and marks[k] >= lo else -1

    def line_at(self, vpos: int) -> tuple[int, int]:
        """The paragraph (view line) holding `vpos`, by bisect: stages call it per item, lines can be long.
        The line breaks are found at the first call (most pages ask)."""
        newlines = self._newlines
        if newlines is None:
            newlines = self._newlines = list(map(re.Match.start, _NEWLINE.finditer(self.view)))
        k = bisect_left(newlines, vpos)
        s = newlines[k - 1] + 1 if k else 0
        return s, newlines[k] if k < len(newlines) else len(self.view)
