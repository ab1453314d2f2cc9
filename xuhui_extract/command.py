"""The command's entry point and the extract command's work, without the argument parser.

`xuhui-extract FILE` (one path, no option: the most common call, and the one
whose start-up time is felt) runs here straight away; anything else goes
through the typer app in `cli.py`. Importing typer and building its option
parsers costs about 60 ms, a sixth of a cold run; both paths run the same
`extract_paths`, so they print the same output and exit with the same status.

Exit status: 0 all documents extracted; 1 one or more documents failed (each
is an error record in the output and a line on standard error: not text, too
large, unreadable, or extraction itself failed); 2 bad usage (unknown option
or encoding, missing path, a folder with no matching files, a folder where a
file is needed); 130 interrupted (Ctrl-C). Every failure is one line on
standard error; `--debug` shows the traceback instead.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from .inputs import DEFAULT_MAX_BYTES
from .views import CsvTable, Format, Renderer

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
COMMANDS = ("extract", "schema", "highlight")


def main(argv: list[str] | None = None) -> None:
    """Entry point: `xuhui-extract FILE …` means `xuhui-extract extract FILE …`."""
    # pydantic looks for plugins in every installed distribution's entry points before it
    # builds the first model (7 ms of each start); the command uses none. The library does
    # not do this, and a user who sets the variable decides.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    # At exit the interpreter collects garbage over every object the run made (the word lists,
    # patterns, models and tables: 30 ms, a fourteenth of a one-document run) only to free what
    # the process's end frees anyway; frozen, they are not walked.
    atexit.register(gc.freeze)
    _import_models()  # first: typer imports pydantic too
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) == 1 and not args[0].startswith("-") and args[0] not in COMMANDS:
        sys.exit(guarded(lambda: extract_paths(args), debug=False))
    from .cli import run

    run(args)


def guarded(call: Callable[[], int], debug: bool) -> int:
    """`call()`'s exit status; an exception nothing turned into a message is still one line, not a traceback."""
    try:
        return call()
    except Exception as e:
        if debug:
            raise
        print(f"xuhui-extract: internal error: {type(e).__name__}: {e} (--debug shows the traceback)", file=sys.stderr)
        return EXIT_FAILED


def fail(message: str) -> None:
    """Say what went wrong in one line on standard error (the exit status says how it ended)."""
    print(f"xuhui-extract: {message}", file=sys.stderr, flush=True)


def extract_paths(
    paths: list[str],
    output: Path | None = None,
    indent: int | None = None,
    compact: bool = False,
    jsonl: bool = False,
    glob: str = "*.txt",
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    include_text: bool = False,
    debug: bool = False,
    fmt: Format = Format.json,
    table: CsvTable = CsvTable.metrics,
    jobs: int | None = None,
    quiet: bool = False,
    segmenter: str | None = None,
) -> int:
    """Extract one record per input document and write them; the exit status (see the module docstring)."""
    from . import batch, inputs, progress, segment
    from . import output as out
    from .decode import codec_name

    try:
        if encoding:
            try:
                encoding = codec_name(encoding)
            except LookupError:
                fail(f"unknown encoding {encoding!r} (try gb18030, big5, utf-8, utf-16)")
                return EXIT_USAGE
        if output is not None and (output.is_dir() or not output.resolve().parent.is_dir()):
            fail(f"{output}: -o needs a file path in an existing folder")
            return EXIT_USAGE
        try:
            segmenter = segment.use(segmenter)
            items = list(inputs.expand(paths, glob, max_bytes))
        except (inputs.InputError, ValueError) as e:
            fail(str(e))
            return EXIT_USAGE
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
                stream.flush()
                write_json = out.json_writer(stream) if fmt in (Format.json, Format.jsonl) else None
                for result in results:
                    if result.error:
                        failed += 1
                        report.echo(f"xuhui-extract: {result.error}")
                    if several or not result.error:
                        # JSON was serialised where the document was extracted; the views read the record.
                        if write_json is not None:
                            write_json(result.json + b"\n")
                        else:
                            stream.write(view.record(result.record))
                    report.advance()
        except BrokenPipeError:
            # The reader stopped (`| head`): stop quietly, and keep Python from complaining at exit.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_FAILED
        except OSError as e:
            fail(f"cannot write output: {e.strerror or e}")
            return EXIT_FAILED
        return EXIT_FAILED if failed else EXIT_OK
    except KeyboardInterrupt:
        fail("interrupted")
        return EXIT_INTERRUPTED


def _import_models() -> None:
    """Import the models (pydantic) without the asyncio package: 25 ms, a sixteenth of a cold run.

    Before Python 3.13, pydantic marks functions deprecated with typing_extensions'
    `deprecated`, which imports `asyncio.coroutines` only to ask whether each is a
    coroutine function (none is); importing that module runs the whole asyncio package
    first (event loops, subprocesses, SSL). So, while the models are imported, `asyncio`
    is a package not yet run that holds the real `asyncio.coroutines`, loaded from its
    file; after, every asyncio module is taken out of `sys.modules` again, so that an
    `import asyncio` later loads the package as usual. Where asyncio or pydantic is
    loaded already, or this fails, nothing changes.
    """
    if "asyncio" in sys.modules or "pydantic" in sys.modules:
        return
    from importlib.util import find_spec, module_from_spec

    try:
        package = sys.modules["asyncio"] = module_from_spec(find_spec("asyncio"))  # type: ignore[arg-type]
        spec = find_spec("asyncio.coroutines")
        package.coroutines = sys.modules["asyncio.coroutines"] = module_from_spec(spec)  # type: ignore[arg-type]
        spec.loader.exec_module(package.coroutines)  # type: ignore[union-attr]
        from . import models  # noqa: F401
    except Exception:
        pass  # the models are imported as usual where they are needed
    finally:
        for name in [n for n in sys.modules if n == "asyncio" or n.startswith("asyncio.")]:
            del sys.modules[name]


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))  # the CPUs this process may use, not all the machine has
    except AttributeError:
        return os.cpu_count() or 1
