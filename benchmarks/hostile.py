"""Hostile inputs against ordinary text: extraction must stay linear.

Builds about 1 MB (UTF-8) of each hostile input and of ordinary text (the
bundled sample repeated), extracts each once in this process and prints the
time of each as a ratio to the ordinary text. The target is a ratio of at
most 5; a stage that goes super-linear (backtracking regexes, a scan per item)
shows up as a ratio far above it. Every record is validated as it comes out.

    python benchmarks/hostile.py            # about 1 MB each
    python benchmarks/hostile.py --mb 0.25  # quicker, same shape

Not a test: timings depend on the machine, so nothing here asserts.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from xuhui_extract import extract  # noqa: E402
from xuhui_extract.models import Article  # noqa: E402

SAMPLE = ROOT / "samples" / "xuhui-party-building-2019.txt"


def _fill(unit: str, size: int) -> str:
    """`unit` repeated to at least `size` bytes of UTF-8."""
    return unit * -(-size // len(unit.encode("utf-8")))


def _cn(n: int) -> str:
    import cn2an

    return cn2an.an2cn(n)


def ordinary(size: int) -> str:
    """The bundled sample, repeated: the yardstick."""
    return _fill(SAMPLE.read_text(encoding="utf-8") + "\n", size)


def _markers(size: int, sep: str) -> str:
    """（一）（二）（三）… counting up, each followed by `sep`."""
    parts, total, n = [], 0, 0
    while total < size:
        n += 1
        m = f"（{_cn(n)}）{sep}"
        parts.append(m)
        total += len(m.encode("utf-8"))
    return "".join(parts)


def _nested(size: int) -> str:
    """Headings of four styles, each with a one-word title, nesting as deep as they look: 一、 (一) 1. （1）."""
    parts, total, n = [], 0, 0
    while total < size:
        n += 1
        block = f"{_cn(n)}、工作\n" + "".join(
            f"（{_cn(i)}）做法\n"
            + "".join(f"{j}.措施\n" + "".join(f"（{k}）成效\n" for k in range(1, 4)) for j in range(1, 4))
            for i in range(1, 4)
        )
        parts.append(block)
        total += len(block.encode("utf-8"))
    return "".join(parts)


def _flat(size: int) -> str:
    """The sample with every punctuation mark, space and line break taken out: one endless line."""
    text = re.sub(r"[\W_]+", "", SAMPLE.read_text(encoding="utf-8"))
    return _fill(text, size)


HOSTILE: dict[str, Callable[[int], str]] = {
    "一是 repeated": lambda size: _fill("一是", size),
    "一是二是 runs, one line": lambda size: _fill("一是要加强，二是要落实，", size),
    "unbalanced “ marks": lambda size: _fill("“", size),
    "unbalanced “ with words": lambda size: _fill("习近平总书记指出，“法治是最好的营商环境", size),
    "unbalanced 《 marks": lambda size: _fill("《", size),
    "unbalanced 《 with words": lambda size: _fill("发布《关于加强律师行业党建工作的意见", size),
    "markers （一）（二）… one line": lambda size: _markers(size, ""),
    "markers, one per line": lambda size: _markers(size, "\n"),
    "nested markers, lines": _nested,
    "one line, no punctuation": _flat,
    "digits only": lambda size: _fill("0123456789", size),
    "dates and counts, one line": lambda size: _fill("2019年第一季度3月5日区党委发布了“一肩挑”已有37家支部完成", size),
    "digits, 80 per line": lambda size: _fill("0123456789" * 8 + "\n", size),
}


def _timed(build: Callable[[int], str], size: int) -> tuple[float, int, Article]:
    text = build(size)
    t0 = time.perf_counter()
    article = extract(text)
    elapsed = time.perf_counter() - t0
    Article.model_validate(article.model_dump())
    return elapsed, len(text.encode("utf-8")), article


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of each input in megabytes (default 1)")
    parser.add_argument("--limit", type=float, default=5.0, help="the ratio to flag (default 5)")
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    extract(ordinary(20_000))  # dictionaries and tables load once per process: keep that out of the timings
    base, nbytes, _ = _timed(ordinary, size)
    print(f"{'input':<28}{'bytes':>10}{'seconds':>10}{'ratio':>8}  items")
    print(f"{'ordinary (sample repeated)':<28}{nbytes:>10}{base:>10.2f}{1.0:>8.2f}")
    worst = 0.0
    for name, build in HOSTILE.items():
        elapsed, nbytes, a = _timed(build, size)
        ratio = elapsed / base
        worst = max(worst, ratio)
        items = f"{len(a.sections)} sections, {len(a.measures)} measures, {len(a.metrics)} metrics"
        flag = "  <-- over the limit" if ratio > args.limit else ""
        print(f"{name:<28}{nbytes:>10}{elapsed:>10.2f}{ratio:>8.2f}  {items}{flag}")
    print(f"worst ratio {worst:.2f} (limit {args.limit:g})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
