"""Word segmentation, the one place it lives: jieba, or rjieba when installed.

Two backends run the same algorithm over the same dictionary: jieba (pure
Python, always installed) and rjieba (the binding of jieba-rs, the optional
`fast` extra: it loads ~10× and segments ~17× faster). rjieba is picked when
installed; `use()` (the CLI's `--segmenter`) chooses. Both load the packaged
user dictionary, and rjieba's tokens are brought to jieba's where the two
differ (jieba-rs keeps `2019-07-11` whole, jieba splits it at the hyphens), so
the extraction is the same with either.

Whatever the backend, `cut` returns tokens that concatenate back to its input
exactly: every offset in the output is built on that.
"""

from __future__ import annotations

import importlib
import re
import sys
from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from importlib import resources
from importlib.util import find_spec
from itertools import accumulate
from types import ModuleType
from typing import Any, NamedTuple

from .memo import WordMemo

BACKENDS = ("jieba", "rjieba")
_chosen: str | None = None

# jieba's own rule for runs it has no dictionary word for (jieba.finalseg.re_skip).
_ALNUM_RUN = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
# Characters jieba-rs segments as Chinese and jieba does not (rare ideographs);
# jieba makes each a token of its own, as it does every character outside its word class.
_RARE_BELOW = "\u3400-\u4dbf\u9fd6-\u9fff\uf900-\ufaff"  # rare ideographs below U+10000, as class ranges
_WIDER_HAN = re.compile(f"[{_RARE_BELOW}\U00020000-\U0002fa1f]")
_OUTSIDE_WORDS = r"([^\u4e00-\u9fd5a-zA-Z0-9+#&._%\-])"  # compiled when a rare ideograph needs it
# Only where a symbol jieba's word class admits touches a letter, digit or symbol
# can the two disagree on ASCII: most texts have no such place, and pass untouched.
# (Written to start with the symbol, so the search skips from symbol to symbol at C speed.)
_JOINED_ASCII = re.compile(r"[+#&._%\-](?:(?<=[a-zA-Z0-9+#&._%\-].)|(?=[a-zA-Z0-9]))", re.DOTALL)
# An ASCII character that is neither letter nor digit, beside another ASCII character
# (the class first, so the search skips to candidates instead of trying a lookbehind everywhere).
_ASCII_SYMBOL = re.compile(r"[\x00-/:-@[-`{-\x7f](?:(?<=[\x00-\x7f].)|(?=[\x00-\x7f]))", re.DOTALL)
_SLACK = 16  # how far ahead a token that lost its place may be found again
_HMM_REMEMBERED = 50_000  # runs whose HMM words are kept (`_accurate`), then forgotten
_PATTERN_PAYS = 100_000  # characters checked for traditional ones before a pattern does it (`_has_traditional`)
_checked = 0  # characters checked so far by this process


@cache  # asked for every word `known` looks up; an install does not change under a running process
def available(name: str) -> bool:
    return find_spec(name) is not None


def default() -> str:
    return "rjieba" if available("rjieba") else "jieba"


def use(name: str | None) -> str:
    """Choose the backend for this process (None: the default); the name chosen."""
    global _chosen
    name = name or default()
    if name not in BACKENDS:
        raise ValueError(f"unknown segmenter {name!r} (choose from {', '.join(BACKENDS)})")
    if not available(name):
        raise ValueError(f"segmenter {name!r} is not installed (pip install 'xuhui-extract[fast]')")
    _chosen = name
    return name


def backend() -> str:
    return _chosen or default()


def warm() -> None:
    """Load the chosen backend's dictionary now (a worker does this once, before its first document)."""
    _backend(backend())


def cut_ends(text: str) -> tuple[list[str], list[int]]:
    """Segment `text`: the tokens, which concatenate back to `text` exactly, and where each ends.

    The dictionaries are simplified, so traditional text (黨員繳納的黨費) is
    segmented as its simplified copy and the words are cut from the text as written.
    The ends come with the tokens because the rjieba backend has them at hand when it
    brings ASCII tokens to jieba's: the document does not sum a page's lengths again.
    """
    if not text:
        return [], []
    common = _common(text)
    simple = text if common else simplified(text)
    tokens, ends = _backend(backend()).cut(simple, common)
    if "".join(tokens) != simple:
        tokens = _realign(tokens, simple)
        ends = _ends(tokens)
    if simple == text:
        return tokens, ends
    return [text[e - len(w) : e] for w, e in zip(tokens, ends, strict=True)], ends


