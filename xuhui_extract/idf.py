"""jieba's IDF table (the weights behind `keywords`), looked up only for the words a document has.

The table is 6 MB of text (350,000 words); parsing it takes a quarter of a
second, longer than extracting a whole article. So, as jieba does with its own
dictionary, it is parsed once into a cache beside jieba's (an SQLite file in
the temporary folder, keyed by the table's size and date), and each document
then asks only for the words no earlier document had (`keywords` remembers
the answers). Where no cache can be written, the table is parsed into memory
once per process instead.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Collection
from functools import cache
from importlib.util import find_spec
from pathlib import Path

_CHUNK = 500  # words per query, well under SQLite's limit on parameters


def _source() -> Path:
    spec = find_spec("jieba")  # finds the package without importing it (jieba's import is slow)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("jieba is not installed; keywords need its IDF table")
    return Path(next(iter(spec.submodule_search_locations)), "analyse", "idf.txt")


def _parse(path: Path) -> tuple[dict[str, float], float]:
    table: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, freq = line.partition(" ")
        if freq:
            table[word] = float(freq)
    median = sorted(table.values())[len(table) // 2] if table else 1.0
    return table, median


def _build(src: Path, target: Path) -> None:
    table, median = _parse(src)
    fd, tmp = tempfile.mkstemp(prefix=target.name, suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        with sqlite3.connect(tmp) as db:
            db.execute("CREATE TABLE idf (word TEXT PRIMARY KEY, idf REAL NOT NULL) WITHOUT ROWID")
            db.execute("CREATE TABLE meta (median REAL NOT NULL)")
            db.executemany("INSERT INTO idf VALUES (?, ?)", table.items())
            db.execute("INSERT INTO meta VALUES (?)", (median,))
        db.close()
        os.chmod(tmp, 0o644)  # shared like jieba's cache: any user may read it
        os.replace(tmp, target)  # concurrent builders each move a complete file into place
    finally:
        Path(tmp).unlink(missing_ok=True)


class _Table:
    """Lookups against the SQLite cache, or against the parsed table where there is none."""

    def __init__(self) -> None:
        src = _source()
        st = src.stat()
        key = hashlib.sha1(f"{src}:{st.st_size}:{st.st_mtime_ns}".encode()).hexdigest()[:12]
        path = Path(tempfile.gettempdir(), f"xuhui-extract.idf.{key}.sqlite")
        self._memory: dict[str, float] | None = None
        try:
            if not path.exists():
                _build(src, path)
            self._db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
            self.median = self._db.execute("SELECT median FROM meta").fetchone()[0]
        except (OSError, sqlite3.Error):
            self._memory, self.median = _parse(src)

    def get(self, words: Collection[str]) -> dict[str, float]:
        if self._memory is not None:
            return {w: self._memory[w] for w in words if w in self._memory}
        words = list(words)
        found: dict[str, float] = {}
        for i in range(0, len(words), _CHUNK):
            chunk = words[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            found.update(self._db.execute(f"SELECT word, idf FROM idf WHERE word IN ({marks})", chunk))
        return found


@cache
def _table(pid: int) -> _Table:
    return _Table()


def lookup(words: Collection[str]) -> tuple[dict[str, float], float]:
    """The IDF of each of `words` that the table has, and the median IDF for the others."""
    table = _table(os.getpid())  # a connection must not cross into a forked worker
    return table.get(words), table.median
