"""Counted quantities: 37家支部, 三位教授, 5696亿元, 增长5.3%, 近八成, 五万到六万人.

A metric is a numeral followed by a unit or measure word from the packaged
list (or a percentage form: 80%, 百分之八十, 三成), with an optional range
(4.5%—5%, 三百四十至三百五十人) and approximation words (近, 约, 余, 多,
左右, 以上). What is counted, the `subject`, is read from the jieba tokens:
the noun phrase after a measure word (三位来自高校的教授 → 教授) or, for
amounts and rates, the noun phrase before the number (地区生产总值5696亿元),
else the subject of the clause before (…，增长5.3%).

Numbers that count nothing are left out: ordinals (第二次), years and dates,
numbers inside quoted formulations (“五个中心”) and 《》 titles, fixed terms
and set phrases (三会一课, 一批, 十分), and time frames (过去五年, 前4个月).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from . import lexicon
from .dates import near as date_near
from .document import Document
from .models import DateMention, Metric
from .numbers import CN_DIGITS, NUMERAL, tidy, value
from .outline import SectionIndex

_NUM = re.compile(rf"(?P<pct>百分之)?(?P<n>{NUMERAL})")
_RANGE = re.compile(rf"\s*[—–\-~～至到]\s*(?:百分之)?(?P<n>{NUMERAL})")
_APPROX_BEFORE = re.compile(r"(?:近|约|大约|将近|接近|超过|超|逾|突破|至少|不到|不足|多达|几近)$")
_APPROX_AFTER = ("多", "余", "左右", "以上", "上下", "以下")
_FRAME_BEFORE = re.compile(r"(?:过去|近|这|前|后|最近|头|每)$")
_FRAME_AFTER = re.compile(r"(?:来|以来|前|以前|之前|后|以后|之后|时间|间|之内|内|变化)")
_CLAUSE_END = "，,。；;！？!?：:\n（）()"
_PUNCT = set("，,。；;！？!?：:、\n “”‘’《》（）()[]【】")
# Amounts and rates name their subject before the number; counts after it.
_SUBJECT_BEFORE = {
    "%",
    "元",
    "美元",
    "欧元",
    "港元",
    "米",
    "千米",
    "公里",
    "平方公里",
    "平方米",
    "平方千米",
    "立方米",
    "公顷",
    "亩",
    "吨",
    "千克",
    "公斤",
    "千瓦",
    "千瓦时",
    "兆瓦",
    "倍",
    "百分点",
    "个百分点",
    "年",
    "天",
    "小时",
    "分钟",
    "周",
    "℃",
    "度",
}
_SKIP_BEFORE = {
    "增长",
    "增加",
    "下降",
    "减少",
    "提高",
    "提升",
    "降低",
    "达",
    "达到",
    "为",
    "是",
    "到",
    "至",
    "分别",
    "同比",
    "平均",
    "累计",
    "共",
    "共计",
    "合计",
    "约",
    "近",
    "超",
    "超过",
    "突破",
    "实现",
    "保持",
    "有",
    "计有",
    "计",
    "占",
    "由",
    "上年",
    "全年",
    "今年",
    "去年",
    "在",
    "的",
    "了",
    "增速",
    "高",
    "低",
    "偏低",
    "偏高",
    "较",
    "比",
    "上升",
    "回落",
    "大约",
    "将近",
    "接近",
    "只有",
    "仅",
    "已",
    "已有",
    "已经",
    "新增",
    "年均",
    "较常年同期",
    "同期",
    "常年",
    "连续",
    "净增",
}


@dataclass
class _Blocked:
    """Sorted, non-overlapping view spans where numbers are not metrics."""

    starts: list[int]
    ends: list[int]

    def covers(self, a: int, b: int) -> bool:
        i = bisect_right(self.starts, a) - 1
        return i >= 0 and self.ends[i] >= b


def _blocked(view: str) -> _Blocked:
    words = lexicon.alternation("formulations") + "|" + lexicon.alternation("set_phrases")
    spans = [(m.start(), m.end()) for m in re.finditer(words, view)]
    # Short quotes (formulations) and 《》 titles.
    spans += [(m.start(), m.end()) for m in re.finditer(r"“[^“”\n]{1,12}”|‘[^‘’\n]{1,12}’|《[^《》\n]{1,80}》", view)]
    spans.sort()
    starts, ends = [], []
    for a, b in spans:
        if starts and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return _Blocked(starts, ends)


def _unit_at(view: str, pos: int, units: tuple[str, ...]) -> str | None:
    for u in units:
        if view.startswith(u, pos):
            return u
    return None


def extract(doc: Document, sections: SectionIndex, dates: list[DateMention]) -> list[Metric]:
    view = doc.view
    units = tuple(sorted(lexicon.words("units"), key=len, reverse=True))
    blocked = _blocked(view)
    out: list[Metric] = []
    last_subject: dict[int, str] = {}  # sentence start -> the last subject named in it
    for m in _NUM.finditer(view):
        found = _read(view, m, units)
        if found is None:
            continue
        start, end, number, high, unit, approx = found
        if blocked.covers(m.start("n"), m.end("n")) or _excluded(view, m, unit, end):
            continue
        sent = doc.sentence_at(m.start())
        subject = _subject(doc, m.start(), m.end(), end, unit) or last_subject.get(sent[0])
        if subject:
            last_subject[sent[0]] = subject
        span = doc.span(start, end)
        out.append(
            Metric(
                text=doc.slice(span),
                value=tidy(number),
                value_max=tidy(high) if high is not None else None,
                approximate=approx or None,
                unit=unit,
                subject=subject,
                topic=_topic(view, sent[0], m.start()),
                date=_date_near(dates, doc.span(*sent), span),
                section=sections.at(span[0]),
                span=span,
                sentence_span=doc.span(*sent),
            )
        )
    return out


def _read(view: str, m: re.Match[str], units: tuple[str, ...]):
    """Numeral, range, unit and approximation at a match; None when it is not a quantity."""
    raw = m.group("n")
    if raw[0] in CN_DIGITS and raw[0] in "百千万亿萬億":
        return None
    number = value(raw)
    if number is None:
        return None
    pos = m.end()
    unit: str | None = None
    if m.group("pct"):
        unit = "%"
    elif view.startswith("成", pos) and not raw[0].isdigit() and number <= 10:
        number, unit, pos = number * 10, "%", pos + 1
    high = None
    first_unit = _unit_at(view, pos, units) if unit is None else None
    r = _RANGE.match(view, pos + len(first_unit or ""))
    if r:
        upper = value(r.group("n"))
        if upper is not None and upper > number:
            high, pos = upper, r.end()
            if unit == "%" and view.startswith("成", pos):
                high, pos = upper * 10, pos + 1
    approx = bool(_APPROX_BEFORE.search(view, max(0, m.start() - 4), m.start()))
    if view.startswith(("多", "余"), pos) and unit is None:
        approx, pos = True, pos + 1
    if unit is None:
        unit = _unit_at(view, pos, units)
        if unit is None:
            return None
        pos += len(unit)
    if unit == "％":
        unit = "%"
    for word in _APPROX_AFTER:
        if view.startswith(word, pos):
            approx, pos = True, pos + len(word)
            break
    start = m.start()
    before = _APPROX_BEFORE.search(view, max(0, m.start() - 4), m.start())
    if before:
        start = before.start()
    return start, pos, number, high, unit, approx


def _excluded(view: str, m: re.Match[str], unit: str, end: int) -> bool:
    """Ordinals, years, time frames, the lone 一 and numbers glued to Latin letters."""
    s = m.start()
    raw = m.group("n")
    prev = view[s - 1] if s else ""
    if prev == "第" or (prev.isascii() and prev.isalpha()) or (prev and prev in ".．"):
        return True
    if raw == "一" and unit not in ("倍",):
        return True
    if unit == "年" and (len(raw) == 4 or _FRAME_BEFORE.search(view, max(0, s - 2), s)):
        return True
    if unit in ("年", "天", "个", "周", "小时") and _FRAME_AFTER.match(view, end):
        return True
    if unit == "个" and view.startswith("月", end):
        return True  # a time window: 前4个月, 6个月内
    return unit == "次" and view.startswith(("会议", "全会", "代表大会"), end)


def _is_word(tok: str) -> bool:
    return (
        bool(tok.strip()) and not any(ch in _PUNCT for ch in tok) and not tok[0].isdigit() and tok[0] not in CN_DIGITS
    )


def _subject(doc: Document, num_start: int, num_end: int, end: int, unit: str) -> str | None:
    after = _phrase_after(doc, end)
    before = _phrase_before(doc, num_start)
    if unit in _SUBJECT_BEFORE:
        return before or after
    return after or before


def _phrase_after(doc: Document, pos: int) -> str | None:
    view = doc.view
    stop = pos
    while stop < len(view) and stop - pos < 30 and view[stop] not in _CLAUSE_END and view[stop] != "、":
        stop += 1
    segment = view[pos:stop]
    de = segment.rfind("的", 0, 20)
    if de >= 0:
        pos += de + 1
    stops = lexicon.wordset("stopwords") | lexicon.wordset("actions")
    words: list[str] = []
    for tok in doc.tokens_between(pos, stop):
        if tok.word in stops or not _is_word(tok.word):
            break
        words.append(tok.word)
        if len(words) == 4:
            break
    phrase = "".join(words)
    return phrase if len(phrase) >= 1 and phrase not in ("以上", "以下", "左右") else None


def _phrase_before(doc: Document, pos: int) -> str | None:
    view = doc.view
    start = pos
    while start > 0 and pos - start < 30 and view[start - 1] not in _CLAUSE_END and view[start - 1] != "、":
        start -= 1
    toks = doc.tokens_between(start, pos)
    stops = lexicon.wordset("stopwords") | lexicon.wordset("actions")
    i = len(toks)
    while i > 0 and (toks[i - 1].word in _SKIP_BEFORE or not toks[i - 1].word.strip()):
        i -= 1
    words: list[str] = []
    while i > 0:
        w = toks[i - 1].word
        if w in stops or w in _SKIP_BEFORE or not _is_word(w):
            break
        words.insert(0, w)
        i -= 1
        if len(words) == 4:
            break
    phrase = "".join(words)
    return phrase or None


def _topic(view: str, sent_start: int, pos: int) -> str | None:
    """A quoted term in the clause or the one before: 提高“一肩挑”覆盖率，已有37家支部完成 → 一肩挑."""
    start = pos
    for _ in range(2):
        start = max(view.rfind(c, sent_start, start - 1) for c in "，,") if start > sent_start else sent_start
        start = max(start, sent_start)
    found = None
    for m in re.finditer(r"[“‘「]([^“”‘’「」\n]{1,12})[”’」]", view[start:pos]):
        found = m.group(1)
    return found


def _date_near(dates: list[DateMention], sentence: tuple[int, int], span: tuple[int, int]) -> str | None:
    """The date written in the same sentence, the nearest one before the number first."""
    pick = date_near(dates, *sentence, span[0])
    return pick.value if pick else None