def _ends(tokens: list[str]) -> list[int]:
    return list(accumulate(map(len, tokens)))


def _with_ends(tokens: list[str]) -> tuple[list[str], list[int]]:
    return tokens, _ends(tokens)


def known(word: str) -> bool:
    """Is `word` (or its simplified form) an entry of the dictionary (jieba's own or the packaged one)?"""
    return _backend(backend()).known(simplified(word))


def simplified(text: str) -> str:
    """`text` with traditional characters mapped one for one to simplified ones: same length, same offsets.

    Most text has none, and asking is faster than translating.
    """
    return text.translate(_to_simplified()[0]) if _has_traditional(text) else text


def _has_traditional(text: str) -> bool:
    """Does `text` hold a character `simplified` changes?

    Asking the set makes a string object per character (55 µs for a 5 KB page);
    a class of the traditional characters scans at C speed (5 µs), but takes
    3 ms to compile. So the set answers until the process has checked
    `_PATTERN_PAYS` characters (a one-page run never compiles the class), the
    class from then on. The class holds the Basic Multilingual Plane's
    traditional characters, the rare ideographs (for `_common`) and all
    characters beyond the plane as one range (`re` tests such characters
    against each range in turn, so listing them would make it slower than the
    set); where it finds other than a traditional character, the set decides.
    """
    global _checked
    if _checked < _PATTERN_PAYS:
        _checked += len(text)
        return not _to_simplified()[1].isdisjoint(text)
    m = _unusual().search(text)
    if m is None:
        return False
    traditional = _to_simplified()[1]
    return m.group() in traditional or not traditional.isdisjoint(text)


def _common(text: str) -> bool:
    """Does `text` hold neither a traditional character nor a rare ideograph (`_WIDER_HAN`)? One scan for both.

    `simplified` and the rjieba backend would each test every character of a page against a class
    (65 instructions a character each); most pages hold neither kind, and the one class of both
    (`_unusual`) says so at once. Asked once that class answers for `simplified` (see
    `_has_traditional`); before that, and wherever it finds a character, False: each asks on its own.
    """
    return _checked >= _PATTERN_PAYS and _unusual().search(text) is None


@cache
def _to_simplified() -> tuple[dict[int, str], frozenset[str]]:
    # Character to character, traditional → simplified: the table that ships with cn2an's helper, proces.
    table = str.maketrans(_module_alone("proces", "conf").T2S_DICT)
    return table, frozenset(chr(k) for k, v in table.items() if chr(k) != v)


@cache
def _unusual() -> re.Pattern[str]:
    """A class of the traditional characters below U+10000, of `_WIDER_HAN`'s rare ideographs there,
    and of every character beyond (`_has_traditional`, `_common`)."""
    below = "".join(sorted(re.escape(c) for c in _to_simplified()[1] if ord(c) < 0x10000))
    return re.compile(f"[{below}{_RARE_BELOW}\U00010000-\U0010ffff]")


def _userdict() -> list[tuple[str, int | None, str | None]]:
    """`lexicon/userdict.txt` as (word, frequency, tag), read the way jieba reads a user dictionary."""
    out = []
    text = resources.files(__package__).joinpath("lexicon", "userdict.txt").read_text(encoding="utf-8")
    for line in text.lstrip("\ufeff").splitlines():
        m = re.match(r"^(.+?)( [0-9]+)?( [a-z]+)?$", line.strip())
        if m:
            word, freq, tag = m.groups()
            out.append((word, int(freq) if freq else None, tag.strip() if tag else None))
    return out


class _Backend(NamedTuple):
    # The tokens and their ends (`cut_ends`); with True after the text, it is known to hold no rare ideograph.
    cut: Callable[[str, bool], tuple[list[str], list[int]]]
    known: Callable[[str], bool]


@cache
def _backend(name: str) -> _Backend:
    return _rjieba() if name == "rjieba" else _jieba()


def _jieba() -> _Backend:
    tok = _tokenizer()
    accurate = _accurate(tok)

    def cut(text: str, common: bool = False) -> tuple[list[str], list[int]]:
        return _with_ends(accurate(text))

    return _Backend(cut, lambda word: bool(tok.FREQ.get(word)))


