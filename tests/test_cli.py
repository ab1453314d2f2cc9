"""The command line: through typer's runner, and once as a real process."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from xuhui_extract import __version__
from xuhui_extract.cli import app
from xuhui_extract.command import main

from .conftest import ROOT, SAMPLE

runner = CliRunner()


def invoke(*args: str, input: str | None = None):
    return runner.invoke(
        app,
        ["extract", *args] if args and args[0] not in ("schema", "--version", "--help") else list(args),
        input=input,
    )


def test_one_file_prints_one_compact_record_when_piped():
    result = invoke(str(SAMPLE))
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["schema_version"] == "1"
    assert record["meta"]["views"] == 6152
    assert record["source"]["path"] == str(SAMPLE)


def test_indent_forces_layout():
    result = invoke(str(SAMPLE), "--indent", "4")
    assert result.stdout.startswith('{\n    "schema_version"')
    assert json.loads(result.stdout)["meta"]["title"]


def test_standard_input(sample_text):
    result = invoke("-", input=sample_text)
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["source"]["path"] is None
    assert record["source"]["chars"] == len(sample_text)


def test_output_file(tmp_path):
    target = tmp_path / "out.json"
    result = invoke(str(SAMPLE), "-o", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["sections"]
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary file left behind


def test_missing_file_is_one_line_and_exit_2(tmp_path):
    result = invoke(str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert "no such file" in result.stderr
    assert "Traceback" not in result.output


def test_schema_is_the_models_json_schema():
    result = invoke("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert {"sections", "measures", "initiatives", "metrics", "dates"} <= set(schema["properties"])


def test_version_and_help_with_example(capsys):
    version = invoke("--version").stdout.strip()
    assert version.startswith(f"xuhui-extract {__version__} (") and ("compiled" in version or "pure Python" in version)
    help_text = runner.invoke(app, ["extract", "--help"]).stdout
    assert "xuhui-extract article.txt" in help_text and "Exit status" in help_text


def test_main_treats_a_path_as_the_extract_command(capsys):
    try:
        main([str(SAMPLE), "--compact"])
    except SystemExit as e:
        assert e.code in (0, None)
    assert json.loads(capsys.readouterr().out)["measures"]


def test_real_process_python_m():
    proc = subprocess.run(
        [sys.executable, "-m", "xuhui_extract", str(SAMPLE)], cwd=ROOT, capture_output=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr.decode()
    record = json.loads(proc.stdout.decode("utf-8"))
    assert len(record["sections"]) == 9
    assert b"Building prefix dict" not in proc.stderr  # jieba's start-up chatter stays off the terminal


def _run_main(capsys, args: list[str]) -> tuple[int, str, str]:
    try:
        main(args)
        code = 0
    except SystemExit as e:
        code = e.code or 0
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("name", ["sample", "missing", "folder", "binary"])
def test_a_lone_path_skips_typer_and_says_what_typer_says(capsys, tmp_path, name):
    """`xuhui-extract FILE` runs without the option parser; `extract FILE` through it: the same result."""
    (tmp_path / "folder").mkdir()
    (tmp_path / "binary").write_bytes(b"\x00\x01\x02" * 50)
    path = str(SAMPLE) if name == "sample" else str(tmp_path / name)
    fast = _run_main(capsys, [path])
    parsed = _run_main(capsys, ["extract", path])
    assert fast == parsed
    assert (fast[0] == 0) == (name == "sample"), fast


def test_a_lone_path_does_not_import_typer():
    code = (
        "import sys\nfrom xuhui_extract.command import main\n"
        f"try:\n    main([{str(SAMPLE)!r}])\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
        "print('typer' in sys.modules, file=sys.stderr)"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip().endswith("False")


@pytest.mark.parametrize("args", [[], ["--compact"]], ids=["lone path", "typer"])
def test_the_command_imports_the_models_without_asyncio_and_leaves_it_importable(args):
    code = (
        "import sys\nfrom xuhui_extract.command import main\n"
        f"try:\n    main([{str(SAMPLE)!r}, *{args!r}])\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
        "assert not [m for m in sys.modules if m.split('.')[0] == 'asyncio'], 'asyncio was imported'\n"
        "import asyncio\nassert asyncio.run(asyncio.sleep(0, 'ran')) == 'ran'\n"
        "from asyncio import coroutines\nassert coroutines is sys.modules['asyncio.coroutines']\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["meta"]["title"]
