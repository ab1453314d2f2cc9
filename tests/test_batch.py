"""Corpus runs: several inputs, folders, standard input, error lines, workers, atomic output, exit codes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from xuhui_extract import batch, cli
from xuhui_extract.command import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((Path(__file__).parent / "data" / "dev" / "articles").glob("*.txt"))
SAMPLE = ROOT / "samples" / "xuhui-party-building-2019.txt"


def invoke(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli.app, ["extract", *args], input=input)


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of articles, nested, with a file the default pattern leaves out."""
    root = tmp_path / "corpus"
    (root / "b").mkdir(parents=True)
    (root / "a.txt").write_bytes(ARTICLES[0].read_bytes())
    (root / "b" / "c.txt").write_bytes(ARTICLES[1].read_bytes())
    (root / "b" / "d.md").write_bytes(ARTICLES[2].read_bytes())
    return root


def test_several_inputs_give_json_lines_in_input_order():
    result = invoke(str(ARTICLES[2]), str(ARTICLES[0]), str(ARTICLES[1]))
    assert result.exit_code == EXIT_OK, result.output
    got = records(result.stdout)
    assert [r["source"]["path"] for r in got] == [str(ARTICLES[2]), str(ARTICLES[0]), str(ARTICLES[1])]
    assert all(r["sections"] is not None and "error" not in r for r in got)


def test_jsonl_forces_one_line_for_one_document():
    result = invoke("--jsonl", str(SAMPLE))
    assert result.exit_code == EXIT_OK
    assert len(result.stdout.splitlines()) == 1
    assert records(result.stdout)[0]["meta"]["title"]


def test_folder_is_searched_recursively_in_sorted_order(corpus: Path):
    result = invoke(str(corpus))
    assert result.exit_code == EXIT_OK, result.output
    assert [r["source"]["path"] for r in records(result.stdout)] == [
        str(corpus / "a.txt"),
        str(corpus / "b" / "c.txt"),
    ]


def test_glob_chooses_the_files_taken_from_folders(corpus: Path):
    result = invoke("--glob", "*.md", str(corpus))
    assert result.exit_code == EXIT_OK
    assert [r["source"]["path"] for r in records(result.stdout)] == [str(corpus / "b" / "d.md")]


def test_standard_input_alone_and_among_files():
    raw = SAMPLE.read_bytes()
    alone = invoke("--compact", "-", input=raw)
    assert alone.exit_code == EXIT_OK
    record = json.loads(alone.stdout)
    assert record["source"]["path"] is None and record["meta"]["title"]

    mixed = invoke(str(ARTICLES[0]), "-", input=raw)
    assert mixed.exit_code == EXIT_OK
    got = records(mixed.stdout)
    assert [r["source"]["path"] for r in got] == [str(ARTICLES[0]), None]
    assert got[1]["sections"] == record["sections"]