@cache
def _tokenizer() -> Any:
    """jieba's tokenizer with the packaged user dictionary, loaded once (encoding detection scores with it too)."""
    import logging

    # jieba imports pkg_resources only to locate its own files, which costs
    # 0.1-0.2 s; hidden, it opens them by path instead.
    hide = "pkg_resources" not in sys.modules
    if hide:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
    finally:
        if hide and sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]

    jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict…" on the terminal
    tok = jieba.Tokenizer()
    tok.initialize()
    for word, freq, tag in _userdict():
        tok.add_word(word, freq, tag)
    return tok


def _accurate(tok: Any) -> Callable[[str], list[str]]:
    """jieba's accurate mode with HMM (`Tokenizer.lcut(text, HMM=True)`), token for token, in 60 % of its time.

    The same dictionary, the same route (the most probable path through the word
    graph; between equals, the longer word), the same HMM for runs of single
    characters. Only the loops are tighter: the graph is walked once from the
    end, with no per-character lists, tuples or generators. tests/test_segment.py
    holds it to jieba's own output.
    """
    from math import log

    import jieba

    get = tok.FREQ.get
    logtotal = log(tok.total)
    hmm = jieba.finalseg.cut
    blocks, skips = jieba.re_han_default, jieba.re_skip_default
    # The HMM's words for a run, remembered: its Viterbi pass is a tenth of the
    # segmentation time, and names and terms the dictionary lacks come back
    # within an article and across a corpus. Forgotten at a bound, so memory stays flat.
    hmm_words: dict[str, list[str]] = {}

    def unknown(buf: str, out: list[str]) -> None:
        """A run of single characters: one of them alone, a dictionary word spelt out, or the HMM's words."""
        if len(buf) == 1:
            out.append(buf)
        elif not get(buf):
            words = hmm_words.get(buf)
            if words is None:
                if len(hmm_words) >= _HMM_REMEMBERED:
                    hmm_words.clear()
                words = hmm_words[buf] = list(hmm(buf))
            out.extend(words)
        else:
            out.extend(buf)

    def block(sentence: str, out: list[str]) -> None:
        n = len(sentence)
        score = [0.0] * (n + 1)  # best log probability of sentence[k:]
        nxt = [0] * (n + 1)  # where the best first word of sentence[k:] ends
        for k in range(n - 1, -1, -1):
            best, end = None, k
            i, frag = k, sentence[k]
            while i < n and (f := get(frag)) is not None:  # every prefix of a word is in FREQ
                if f:
                    v = log(f) - logtotal + score[i + 1]
                    if best is None or v > best or (v == best and i > end):
                        best, end = v, i
                i += 1
                frag = sentence[k : i + 1]
            if best is None:  # no word starts here: the character alone
                best = log(get(sentence[k]) or 1) - logtotal + score[k + 1]
            score[k], nxt[k] = best, end + 1
        x, buf = 0, ""
        while x < n:
            y = nxt[x]
            if y - x == 1:
                buf += sentence[x]
            else:
                if buf:
                    unknown(buf, out)
                    buf = ""
                out.append(sentence[x:y])
            x = y
        if buf:
            unknown(buf, out)

    def cut(text: str) -> list[str]:
        out: list[str] = []
        for blk in blocks.split(text):
            if not blk:
                continue
            if blocks.match(blk):
                block(blk, out)
            else:
                for x in skips.split(blk):
                    if skips.match(x):
                        out.append(x)
                    else:
                        out.extend(x)
        return out

    return cut


def _rjieba() -> _Backend:
    tok = _module_alone("rjieba", "rjieba").Jieba()
    entries = _userdict()
    for word, freq, tag in entries:
        tok.add_word(word, freq, tag)
    has_word = tok.has_word
    # Words added with frequency 0 are there only to be split: jieba never yields
    # them whole and does not count them as words.
    split = frozenset(word for word, freq, _ in entries if freq == 0)
    # An ASCII token as jieba cuts it, per token and process: dates and decimals recur.
    like_jieba: WordMemo[list[str]] = WordMemo(lambda t: _like_jieba(t, has_word))

    def cut(text: str, common: bool = False) -> tuple[list[str], list[int]]:
        tokens = tok.cut(text, True)
        rare = not common and _WIDER_HAN.search(text) is not None
        # A word to split is a token only where it is written: most texts hold none, and a
        # substring search for each is cheaper than hashing each token.
        if not rare and (not any(map(text.__contains__, split)) or split.isdisjoint(tokens)):
            if _JOINED_ASCII.search(text):
                return _ascii_like_jieba(text, tokens, like_jieba.__getitem__)
            return _with_ends(tokens)
        out: list[str] = []
        for t in tokens:
            if t in split:
                out.extend(t)
            elif len(t) > 1 and rare and _WIDER_HAN.search(t):
                for piece in re.split(_OUTSIDE_WORDS, t):
                    out.extend(_like_jieba(piece, has_word) if piece.isascii() else [piece] if piece else [])
            elif len(t) > 1 and t.isascii():
                out.extend(_like_jieba(t, has_word))
            else:
                out.append(t)
        return _with_ends(out)

    return _Backend(cut, lambda word: word not in split and has_word(word))


