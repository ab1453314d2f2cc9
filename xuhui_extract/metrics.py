"""Counted quantities: 37家支部, 三位教授, 5696亿元, 增长5.3%, 近八成, 五万到六万人.

A metric is a numeral followed by a unit or measure word from the packaged
list, or a share (80%, 百分之八十, 三成, 三分之一, 一半). 万/亿 multiply the
number wherever they stand (1.2万人次, 2400多亿元, 50余万人次); a range
(4.5%—5%, 3～5年, 三百四十至三百五十人) gives `value_max`; approximation
words (近, 约, 超过, 不足, 多, 余, 左右, 以上) set `approximate`. A count of
万 or 亿 with no measure word counts what follows it (76万群众) or what the
clause names before it (人口不超过九十三万). What is counted, the `subject`,
comes from `subjects.py`.

Numbers that count nothing are left out: ordinals (第二次, 十四届全国人大,
二期规划), dates and years, numbers inside quoted formulations (“五个中心”)
and 《》 titles, fixed terms and set phrases (三会一课, 一批, 十分), time
frames (过去五年, 近十年, 前4个月, 三年行动), vague numbers (几十万) and
numbers glued to Latin letters (PM2.5).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

from . import lexicon, segment, subjects
from .dates import near as date_near
from .document import Document
from .models import DateMention, Metric
from .numbers import CN_DIGITS, NUMERAL, neighbours, tidy, value
from .outline import SectionIndex

_NUM = re.compile(rf"(?P<half>一半)|(?:(?P<den>[{CN_DIGITS}]+|\d+)分之)?(?P<n>{NUMERAL})")
_RANGE = re.compile(rf"\s*(?:[—–\-~～至到]|以上)\s*(?:百分之)?(?P<n>{NUMERAL})")
_RATIO = re.compile(r"\d+(?:\.\d+)?(?:\s*[∶：:]\s*\d+(?:\.\d+)?)+")
_MULTIPLIER = re.compile(r"万亿|萬億|[万亿萬億]")
_MULT = {"万亿": 1e12, "萬億": 1e12, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}
# Traditional forms stand beside the simplified ones: 約, 將近, 超過, 餘, 過去, 這, 以來.
_APPROX_BEFORE = re.compile(
    r"(?:[将將]近|接近|大[约約]|超[过過]|至少|不到|不足|多[达達]|[几幾]近|[约約]|近|超|逾|突破)\Z"
)
_APPROX_AFTER = ("及以上", "以上", "左右", "上下", "以下", "多", "余", "餘")
_UNIT_AS = {
    "％": "%",
    "个百分点": "百分点",
    "個百分點": "百分點",
    "个小时": "小时",
    "個小時": "小時",
    "个星期": "星期",
    "个工作日": "工作日",
}
_TOPIC_WINDOW = 200
# The rest of a list of bare numbers, up to the unit they share: 、55和55 (微克/立方米).
_LIST_TAIL = re.compile(r"(?:\s*[、和及与與]\s*\d+(?:\.\d+)?){1,8}")
# Before N日, words that make it a number of days (为期3日), not a day of the month (于14日).
_SPAN_BEFORE = re.compile(
    r"(?:[为為]期|[历歷]时|[历歷]時|[连連]续|[连連]續|[长長]达|[长長]達|[用耗]时|[用耗]時|[共满滿])\Z"
)
_MONTH_AFTER = re.compile(r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2}|[元正])月(?!份?[以之]?[内內来來])|[底初末]")
_GROUP_DIGITS = ("两", "兩", "三", "四", "五", "六", "七", "八", "九", "十")
# "Only" before a lone 一 makes it a count (十人当中只有一人能看报), not an indefinite article.
_ONLY = re.compile(r"(?:只有|仅有|僅有|唯有|才有|只|仅|僅)\Z")
_LISTED_ORDINAL = re.compile(rf"第[\d{CN_DIGITS}]+(?:[、和][\d{CN_DIGITS}]+)*、\Z")
_HOURS = re.compile(r"[多余餘]?(?:小[时時]|[钟鐘]头)")
_FRAME_BEFORE = re.compile(r"(?:[过過]去|最近|未[来來]|今明|[这這]|前|[后後]|近|[头頭]|每)\Z")
_FRAME_AFTER = re.compile(
    r"(?:以[来來]|以前|之前|以[后後]|之[后後]|之[内內]|以[内內]|[时時][间間]|[来來]|前|[后後]|[间間]|[内內]|代|初|底)"
)
_DURATIONS = ("年", "天", "日", "周", "个月", "個月", "小时", "小時", "分钟", "分鐘", "星期", "工作日")
_NAMING = ("年", "天", "小时", "小時", "分钟", "分鐘")  # durations that name what follows them (三年行动)
_ORDINAL_UNITS = ("次", "届", "屆", "期")
_FORMULATION_UNITS = ("个", "個", "项", "項", "条", "條")
_CLAUSE_END = "，,。；;！？!?：:\n"
_SHARE_UNITS = ("%", "‰", "百分点", "百分點", "倍", "番")
_MEASURES = ("元", "圆", "圓", "米", "亩", "畝", "斤", "吨", "噸", "度", "倍", "番", "%", "％", "‰", "P")
_PEOPLE = ("人", "名", "位", "人次", "户", "戶")
# What follows a clock time (三点钟, 三点半, 三点以后, 三点开始), never points made.
_CLOCK_AFTER = (
    "钟",
    "鐘",
    "半",
    "整",
    "前",
    "后",
    "後",
    "左右",
    "多",
    "起",
    "以",
    "之",
    "开始",
    "结束",
    "至",
    "到",
    "零",
)


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


@cache
def _era() -> re.Pattern[str]:
    return re.compile(f"(?:{lexicon.alternation('year_eras')})\\Z")


@cache
def _action() -> re.Pattern[str]:
    return re.compile(lexicon.alternation("actions"))


@cache
def _units() -> re.Pattern[str]:
    return re.compile(lexicon.alternation("units"))


@dataclass
class _Quantity:
    """A number as read at one place in the view: [start, end) covers the approximation words too."""

    start: int
    end: int
    value: float
    high: float | None = None
    unit: str | None = None
    approx: bool = False
    unit_end: int = 0  # where the unit ends, before 左右/以上


@dataclass
class _Sentence:
    """Where the previous metric of the current sentence ended, and subjects shared out to the next numbers."""

    span: tuple[int, int] = (0, 0)
    prev_end: int = 0
    pending: list[str] = field(default_factory=list)
    subjects: list[str | None] = field(default_factory=list)
    earlier: str | None = None  # the last subject of the sentence before, in the same paragraph


def extract(doc: Document, sections: SectionIndex, dates: list[DateMention]) -> list[Metric]:
    view = doc.view
    blocked = _blocked(view)
    out: list[Metric] = []
    state = _Sentence()
    taken = 0
    for m in _NUM.finditer(view):
        if m.start() < taken:
            continue  # the upper end of a range, or a ratio, already read
        parts = _ratio(view, m.start())
        q = parts[0] if parts else _read(view, m)
        if q is None or blocked.covers(m.start(), m.end()) or (not parts and _excluded(doc, m, q, dates)):
            continue
        whole = _Quantity(q.start, parts[-1].end, q.value) if parts else q
        taken = whole.end
        sent = doc.sentence_at(m.start())
        if sent != state.span:
            same_paragraph = doc.line_at(sent[0]) == doc.line_at(state.span[0])
            earlier = next((x for x in reversed(state.subjects) if x), None) if same_paragraph else None
            state = _Sentence(sent, sent[0], earlier=earlier)
        subject = _subject(doc, whole, state)
        state.prev_end = whole.end
        if q.unit is None and subject is None:
            continue
        state.subjects.append(subject)
        for part in parts or [q]:
            span = doc.span(part.start, part.end)
            out.append(
                Metric(
                    text=doc.slice(span),
                    value=tidy(part.value),
                    value_max=tidy(part.high) if part.high is not None else None,
                    approximate=part.approx or None,
                    unit=part.unit,
                    subject=subject,
                    topic=_topic(view, sent[0], m.start()),
                    date=_date_near(dates, doc.span(*sent), span),
                    section=sections.at(span[0]),
                    span=span,
                    sentence_span=doc.span(*sent),
                )
            )
    return out


def _ratio(view: str, pos: int) -> list[_Quantity]:
    """8.3∶41.4∶50.3 (三次产业结构): each term a metric with no unit; not a clock time (8:30)."""
    run = _RATIO.match(view, pos)
    if not run or (pos and (view[pos - 1].isdigit() or view[pos - 1] in ".:：∶")):
        return []
    text = run.group()
    terms = list(re.finditer(r"\d+(?:\.\d+)?", text))
    if "∶" not in text and not (len(terms) >= 3 and "." in text):
        return []
    return [_Quantity(pos + t.start(), pos + t.end(), float(t.group())) for t in terms]


def _read(view: str, m: re.Match[str]) -> _Quantity | None:
    """The quantity whose numeral `m` matched, or None when it is not one."""
    s = m.start()
    before = _APPROX_BEFORE.search(view, max(0, s - 4), s)
    # 大约有二百人: approximate, though 有 keeps the words before it out of the metric's text.
    has = s >= 2 and view[s - 1] == "有" and view[s - 2] in "约約"
    q = _Quantity(before.start() if before else s, m.end(), 0.0, approx=bool(before) or has)
    if m.group("half"):
        q.value, q.unit = 50.0, "%"
    elif m.group("den"):
        den, num = value(m.group("den")), value(m.group("n"))
        if not den or num is None:
            return None
        q.value, q.unit = num * 100 / den, "%"
    else:
        raw = m.group("n")
        pair = neighbours(raw)  # 两三次: a range
        number = pair[0] if pair else value(raw)
        if number is None:
            return None
        q.value = number
        if not _scale(view, q, raw):
            return None
        if pair:
            q.high = q.value * pair[1] / pair[0]
        if raw[0] in "百千万亿萬億" and not before and not _capacity(view, s, q):
            return None  # 千家万户, 千百个: not a count; 近千个, 超过千万人次 and 千万吨炼化基地 are
    _range(view, q)
    if q.unit is None and m.group("n") in _GROUP_DIGITS and view.startswith("大", q.end):
        q.end += 1  # 三大核心要素: a count of kinds, checked against the words in `_excluded`
        return q
    if q.unit is None:
        q.unit = _listed_unit(view, q.end)  # 分别为47、55和55微克/立方米: the unit closes the list
        if q.unit:
            q.unit_end = q.end
            return q
        return None if _MULT.get(view[q.end - 1]) is None else q  # 76万群众: a count with no measure word
    q.unit = _UNIT_AS.get(q.unit, q.unit)
    q.unit_end = q.end
    for word in _APPROX_AFTER:
        if view.startswith(word, q.end):
            q.approx, q.end = True, q.end + len(word)
            break
    return q


def _listed_unit(view: str, end: int) -> str | None:
    """The unit after a short list of bare numbers that starts at `end` (、55和55微克/立方米), if any."""
    m = _LIST_TAIL.match(view, end)
    unit = _unit_at(view, m.end()) if m else None
    return _UNIT_AS.get(unit, unit) if unit else None


def _capacity(view: str, s: int, q: _Quantity) -> bool:
    """百万吨化工新材料基地: a bare magnitude before a physical unit sizes what follows.

    Not after 上 or 数 (上万吨: vague) or 每 (每万吨标煤: a rate).
    """
    return q.unit in lexicon.wordset("capacity_units") and not (s and view[s - 1] in "上成数數几幾每")


def _scale(view: str, q: _Quantity, raw: str) -> bool:
    """几, 多/余 and 万/亿 after the numeral, then the unit; False for a vague number (几十万)."""
    s = q.end - len(raw)
    if s and (view[s - 1] in "几幾" or (view[s - 1] in "数數" and raw[0] in "十百千万萬")):
        return False  # 几十万, 数千人: vague
    if view.startswith("几", q.end) and raw[-1] in "十百千万亿":
        q.approx, q.end = True, q.end + 1  # 十几亿人口 → about 1e9
    if view.startswith(("多", "余", "餘"), q.end):
        q.approx, q.end = True, q.end + 1  # 2400多亿元, 300多人
    mult = _MULTIPLIER.match(view, q.end)
    if mult and not _MULTIPLIER.search(raw):
        q.value *= _MULT[mult.group()]
        q.end = mult.end()
    if view.startswith("成", q.end) and raw[0] in CN_DIGITS and q.value <= 10:
        q.value, q.unit, q.end = q.value * 10, "%", q.end + 1
        return True
    if not _unit_at(view, q.end) and view.startswith(("多", "余", "餘"), q.end):
        q.approx, q.end = True, q.end + 1  # 10亿多元
    q.unit = _unit_at(view, q.end)
    if q.unit:
        q.end += len(q.unit)
        hours = _HOURS.match(view, q.end) if q.unit == "个" else None
        if hours:  # 三个多小时
            q.approx = q.approx or hours.group()[0] in "多余餘"
            q.unit, q.end = hours.group().lstrip("多余餘"), hours.end()
    return True


def _range(view: str, q: _Quantity) -> None:
    """4.5%—5%, 1000米～1500米, 3～5年, 五万到六万人, 五、六个: the upper end, and the unit after it."""
    if q.unit is None and view.startswith("、", q.end) and q.end - q.start == 1 and q.end + 2 < len(view):
        pair = neighbours(view[q.start] + view[q.end + 1])  # 五、六个人: two neighbouring digits, listed
        unit = _unit_at(view, q.end + 2)
        if pair and unit:
            q.high, q.unit, q.end = pair[1], unit, q.end + 2 + len(unit)
        return
    r = _RANGE.match(view, q.end)
    upper = value(r.group("n")) if r else None
    if r is None or upper is None:
        return
    end = r.end()
    mult = _MULTIPLIER.search(r.group("n")) or _MULTIPLIER.match(view, end)
    lower = q.value
    if mult:
        if not _MULTIPLIER.search(r.group("n")):
            upper *= _MULT[mult.group()]
            end = mult.end()
        if not _MULTIPLIER.search(view, q.start, q.end) and lower * _MULT[mult.group()] <= upper:
            lower *= _MULT[mult.group()]  # 五到六万人: the 万 belongs to both ends
    unit = _unit_at(view, end)
    if upper <= lower or (q.unit and unit not in (None, q.unit)) or (q.unit is None and unit is None):
        return
    closing = end + len(unit or "")
    if r.group().lstrip().startswith("以上"):
        if not view.startswith("以下", closing):
            return  # 一万元以上十万元以下 is a range; 一万元以上 alone is not
        closing += 2
    q.value, q.high, q.end = lower, upper, closing
    q.unit = q.unit or unit


def _unit_at(view: str, pos: int) -> str | None:
    """The longest unit of the packaged list that starts at `pos`."""
    m = _units().match(view, pos)
    if m and m.group().isascii() and m.end() < len(view) and view[m.end()].isascii() and view[m.end()].isalnum():
        return None  # 5PM, 3GBps: a Latin unit is only one where the letters stop
    return m.group() if m else None


def _excluded(doc: Document, m: re.Match[str], q: _Quantity, dates: list[DateMention]) -> bool:
    """Ordinals, dates and years, time frames, the lone 一 and numbers glued to Latin letters."""
    view = doc.view
    s, raw = m.start(), m.group("n") or ""
    prev = view[s - 1] if s else ""
    if prev == "第" or (prev.isascii() and prev.isalpha()) or (prev and prev in ".．"):
        return True
    if prev == "、" and _LISTED_ORDINAL.search(view, max(0, s - 24), s):
        return True  # 第五、六条: the list goes on numbering
    if prev and prev in "这這那" and doc.last_of("、", doc.last_of(_CLAUSE_END, 0, s) + 1, s) < 0:
        return True  # 这两个组织: points back at what was counted before; 调结构、强枢纽这三个方面 sums up a list
    if (
        raw == "一"
        and not m.group("den")
        and not q.approx
        and q.unit not in ("倍", "番")
        and not _ONLY.search(view, max(0, s - 2), s)
    ):
        return True  # 一个中心, 一家: indefinite; 只有一所学校 counts
    if q.unit is None and view[q.end - 1] == "大":
        tok = doc.tokens[doc.token_index(s)]
        return not (tok.start == s and tok.end == q.end)  # 三大 as a word, not 三大类, 三大战役, 三|大于
    span = doc.span(s, q.end)
    i = bisect_right(dates, span[1] - 1, key=lambda d: d.span[0])
    if i and dates[i - 1].span[1] > span[0]:
        return True  # 3月5日, 2021—2025年: part of a date
    if q.unit in ("日", "号", "號") and (
        view[max(0, s - 4) : s].rstrip(" \u3000\t").endswith("月")
        or (q.value <= 31 and not _SPAN_BEFORE.search(view, max(0, q.start - 2), q.start))
    ):
        return True  # 9月1日, 9月 1日, 新华社受权于14日播发: a day of a date; 为期14日 counts days
    if q.unit == "年" and _MONTH_AFTER.match(view, q.unit_end):
        return True  # 20年3月, 21年底: a year written short
    if q.unit in _DURATIONS and _time_frame(doc, s, q, raw):
        return True
    if q.unit == "周" and view.startswith("年", q.end):
        return True  # 75周年: an anniversary names, not counts
    if q.unit in _FORMULATION_UNITS and raw[0] in CN_DIGITS and q.end == q.unit_end and _not_noun_after(doc, q.end):
        return True  # 三个务必, 四个全面, 两个确立: a formulation names, not counts
    if q.unit in ("点", "點") and _clock(doc, s, q.end):
        return True
    if q.unit in ("届", "屆"):
        return raw == "二" or _names_a_session(doc, s, q.end)  # 二十届四中全会: the congress a session belongs to
    if raw == "二" and q.unit in (*_ORDINAL_UNITS, "级"):
        return True  # 二级, 二期: a count would say 两级, 两期
    return q.unit in _ORDINAL_UNITS and _ordinal(doc, s, q.end)


def _time_frame(doc: Document, s: int, q: _Quantity, raw: str) -> bool:
    """过去五年, 近十年, 三年来, 5年累计投入 (a frame opening its clause), 三年行动 and 15分钟生活圈 (names), years."""
    view = doc.view
    if q.unit == "年" and ((len(raw) == 4 and raw.isdigit()) or _era().search(view, max(0, s - 2), s)):
        return True  # 2019年, 民国十年: a year
    if _FRAME_BEFORE.search(view, max(0, s - 2), s) or _FRAME_AFTER.match(view, q.end):
        return True
    end = q.unit_end
    if q.unit not in _NAMING or end >= len(view) or view[end] in _CLAUSE_END + "、":
        return False
    if q.start == 0 or view[q.start - 1] in _CLAUSE_END:
        return True
    tok = doc.tokens[doc.token_index(end)]
    return tok.start == end and view[end] not in CN_DIGITS and subjects.kind(tok.word) in ("n", "w")


def _clock(doc: Document, s: int, end: int) -> bool:
    """Is N点 a time of day (下午三点, 于三点召开, 三点半) rather than points made (提出三点建议)?"""
    view = doc.view
    if end >= len(view) or view[end] in _CLAUSE_END or view.startswith(_CLOCK_AFTER, end):
        return True
    if _clock_before().search(view, max(0, s - 3), s):
        return True
    tok = doc.tokens[doc.token_index(end)]
    return tok.start < end or subjects.kind(tok.word) not in ("n", "v")


@cache
def _clock_before() -> re.Pattern[str]:
    return re.compile(f"(?:{lexicon.alternation('clock_words')})\\Z")


def _names_a_session(doc: Document, s: int, end: int) -> bool:
    """Is 届 here the number of a congress (十九届历次全会, 出席十四届全国人大) rather than a count (连续三届获评)?

    A count of sessions ends its clause or goes on with a verb; a congress's
    number stands before the name of what it holds, whatever verb comes first.
    """
    if end >= len(doc.view) or doc.view[end] in _CLAUSE_END + "、的" or doc.view.startswith("连续", s - 2):
        return False
    tok = doc.tokens[doc.token_index(end)]
    return tok.start < end or subjects.kind(tok.word) not in ("v", "p")


def _not_noun_after(doc: Document, end: int) -> bool:
    """Does a verb, adverb or adjective follow straight on (个务必), and no noun after it?"""
    i = doc.token_index(end)
    tok = doc.tokens[i]
    if tok.start < end:
        return False  # glued to the measure word: leave it to the subject reader
    nxt = doc.tokens[i + 1].word if i + 1 < len(doc.tokens) else "。"
    # 三个突出问题 counts: the word after the modifier is a noun.
    return subjects.kind(tok.word) in ("v", "d", "a", "w") and subjects.kind(nxt) not in ("n", "w", "a")


def _ordinal(doc: Document, s: int, end: int) -> bool:
    """十四届全国人大, 二期规划, 三次产业: a number before a noun, not after a verb (组织三次政治轮训)."""
    tok = doc.tokens[doc.token_index(end)]
    if tok.start != end or (subjects.kind(tok.word) not in ("n", "w") and doc.view[end] not in CN_DIGITS):
        return False  # 二十届二中全会: before another numbered name too
    prev = doc.tokens[doc.token_index(s - 1)].word if s else ""
    return subjects.kind(prev) != "v" or prev in ("是", "为")


def _subject(doc: Document, q: _Quantity, state: _Sentence) -> str | None:
    """After the unit, else before the number in its clause, else shared out, carried or the verb's object."""
    view = doc.view
    clause = doc.last_of(_CLAUSE_END, state.span[0], q.start) + 1
    clause = max(clause, state.span[0])
    a = max(clause, state.prev_end)
    unit_start = q.unit_end - len(q.unit or "")
    word = doc.tokens[doc.token_index(unit_start)]
    # The unit opens a longer dictionary word (十几亿人口): that word is what is counted.
    opens = word.start == unit_start < q.end < word.end and segment.known(word.word)
    level = view.startswith(("的", "之"), q.end) and any(
        view.startswith(v, q.start - len(v)) for v in lexicon.words("level_verbs") if q.start >= len(v)
    )
    # A count of things, not of time, amounts or people (代表1000多人出席大会: what they did;
    # 预留100亿元推行资助计划: what the money is for).
    classifier = q.unit is not None and len(q.unit) == 1 and q.unit not in (*_DURATIONS, *_PEOPLE, *_MEASURES)
    found_after = None if level else subjects.after(doc, unit_start if opens else q.end, modifier=classifier)
    if found_after:
        return found_after
    action = _action().match(view, q.end) if q.unit in _DURATIONS else None
    held = subjects.held(doc, q.end, action.group()) if action else None
    if held:
        return held  # 联合学会连续三年主办大赛: a run of years counts the events an action holds, not its actor
    found = subjects.before(doc, a, q.start, count=q.unit not in (None, *_SHARE_UNITS))
    if found:
        state.pending = list(found.rest)
        return found.subject
    verb = doc.tokens[doc.token_index(q.end)] if q.unit in _DURATIONS and q.end < len(view) else None
    if verb and verb.start == q.end and subjects.kind(verb.word) == "v":
        held = subjects.held(doc, q.end, verb.word)
        if held:
            return held  # 连续三年入选中国百强区: what the years went on doing
    # (由5人组成 says what the people make up, not what they do.)
    done = subjects.predicate(doc, q.end) if q.unit in _PEOPLE and not view.startswith("由", q.start - 1) else None
    if done:
        return done  # 十人当中只有一人能看报: what the people counted do
    if state.pending and not view[a : q.start].strip(" 、和及与"):
        return state.pending.pop(0)
    n = _chain(view, q.end)
    if _shared_out(view[a : q.start]) and 1 < n <= len(state.subjects) and all(state.subjects[-n:]):
        # 接待游客3.2亿人次，实现旅游收入3500亿元，分别增长15%和22%: one for each count before.
        named = state.subjects[-n:]
        state.pending = [str(x) for x in named[1:]]
        return named[0]
    share = n > 1 and _shared_out(view[a : q.start])
    listed = subjects.before(doc, max(state.prev_end, q.start - _TOPIC_WINDOW), q.start) if share else None
    if listed and len(listed.rest) == n - 1:
        # 最低的3个城市依次是北京、廊坊和长治，分别为47、55和55微克/立方米: the list of the clause before.
        state.pending = list(listed.rest)
        return listed.subject
    # A noun named since the last number, else that number's subject: 大专及以上学历的525名，占90.4%.
    named = subjects.before(doc, state.prev_end, a, share_out=False)
    carried = named.subject if named else (state.subjects[-1] if state.subjects else None)
    if state.prev_end > clause and carried:
        return carried  # 利用率达94.5%、连续5年保持西北第一: the same subject goes on
    found = subjects.verb_object(doc, q.end) or carried
    if found or q.unit is None:
        return found
    # 其中，499.6万件调解成功: what the things counted did; else what the sentence is about
    # (《新青年》雜誌以前每月出版一次，現在改為三個月出版一次).
    # 前三季度国内生产总值增长0.7%。分季度看，一季度下降6.8%: the paragraph goes on about it.
    return subjects.predicate(doc, q.end) or subjects.topic(doc, state.span[0], q.start) or state.earlier


def _shared_out(stretch: str) -> bool:
    return "分别" in stretch or "分別" in stretch


def _chain(view: str, end: int) -> int:
    """How many numbers a list starting here holds: 15%和22% → 2, 6%、5.2%、5.2% → 3."""
    limit = min(len(view), end + 200)
    stop = min((i for i in (view.find(c, end, limit) for c in _CLAUSE_END) if i >= 0), default=limit)
    return 1 + len(re.findall(rf"[、和及与](?=(?:百分之)?[\d{CN_DIGITS}])", view[end:stop]))


def _topic(view: str, sent_start: int, pos: int) -> str | None:
    """A quoted term in the clause or the one before: 提高“一肩挑”覆盖率，已有37家支部完成 → 一肩挑.

    Looks back at most `_TOPIC_WINDOW` characters, so a sentence that never ends costs no more than a short one.
    """
    sent_start = max(sent_start, pos - _TOPIC_WINDOW)
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
