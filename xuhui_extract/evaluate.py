"""The project's own quality measure: per-field precision, recall and F1 against hand-made answers.

    python -m xuhui_extract.evaluate --gold tests/data/dev/gold --articles tests/data/dev/articles

Each gold file (made by the rules in tests/data/dev/ANNOTATION.md) names its
article; the article is extracted in-process and compared field by field by
the same rules as the shared scorer (`../shared/tools/score.py`), so a figure
here is the figure the issue's acceptance run reports. A field's score is the
mean over documents of its F1; `overall` is the mean of the fields, leaving
out the `*_no_chrome` checks (they measure leaks from page chrome, not hits).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

PRF = tuple[float, float, float]
# Fields a failed document scores zero on (the recall-only lists are skipped, as the scorer does).
_CORE = ("meta", "sections", "measures", "metrics", "dates", "documents", "terms", "quotations")
_SPANNED = ("measures", "initiatives", "metrics", "dates", "documents", "terms", "quotations", "organizations")


def norm(s: object) -> str:
    """NFKC with all white space removed: full/half width and spacing never matter."""
    return "" if s is None else "".join(unicodedata.normalize("NFKC", str(s)).split())


def prf(tp: int, n_pred: int, n_gold: int) -> PRF:
    """Precision, recall, F1; an empty prediction for an empty answer is perfect."""
    p = tp / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def match_count(pred: list, gold: list, same: Callable[[object, object], bool]) -> int:
    """Greedy one-to-one matching in gold order: how many gold items find an unused prediction."""
    used = [False] * len(pred)
    hits = 0
    for g in gold:
        for i, p in enumerate(pred):
            if not used[i] and same(p, g):
                used[i] = True
                hits += 1
                break
    return hits


def close_names(a: object, b: object) -> bool:
    """Equal, or one a prefix/suffix of the other (at least 3 characters) with at most 6 left over."""
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return a == b or (
        len(short) >= 3 and len(long_) <= len(short) + 6 and (long_.startswith(short) or long_.endswith(short))
    )


def same_metric(pred: dict, gold: dict) -> bool:
    """Same value, same unit (when the answer has one), and a subject that contains or is contained by the answer's.

    A predicted subject may hold the answer with up to 8 more characters (a
    whole clause that merely contains it does not count), or be a part of it
    at least 2 characters long.
    """
    try:
        if not math.isclose(float(pred.get("value")), float(gold["value"]), rel_tol=1e-6):
            return False
    except (TypeError, ValueError):
        return False
    if gold.get("unit") and norm(pred.get("unit")) != norm(gold["unit"]):
        return False
    ps, gs = norm(pred.get("subject")), norm(gold.get("subject"))
    return bool(ps) and ((gs in ps and len(ps) <= len(gs) + 8) or (ps in gs and len(ps) >= min(2, len(gs))))


def same_quotation(pred: dict, gold: dict) -> bool:
    """The quote starts as the answer says; the speaker, when named, matches or ends with the name."""
    if not norm(pred.get("text")).startswith(norm(gold["text_starts"])):
        return False
    if gold.get("speaker") is None:
        return True
    ps, gs = norm(pred.get("speaker")), norm(gold["speaker"])
    return (
        close_names(ps, gs)
        or (len(gs) >= 2 and ps.endswith(gs) and len(ps) <= len(gs) + 12)
        or (len(ps) >= 2 and gs.endswith(ps))
    )


def same_initiative(pred: dict, gold: dict) -> bool:
    """Either verb of a compound action matches; the object holds the answer's with at most 12 more characters."""
    po, go = norm(pred.get("object")), norm(gold["object"])
    pa, ga = norm(pred.get("action")), norm(gold["action"])
    return bool(pa) and (ga in pa or pa in ga) and go in po and len(po) <= len(go) + 12


def _meta(pred: dict, gold: dict) -> PRF:
    hits = 0
    for key, want in gold.items():
        got = pred.get(key)
        if key == "breadcrumb":
            hits += [norm(x) for x in got or []] == [norm(x) for x in want]
        elif key == "views":
            hits += got == want
        else:
            hits += norm(got) == norm(want)
    return prf(hits, len(gold), len(gold))


