"""The per-document modules are compiled wherever the install could compile them (setup.py).

A failed compile installs pure Python with only a warning in the build log, so
nothing else would notice the fallback: this test fails then, where a C compiler
was there to use and XUHUI_EXTRACT_PURE did not ask for pure Python.
"""

from __future__ import annotations

import ast
import importlib
import importlib.metadata
import json
import os
import shlex
import shutil
import sysconfig
from pathlib import Path

import pytest

from xuhui_extract import compiled

ROOT = Path(__file__).resolve().parent.parent


def _listed() -> list[str]:
    """setup.py's COMPILED list, read without running setup.py."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "COMPILED" for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError("setup.py lists no COMPILED modules")


def _installed_from_here() -> bool:
    """Was this checkout installed in place (`pip install -e`: a build ran and put its modules here)?"""
    # Every distribution of that name: the build's own egg-info in the checkout comes first on the path.
    for dist in importlib.metadata.distributions(name="xuhui-extract"):
        origin = json.loads(dist.read_text("direct_url.json") or "{}")
        if origin.get("dir_info", {}).get("editable") and origin.get("url", "") == ROOT.as_uri():
            return True
    return False


def _compiler() -> bool:
    cc = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    return shutil.which(shlex.split(cc)[0]) is not None


def test_every_listed_module_exists():
    for name in _listed():
        assert (ROOT / "xuhui_extract" / f"{name}.py").is_file(), name


@pytest.mark.skipif(os.environ.get("XUHUI_EXTRACT_PURE", "") not in ("", "0"), reason="pure Python asked for")
@pytest.mark.skipif(not _compiler(), reason="no C compiler: the install is pure Python")
@pytest.mark.skipif(not _installed_from_here(), reason="this checkout is not installed: nothing was compiled")
def test_listed_modules_are_compiled():
    pure = [name for name in _listed() if importlib.import_module(f"xuhui_extract.{name}").__file__.endswith(".py")]
    assert not pure, f"installed as pure Python (see the build log: pip install -v): {pure}"


def test_no_compiled_module_is_older_than_its_source():
    """Python imports a compiled module before its `.py`: an edit behind an older build would go untested."""
    stale = sorted(name for name, older in compiled.modules().items() if older)
    assert not stale, f"older than their source (run pip install -e . again): {stale}"
