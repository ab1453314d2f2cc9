"""Select the numeral cases `numbers.value()` must agree with from the peer test file.

cn2an's own test suite comes (with other projects') as one JSON Lines file;
this keeps the cases that fit how the extractor reads a numeral, one matched
numeral at a time in cn2an's "normal" mode, and writes them to
`tests/data/peer_numerals.jsonl` so the tests read nothing outside the repo:

    python scripts/select_peer_numerals.py /path/to/peer/numerals.jsonl > tests/data/peer_numerals.jsonl

Kept:
1. the conversions cn2an asserts in strict mode (`strict_data_dict`: 一千零一,
   壹佰壹拾壹圆整, 零点零一, 负十一) and in normal mode (`normal_data_dict`:
   一七二零, 两千六, 十三万五), since normal mode accepts everything strict does;
2. the inputs cn2an rejects even in normal mode (`error_normal_datas`: 零点点,
   元整, 负) that hold no Arabic digit: mixed forms such as 100万 are errors
   for cn2an but numbers for us (1.2万人次 is how reports write them).

Each kept case stores the input, the expected number (null for "not a
number") and where it came from.
"""

from __future__ import annotations

import json
import re
import sys

SOURCE = "Ailln/cn2an:cn2an/cn2an_test.py"


def keep(case: dict) -> dict | None:
    if not case["source"].startswith(SOURCE):
        return None
    kind = case.get("test_list") or ""
    if kind in ("strict_data_dict", "normal_data_dict") and isinstance(case["expected"], (int, float)):
        expected = case["expected"]
    elif kind.startswith("error_normal_datas") and not re.search(r"\d", case["input"]):
        expected = None
    else:
        return None
    return {"input": case["input"], "expected": expected, "source": case["source"]}


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            row = keep(json.loads(line))
            if row:
                print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
