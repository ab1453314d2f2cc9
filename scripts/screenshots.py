"""Remake the README's screenshots (docs/*.png) with the tool itself and headless Chromium.

    python scripts/screenshots.py [ARTICLE]

The tree view goes through rich's SVG export and the HTML report is written
by `views.html`; Chromium (offline: no fetches, fresh profile) turns both
into PNG. Needs `chromium` on PATH and a CJK font (Debian: fonts-noto-cjk).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from html import unescape  # noqa: E402

from rich.cells import cell_len  # noqa: E402
from rich.console import CONSOLE_SVG_FORMAT, Console  # noqa: E402

from xuhui_extract import extract  # noqa: E402
from xuhui_extract.views import html, tree  # noqa: E402

DOCS = ROOT / "docs"
SAMPLE = ROOT / "samples" / "xuhui-party-building-2019.txt"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]
# Rich's SVG fetches Fira Code from a CDN and asks for full-width forms (which widen box drawing and Latin);
# local fonts instead, Latin and lines from a Western monospace font, Chinese from a CJK one.
SVG_FORMAT = (
    re.sub(r"@font-face \{\{.*?\}\}\s*", "", CONSOLE_SVG_FORMAT, flags=re.S)
    .replace("Fira Code, monospace", '"DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace')
    .replace("font-variant-east-asian: full-width;", "")
)
CELL = 20 * 0.61  # rich's character height times its default font aspect ratio


def fix_widths(svg: str) -> str:
    """Stretch each run of text to its width in terminal cells.

    Rich sets `textLength` from the number of characters, squeezing Chinese
    (two cells each) to half its width; the x positions already count cells.
    """

    def fix(m: re.Match) -> str:
        return f'{m[1]}textLength="{CELL * cell_len(unescape(m[3])):g}"{m[2]}>{m[3]}</text>'

    return re.sub(r'(<text [^>]*)textLength="[\d.]+"([^>]*)>([^<]*)</text>', fix, svg)


def shoot(page: Path, png: Path, width: int, height: int, scale: float = 1.0) -> None:
    """Chromium's screenshot of `page` at `width`×`height` CSS pixels, `scale` device pixels each."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or sys.exit("chromium not found")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                chromium,
                *FLAGS,
                f"--user-data-dir={profile}",
                f"--window-size={width},{height}",
                f"--force-device-scale-factor={scale}",
                f"--screenshot={png}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
        )
    print(f"{png.relative_to(ROOT)}: {png.stat().st_size // 1024} KB")


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SAMPLE
    text = source.read_text(encoding="utf-8")
    article = extract(text, path=str(source.relative_to(ROOT) if source.is_relative_to(ROOT) else source))
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        console = Console(record=True, width=80, force_terminal=True, color_system="truecolor", file=io.StringIO())
        console.print(tree.build(article))
        svg = Path(tmp) / "tree.svg"
        exported = console.export_svg(title="xuhui-extract --format tree", code_format=SVG_FORMAT)
        svg.write_text(fix_widths(exported), encoding="utf-8")
        w, h = (round(float(v)) for v in re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg.read_text()).groups())
        shoot(svg, DOCS / "tree.png", w, h, scale=0.75)  # the whole tree, under 300 KB
        report = Path(tmp) / "report.html"
        report.write_text(html.render(article, text), encoding="utf-8")
        shoot(report, DOCS / "report.png", 1200, 1000)


if __name__ == "__main__":
    main()
