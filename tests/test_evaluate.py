"""The project's scorer (`xuhui_extract.evaluate`) on records made up to probe each rule."""

from __future__ import annotations

import json

import pytest

from xuhui_extract import evaluate as ev
from xuhui_extract.evaluate import close_names, prf, same_metric, same_quotation, score_record, span_violations


def test_prf_edges():
    assert prf(0, 0, 0) == (1.0, 1.0, 1.0)  # nothing to find, nothing found
    assert prf(0, 0, 3) == (0.0, 0.0, 0.0)
    assert prf(2, 4, 2) == pytest.approx((0.5, 1.0, 2 / 3))


@pytest.mark.parametrize(
    ("pred", "ok"),
    [
        ({"value": 37, "unit": "家", "subject": "支部"}, True),
        ({"value": 37.0000001, "unit": "家", "subject": "支部"}, True),  # rel_tol 1e-6
        ({"value": 38, "unit": "家", "subject": "支部"}, False),
        ({"value": 37, "unit": "个", "subject": "支部"}, False),
        ({"value": 37, "unit": "家", "subject": "律所支部"}, True),  # holds the answer
        ({"value": 37, "unit": "家", "subject": "目前已有三十七家律所党支部"}, False),  # a clause, too long
        ({"value": 37, "unit": "家", "subject": None}, False),
        ({"value": "x", "unit": "家", "subject": "支部"}, False),
    ],
)
def test_same_metric(pred, ok):
    assert same_metric(pred, {"value": 37, "unit": "家", "subject": "支部"}) is ok


def test_same_metric_part_of_a_long_subject_and_no_unit():
    gold = {"value": 100, "unit": None, "subject": "城市生活垃圾利用率"}
    assert same_metric({"value": 100, "unit": "%", "subject": "利用率"}, gold)
    assert not same_metric({"value": 100, "unit": "%", "subject": "率"}, gold)


def test_names_and_quotes():
    assert close_names("徐汇区司法局", "上海市徐汇区司法局")
    assert not close_names("司法", "上海市徐汇区司法局")
    gold = {"speaker": "习近平", "text_starts": "律师队伍是"}
    assert same_quotation({"speaker": "习近平总书记", "text": "律师队伍是依法治国的"}, gold)
    assert same_quotation({"speaker": "总书记习近平", "text": "律师队伍是依法治国的"}, gold)
    assert not same_quotation({"speaker": "李强", "text": "律师队伍是依法治国的"}, gold)
    assert not same_quotation({"speaker": "习近平", "text": "律师是"}, gold)
    assert same_quotation({"speaker": None, "text": "律师队伍是"}, {"speaker": None, "text_starts": "律师"})


def test_score_record_fields():
    rec = {
        "meta": {"title": "标题", "views": 3},
        "sections": [{"id": "1", "parent": None, "level": 1, "title": "一"}],
        "measures": [],
        "metrics": [{"value": 5, "unit": "家", "subject": "律所"}, {"value": 2019, "unit": "年", "subject": "x"}],
        "dates": [{"value": "2019"}, {"value": "2017"}],
        "documents": [{"title": "指南"}],
        "terms": [],
        "quotations": [],
        "initiatives": [{"action": "制定出台", "object": "《指南》"}],
        "organizations": [{"name": "徐汇区司法局"}],
    }
    gold = {
        "meta": {"title": "标 题", "views": 4},
        "sections": [{"level": 1, "title": "一", "parent": None}],
        "measures": [],
        "metrics": [{"value": 5, "unit": "家", "subject": "律所"}],
        "forbidden_metric_values": [2019],
        "dates": [{"value": "2019"}],
        "forbidden_date_values": ["2017"],
        "documents": ["指南"],
        "terms": [{"text": "一肩挑"}],
        "initiatives": [{"action": "出台", "object": "指南"}],
        "organizations": ["司法局", "区律师行业党委"],
    }
    got = score_record(rec, gold)
    assert got["meta"] == (0.5, 0.5, 0.5)
    assert got["sections"][2] == 1.0 and got["measures"] == (1.0, 1.0, 1.0)
    assert got["metrics"] == pytest.approx((0.5, 1.0, 2 / 3))
    assert got["metrics_no_chrome"][0] == 0.5
    assert got["dates_no_chrome"][0] == 0.5
    assert got["terms"] == (0.0, 0.0, 0.0)
    assert got["initiatives_recall"] == (1.0, 1.0, 1.0)
    assert got["organizations_recall"] == (0.5, 0.5, 0.5)  # 司法局 is the end of 徐汇区司法局
    assert "quotations" not in got


def test_span_violations():
    text = "已有37家支部完成。"
    good = {"metrics": [{"text": "37家", "span": [2, 5]}], "sections": [{"title": "已有", "span": [0, 4]}]}
    assert span_violations(good, text) == []
    bad = {"metrics": [{"text": "37家", "span": [1, 4]}], "terms": [{"text": "支部", "spans": [[5, 7], [0, 2]]}]}
    assert len(span_violations(bad, text)) == 2


def test_command_line(tmp_path, capsys):
    art = tmp_path / "articles"
    art.mkdir()
    (art / "a.txt").write_text("区律师行业党委聘请了三位来自高校的教授。\n", encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    answer = {"file": "a.txt", "metrics": [{"value": 3, "unit": "位", "subject": "教授"}]}
    (gold / "a.json").write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")
    assert ev.main(["--gold", str(gold), "--articles", str(art), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["fields"]["metrics"] == 1.0 and summary["failures"] == []
    (gold / "b.json").write_text(json.dumps({"file": "missing.txt", "metrics": []}), encoding="utf-8")
    assert ev.main(["--gold", str(gold), "--articles", str(art), "--quiet"]) == 1
    assert "failed documents: 1" in capsys.readouterr().out
