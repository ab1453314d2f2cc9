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


def cut(text: str) -> list[str]:
    """Segment `text`; the tokens concatenate back to `text` exactly."""
    if not text:
        return []
    return _tokenizer().lcut(text, HMM=True)


def known(word: str) -> bool:
    """Is `word` an entry of the dictionary (jieba's own or the packaged one)?"""
    return bool(_tokenizer().FREQ.get(word))
