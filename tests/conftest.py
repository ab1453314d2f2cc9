"""Shared fixtures: the bundled sample and its hand-made answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SAMPLE = ROOT / "samples" / "xuhui-party-building-2019.txt"


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_gold() -> dict:
    return json.loads((DATA / "gold" / "xuhui-party-building-2019.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample_article(sample_text):
    from xuhui_extract import extract

    return extract(sample_text, path=str(SAMPLE))
