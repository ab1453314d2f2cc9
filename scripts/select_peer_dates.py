"""Select the document-style absolute date cases from the peer test file.

Other projects' tests (JioNLP, Duckling, Microsoft Recognizers-Text) come as one
JSON Lines file; this keeps the cases a public-sector document could contain
as written and that map onto our value format, and writes them to
`tests/data/peer_dates.jsonl` so the tests read nothing outside the repo:

    python scripts/select_peer_dates.py /path/to/peer/dates.jsonl > tests/data/peer_dates.jsonl

A case is kept when all of these hold:
1. the peer file labels it absolute (`anchor` starts with "absolute"): it needs
   no reference time;
2. the first number in its input is a full year marked as a year, as documents
   write it: four Arabic digits or four Chinese digit characters followed by 年
   (2015年, 二〇〇六年, 2008 年), or four Arabic digits opening a numeric date
   with -, / or . (2019-07-11, 2019.9.6, 2019/04/19). Two-digit years (15年),
   era names (康熙三年), day-first or month-first numerals (3/3/2015) and
   unmarked numbers (2018, 2010 01 29, 20240307) are not document style;
3. it names no range (至, 到, ～, —, or a hyphen that is not inside a
   year-month-day numeral): a range gives two values, tested elsewhere;
4. it names no holiday, season, week or lunar date (节, 春, 周, 农历 …): their
   value needs a calendar table, not a reading of the text;
5. every value the peer expects is one point in our format — a year, half,
   quarter, month or day (a time of day keeps only its day) — and is a real
   calendar date.

Each kept case stores the input, our expected values (a set, as the scorer
compares sets) and where it came from.
"""

from __future__ import annotations

import calendar
import json
import re
import sys
from datetime import datetime

_CN = "〇零一二三四五六七八九"
YEAR_FIRST = re.compile(rf"^\D*?(?:(?<![\d{_CN}])(?:\d{{4}}|[{_CN}]{{4}})\s*年|\d{{4}}[-/.]\d)")
NUMERIC_DATE = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}")
RANGE = re.compile(r"至|到|从|起|止|[~～—–－]|-")
NAMED = re.compile(
    r"节|節|春|夏|秋|冬|周|週|礼拜|农历|阴历|阳历|端午|中秋|除夕|大年|正月|初[一二三四五六七八九十]"
    r"|伊始"
)


def _ts(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S")


def _interval_value(start: datetime, end: datetime) -> str | None:
    """Our value for a closed interval [start, end] when it is exactly one period."""
    y = start.year
    if end.year != y:
        return None
    if (start.month, start.day) == (end.month, end.day):
        return f"{y:04d}-{start.month:02d}-{start.day:02d}"
    if start.day != 1 or start.hour or start.minute or (end.hour, end.minute) != (23, 59):
        return None
    last = calendar.monthrange(y, end.month)[1]
    if end.day != last:
        return None
    months = (start.month, end.month)
    named = {(1, 12): f"{y:04d}", (1, 6): f"{y:04d}-H1", (7, 12): f"{y:04d}-H2"}
    named |= {(3 * q - 2, 3 * q): f"{y:04d}-Q{q}" for q in range(1, 5)}
    if months in named:
        return named[months]
    return f"{y:04d}-{start.month:02d}" if start.month == end.month else None


def _timex_value(timex: str) -> str | None:
    """Our value for a Recognizers-Text timex that names one point (2010-01-29T18 → its day)."""
    m = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T[\d:]+)?", timex)
    if not m:
        return None
    y, mo, d = m.groups()
    if d and not _valid(int(y), int(mo), int(d)):
        return None
    return "-".join(p for p in (y, mo, d) if p)


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def expected_values(case: dict) -> set[str] | None:
    """Our values for a peer case, or None when it does not map to single points."""
    exp = case["expected"]
    if isinstance(exp, dict) and "time" in exp:  # JioNLP: a closed interval
        v = _interval_value(_ts(exp["time"][0]), _ts(exp["time"][1]))
        return {v} if v else None
    if isinstance(exp, dict) and exp.get("fn") == "datetime":  # Duckling: a point with its grain
        y, mo, d = exp["value"][:3]
        grain = exp.get("grain")
        if grain in ("Day", "Hour", "Minute", "Second"):
            return {f"{y:04d}-{mo:02d}-{d:02d}"}
        return {f"{y:04d}-{mo:02d}"} if grain == "Month" else ({f"{y:04d}"} if grain == "Year" else None)
    if isinstance(exp, list) and exp:  # Recognizers-Text: a list of entities
        out = set()
        for ent in exp:
            value = ent.get("Value") or ent.get("Resolution") or {}
            if "isLunar" in json.dumps(value):
                return None
            timexes = {v["timex"] for v in value.get("values", [])} or {value.get("Timex")}
            days = {_timex_value(t) for t in timexes if t}
            if len(days) != 1 or None in days:
                return None
            out |= days
        return out
    return None


def keep(case: dict) -> set[str] | None:
    if not case.get("anchor", "").startswith("absolute"):
        return None
    text = case["input"]
    if not YEAR_FIRST.search(text):
        return None
    if RANGE.search(NUMERIC_DATE.sub("", text)) or NAMED.search(text):
        return None
    return expected_values(case)


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            case = json.loads(line)
            values = keep(case)
            if values:
                row = {"input": case["input"], "expected": sorted(values), "source": case["source"]}
                print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
