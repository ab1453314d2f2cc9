"""Regenerate `xuhui_extract/lexicon/verbs.txt` from jieba's own dictionary.

The list is what the phrase readers stop at (a verb ends a noun phrase), so it
is derived from the same dictionary the segmenter uses rather than typed by
hand: words tagged `v`, `d` or `ad` (verbs, adverbs) of 2–4 characters above a
frequency floor, minus verbs that often stand inside organisation names
(调解中心, 发展和改革委员会), which must not cut a name.

    python scripts/build_verbs.py > xuhui_extract/lexicon/verbs.txt
"""

from __future__ import annotations

from importlib import resources

FLOOR = 300


def main() -> None:
    text = resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    entries = [line.split(" ") for line in text.splitlines() if line.count(" ") == 2]
    org_names = [w for w, _, tag in entries if tag == "nt"]
    print("# Verbs and adverbs from jieba's dictionary (scripts/build_verbs.py); they end a noun phrase.")
    for word, freq, tag in entries:
        if tag not in ("v", "d", "ad") or not 2 <= len(word) <= 4 or int(freq) < FLOOR:
            continue
        if sum(word in name for name in org_names) >= 2:
            continue
        print(word)


if __name__ == "__main__":
    main()
