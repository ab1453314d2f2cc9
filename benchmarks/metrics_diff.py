"""Missed and spurious metrics per article: the worklist for tuning `metrics.py`.

    python -m benchmarks.metrics_diff tests/data/dev/gold tests/data/dev/articles [NAME-FILTER]

Matching is the scorer's (`evaluate.same_metric`, greedy one-to-one); a miss
prints the gold `context`, a spurious metric its text and the sentence around it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from xuhui_extract.evaluate import extract_record, same_metric


def _row(m: dict) -> str:
    extra = "".join(f" {k}={m[k]}" for k in ("value_max", "approximate") if m.get(k))
    return f"{m.get('value')} {m.get('unit') or '-'} [{m.get('subject')}]{extra}"


def main(gold_dir: str, articles_dir: str, only: str = "") -> None:
    for gpath in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        if only not in gold["file"]:
            continue
        rec, text = extract_record(Path(articles_dir) / gold["file"])
        pred = rec["metrics"]
        used = [False] * len(pred)
        missed = []
        for g in gold["metrics"]:
            i = next((i for i, p in enumerate(pred) if not used[i] and same_metric(p, g)), None)
            if i is None:
                missed.append(g)
            else:
                used[i] = True
        print(f"== {gold['file']}: {sum(used)}/{len(gold['metrics'])} gold found, {len(pred)} predicted")
        for g in missed:
            near = [_row(p) for i, p in enumerate(pred) if not used[i] and p["value"] == g["value"]]
            print(f"  MISS {_row(g)}  <{g.get('context', '')}>  ours: {'; '.join(near) or '-'}")
        for i, p in enumerate(pred):
            if not used[i]:
                s = p["sentence_span"]
                print(f"  SPUR {_row(p)}  «{p['text']}»  in {text[s[0] : s[1]][:60]!r}")


if __name__ == "__main__":
    main(*sys.argv[1:])
