"""Speed of xuhui-extract against jieba on this machine, as ratios measured in one run.

    python benchmarks/bench.py            # ~2,000 documents / ~10 MB; a few minutes
    python benchmarks/bench.py --quick    # 200 documents; under a minute or two

Builds a corpus in a temporary folder from the articles in the repository
(tests/data/dev/articles/*.txt and samples/*.txt, cut at paragraph breaks into
documents of about 5 KB and repeated), runs the baselines and the tool on it in
the same run, and prints:

1. one document, cold start: the CLI on the sample ÷ `python -c "import jieba;
   jieba.lcut(open(F).read())"` (medians of --runs runs each, interleaved);
2. batch, one worker: `--jobs 1` over the corpus ÷ one process that reads the
   same files and calls `jieba.lcut` on each;
3. parallel: `--jobs 1` time ÷ `--jobs 2` time;
4. memory: peak RSS of a `--jobs 1` batch, and of one ten times larger;
5. size: one 10 MB article ÷ one 1 MB article (CLI wall time).

Each figure is given for every installed segmenter (jieba, and rjieba with the
`fast` extra). The tool runs as `python -m xuhui_extract` from this checkout,
so it measures this code whatever is installed.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.util import find_spec
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "xuhui-party-building-2019.txt"
SOURCES = sorted((ROOT / "tests" / "data" / "dev" / "articles").glob("*.txt")) + sorted(
    (ROOT / "samples").glob("*.txt")
)
DOC_BYTES = 5_000
JIEBA_ALONE = "import jieba; jieba.lcut(open({path!r}, encoding='utf-8').read())"
JIEBA_BATCH = """\
import sys
from pathlib import Path
import jieba
for p in sorted(Path(sys.argv[1]).rglob("*.txt")):
    jieba.lcut(p.read_text(encoding="utf-8"))
"""
TARGETS = {  # figure: (jieba target, rjieba target, direction)
    "1": (1.3, 0.5, "≤"),
    "2": (1.5, 0.6, "≤"),
    "3": (1.6, 1.6, "≥"),
    "5": (12.0, 12.0, "≤"),
}


def build_corpus(folder: Path, docs: int) -> int:
    """`docs` documents of about 5 KB cut from the repository's articles; total bytes written."""
    pieces: list[str] = []
    for src in SOURCES:
        paragraphs = [p for p in src.read_text(encoding="utf-8").split("\n") if p.strip()]
        current: list[str] = []
        for p in paragraphs:
            current.append(p)
            if sum(len(x.encode()) for x in current) >= DOC_BYTES:
                pieces.append("\n".join(current) + "\n")
                current = []
        if current:
            pieces.append("\n".join(current) + "\n")
    total = 0
    for i in range(docs):
        text = pieces[i % len(pieces)]
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode())
    return total


