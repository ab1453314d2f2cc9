"""Hostile inputs (smaller versions of benchmarks/hostile.py) finish and give valid, grounded records.

Timing is not asserted here — `python benchmarks/hostile.py` measures it —
only that each input completes and its record holds together.
"""

from __future__ import annotations

import importlib.util

import pytest

from xuhui_extract import extract
from xuhui_extract.models import Article

from .conftest import ROOT
from .records import sections_nest, spans_slice_back

_spec = importlib.util.spec_from_file_location("hostile", ROOT / "benchmarks" / "hostile.py")
hostile = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hostile)

SIZE = 30_000  # bytes of each input: big enough for every pattern to repeat many times


@pytest.mark.parametrize("name", list(hostile.HOSTILE))
def test_hostile_input_gives_a_valid_record(name):
    text = hostile.HOSTILE[name](SIZE)
    assert len(text.encode("utf-8")) >= SIZE
    article = extract(text)
    assert Article.model_validate(article.model_dump()) == article
    assert not spans_slice_back(article, text)
    assert not sections_nest(article)


def test_long_numerals_are_not_numbers():
    article = extract("已有" + "9" * 400 + "家支部完成，另有" + "一" * 500 + "家。\n阅读：" + "9" * 400 + "次\n")
    assert all(abs(m.value) < 1e300 for m in article.metrics)
    assert Article.model_validate(article.model_dump()) == article


def test_runs_of_measures_do_not_swallow_the_text():
    text = "一是要加强，二是要落实，" * 200
    article = extract(text)
    assert len(article.measures) == 400
    assert max(len(m.text) for m in article.measures) <= len("一是要加强，二是要落实，")
