"""Where the time of one document goes: milliseconds per document for each stage, in process.

    python benchmarks/stages.py                   # 500 documents, the default segmenter
    python benchmarks/stages.py --segmenter jieba --docs 200 --passes 5

Builds the corpus `bench.py` builds (the repository's articles cut into ~5 KB
documents), extracts every document `--passes` times after a warm-up pass, and
prints each stage's time per document, the best pass of each, largest first.
`document` is the shared view and its segmentation (`Document` and its
tokens); `json` is serialising the record. This is the table to read before
making anything faster, and to read again after.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout, whatever is installed

from bench import build_corpus

from xuhui_extract import pipeline, segment

STAGES = {  # module: the functions `pipeline.run` calls in it
    "chrome": ("find",),
    "outline": ("extract",),
    "measures": ("extract",),
    "dates": ("extract",),
    "orgs": ("extract",),
    "initiatives": ("extract",),
    "metrics": ("extract",),
    "quotes": ("documents", "terms", "quotations"),
    "keywords": ("extract",),
}


def _timed(fn: Callable, label: str, totals: dict[str, float]) -> Callable:
    def call(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[label] += time.perf_counter() - start

    return call


def _instrument(totals: dict[str, float]) -> None:
    """Wrap each stage as `pipeline` sees it, and the document with its tokens."""
    for module, names in STAGES.items():
        mod = getattr(pipeline, module)
        for name in names:
            label = module if len(names) == 1 else f"{module}.{name}"
            setattr(mod, name, _timed(getattr(mod, name), label, totals))
    make = pipeline.Document

    def document(*args, **kwargs):
        start = time.perf_counter()
        doc = make(*args, **kwargs)
        doc.tokens  # noqa: B018 — segmentation is part of the shared document
        totals["document"] += time.perf_counter() - start
        return doc

    pipeline.Document = document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=500, help="documents in the corpus (default 500)")
    parser.add_argument("--passes", type=int, default=3, help="timed passes over the corpus (default 3)")
    parser.add_argument("--segmenter", choices=segment.BACKENDS, help="default: rjieba when installed")
    args = parser.parse_args()
    print(f"segmenter: {segment.use(args.segmenter)}")

    with tempfile.TemporaryDirectory(prefix="xuhui-stages-") as tmp:
        build_corpus(Path(tmp), args.docs)
        texts = [p.read_text(encoding="utf-8") for p in sorted(Path(tmp).rglob("*.txt"))]

    totals: dict[str, float] = defaultdict(float)
    _instrument(totals)
    for text in texts:  # warm: dictionaries, patterns, per-process memos
        pipeline.run(text).model_dump_json()
    best: dict[str, float] = {}
    for _ in range(args.passes):
        totals.clear()
        start = time.perf_counter()
        for text in texts:
            article = pipeline.run(text)
            t = time.perf_counter()
            article.model_dump_json()
            totals["json"] += time.perf_counter() - t
        totals["total"] = time.perf_counter() - start
        for label, seconds in totals.items():
            best[label] = min(best.get(label, seconds), seconds)

    total = best.pop("total")
    print(f"{len(texts)} documents, best of {args.passes} passes: {total / len(texts) * 1000:.3f} ms per document")
    for label, seconds in sorted(best.items(), key=lambda kv: -kv[1]):
        share = seconds / total
        print(f"  {label:<18} {seconds / len(texts) * 1000:6.3f} ms  {share:4.0%}")
    rest = total - sum(best.values())
    print(f"  {'(the rest)':<18} {rest / len(texts) * 1000:6.3f} ms  {rest / total:4.0%}")


if __name__ == "__main__":
    main()