def _sets(pred: Iterable[object], gold: Iterable[object]) -> PRF:
    p, g = set(pred), set(gold)
    return prf(len(p & g), len(p), len(g))


def _recall(pred: list, gold: list, found: Callable[[list, object], bool]) -> PRF:
    r = sum(1 for g in gold if found(pred, g)) / len(gold) if gold else 1.0
    return r, r, r


def score_record(rec: dict, gold: dict) -> dict[str, PRF]:
    """Per-field (precision, recall, F1) of one extracted record (the JSON form) against its answer."""
    out: dict[str, PRF] = {}
    if gold.get("meta"):
        out["meta"] = _meta(rec.get("meta") or {}, gold["meta"])
    by_id = {s.get("id"): s for s in rec.get("sections", [])}

    def title_of(section_id: object) -> str:
        return norm((by_id.get(section_id) or {}).get("title"))

    if "sections" in gold:
        pred = [(s.get("level"), norm(s.get("title")), title_of(s.get("parent"))) for s in rec.get("sections", [])]
        want = [(g["level"], norm(g["title"]), norm(g.get("parent"))) for g in gold["sections"]]
        out["sections"] = prf(match_count(pred, want, lambda p, g: p == g), len(pred), len(want))
    if "measures" in gold:
        pred = [(title_of(m.get("section")), m.get("ordinal"), norm(m.get("title"))) for m in rec.get("measures", [])]
        want = [(norm(g.get("section")), g.get("ordinal"), norm(g.get("title"))) for g in gold["measures"]]
        out["measures"] = prf(match_count(pred, want, lambda p, g: p == g), len(pred), len(want))
    if "metrics" in gold:
        pred = rec.get("metrics", [])
        out["metrics"] = prf(match_count(pred, gold["metrics"], same_metric), len(pred), len(gold["metrics"]))
        forbidden = set(gold.get("forbidden_metric_values", []))
        if forbidden:
            clean = sum(1 for p in pred if p.get("value") not in forbidden)
            out["metrics_no_chrome"] = prf(clean, len(pred), len(pred))
    if "dates" in gold:
        values = {d.get("value") for d in rec.get("dates", [])}
        out["dates"] = _sets(values, (d["value"] for d in gold["dates"]))
        forbidden = set(gold.get("forbidden_date_values", []))
        if forbidden:
            out["dates_no_chrome"] = prf(len(values - forbidden), len(values), len(values))
    if "documents" in gold:
        out["documents"] = _sets((norm(d.get("title")) for d in rec.get("documents", [])), map(norm, gold["documents"]))
    if "terms" in gold:
        out["terms"] = _sets(
            (norm(t.get("text")) for t in rec.get("terms", [])), (norm(t["text"]) for t in gold["terms"])
        )
    if "quotations" in gold:
        pred = rec.get("quotations", [])
        out["quotations"] = prf(
            match_count(pred, gold["quotations"], same_quotation), len(pred), len(gold["quotations"])
        )
    # Initiatives and organisations are recall only: a reference list of them is never complete.
    if "initiatives" in gold:
        pred = rec.get("initiatives", [])
        out["initiatives_recall"] = _recall(
            pred, gold["initiatives"], lambda ps, g: match_count(ps, [g], same_initiative) > 0
        )
    if "organizations" in gold:
        names = [o.get("name") or "" for o in rec.get("organizations", [])]
        out["organizations_recall"] = _recall(
            names, gold["organizations"], lambda ns, g: any(close_names(n, g) for n in ns)
        )
    return out


def span_violations(rec: dict, text: str) -> list[str]:
    """Labelled items whose span (or spans) do not slice back to the label; sections whose span lacks the title."""
    bad: list[str] = []

    def check(obj: object, where: str) -> None:
        if isinstance(obj, list):
            for v in obj:
                check(v, where)
            return
        if not isinstance(obj, dict):
            return
        label = next((obj[k] for k in ("text", "title", "name") if isinstance(obj.get(k), str)), None)
        if label is not None:
            spans = [obj["span"]] if isinstance(obj.get("span"), list) else []
            spans += obj["spans"] if isinstance(obj.get("spans"), list) else []
            for s in spans:
                if isinstance(s, list) and len(s) == 2 and text[s[0] : s[1]] != label:
                    bad.append(f"{where}: span {s} slices {text[s[0] : s[1]]!r}, not {label!r}")
        for v in obj.values():
            if isinstance(v, (list, dict)):
                check(v, where)

    for key in _SPANNED:
        check(rec.get(key, []), key)
    for s in rec.get("sections", []):
        sp = s.get("span")
        if isinstance(sp, list) and len(sp) == 2 and norm(s.get("title")) not in norm(text[sp[0] : sp[1]]):
            bad.append(f"sections: span {sp} does not hold title {s.get('title')!r}")
    return bad


