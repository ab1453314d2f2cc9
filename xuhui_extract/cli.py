"""The command line's options and help (typer); the work is `command.extract_paths`.

Exit status: see `command.py` and `--help`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from . import __version__, command
from .command import COMMANDS, EXIT_FAILED, EXIT_USAGE
from .inputs import DEFAULT_MAX_BYTES
from .views import CsvTable, Format

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


def _fail(message: str, code: int) -> typer.Exit:
    command.fail(message)
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        from .compiled import describe

        typer.echo(f"xuhui-extract {__version__} ({describe()})")
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
    code = command.extract_paths(
        paths,
        output,
        indent,
        compact,
        jsonl,
        glob,
        encoding,
        max_bytes,
        include_text,
        debug,
        fmt,
        table,
        jobs,
        quiet,
        segmenter,
    )
    if code:
        raise typer.Exit(code)


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


def run(args: list[str]) -> None:
    """Parse `args` with the typer app (`command.main` takes the one-path call itself)."""
    first = next((a for a in args if a != "--debug"), None)
    if first is not None and first not in COMMANDS and first not in ("-h", "--help", "--version"):
        args = ["extract", *args]

    def parse() -> int:
        app(args=args, prog_name="xuhui-extract")  # typer exits with the command's status itself
        return command.EXIT_OK

    sys.exit(command.guarded(parse, debug="--debug" in args))
