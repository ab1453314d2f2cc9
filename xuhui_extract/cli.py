"""The command line: argument parsing and output only; the work is `xuhui_extract.extract`.

Exit status: 0 all documents extracted; 1 one or more documents failed (each
is an error record in the output and a line on standard error); 2 bad usage
(unknown option, missing path, a folder with no matching files); 130
interrupted (Ctrl-C).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from . import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

EPILOG = """\
Examples:

  xuhui-extract article.txt                      # one record, indented on a terminal

  xuhui-extract article.txt | jq '.metrics[] | {value, unit, subject}'

  xuhui-extract corpus/ -o corpus.jsonl          # a folder → JSON Lines

  xuhui-extract a.txt b/ --jobs 4 --quiet        # 4 worker processes, no progress bar

  cat page.txt | xuhui-extract -                 # standard input

  xuhui-extract schema                           # JSON Schema of the output

Exit status: 0 ok, 1 some documents failed, 2 bad usage or missing input, 130 interrupted.
"""

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn Chinese public-sector articles into validated, source-grounded JSON.",
    epilog=EPILOG,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
COMMANDS = ("extract", "schema")


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"xuhui-extract: {message}", err=True)
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"xuhui-extract {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn Chinese public-sector articles into validated, source-grounded JSON."""


@app.command("extract", epilog=EPILOG)
def extract_command(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (searched recursively) or - for standard input.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write to this file (atomically) instead of standard output.")
    ] = None,
    indent: Annotated[
        int | None, typer.Option(help="Indent JSON by N spaces (default: 2 on a terminal, compact when piped).")
    ] = None,
    compact: Annotated[bool, typer.Option("--compact", help="One compact line per document.")] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="JSON Lines even for a single document.")] = False,
    glob: Annotated[str, typer.Option("--glob", help="Which files to take from folders.")] = "*.txt",
    encoding: Annotated[
        str | None, typer.Option("--encoding", help="Decode input with this encoding instead of detecting it.")
    ] = None,
    max_bytes: Annotated[
        int | None, typer.Option("--max-bytes", help="Refuse inputs larger than this many bytes.")
    ] = None,
    include_text: Annotated[
        bool, typer.Option("--include-text", help="Add the decoded text the spans index as `text`.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show the traceback when a document fails.")] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "-j", "--jobs", min=1, help="Worker processes (default: 1 for one document, else the number of CPUs)."
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No progress bar on standard error.")] = False,
    segmenter: Annotated[
        str | None,
        typer.Option(
            "--segmenter", help="Word segmenter: jieba or rjieba (default: rjieba when installed, else jieba)."
        ),
    ] = None,
) -> None:
    """Extract one record per input document (JSON; JSON Lines for several)."""
    try:
        failed = _extract(
            paths,
            output,
            indent=indent,
            compact=compact,
            jsonl=jsonl,
            glob=glob,
            encoding=encoding,
            max_bytes=max_bytes,
            include_text=include_text,
            debug=debug,
            jobs=jobs,
            quiet=quiet,
            segmenter=segmenter,
        )
    except KeyboardInterrupt:
        raise _fail("interrupted", EXIT_INTERRUPTED) from None
    if failed:
        raise typer.Exit(EXIT_FAILED)


def _extract(
    paths: list[str],
    output: Path | None,
    *,
    indent: int | None,
    compact: bool,
    jsonl: bool,
    glob: str,
    encoding: str | None,
    max_bytes: int | None,
    include_text: bool,
    debug: bool,
    jobs: int | None,
    quiet: bool,
    segmenter: str | None,
) -> int:
    """Run the batch, writing each result as it comes; the number of documents that failed."""
    from contextlib import closing

    from . import batch, inputs, progress, segment
    from . import output as out

    try:
        segmenter = segment.use(segmenter)
        items = list(inputs.expand(paths, glob))
    except (inputs.InputError, ValueError) as e:
        raise _fail(str(e), EXIT_USAGE) from None
    several = jsonl or len(items) > 1
    width = None if compact or several else (indent if indent is not None else (2 if sys.stdout.isatty() else None))
    settings = batch.Options(
        encoding=encoding,
        max_bytes=max_bytes,
        include_text=include_text,
        debug=debug,
        indent=width,
        segmenter=segmenter,
    )
    workers = min(jobs or (_cpus() if len(items) > 1 else 1), len(items))
    show_bar = len(items) > 1 and not quiet and sys.stderr.isatty()
    failed = 0
    try:
        with (
            out.destination(output) as stream,
            progress.report(len(items), show_bar) as report,
            closing(batch.run(items, settings, workers)) as results,
        ):
            for result in results:
                if result.error:
                    failed += 1
                    report.echo(f"xuhui-extract: {result.error}")
                if several or not result.error:
                    stream.write(result.json + "\n")
                report.advance()
    except BrokenPipeError:
        # The reader stopped (`| head`): stop quietly, and keep Python from complaining at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(EXIT_FAILED) from None
    except OSError as e:
        raise _fail(f"cannot write output: {e.strerror or e}", EXIT_FAILED) from None
    return failed


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))  # the CPUs this process may use, not all the machine has
    except AttributeError:
        return os.cpu_count() or 1


@app.command()
def schema(
    indent: Annotated[int, typer.Option(help="Indentation of the printed schema.")] = 2,
) -> None:
    """Print the JSON Schema of the output records."""
    import json

    from .models import Article

    typer.echo(json.dumps(Article.model_json_schema(), ensure_ascii=False, indent=indent))


def main(argv: list[str] | None = None) -> None:
    """Entry point: `xuhui-extract FILE …` means `xuhui-extract extract FILE …`."""
    args = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in args if a != "--debug"), None)
    if first is not None and first not in COMMANDS and first not in ("-h", "--help", "--version"):
        args.insert(0, "extract")
    app(args=args, prog_name="xuhui-extract")
