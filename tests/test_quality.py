"""Quality can never drop silently: the scorer over the sample and the dev set, against pinned floors.

The dev set (tests/data/dev: six real articles of other genres with hand-made
answers, made by tests/data/dev/ANNOTATION.md) and the sample are scored by
`xuhui_extract.evaluate`, the same rules as the shared scorer. Each field must
stay at or above its floor. The floors sit a little under what the extractor
reaches; they only go up: when a change raises a field, raise its floor with
it, and never lower one to make a change pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from xuhui_extract.evaluate import Report, evaluate

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"

# Pinned from main after the merge of every helper's work (dev: metrics 0.980, organisations 0.967,
# every other field 1.000; the sample 1.000 throughout), dev metrics raised to 0.986 on the metrics2
# branch. Raise a floor when its field improves.
SAMPLE_FLOORS = dict.fromkeys(
    (
        "meta",
        "sections",
        "measures",
        "metrics",
        "metrics_no_chrome",
        "dates",
        "dates_no_chrome",
        "documents",
        "terms",
        "quotations",
        "initiatives_recall",
        "organizations_recall",
        "overall",
    ),
    0.99,
)
DEV_FLOORS = {
    "meta": 0.97,
    "sections": 0.97,
    "measures": 0.97,
    "metrics": 0.97,
    "metrics_no_chrome": 0.97,
    "dates": 0.97,
    "dates_no_chrome": 0.97,
    "documents": 0.97,
    "terms": 0.97,
    "quotations": 0.97,
    "initiatives_recall": 0.97,
    "organizations_recall": 0.94,
    "overall": 0.98,
}


@pytest.fixture(scope="module")
def sample() -> Report:
    return evaluate(DATA / "gold", ROOT / "samples")


@pytest.fixture(scope="module")
def dev() -> Report:
    return evaluate(DATA / "dev" / "gold", DATA / "dev" / "articles")


def _below(report: Report, floors: dict[str, float]) -> list[str]:
    got = {**report.fields, "overall": report.overall}
    return [f"{k}: {got.get(k, 0.0):.3f} < {floor}" for k, floor in floors.items() if got.get(k, 0.0) < floor - 1e-9]


def test_sample_holds_its_floors(sample):
    assert not sample.failures and not sample.violations
    assert _below(sample, SAMPLE_FLOORS) == []


def test_dev_set_holds_its_floors(dev):
    assert not dev.failures, dev.failures
    assert not dev.violations, dev.violations[:5]
    assert len(dev.per_doc) == 6
    assert _below(dev, DEV_FLOORS) == []
