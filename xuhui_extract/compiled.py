"""Which of the package's modules run compiled: setup.py compiles the per-document stages with mypyc.

Asked by `xuhui-extract --version`, so it looks at files, not at imports.
"""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path


def modules() -> dict[str, bool]:
    """Each compiled module of the package → is its source newer than the compiled one (in a checkout)?

    A stale one hides the edits to its source: Python imports an extension
    module before a `.py` of the same name (see the README's Compiled modules).
    """
    here = Path(__file__).parent
    # The code is in the shared library beside the package (its own module is a stub, rebuilt only when
    # the list of modules changes): a source is stale when newer than both.
    shared = [p.stat().st_mtime for p in here.parent.glob(f"{here.name}__mypyc.*")]
    # Only in a source checkout (an editable install): an installed wheel's files all date from the install.
    checkout = (here.parent / "setup.py").exists()
    found = {}
    for path in here.iterdir():
        suffix = next((s for s in EXTENSION_SUFFIXES if path.name.endswith(s)), None)
        if suffix is not None:
            source = path.with_name(path.name[: -len(suffix)] + ".py")
            built = max([path.stat().st_mtime, *shared])
            found[source.stem] = checkout and source.exists() and source.stat().st_mtime > built
    return found


def describe() -> str:
    """`16 modules compiled`, with any older than its source named; or `pure Python`."""
    found = modules()
    if not found:
        return "pure Python"
    stale = sorted(name for name, old in found.items() if old)
    note = f"; older than their source: {', '.join(stale)}" if stale else ""
    return f"{len(found)} modules compiled with mypyc{note}"
