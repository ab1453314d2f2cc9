"""Bad input: one clear line on standard error and a documented exit status, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile

import pytest
from typer.testing import CliRunner

from xuhui_extract import inputs
from xuhui_extract.cli import app
from xuhui_extract.command import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, main
from xuhui_extract.models import Article

from .conftest import ROOT, SAMPLE

runner = CliRunner()
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def run(*args: str, input: bytes | str | None = None):
    return runner.invoke(app, ["extract", *args], input=input)


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert lines[0].startswith("xuhui-extract: ")
    return lines[0]


def record(stdout: str) -> Article:
    return Article.model_validate(json.loads(stdout))


def test_missing_path(tmp_path):
    result = run(str(tmp_path / "nope.txt"))
    assert result.exit_code == EXIT_USAGE
    assert "no such file or folder" in one_line(result.stderr)


def test_folder_with_no_matching_files(tmp_path):
    (tmp_path / "notes.md").write_text("# 笔记", encoding="utf-8")
    result = run(str(tmp_path))
    assert result.exit_code == EXIT_USAGE
    assert "no files matching '*.txt'" in one_line(result.stderr)


def test_folder_given_where_a_file_is_needed(tmp_path):
    result = run(str(SAMPLE), "-o", str(tmp_path))
    assert result.exit_code == EXIT_USAGE
    assert "-o needs a file path" in one_line(result.stderr)
    result = run(str(SAMPLE), "-o", str(tmp_path / "missing" / "out.json"))
    assert result.exit_code == EXIT_USAGE
    with pytest.raises(inputs.InputError, match="is a folder"):
        inputs.read(inputs.Input(str(tmp_path)))


@pytest.mark.parametrize(
    ("name", "make", "kind"),
    [
        ("image.png", lambda p: p.write_bytes(PNG), "a PNG image"),
        ("archive.zip", lambda p: zipfile.ZipFile(p, "w").writestr("a.txt", "正文"), "a zip archive"),
        ("report.pdf", lambda p: p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "a PDF document"),
        ("noise.txt", lambda p: p.write_bytes(bytes(range(256)) * 8), "binary data"),
    ],
)
def test_binary_files_are_not_text(tmp_path, name, make, kind):
    path = tmp_path / name
    make(path)
    result = run(str(path))
    assert result.exit_code == EXIT_FAILED
    line = one_line(result.stderr)
    assert "not text" in line and kind in line
    assert result.stdout == ""


def test_binary_among_others_is_an_error_record(tmp_path):
    png = tmp_path / "b.txt"
    png.write_bytes(PNG)
    good = tmp_path / "a.txt"
    good.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    result = run(str(tmp_path))
    assert result.exit_code == EXIT_FAILED
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["sections"] and "error" not in first
    assert second == {"source": second["source"], "error": f"{png}: not text (a PNG image)"}
    one_line(result.stderr)


@pytest.mark.parametrize("content", [b"", b"   \n\t\n\r\n  ", "\u3000\n".encode()])
def test_empty_or_blank_file_is_a_valid_empty_record(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    result = run(str(path))
    assert result.exit_code == EXIT_OK
    article = record(result.stdout)
    assert not (article.sections or article.measures or article.metrics or article.dates or article.keywords)
    assert any("empty input" in w for w in article.warnings)


def test_text_without_chinese_is_a_record_with_a_warning(tmp_path):
    path = tmp_path / "english.txt"
    path.write_text("Annual report\n\nThe bureau opened 37 offices in 2019.\n", encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == EXIT_OK
    assert any("no Chinese" in w for w in record(result.stdout).warnings)


def test_file_over_the_limit(tmp_path):
    result = run(str(SAMPLE), "--max-bytes", "1000")
    assert result.exit_code == EXIT_FAILED
    assert "over the limit of 1,000" in one_line(result.stderr)
    result = run("-", "--max-bytes", "10", input="一二三四五六七八九十")
    assert result.exit_code == EXIT_FAILED
    assert "<stdin>" in one_line(result.stderr)


def test_200_mb_file_gets_a_clear_limit(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:  # sparse: 200 MB on paper, nothing on disk
        f.truncate(200_000_000)
    result = run(str(path))
    assert result.exit_code == EXIT_FAILED
    line = one_line(result.stderr)
    assert "200,000,000 bytes is over the limit" in line and "--max-bytes" in line


def test_limit_can_be_lifted(tmp_path):
    assert run(str(SAMPLE), "--max-bytes", "0").exit_code == EXIT_OK


def test_unreadable_file_is_one_line(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("正文", encoding="utf-8")

    def denied(file, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(file))

    monkeypatch.setattr(inputs, "open", denied, raising=False)  # the reader's `open`, not every one
    result = run(str(path))
    assert result.exit_code == EXIT_FAILED
    assert one_line(result.stderr) == f"xuhui-extract: {path}: permission denied"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_for_real(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("正文", encoding="utf-8")
    path.chmod(0)
    try:
        result = run(str(path))
    finally:
        path.chmod(0o600)
    assert result.exit_code == EXIT_FAILED
    assert "permission denied" in one_line(result.stderr)


def test_unknown_encoding_is_a_usage_error():
    result = run(str(SAMPLE), "--encoding", "klingon-8")
    assert result.exit_code == EXIT_USAGE
    assert "unknown encoding 'klingon-8'" in one_line(result.stderr)


def test_known_encoding_is_used(tmp_path, sample_text):
    path = tmp_path / "gb.txt"
    path.write_bytes(sample_text.encode("gb18030"))
    result = run(str(path), "--encoding", "GB2312")
    assert result.exit_code == EXIT_OK
    assert record(result.stdout).source.encoding == "gb2312"


def test_extraction_failure_is_one_line_and_debug_shows_it(monkeypatch):
    from xuhui_extract import pipeline

    def boom(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "run", boom)
    result = run(str(SAMPLE))
    assert result.exit_code == EXIT_FAILED
    assert one_line(result.stderr).endswith("extraction failed: RuntimeError: boom")
    result = run(str(SAMPLE), "--debug")
    assert isinstance(result.exception, RuntimeError)


def test_any_other_failure_is_one_line(monkeypatch, capsys):
    from xuhui_extract import batch

    def broken(*args, **kwargs):
        raise ValueError("cannot serialise")

    monkeypatch.setattr(batch, "run", broken)  # outside any one document's handling
    with pytest.raises(SystemExit) as exit_:
        main([str(SAMPLE)])
    assert exit_.value.code == EXIT_FAILED
    assert "internal error: ValueError: cannot serialise" in one_line(capsys.readouterr().err)
    with pytest.raises(ValueError):
        main([str(SAMPLE), "--debug"])


def test_interrupt_exits_130(monkeypatch):
    from xuhui_extract import batch

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "run", interrupted)
    result = run(str(SAMPLE))
    assert result.exit_code == EXIT_INTERRUPTED
    assert one_line(result.stderr) == "xuhui-extract: interrupted"


_FAILING = (
    "import sys\n"
    "import xuhui_extract.pipeline as p\n"
    "def boom(*a, **k):\n"
    "    raise RuntimeError('boom')\n"
    "p.run = boom\n"
    "from xuhui_extract.command import main\n"
    "main(sys.argv[1:])\n"
)


def test_real_process_failure_is_one_line_unless_debug():
    args = [sys.executable, "-c", _FAILING, str(SAMPLE)]
    proc = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == EXIT_FAILED
    assert one_line(proc.stderr).endswith("RuntimeError: boom")
    proc = subprocess.run([*args, "--debug"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == EXIT_FAILED
    assert "Traceback" in proc.stderr and "RuntimeError" in proc.stderr


def test_real_process_binary_and_missing():
    proc = subprocess.run(
        [sys.executable, "-m", "xuhui_extract", "no-such-file.txt"], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == EXIT_USAGE and one_line(proc.stderr)
    proc = subprocess.run(
        [sys.executable, "-m", "xuhui_extract", "-"], cwd=ROOT, input=PNG, capture_output=True, timeout=120
    )
    assert proc.returncode == EXIT_FAILED
    assert "not text (a PNG image)" in one_line(proc.stderr.decode())


def test_utf16_without_mark_is_text():
    raw = "一、工作背景\n正文。\n".encode("utf-16-le")
    assert inputs.binary_kind(raw) is None
    assert inputs.binary_kind(PNG) == "a PNG image"