def build_article(path: Path, size: int) -> None:
    """One article of about `size` bytes: the repository's articles one after another, repeated."""
    text = "".join(src.read_text(encoding="utf-8") + "\n" for src in SOURCES)
    data = (text * (size // len(text.encode()) + 1)).encode()[:size]
    path.write_bytes(data.decode("utf-8", errors="ignore").encode())  # not ending inside a character


def run(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of one command, its output discarded."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise SystemExit(f"failed ({code}): {' '.join(cmd)}\n{err}")
    if proc.stderr:
        proc.stderr.close()
    return elapsed, usage.ru_maxrss // 1024


def tool(*args: str) -> list[str]:
    return [sys.executable, "-m", "xuhui_extract", *args]


def median_times(commands: dict[str, list[str]], runs: int, warm: bool = True) -> dict[str, float]:
    """Median wall time of each command, runs interleaved so that changes in load hit all alike."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    if warm:
        for cmd in commands.values():
            run(cmd)  # caches (jieba's dictionary, the IDF table) and the page cache
    for _ in range(runs):
        for name, cmd in commands.items():
            times[name].append(run(cmd)[0])
    return {name: statistics.median(ts) for name, ts in times.items()}


def verdict(figure: str, backend: str, value: float) -> str:
    jieba_target, rjieba_target, op = TARGETS[figure]
    target = rjieba_target if backend == "rjieba" else jieba_target
    ok = value <= target if op == "≤" else value >= target
    return f"target {op} {target:g}: {'ok' if ok else 'MISSED'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="200 documents, fewer runs: about a minute")
    parser.add_argument("--docs", type=int, help="documents in the corpus (default 2000; 200 with --quick)")
    parser.add_argument("--runs", type=int, help="runs per cold-start median (default 7; 5 with --quick)")
    parser.add_argument("--batch-runs", type=int, help="runs per batch and size median (default 3; 1 with --quick)")
    parser.add_argument("--only", default="12345", help="which figures to measure, e.g. 12 (default: all five)")
    args = parser.parse_args()
    docs = args.docs or (200 if args.quick else 2000)
    runs = args.runs or (5 if args.quick else 7)
    batch_runs = args.batch_runs or (1 if args.quick else 3)
    backends = [b for b in ("jieba", "rjieba") if find_spec(b)]
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"machine: {cpus} CPUs, Python {sys.version.split()[0]}, segmenters: {', '.join(backends)}, {_load()}")
    if "rjieba" not in backends:
        print("(rjieba is not installed: pip install -e '.[fast]' to measure it too)")

    # Bytecode compiled, as `pip install` leaves an installed package (and as jieba is): where
    # PYTHONDONTWRITEBYTECODE is set, a checkout would otherwise be compiled anew on every run.
    compileall.compile_dir(ROOT / "xuhui_extract", quiet=1)

    with tempfile.TemporaryDirectory(prefix="xuhui-bench-") as tmp:
        corpus = Path(tmp, "corpus")
        corpus.mkdir()
        size = build_corpus(corpus, docs)
        print(f"corpus: {docs} documents, {size / 1e6:.1f} MB\n")

        if "1" in args.only:
            print(f"1. one document, cold start ({SAMPLE.name}; medians of {runs} runs)")
            commands = {"jieba alone": [sys.executable, "-c", JIEBA_ALONE.format(path=str(SAMPLE))]}
            # The default backend (the last one found: rjieba when installed) is timed as the issue writes
            # the command, `xuhui-extract FILE`; the other needs `--segmenter`, hence the option parser.
            commands |= {b: tool(str(SAMPLE), *(["--segmenter", b] if b != backends[-1] else [])) for b in backends}
            t = median_times(commands, runs)
            print(f"   jieba alone       {t['jieba alone']:.3f} s")
            for b in backends:
                ratio = t[b] / t["jieba alone"]
                print(f"   tool, {b:<11} {t[b]:.3f} s = {ratio:.2f} × jieba alone   ({verdict('1', b, ratio)})")

        if "2" in args.only or "3" in args.only:
            script = Path(tmp, "jieba_batch.py")
            script.write_text(JIEBA_BATCH, encoding="utf-8")
            commands = {"script": [sys.executable, str(script), str(corpus)]}
            for b in backends:
                for jobs in ("1", "2") if "3" in args.only else ("1",):
                    commands[f"{b} {jobs}"] = tool(str(corpus), "--jobs", jobs, "--quiet", "--segmenter", b)
            t = median_times(commands, batch_runs, warm=False)
            if "2" in args.only:
                print(f"\n2. batch, one worker (the whole corpus; medians of {batch_runs} runs)")
                print(f"   jieba.lcut script {t['script']:.2f} s")
                for b in backends:
                    ratio = t[f"{b} 1"] / t["script"]
                    print(
                        f"   tool, {b:<11} {t[f'{b} 1']:.2f} s = {ratio:.2f} × the script   ({verdict('2', b, ratio)})"
                    )
            if "3" in args.only:
                print(f"\n3. parallel: --jobs 2 against --jobs 1 (medians of {batch_runs} runs)")
                ceiling = _machine_speedup()
                print(f"   (this machine, now: two busy Python processes finish {ceiling:.2f} × faster than one)")
                for b in backends:
                    speedup = t[f"{b} 1"] / t[f"{b} 2"]
                    print(
                        f"   tool, {b:<11} {t[f'{b} 1']:.2f} s → {t[f'{b} 2']:.2f} s = {speedup:.2f} × faster"
                        f"   ({verdict('3', b, speedup)})"
                    )

        if "4" in args.only:
            print("\n4. memory: peak RSS of a --jobs 1 batch (limit 250 MB; ten times the corpus within ±10 %)")
            for b in backends:
                _, one = run(tool(str(corpus), "--jobs", "1", "--quiet", "--segmenter", b))
                _, ten = run(tool(*[str(corpus)] * 10, "--jobs", "1", "--quiet", "--segmenter", b))
                ok = one <= 250 and abs(ten - one) <= 0.1 * one
                print(f"   tool, {b:<11} {one} MB; ten times the corpus: {ten} MB   ({'ok' if ok else 'MISSED'})")

        if "5" in args.only:
            print(f"\n5. size: one 10 MB article against one 1 MB article (medians of {batch_runs} runs)")
            small, big = Path(tmp, "1mb.txt"), Path(tmp, "10mb.txt")
            build_article(small, 1_000_000)
            build_article(big, 10_000_000)
            commands = {}
            for b in backends:
                commands[f"{b} 1"] = tool(str(small), "--segmenter", b)
                commands[f"{b} 10"] = tool(str(big), "--segmenter", b)
            t = median_times(commands, batch_runs, warm=False)
            for b in backends:
                ratio = t[f"{b} 10"] / t[f"{b} 1"]
                print(
                    f"   tool, {b:<11} 1 MB {t[f'{b} 1']:.2f} s, 10 MB {t[f'{b} 10']:.2f} s = {ratio:.1f} ×"
                    f"   ({verdict('5', b, ratio)})"
                )
    print(f"\n{_load()}")


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def _machine_speedup() -> float:
    """How much faster two processes of plain arithmetic finish than one: the ceiling for figure 3 right now."""
    from multiprocessing import get_context

    n = 3_000_000
    start = time.perf_counter()
    _burn(n)
    _burn(n)
    one = time.perf_counter() - start
    with get_context("spawn").Pool(2) as pool:
        pool.map(_burn, [1000, 1000])  # started and warm before the clock runs
        start = time.perf_counter()
        pool.map(_burn, [n, n])
        two = time.perf_counter() - start
    return one / two


def _load() -> str:
    """Other work on the machine skews every figure; the load average says how much there was."""
    if not hasattr(os, "getloadavg"):
        return "load average unknown"
    return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


if __name__ == "__main__":
    main()
