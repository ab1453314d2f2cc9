"""The held-out set: seven real articles the extractor was never tuned on, scored against pinned floors.

tests/data/holdout holds articles of genres the dev set lacks (a plan in HTML
copy with no-break-space indentation, the target part of another province's
work report, a 1921 Party report with a three-level outline, a 1923 report in
traditional characters with wiki footnotes, a news page with split
breadcrumb and date lines, a text re-wrapped as copied from a PDF, a court's
news page) with answers made by tests/data/dev/ANNOTATION.md before the tool
was first run on them (see tests/data/holdout/README.md). They measure how the
rules generalise, so a change tuned to the dev set that breaks other genres
fails here. The floors sit a little under what the extractor reaches; they
only go up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from xuhui_extract.evaluate import Report, evaluate

HOLDOUT = Path(__file__).resolve().parent / "data" / "holdout"

# Reached on the metrics2 branch: metrics 0.984 (0.805 before its general rules for ordinals, units,
# ranges, durations and subjects), organisations 0.933, initiatives 0.993, every other field 1.000,
# overall 0.991.
FLOORS = {
    "meta": 0.97,
    "sections": 0.97,
    "measures": 0.97,
    "metrics": 0.96,
    "metrics_no_chrome": 0.97,
    "dates": 0.97,
    "dates_no_chrome": 0.97,
    "documents": 0.97,
    "terms": 0.97,
    "quotations": 0.97,
    "initiatives_recall": 0.96,
    "organizations_recall": 0.90,
    "overall": 0.98,
}


@pytest.fixture(scope="module")
def holdout() -> Report:
    return evaluate(HOLDOUT / "gold", HOLDOUT / "articles")


def test_holdout_set_holds_its_floors(holdout):
    assert not holdout.failures, holdout.failures
    assert not holdout.violations, holdout.violations[:5]
    assert len(holdout.per_doc) == 7
    got = {**holdout.fields, "overall": holdout.overall}
    below = [f"{k}: {got.get(k, 0.0):.3f} < {floor}" for k, floor in FLOORS.items() if got.get(k, 0.0) < floor - 1e-9]
    assert below == []
