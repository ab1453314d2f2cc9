"""Build hook: the modules run for every document are compiled with mypyc where that works, else left pure.

pyproject.toml holds the project's metadata; this file only adds the compiled
modules. Compiled, a document costs about a tenth fewer instructions (the
code is interpreter overhead: Python calls, attribute reads, small slices).
Compiling is an extra, never a condition of installing: without mypyc or a C
compiler, or when a compile fails, the package installs as plain Python with
one warning line (`pip install -v` shows it; `xuhui-extract --version` says
which). `XUHUI_EXTRACT_PURE=1` installs plain Python on purpose, for
development: an editable install puts the compiled modules next to their
sources, where they would shadow every later edit.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import Distribution, setup
from setuptools.command.build_ext import build_ext

# The per-document stages and what they share. Not compiled: the models (pydantic), the command
# line, batch and parallel running, input and output, the views.
COMPILED = [
    "chrome",
    "dates",
    "document",
    "idf",
    "initiatives",
    "keywords",
    "lazy",
    "lexicon",
    "measures",
    "memo",
    "metrics",
    "numbers",
    "orgs",
    "outline",
    "pipeline",
    "quantities",
    "quotes",
    "segment",
    "subjects",
    "uncounted",
]


def _pure() -> bool:
    return os.environ.get("XUHUI_EXTRACT_PURE", "") not in ("", "0")


def _warn(why: str) -> None:
    print(f"WARNING: xuhui-extract installs as pure Python (slower): {why}", file=sys.stderr, flush=True)


class _Wheel(Distribution):
    def has_ext_modules(self) -> bool:
        # The extensions are made by build_ext itself (below); this makes setuptools run it.
        return not _pure()


class _OptionalMypyc(build_ext):
    """build_ext that makes the mypyc extensions when it runs, and on any failure builds none.

    mypyc type-checks and writes C only here, not every time setuptools reads
    the project (metadata, requirements). All or nothing: a module compiled
    into the shared library but missing its own extension would not import.
    """

    def finalize_options(self) -> None:
        self.distribution.ext_modules = [] if _pure() else _extensions()
        super().finalize_options()

    def run(self) -> None:
        if not self.extensions:
            return
        try:
            super().run()
        except (Exception, SystemExit) as error:  # a compiler missing or failing
            _remove(self)
            _warn(f"compiling with mypyc failed ({type(error).__name__}: {str(error)[:160]})")


def _extensions() -> list:
    try:
        from mypyc.build import mypycify
    except ImportError as error:
        _warn(f"mypyc is not installed ({error})")
        return []
    try:
        extensions = mypycify([f"xuhui_extract/{name}.py" for name in COMPILED], group_name="xuhui_extract")
    except (Exception, SystemExit) as error:  # mypyc exits on a type error
        _warn(f"mypyc could not compile the modules ({type(error).__name__}: {error})")
        return []
    return extensions


def _remove(command: build_ext) -> None:
    """Delete whatever extensions were built before the failure, wherever they went."""
    for ext in command.extensions:
        for path in {command.get_ext_fullpath(ext.name), Path(command.build_lib, command.get_ext_filename(ext.name))}:
            Path(path).unlink(missing_ok=True)


setup(distclass=_Wheel, cmdclass={"build_ext": _OptionalMypyc})
