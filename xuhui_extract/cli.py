"""The command line: argument parsing and output only; the work is `xuhui_extract.extract`.

Exit status: 0 all documents extracted; 1 one or more documents failed (each
is an error record in the output and a line on standard error: not text, too
large, unreadable, or extraction itself failed); 2 bad usage (unknown option
or encoding, missing path, a folder with no matching files, a folder where a
file is needed); 130 interrupted (Ctrl-C). Every failure is one line on
standard error; `--debug` shows the traceback instead.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .inputs import DEFAULT_MAX_BYTES
from .views import CsvTable, Format, Renderer

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

# click prints a paragraph that opens with \b as written: the examples keep their columns.
EPILOG = """\
Examples:

\b
  xuhui-extract article.txt                  # one record, indented on a terminal
  xuhui-extract article.txt | jq '.metrics[] | {value, unit, subject}'
  xuhui-extract corpus/ -o corpus.jsonl      # a folder → JSON Lines
  xuhui-extract a.txt b/ --jobs 4 --quiet    # 4 worker processes, no progress bar
  cat page.txt | xuhui-extract -             # standard input
  xuhui-extract article.txt --format tree    # the outline as a tree
  xuhui-extract corpus/ --format csv > m.csv # a row per metric
  xuhui-extract highlight a.txt -o r.html    # spans marked in HTML
  xuhui-extract schema                       # JSON Schema of the output

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
COMMANDS = ("extract", "schema", "highlight")


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
        int, typer.Option("--max-bytes", min=0, help="Refuse inputs larger than this many bytes (0: no limit).")
    ] = DEFAULT_MAX_BYTES,
    include_text: Annotated[
        bool, typer.Option("--include-text", help="Add the decoded text the spans index as `text`.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show the traceback when a document fails.")] = False,
    fmt: Annotated[
        Format, typer.Option("--format", help="json, jsonl, tree (outline), table (rich tables) or csv (spreadsheet).")
    ] = Format.json,
    table: Annotated[
        CsvTable, typer.Option("--table", help="With --format csv: which items to list, one row each.")
    ] = CsvTable.metrics,
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
    """Extract one record per input document (JSON; JSON Lines for several; or a view for people)."""
    from contextlib import closing

    from . import batch, inputs, progress, segment
    from . import output as out
    from .decode import codec_name

    try:
        if encoding:
            try:
                encoding = codec_name(encoding)
            except LookupError:
                raise _fail(f"unknown encoding {encoding!r} (try gb18030, big5, utf-8, utf-16)", EXIT_USAGE) from None
        if output is not None and (output.is_dir() or not output.resolve().parent.is_dir()):
            raise _fail(f"{output}: -o needs a file path in an existing folder", EXIT_USAGE)
        try:
            segmenter = segment.use(segmenter)
            items = list(inputs.expand(paths, glob, max_bytes))
        except (inputs.InputError, ValueError) as e:
            raise _fail(str(e), EXIT_USAGE) from None
        several = jsonl or fmt is Format.jsonl or len(items) > 1
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
                view = Renderer.to(stream, fmt, table, width)
                stream.write(view.start())
                for result in results:
                    if result.error:
                        failed += 1
                        report.echo(f"xuhui-extract: {result.error}")
                    if several or not result.error:
                        # JSON was serialised where the document was extracted; the views read the record.
                        stream.write(
                            result.json + "\n" if fmt in (Format.json, Format.jsonl) else view.record(result.record)
                        )
                    report.advance()
        except BrokenPipeError:
            # The reader stopped (`| head`): stop quietly, and keep Python from complaining at exit.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(EXIT_FAILED) from None
        except OSError as e:
            raise _fail(f"cannot write output: {e.strerror or e}", EXIT_FAILED) from None
        if failed:
            raise typer.Exit(EXIT_FAILED)
    except KeyboardInterrupt:
        raise _fail("interrupted", EXIT_INTERRUPTED) from None


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


@app.command()
def highlight(
    path: Annotated[str, typer.Argument(help="The article: a file, or - for standard input.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write the page to this file (atomically).")
    ] = None,
    encoding: Annotated[
        str | None, typer.Option("--encoding", help="Decode input with this encoding instead of detecting it.")
    ] = None,
) -> None:
    """Write one self-contained HTML page: the article's text with every extracted span marked."""
    from . import batch, inputs
    from . import output as out
    from .models import Article
    from .views import html

    try:
        items = list(inputs.expand([path]))
    except inputs.InputError as e:
        raise _fail(str(e), EXIT_USAGE) from None
    if len(items) != 1:
        raise _fail(f"{path}: highlight shows one article, this holds {len(items)}", EXIT_USAGE)
    result = batch.process(items[0], batch.Options(encoding=encoding, include_text=True))
    if result.error:
        raise _fail(result.error, EXIT_FAILED)
    page = html.render(Article.model_validate(result.record))
    try:
        with out.destination(output) as stream:
            stream.write(page)
    except OSError as e:
        raise _fail(f"cannot write output: {e.strerror or e}", EXIT_FAILED) from None


def main(argv: list[str] | None = None) -> None:
    """Entry point: `xuhui-extract FILE …` means `xuhui-extract extract FILE …`."""
    # pydantic looks for plugins in every installed distribution's entry points before it
    # builds the first model (7 ms of each start); the command uses none. The library does
    # not do this, and a user who sets the variable decides.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    args = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in args if a != "--debug"), None)
    if first is not None and first not in COMMANDS and first not in ("-h", "--help", "--version"):
        args.insert(0, "extract")
    try:
        app(args=args, prog_name="xuhui-extract")
    except Exception as e:  # whatever no command turned into a message: still one line, not a traceback
        if "--debug" in args:
            raise
        typer.echo(f"xuhui-extract: internal error: {type(e).__name__}: {e} (--debug shows the traceback)", err=True)
        sys.exit(EXIT_FAILED)