@dataclass
class Report:
    """Scores of one run over a gold folder."""

    per_doc: dict[str, dict[str, PRF]] = field(default_factory=dict)
    violations: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    _f1s: dict[str, list[float]] = field(default_factory=dict)

    def add(self, name: str, scores: dict[str, PRF]) -> None:
        self.per_doc[name] = scores
        for key, (_, _, f) in scores.items():
            self._f1s.setdefault(key, []).append(f)

    @property
    def fields(self) -> dict[str, float]:
        """Mean F1 per field over the documents that have it."""
        return {k: sum(v) / len(v) for k, v in self._f1s.items()}

    @property
    def overall(self) -> float:
        core = [v for k, v in self.fields.items() if not k.endswith("_no_chrome")]
        return sum(core) / len(core) if core else 0.0


def extract_record(path: Path) -> tuple[dict, str]:
    """The record the command line would print for `path`, made in-process, and the text its spans index.

    It goes through `batch.process`, the CLI's own path from file to record, so
    what is scored is what users get; a failed document raises `RuntimeError`.
    """
    from .batch import Options, process
    from .inputs import Input

    result = process(Input(str(path)), Options())
    if result.error:
        raise RuntimeError(result.error)
    rec = result.record
    if isinstance(rec.get("text"), str):
        return rec, rec["text"]
    raw = path.read_bytes()
    try:
        return rec, raw.decode((rec.get("source") or {}).get("encoding") or "utf-8")
    except (LookupError, UnicodeDecodeError):
        return rec, raw.decode("utf-8", "replace")


def evaluate(gold_dir: Path, articles_dir: Path) -> Report:
    """Score every `*.json` answer in `gold_dir` against its article in `articles_dir`."""
    report = Report()
    for gpath in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        name = gold["file"]
        try:
            rec, text = extract_record(articles_dir / name)
        except (OSError, RuntimeError) as e:  # a failed document scores zero; the run goes on
            report.failures.append(f"{name}: {e}")
            report.add(name, {k: (0.0, 0.0, 0.0) for k in _CORE if k in gold})
            continue
        report.violations += [f"{name}: {v}" for v in span_violations(rec, text)]
        report.add(name, score_record(rec, gold))
    return report


def format_report(report: Report, per_doc: bool = True) -> str:
    lines = []
    if per_doc:
        for name, scores in report.per_doc.items():
            lines.append(f"{name}: " + "  ".join(f"{k}={f:.2f}" for k, (_, _, f) in scores.items()))
    lines += [f"FAILED {f}" for f in report.failures]
    lines += [f"SPAN {v}" for v in report.violations[:20]]
    lines.append("mean F1 by field: " + "  ".join(f"{k}={v:.3f}" for k, v in report.fields.items()))
    lines.append(f"span violations: {len(report.violations)}   failed documents: {len(report.failures)}")
    lines.append(f"overall {report.overall:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m xuhui_extract.evaluate", description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True, type=Path, help="folder of gold *.json answers")
    ap.add_argument("--articles", required=True, type=Path, help="folder holding the articles they name")
    ap.add_argument("--min", type=float, default=None, help="exit 1 when the overall score is below this")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    ap.add_argument("--quiet", action="store_true", help="only the totals")
    args = ap.parse_args(argv)
    report = evaluate(args.gold, args.articles)
    if args.json:
        summary = {
            "fields": report.fields,
            "overall": report.overall,
            "span_violations": len(report.violations),
            "failures": report.failures,
        }
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(format_report(report, per_doc=not args.quiet))
    if report.violations or report.failures:
        return 1
    return 1 if args.min is not None and report.overall < args.min else 0


if __name__ == "__main__":
    sys.exit(main())