def _module_alone(package: str, name: str) -> ModuleType:
    """`package.name`, loaded without running the package's `__init__` when that is not imported yet.

    Both packages whose parts are needed here do costly work at import for
    parts not needed: rjieba's builds a default `Jieba` (its dictionary loaded
    once more, 0.1 s), proces's imports its text-masking module (25 ms). The
    module is loaded from its file under its own name, where a later import of
    the package finds it; where that fails, the package is imported as usual.
    """
    full = f"{package}.{name}"
    if package in sys.modules or full in sys.modules:
        return importlib.import_module(full)
    try:
        from importlib.machinery import EXTENSION_SUFFIXES
        from importlib.util import module_from_spec, spec_from_file_location
        from pathlib import Path

        spec = find_spec(package)
        folder = Path(next(iter(spec.submodule_search_locations or ())))  # type: ignore[union-attr]
        path = next(p for s in (*EXTENSION_SUFFIXES, ".py") if (p := folder / f"{name}{s}").exists())
        found = spec_from_file_location(full, path)
        module = module_from_spec(found)  # type: ignore[arg-type]
        sys.modules[full] = module
        found.loader.exec_module(module)  # type: ignore[union-attr]
        return module
    except Exception:
        sys.modules.pop(full, None)
        return importlib.import_module(full)


def _ascii_like_jieba(
    text: str, tokens: list[str], like_jieba: Callable[[str], list[str]]
) -> tuple[list[str], list[int]]:
    """`tokens` with each ASCII token cut as jieba cuts it (`_like_jieba`), looking only where that can matter;
    and their ends.

    Only a token holding an ASCII character that is neither a letter nor a digit
    can change; inside a token of two or more ASCII characters, each of them has
    an ASCII neighbour, so `_ASCII_SYMBOL` finds every such token. A text with a
    few decimals (2.5, 6.9%) pays a bisect per symbol, not a pass over its tokens.
    """
    ends = _ends(tokens)
    fixed: dict[int, list[str]] = {}
    for m in _ASCII_SYMBOL.finditer(text):
        i = bisect_right(ends, m.start())
        t = tokens[i]
        if i not in fixed and len(t) > 1 and t.isascii():
            fixed[i] = like_jieba(t)
    for i in sorted(fixed, reverse=True):  # from the end, so the indices before stay valid
        pieces = fixed[i]
        if len(pieces) > 1:  # (the pieces rebuild the token: one piece is the token as it was)
            start = ends[i] - len(tokens[i])
            tokens[i : i + 1] = pieces
            ends[i : i + 1] = [start + e for e in accumulate(map(len, pieces))]
    return tokens, ends


def _like_jieba(t: str, has_word: Callable[[str], bool]) -> list[str]:
    """An ASCII token as jieba cuts it: 2019-07-11 → 2019 - 07 - 11, PM2.5 and C++ whole."""
    if t.isalnum() or t.isspace() or has_word(t):
        return [t] if t else []
    return [p for p in _ALNUM_RUN.split(t) if p]


def _realign(tokens: list[str], text: str) -> list[str]:
    """Tokens that do not rebuild `text` (a character dropped or changed) put back on the text.

    Each token is looked for where the previous one ended; characters no token
    covers become tokens of their own (whitespace one by one, the rest in runs).
    """
    out: list[str] = []
    pos = 0
    for tok in tokens:
        if not tok:
            continue
        at = text.find(tok, pos, pos + len(tok) + _SLACK)
        if at < 0:
            continue
        out.extend(_gap(text[pos:at]))
        out.append(tok)
        pos = at + len(tok)
    out.extend(_gap(text[pos:]))
    return out


def _gap(s: str) -> list[str]:
    return re.findall(r"\s|\S+", s)