def test_a_failing_document_is_an_error_line_and_the_run_goes_on(tmp_path: Path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    result = invoke(str(ARTICLES[0]), str(binary), str(ARTICLES[1]))
    assert result.exit_code == EXIT_FAILED
    got = records(result.stdout)
    assert len(got) == 3
    assert got[0]["source"]["path"] == str(ARTICLES[0]) and "error" not in got[0]
    assert set(got[1]) == {"source", "error"} and got[1]["source"]["path"] == str(binary)
    assert "not text" in got[1]["error"]
    assert got[2]["source"]["path"] == str(ARTICLES[1]) and got[2]["sections"]
    assert "image.txt" in result.stderr


def test_an_extraction_crash_is_an_error_line_too(monkeypatch):
    from xuhui_extract import pipeline

    real = pipeline.run

    def fragile(text, **kw):
        if kw.get("path") == str(ARTICLES[1]):
            raise RuntimeError("boom")
        return real(text, **kw)

    monkeypatch.setattr(pipeline, "run", fragile)
    result = invoke(str(ARTICLES[0]), str(ARTICLES[1]), str(ARTICLES[2]), "--jobs", "1")  # in this process, patched
    assert result.exit_code == EXIT_FAILED
    got = records(result.stdout)
    assert "error" not in got[0] and "error" not in got[2]
    assert "RuntimeError: boom" in got[1]["error"]


def test_usage_errors_exit_2(tmp_path: Path):
    assert invoke(str(tmp_path / "missing.txt")).exit_code == EXIT_USAGE
    (tmp_path / "empty").mkdir()
    assert invoke(str(tmp_path / "empty")).exit_code == EXIT_USAGE
    bad = invoke("--segmenter", "nosuch", str(SAMPLE))
    assert bad.exit_code == EXIT_USAGE and "nosuch" in bad.stderr
    assert invoke("--jobs", "0", str(SAMPLE)).exit_code == EXIT_USAGE


def test_output_file_is_complete_and_no_temporary_file_is_left(tmp_path: Path):
    target = tmp_path / "out.jsonl"
    result = invoke(*map(str, ARTICLES[:3]), "-o", str(target))
    assert result.exit_code == EXIT_OK
    assert result.stdout == ""
    assert [r["source"]["path"] for r in records(target.read_text(encoding="utf-8"))] == list(map(str, ARTICLES[:3]))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_interrupted_run_leaves_no_file_or_the_old_one(tmp_path: Path, monkeypatch):
    real = batch.process
    calls = []

    def interrupted(item, options):
        calls.append(item)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(item, options)

    monkeypatch.setattr(batch, "process", interrupted)
    target = tmp_path / "out.jsonl"
    result = invoke(*map(str, ARTICLES[:3]), "-o", str(target), "--jobs", "1")  # in this process, patched
    assert result.exit_code == EXIT_INTERRUPTED
    assert result.stderr.strip() == "xuhui-extract: interrupted"
    assert list(tmp_path.iterdir()) == []

    target.write_text("previous run\n", encoding="utf-8")
    calls.clear()
    assert invoke(*map(str, ARTICLES[:3]), "-o", str(target), "--jobs", "1").exit_code == EXIT_INTERRUPTED
    assert target.read_text(encoding="utf-8") == "previous run\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_one_failed_document_alone_prints_no_record(tmp_path: Path):
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    result = invoke(str(binary))
    assert result.exit_code == EXIT_FAILED
    assert result.stdout == ""
    assert "not text" in result.stderr


def run_cli(*args: str, **kw) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "xuhui_extract", *args], cwd=ROOT, capture_output=True, **kw)


def test_workers_give_the_same_output_as_one_process(tmp_path: Path):
    """Real subprocesses: more documents than chunks, so several chunks are in flight and arrive out of order."""
    folder = tmp_path / "many"
    folder.mkdir()
    sources = [*ARTICLES, SAMPLE]
    for i in range(40):
        (folder / f"{i:03d}.txt").write_bytes(sources[i % len(sources)].read_bytes())
    (folder / "017.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)  # an error line in the middle
    one = run_cli(str(folder), "--jobs", "1", "--quiet")
    two = run_cli(str(folder), "--jobs", "2", "--quiet")
    three = run_cli(str(folder), "--jobs", "3", "--quiet")
    assert one.returncode == two.returncode == three.returncode == EXIT_FAILED
    assert one.stdout == two.stdout == three.stdout
    got = records(one.stdout.decode())
    assert len(got) == 40 and "error" in got[17]
    assert [r["source"]["path"] for r in got] == [str(folder / f"{i:03d}.txt") for i in range(40)]


def test_ctrl_c_stops_the_workers_with_one_line(tmp_path: Path):
    """A real Ctrl-C (SIGINT to the process group) while workers run: status 130, one line, no file."""
    folder = tmp_path / "big"
    folder.mkdir()
    for i in range(300):
        (folder / f"{i:03d}.txt").write_bytes(SAMPLE.read_bytes())
    target = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "xuhui_extract", str(folder), "-o", str(target), "--jobs", "2", "--segmenter", "jieba"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # background jobs may inherit "ignore"
    )
    deadline = time.monotonic() + 60
    while not any(p.stat().st_size for p in tmp_path.glob(".out.jsonl.*.part")):  # records are being written
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == EXIT_INTERRUPTED
    assert err.decode().strip() == "xuhui-extract: interrupted"
    assert out == b""
    assert list(tmp_path.glob("*out.jsonl*")) == []
