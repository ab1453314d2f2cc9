"""Regenerate `xuhui_extract/lexicon/postags.txt` from jieba's own dictionary.

Reading the subject of a count (三位来自高校的教授 → 教授; 地区生产总值增长5.3%
→ 地区生产总值) needs to know which tokens can stand in a noun phrase. jieba's
part-of-speech tagger would answer, but loading its tag table costs half a
second per process; this list keeps just the words that are *not* plain nouns (verbs,
verbs used as nouns, adjectives, adverbs, prepositions, conjunctions,
particles, pronouns, time and place words, numerals and measure words) with a
one-letter class, so the lookup stays a dictionary access. Words missing from
it count as nouns.

    python scripts/build_postags.py > xuhui_extract/lexicon/postags.txt
"""

from __future__ import annotations

from importlib import resources

FLOOR = 100
# jieba tag → class: v verb, w verb used as a noun (调整, 投资), a adjective, d adverb,
# p preposition, c conjunction, u particle, r pronoun, f place word, t time word,
# m numeral or measure word.
CLASSES = {
    **dict.fromkeys(("v", "vd", "vi", "vg"), "v"),
    "vn": "w",
    **dict.fromkeys(("a", "ag", "b", "z"), "a"),
    **dict.fromkeys(("d", "ad", "df", "dg"), "d"),
    "p": "p",
    "c": "c",
    **dict.fromkeys(("u", "uj", "ul", "uz", "ud", "ug", "uv", "y", "e", "o"), "u"),
    **dict.fromkeys(("r", "rr", "rz", "rg"), "r"),
    "f": "f",
    **dict.fromkeys(("t", "tg"), "t"),
    **dict.fromkeys(("m", "mq", "q"), "m"),
}


def main() -> None:
    text = resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    print("# Words that are not plain nouns, with a class (scripts/build_postags.py): v w a d p c u r f t m.")
    for line in text.splitlines():
        parts = line.split(" ")
        if len(parts) != 3:
            continue
        word, freq, tag = parts
        if tag in CLASSES and len(word) <= 4 and int(freq) >= FLOOR:
            print(word, CLASSES[tag])


if __name__ == "__main__":
    main()
