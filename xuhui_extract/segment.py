"""Word segmentation: jieba, loaded once per process with the packaged user dictionary.

Kept behind `cut()` so the rest of the code never imports jieba itself (it is
the slowest import) and the backend can be swapped.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def _tokenizer():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    userdict = resources.files(__package__).joinpath("lexicon", "userdict.txt")
    with resources.as_file(userdict) as path:
        tok.load_userdict(str(path))
    return tok


@cache
def _to_simplified() -> dict[int, str]:
    from proces.conf import T2S_DICT  # character to character, traditional → simplified; ships with cn2an's helper

    return str.maketrans(T2S_DICT)


def simplified(text: str) -> str:
    """`text` with traditional characters mapped one for one to simplified ones: same length, same offsets."""
    return text.translate(_to_simplified())


def cut(text: str) -> list[str]:
    """Segment `text`; the tokens concatenate back to `text` exactly.

    jieba's dictionary is simplified, so traditional text (黨員繳納的黨費) is
    segmented as its simplified copy and the words are cut from the text as written.
    """
    if not text:
        return []
    simple = simplified(text)
    words = _tokenizer().lcut(simple, HMM=True)
    if simple == text:
        return words
    out, pos = [], 0
    for w in words:
        out.append(text[pos : pos + len(w)])
        pos += len(w)
    return out


def known(word: str) -> bool:
    """Is `word` (or its simplified form) an entry of the dictionary (jieba's own or the packaged one)?"""
    return bool(_tokenizer().FREQ.get(simplified(word)))
