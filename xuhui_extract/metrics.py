"""Counted quantities: 37家支部, 三位教授, 5696亿元, 增长5.3%, 近八成, 五万到六万人.

A metric is a numeral with a unit or measure word, or a share, as
`quantities.py` reads it (万/亿 applied, ranges, approximation words). A count
of 万 or 亿 with no measure word counts what follows it (76万群众) or what the
clause names before it (人口不超过九十三万); 三大核心要素 counts with no unit
either. Numbers inside quoted formulations (“五个中心”), 《》 titles, fixed terms
and set phrases (三会一课, 一批, 十分) are left out here; `uncounted.py` leaves
out the rest that count nothing (ordinals, dates, time frames, clock times).

What is counted, the `subject`, is looked for in this order (`_subject`):
after the unit (5家律所, 12个创新平台); the events an action holds over a run
of years (连续三年主办大赛); the distance, for a length after 距离 (距离水源地不足1公里);
what was done to the people counted, when only verbs open
the clause before them (集中隔离1.07万人); before the number in its clause (地区生产总值5696亿元),
or on the line before when a line break cut the clause (减少 | 6.9 天);
what counted people do (只有一人能看报); a list shared out by 分别; the subject
carried on from the last number of the sentence; and as last resorts what the
things counted did, what the sentence is about, or what the paragraph was
about. A target (`lexicon/target_nouns.txt`: 高于…的目标14.4个百分点) is never
the subject of the margin over it, nor carried on. The readers themselves are in `subjects.py`.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from . import lazy, lexicon, segment, subjects
from .dates import DateSpans
from .document import Document
from .models import DateMention, Metric, many
from .numbers import CN_DIGITS, tidy
from .outline import SectionIndex
from .quantities import COLONS, Quantity, numerals, ratio, read
from .uncounted import CLAUSE_END, DURATIONS, MARKS_BEFORE, excluded, marked

_TOPIC_WINDOW = 200
# 、 or 和 before the next number of a list, which may carry a minus sign (、-19.3%) or its own change
# (分别下降38.6%、上升2.8%).
_LIST_CHANGES = ("上升", "下降", "增长", "增加", "减少", "提高", "降低")
_LIST_NEXT_OPENS = frozenset(("", *_LIST_CHANGES))  # what stands between a shared-out list's numbers
_LIST_NEXT = lazy.pattern(rf"[、和及与](?=(?:{'|'.join(_LIST_CHANGES)})?[-－−]?(?:百分之)?[\d{CN_DIGITS}])")
# Short quotes (formulations) and 《》 titles: numbers inside them are not metrics.
_SHORT_QUOTE = re.compile(r"“[^“”\n]{1,12}”|‘[^‘’\n]{1,12}’|《[^《》\n]{1,80}》")
_QUOTED_TERM = re.compile(r"[“‘「]([^“”‘’「」\n]{1,12})[”’」]")
_OPENS = "“‘《「"  # every character either pattern can start a match with (found once per page, for both)
_CLOSING_QUOTES = "”’」"
_CLAUSE_END_AT = re.compile(f"[{re.escape(CLAUSE_END)}]")
_SHARE_UNITS = frozenset(("%", "‰", "百分点", "百分點", "千分点", "个点", "倍", "番"))
_MEASURES = ("元", "圆", "圓", "米", "亩", "畝", "斤", "吨", "噸", "度", "倍", "番", "%", "％", "‰", "P")
_LENGTHS = ("公里", "千米", "米", "厘米", "毫米", "海里", "英里")
_APART = ("距离", "相距", "距離")
_PEOPLE = frozenset(("人", "名", "位", "人次", "户", "戶"))
_MONEY = ("元", "圆", "圓")  # the units of a sum of money (万元, 美元)
_LASTING = ("长达", "長達", "达", "達")  # between a verb and how long it went on
_NOT_CLASSIFIERS = frozenset((*DURATIONS, *_PEOPLE, *_MEASURES))  # units of time, amounts and people
_WITHIN = ("内", "以内", "內", "以內")  # after a length of time: the limit it sets (14个工作日内)
_OPENING_PEOPLE = frozenset(("名", "位"))  # people's measure words that open their noun (四十名工人)
_UNCOUNTED = frozenset((None, *_SHARE_UNITS))  # no unit, or a share: not a count of things


@dataclass
class _Blocked:
    """Sorted, non-overlapping view spans where numbers are not metrics."""

    starts: list[int]
    ends: list[int]

    def covers(self, a: int, b: int) -> bool:
        i = bisect_right(self.starts, a) - 1
        return i >= 0 and self.ends[i] >= b


def _blocked(doc: Document) -> _Blocked:
    view = doc.view
    spans = [m.span() for m in _fixed_words().finditer(view)]
    spans += [m.span() for m in _matches_at(_SHORT_QUOTE, view, doc.marks(_OPENS), 0, len(view))]
    spans.sort()
    starts: list[int] = []
    ends: list[int] = []
    for a, b in spans:
        if starts and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return _Blocked(starts, ends)


@cache
def _fixed_words() -> re.Pattern[str]:
    """Formulations and set phrases, whose numbers count nothing (三会一课, 一批)."""
    return re.compile(lexicon.alternation("formulations") + "|" + lexicon.alternation("set_phrases"))


@cache
def _action() -> re.Pattern[str]:
    return re.compile(lexicon.alternation("actions"))


@dataclass
class _Sentence:
    """Where the previous metric of the current sentence ended, and subjects shared out to the next numbers."""

    span: tuple[int, int] = (0, 0)
    prev_end: int = 0
    pending: list[str] = field(default_factory=list)
    subjects: list[str | None] = field(default_factory=list)
    earlier: str | None = None  # the last subject of the sentence before, in the same paragraph
    original: tuple[int, int] = (0, 0)  # `span` in the original text
    aside: int = -1  # the opening bracket the current number stands in, or -1
    aside_subjects: list[str | None] = field(default_factory=list)  # the subjects named inside that bracket
    by_unit: dict[str | None, str | None] = field(default_factory=dict)  # the last subject counted in each unit
    dated: bool = False  # does a date start in the sentence (else no number of it has a date)
    quote: int = 0  # the first closing quote from the sentence's start on (a number before it has no quoted topic)


def extract(doc: Document, sections: SectionIndex, dates: list[DateMention]) -> list[Metric]:
    """Every counted quantity of the body, in order; `dates` (the dates stage's) are never metrics."""
    view = doc.view
    blocked = _blocked(doc)
    dated = DateSpans(dates)
    rows: list[dict[str, object]] = []  # validated as Metrics at once (a constructor call each costs more)
    state = _Sentence()
    taken = 0
    named: dict[tuple[float, str | None], str] = {}  # the subject each amount was last named with
    dimensions = lexicon.wordset("count_dimensions")
    not_carried = lexicon.union("target_nouns", "level_nouns")
    blank = False
    for m in numerals(view, readable=True):
        start = m.start()
        if start < taken or blocked.covers(start, m.end()):
            continue  # the upper end of a range or a ratio already read, or inside a quote or set phrase
        # `ratio`, `marked` and `_dated` turn most numerals down by the character after or before them: asked
        # here first, the call is saved (a ratio's first term is followed by a colon or a space).
        after, prev = view[m.end() : m.end() + 1], view[start - 1 : start]
        parts = ratio(view, m) if after in COLONS or after.isspace() else []
        may_be_marked = prev in MARKS_BEFORE or (prev.isascii() and prev.isalpha())
        if not parts and ((may_be_marked and marked(doc, start)) or (after in "年日" and _dated(doc, dated, m))):
            continue  # an ordinal, a number pointing back, a date's year…: decided before reading the quantity
        q = parts[0] if parts else read(view, m)
        if q is None or (not parts and excluded(doc, m, q, dated)):
            continue
        whole = Quantity(q.start, parts[-1].end, q.value) if parts else q
        taken = whole.end
        sent = doc.sentence_at(start)
        if sent != state.span:
            # The same paragraph when no line break stands between the two sentences' starts.
            same_paragraph = view.find("\n", state.span[0], sent[0]) < 0
            earlier = next((x for x in reversed(state.subjects) if x), None) if same_paragraph else None
            state = _Sentence(sent, sent[0], earlier=earlier, original=doc.span(*sent))
            state.dated = dated.near(*state.original, state.original[0]) is not None  # a date in the sentence
            state.quote = _next_of(doc.marks(_CLOSING_QUOTES), sent[0])
        # Not carried on: an aside's subject (结案1634件（含旧存120件），上升5%), a target's
        # (…12%的目标…，年均增长20%: the target is not what the next clauses measure) and a level's
        # (连跨4个万亿级台阶，突破7万亿元: the next number measures what climbed them).
        bracket = doc.last_of("（()）", sent[0], start)  # one set of marks for both: the last bracket says
        aside = bracket >= 0 and view[bracket] in "（("
        if (bracket if aside else -1) != state.aside:
            state.aside, state.aside_subjects = (bracket if aside else -1), []
        subject = _subject(doc, whole, state, is_ratio=bool(parts))
        if subject in dimensions:
            # 受理案件18件20人…，件数和人数分别下降47.06%、56.52%: the cases, counted two ways
            subject = next((x for x in reversed(state.subjects) if x), subject)
        if subject is None and q.unit:
            # 人均GDP是1.1万美元。1.1万美元是一个什么概念呢？: the same amount named again stands for the same thing.
            subject = named.get((q.value, q.unit))
        elif subject is not None:
            named[(q.value, q.unit)] = subject
        state.prev_end = whole.end
        if subject is None:
            if q.unit is None:
                continue
            blank = True  # a count that names nothing: its repeat later may (`_named_later`)
        if aside:
            state.aside_subjects.append(subject)
        if not aside and subject not in not_carried:
            state.subjects.append(subject)
            state.by_unit[q.unit] = subject
        topic = _topic(doc, sent[0], start) if state.quote < start else None  # (no quote closes before it: none)
        for part in parts or [q]:
            span = doc.span(part.start, part.end)
            rows.append(
                {
                    "text": doc.slice(span),
                    "value": tidy(part.value),
                    "value_max": tidy(part.high) if part.high is not None else None,
                    "approximate": part.approx or None,
                    "unit": part.unit,
                    "subject": subject,
                    "topic": topic,
                    "date": _date_near(dated, state.original, span) if state.dated else None,
                    "section": sections.at(span[0]),
                    "span": span,
                    "sentence_span": state.original,
                }
            )
    if blank:
        _named_later(rows)
    return many(Metric, rows)


def _named_later(rows: list[dict[str, object]]) -> None:
    """A figure that names nothing (an infographic's `6.9万起` alone on its line) counts what the sentence
    that repeats it later names (查处…问题6.9万起): the same amount stands for the same thing, forwards too."""
    later: dict[tuple[object, object], object] = {}
    for row in reversed(rows):
        key = (row["value"], row["unit"])
        if row["subject"] is not None:
            later[key] = row["subject"]
        elif key in later:
            row["subject"] = later[key]


def _dated(doc: Document, dated: DateSpans, m: re.Match[str]) -> bool:
    """A year or a day inside a date the dates stage found (2019年, 3月5日), known before reading the quantity.

    `excluded` would read it and leave it out: its date test asks about the quantity's span, which
    starts where the numeral does and only reaches further, and a span reaching further still meets
    the date (`DateSpans.overlap`, over dates in order, stays true for a span reaching further). The one
    rule before that test that can keep a quantity (三大) is for a numeral with no unit after it.
    """
    end = m.end()
    return doc.view.startswith(("年", "日"), end) and dated.overlap(*doc.span(m.start(), end))


def _subject(doc: Document, q: Quantity, state: _Sentence, is_ratio: bool = False) -> str | None:
    """What the number counts, in the order the module docstring gives.

    A ratio (26.2:30.5:43.3) has no measure word, so the words after it never name what it
    measures (…43.3调整为…: the verb of the clause); its subject is named before it.
    """
    view = doc.view
    mark = doc.last_of(CLAUSE_END, state.span[0], q.start)
    clause = mark + 1 if mark >= 0 else state.span[0]
    a = clause if clause > state.prev_end else state.prev_end  # max(), without its cost per number
    unit_start = q.unit_end - len(q.unit or "")
    word = doc.token_at(unit_start)
    # The unit opens a longer dictionary word (十几亿人口): that word is what is counted.
    opens = word.start == unit_start < q.end < word.end and segment.known(word.word)
    pos = unit_start if opens else q.end
    if q.unit == "次" and view.startswith(("对", "對"), q.end) and (closing := _closing_action(doc, q.end)):
        return closing  # 分3次对…问题点名道姓通报曝光: the times count the action closing the clause, not its object
    one_more = q.value == 1 and q.unit not in _PEOPLE and state.prev_end > clause  # (十人当中只有一人: of them)
    same = state.by_unit.get(q.unit) if one_more else None
    if same and pos < len(view) and subjects.kind(doc.token_at(pos).word) != "n":
        return same  # 两台电梯完工一台施工: one more of the things just counted in its measure word, no noun after it
    found_after = _after(doc, q, pos, is_ratio) if pos < len(view) and view[pos] not in subjects.CLAUSE_ENDS else None
    if found_after:
        return found_after  # (where the clause ends, `subjects.after` names nothing: not asked, nor are its tests)
    # 分三次开展“送法下乡”活动, 连续三年主办大赛: the times or years count the events the action holds.
    action = _action().match(view, q.end) if q.unit in DURATIONS or q.unit == "次" else None
    held = subjects.held(doc, q.end, action.group()) if action else None
    if held:
        return held  # 联合学会连续三年主办大赛: a run of years counts the events an action holds, not its actor
    if q.unit == "次" and q.start and doc.token_at(q.start - 1).word in lexicon.wordset("actions"):
        held = subjects.event_after(doc, q.end)
        if held:
            return held  # 开展4次全市检察官统一遴选: the times count the event the action before them held
    if q.unit in _LENGTHS and (apart := _apart(doc, a, q.start)):
        return apart  # 企业距离水源保护区不足1公里: the distance is measured, not the place
    masked = _masked_names(doc, a, q.start) if q.unit in _PEOPLE and view[q.start - 1 : q.start] == "等" else None
    if masked:
        return masked  # 打掉廖某某等27人: the people counted are the one named and those with them
    treated = subjects.treated(doc, a, q.start) if q.unit in _PEOPLE else None
    if treated:
        return treated  # 管控5.79万人，集中隔离1.07万人: what was done to the people counted
    lasted = _lasted(doc, a, q.start) if q.unit in DURATIONS else None
    if lasted:
        return lasted  # 在省级财政滞留长达146天: the time counts how long the verb went on
    found = subjects.before(doc, a, q.start, count=q.unit not in _UNCOUNTED)
    if found and q.unit in {"百分点", "百分點"} and found.subject in lexicon.wordset("target_nouns"):
        found = None  # 高于…的目标14.4个百分点: the target is what the result is measured against
    if found and found.subject in lexicon.wordset("level_nouns"):
        found = None  # 连跨4个万亿级台阶、突破7万亿元: a level passed is no thing measured
    if found and found.subject in lexicon.wordset("aspect_nouns"):
        found = _owned(doc, a, q.start, found)
    listed_rate = found and found.subject in lexicon.wordset("rate_nouns") and view.startswith("、", state.prev_end)
    if listed_rate and state.prev_end > clause and state.subjects and state.subjects[-1]:
        return state.subjects[-1]  # 诉求同比减少9957件、降幅7.66%: the rate of what was just counted
    if not found and a == state.span[0] and not view[a : q.start].strip():
        found = _wrapped(doc, a, count=q.unit not in _UNCOUNTED)
    if found and q.unit == "次" and not found.rest:
        found = subjects.Found(_with_verb(doc, q.start, found.subject) or found.subject)
    if found:
        state.pending = list(found.rest)
        return found.subject
    done = _completed(doc, q.start)
    if done:
        return done  # 督促完成整改29条: the count is of the work completed
    verb = doc.token_at(q.end) if q.unit in DURATIONS and q.end < len(view) else None
    if verb and verb.start == q.end and verb.word == "被" and verb.end < len(view):
        verb = doc.token_at(verb.end)  # 连续三年被评为先进市: the verb after the passive's 被
    if verb and verb.start >= q.end and subjects.kind(verb.word) == "v":
        held = subjects.held(doc, verb.start, verb.word)
        if held:
            return held  # 连续三年入选中国百强区: what the years went on doing
    # (由5人组成 says what the people make up, not what they do.)
    done = subjects.predicate(doc, q.end) if q.unit in _PEOPLE and not view.startswith("由", q.start - 1) else None
    if done:
        return done  # 十人当中只有一人能看报: what the people counted do
    if state.pending and view[a : q.start].strip(" 、和及与") in _LIST_NEXT_OPENS:  # (分别下降38.6%、上升2.8%)
        return state.pending.pop(0)
    shared = _shared_out(view[a : q.start])
    n = _chain(view, q.end) if shared else 1  # (the list is counted only where 分别 shares it out)
    if shared and 1 < n <= len(state.subjects) and all(state.subjects[-n:]):
        # 接待游客3.2亿人次，实现旅游收入3500亿元，分别增长15%和22%: one for each count before.
        shared_out = state.subjects[-n:]
        state.pending = [str(x) for x in shared_out[1:]]
        return shared_out[0]
    listed = subjects.before(doc, max(state.prev_end, q.start - _TOPIC_WINDOW), q.start) if n > 1 else None
    if listed and len(listed.rest) == n - 1:
        # 最低的3个城市依次是北京、廊坊和长治，分别为47、55和55微克/立方米: the list of the clause before.
        state.pending = list(listed.rest)
        return listed.subject
    # A noun named since the last number, else that number's subject: 大专及以上学历的525名，占90.4%.
    named = subjects.before(doc, state.prev_end, a, share_out=False)
    # Inside a bracket what the bracket named goes on (…47.57%（调撤率为70%，上升了6.72个百分点）); before it
    # names anything, what stood before it (结案率47.57%（同比上升2个百分点）).
    earlier = state.aside_subjects if state.aside >= 0 and state.aside_subjects else state.subjects
    # 发生事故1起、死亡7人，与去年同期相比减少10起、20人: the subject last counted in the same unit goes on
    # (not for a count glued to the one before, 不批捕3件3人: one thing counted two ways; nor for a rate, whose
    # subject is the last named, 税收收入增长8%).
    separate = earlier is state.subjects and state.prev_end < q.start and q.unit not in _SHARE_UNITS
    same_unit = state.by_unit.get(q.unit) if separate else None
    carried = named.subject if named else (same_unit or (earlier[-1] if earlier else None))
    if state.prev_end > clause and carried:
        return carried  # 利用率达94.5%、连续5年保持西北第一: the same subject goes on
    acted_on = subjects.verb_object(doc, q.end) or carried
    if acted_on or q.unit is None:
        return acted_on
    # 其中，499.6万件调解成功: what the things counted did; else what the sentence is about
    # (《新青年》雜誌以前每月出版一次，現在改為三個月出版一次).
    # A rate with nothing named: 前三季度国内生产总值增长0.7%。分季度看，一季度下降6.8% (the paragraph goes on).
    about = subjects.predicate(doc, q.end) or subjects.topic(doc, max(state.span[0], q.start - _TOPIC_WINDOW), q.start)
    return about or (state.earlier if q.unit in _SHARE_UNITS else None)


def _with_verb(doc: Document, pos: int, subject: str) -> str | None:
    """`党委中心组集中学习讨论3次`: a verb between the noun named and a count of times is the event's own
    (学习讨论 was held three times): the name runs on to the count, kept to its head end in whole words."""
    k = _verb_ending_at(doc, pos)
    if k is None:
        return None
    verb = doc.words[k]
    start = doc.token_starts[k]
    if not doc.view.endswith(subject, 0, start):
        return None
    j, size = k, len(verb)
    while (
        j > 0 and doc.token_starts[j - 1] >= start - len(subject) and size + len(doc.words[j - 1]) <= subjects.MAX_CHARS
    ):
        j -= 1
        size += len(doc.words[j])
    return doc.view[doc.token_starts[j] : pos]


def _completed(doc: Document, pos: int) -> str | None:
    """`完成整改29条`: a verb right before the count whose completion is reported (完成 before it) is
    the work counted, although jieba tags it a verb (整改) and no noun is named."""
    k = _verb_ending_at(doc, pos)
    return doc.words[k] if k is not None and doc.words[k - 1] == "完成" else None


def _verb_ending_at(doc: Document, pos: int) -> int | None:
    """The index of the verb of two or more characters whose word ends right at `pos` (not the page's
    first word: what comes before it is asked next), or None."""
    k = doc.token_index(pos - 1) if pos else 0
    word = doc.words[k]
    return k if k >= 1 and doc.token_ends[k] == pos and len(word) > 1 and subjects.kind(word) == "v" else None


def _after(doc: Document, q: Quantity, pos: int, is_ratio: bool) -> str | None:
    """The subject named after the count, read from `pos`, unless it is a level or a ratio, or people a noun names."""
    view = doc.view
    level = (
        view.startswith(("的", "之"), q.end) and view.endswith(lexicon.words("level_verbs"), 0, q.start)
    ) or view.startswith(lexicon.words("level_nouns"), q.end + view.startswith("的", q.end))
    # 跃上1.4万亿斤新台阶, 达到1.5万美元的水平: a level reached
    # A count of things, not of time, amounts or people (代表1000多人出席大会: what they did;
    # 预留100亿元推行资助计划: what the money is for).
    classifier = q.unit is not None and len(q.unit) == 1 and q.unit not in _NOT_CLASSIFIERS
    amount = q.unit is not None and q.unit.endswith(_MONEY)
    # 党员干部200余人不间断…: people counted in 人 right after a noun are what the noun names; the words after
    # them say what they did (名 and 位 open their noun: 四十名工人).
    skip_after = (
        level
        or is_ratio
        or (q.unit in ("人", "人次") and (_noun_before(doc, q.start) or _linked_noun(doc, q.start)))
        # 每天限号50个的决定: a measure word closed by 的 counts what was named before it, not the noun after
        or (classifier and view.startswith("的", q.end) and _noun_before(doc, q.start))
        # 工业总产值突破3万亿元的城市: a sum a linking verb reaches, closed by 的, measures the noun before the verb
        or (amount and view.startswith("的", q.end) and _linked_before(doc, q.start))
        # 环评报告书14个工作日内: a limit in time, whose 内 names nothing; the thing limited is before it
        or (q.unit in DURATIONS and view.startswith(_WITHIN, q.end))
    )
    if skip_after:
        return None
    # (名 and 位 open their noun as a measure word does: a verb after them modifies it, 1名涉案干部.)
    return subjects.after(doc, pos, modifier=classifier or q.unit in _OPENING_PEOPLE, amount=amount)


def _linked_before(doc: Document, pos: int) -> bool:
    """Does a linking verb (`lexicon/amount_verbs.txt`: 突破, 达到) open the quantity at `pos` (突破3万亿元, read as
    a bound) or end right before it, after a noun?"""
    verbs = lexicon.wordset("amount_verbs")
    verb = doc.token_at(pos)
    if verb.start != pos or verb.word not in verbs:
        before = doc.token_at(pos - 1) if pos else None
        if before is None or before.end != pos or before.word not in verbs:
            return False
        verb = before
    return _noun_before(doc, verb.start)


def _masked_names(doc: Document, a: int, pos: int) -> str | None:
    """`廖某某等` before a count of people at `pos`: a name masked as reports mask them (a surname and 某 or
    某某, the surname a word's first character: not 起诉|某某), then 等. The tokens split such a name
    (廖|某某), and the surname may end the chunk of the verb before it (精准打掉廖)."""
    view, etc = doc.view, pos - 1
    if etc < a or not view.endswith("某", a, etc):
        return None
    start = etc - (3 if view.endswith("某某", a, etc) else 2)
    if start < a or not "\u4e00" <= view[start] <= "\u9fff" or view[start] == "某":
        return None
    return view[start:pos] if doc.token_at(start).start == start else None


def _closing_action(doc: Document, pos: int) -> str | None:
    """The action verbs (`lexicon/actions.txt`) that end the clause going on at `pos`, one or a run of them
    (通报曝光), or None when the clause ends otherwise."""
    view = doc.view
    m = _CLAUSE_END_AT.search(view, pos, pos + _TOPIC_WINDOW)
    end = m.start() if m else min(len(view), pos + _TOPIC_WINDOW)
    start = end
    while (hit := _last_action(view, pos, start)) is not None:
        start = hit
    return view[start:end] if start < end else None


def _last_action(view: str, lo: int, end: int) -> int | None:
    """Where an action verb ending right at `end` starts (after `lo`), or None."""
    return next((end - n for n in (2, 3, 4) if end - n > lo and _action().fullmatch(view, end - n, end)), None)


def _lasted(doc: Document, a: int, pos: int) -> str | None:
    """The verb before 长达 (or 达) and a duration at `pos`: 滞留长达146天, 拖欠达3个月; else None."""
    view = doc.view
    link = next((w for w in _LASTING if view.endswith(w, a, pos)), None)
    if link is None:
        return _served(doc, a, pos)
    verb = doc.token_at(pos - len(link) - 1) if pos - len(link) > a else None
    if verb is None or verb.end != pos - len(link) or verb.start < a or subjects.kind(verb.word) != "v":
        return None
    return verb.word if len(verb.word) > 1 else None


def _served(doc: Document, a: int, pos: int) -> str | None:
    """Two verbs right before a duration at `pos`, the last a plain verb (服务|奉献|30多年): how long they went
    on. Not a verb that only links the number (满18年: `lexicon/amount_verbs.txt`) or gives a result
    (改为)."""
    k = doc.token_index(pos - 1) if pos > a else -1
    if k < 0 or doc.token_ends[k] != pos or subjects.kind(doc.words[k]) != "v":
        return None
    if doc.words[k] in lexicon.wordset("amount_verbs") or len(doc.words[k]) < 2 or doc.words[k][-1] in "为為到至成":
        return None  # 改为三个月出版一次: a result, not a verb that went on
    if not (k and doc.token_starts[k - 1] >= a and subjects.kind(doc.words[k - 1]) in ("v", "w")):
        return None  # 升学率|实现|3年: a noun before a lone verb is what the years are of, read elsewhere
    return doc.view[doc.token_starts[k - 1] : pos]


def _linked_noun(doc: Document, pos: int) -> bool:
    """Does a noun end right before a word that only links it to the count at `pos` (执业律师|达|8260人:
    `lexicon/amount_verbs.txt`)?"""
    if not pos or doc.view[pos - 1] not in lexicon.last_chars("amount_verbs"):
        return False
    word = doc.token_at(pos - 1)
    return word.end == pos and word.word in lexicon.wordset("amount_verbs") and _noun_before(doc, word.start)


def _noun_before(doc: Document, pos: int) -> bool:
    """Does a word of two or more characters that names a thing end right at `pos`?"""
    if pos < 2:
        return False
    word = doc.token_at(pos - 1)
    return word.end == pos and len(word.word) > 1 and subjects.kind(word.word) == "n"


def _owned(doc: Document, a: int, b: int, found: subjects.Found) -> subjects.Found:
    """`第二产业实现增加值730亿元`: an aspect (增加值) after 实现/完成 belongs to the owner named before the
    verb, and the subject names both (第二产业增加值); with no owner there (全市实现增加值) the aspect stands."""
    at = doc.view.rfind(found.subject, a, b)
    verb = at - 2
    if verb <= a or doc.view[verb:at] not in ("实现", "完成"):
        return found
    owner = subjects.before(doc, a, verb)
    return subjects.Found(owner.subject + found.subject, found.rest) if owner else found


def _apart(doc: Document, a: int, b: int) -> str | None:
    """The word 距离/相距 written as the verb of the stretch before a length, or None."""
    i = doc.token_index(a) if a < b else None
    while i is not None and i < len(doc.words) and doc.token_starts[i] < b:
        if doc.words[i] in _APART:
            return doc.words[i]
        i += 1
    return None


def _wrapped(doc: Document, start: int, count: bool) -> subjects.Found | None:
    """A sentence a line break cut before its number (减少 | 6.9 天): the subject from the line before.

    Only when that line stops mid-clause; the look-back is bounded by `_TOPIC_WINDOW`.
    """
    view = doc.view
    if start < 2 or view[start - 1] != "\n" or view[start - 2] in CLAUSE_END + "。！？!?；;":
        return None
    lo = max(0, start - 1 - _TOPIC_WINDOW)
    clause = max(lo, doc.last_of(CLAUSE_END, lo, start - 1) + 1)
    return subjects.before(doc, clause, start - 1, count=count)


def _shared_out(stretch: str) -> bool:
    """Does the stretch share numbers out over a list (分别, traditional 分別)?"""
    return "分别" in stretch or "分別" in stretch


def _chain(view: str, end: int) -> int:
    """How many numbers a list starting here holds: 15%和22% → 2, 6%、5.2%、5.2% → 3."""
    limit = min(len(view), end + 200)
    stop = _CLAUSE_END_AT.search(view, end, limit)  # one search, not a bounded `find` per mark
    return 1 + len(_LIST_NEXT().findall(view, end, stop.start() if stop else limit))


def _topic(doc: Document, sent_start: int, pos: int) -> str | None:
    """A quoted term in the clause or the one before: 提高“一肩挑”覆盖率，已有37家支部完成 → 一肩挑.

    Looks back at most `_TOPIC_WINDOW` characters, so a sentence that never ends costs no more than a short one
    (and a few `rfind`s of commas over the window cost less than `Document.last_of`'s commas of the whole page).
    """
    view = doc.view
    sent_start = max(sent_start, pos - _TOPIC_WINDOW)
    # (The page's closing quotes are found once, by `str.find`; each number bisects them.)
    if doc.last_of(_CLOSING_QUOTES, sent_start, pos) < 0:
        return None  # most sentences quote nothing before a number: no need to find where its clauses start
    start = pos
    for _ in range(2):
        start = max(_last(view, "，,", sent_start, start - 1), sent_start) if start > sent_start else sent_start
    if doc.last_of(_CLOSING_QUOTES, start, pos) < 0:
        return None  # most clauses quote nothing
    found = None
    for m in _matches_at(_QUOTED_TERM, view, doc.marks(_OPENS), start, pos):
        found = m.group(1)
    return found


def _matches_at(pattern: re.Pattern[str], view: str, opens: list[int], lo: int, hi: int) -> Iterator[re.Match[str]]:
    """`pattern.finditer(view, lo, hi)` for a pattern that can only match at one of `opens` (sorted positions).

    The same matches: finditer tries each position from where the last match ended, and fails at every
    other one. A page has a few dozen quote marks; the search would test its every character against
    the pattern's opening class (about 70 instructions each), where `Document.marks` finds them at C speed.
    """
    end = lo
    for p in opens[bisect_left(opens, lo) :]:
        if p >= hi:
            break
        if p >= end and (m := pattern.match(view, p, hi)):
            end = m.end()
            yield m


def _next_of(marks: list[int], pos: int) -> int:
    """The first of `marks` (sorted positions) at or after `pos`, or one past any position of the page."""
    k = bisect_left(marks, pos)
    return marks[k] if k < len(marks) else sys.maxsize


def _last(view: str, chars: str, lo: int, hi: int) -> int:
    """The last position in [lo, hi) holding one of `chars`, or -1 (`Document.last_of` for a bounded stretch)."""
    return max([view.rfind(c, lo, hi) for c in chars])


def _date_near(dates: DateSpans, sentence: tuple[int, int], span: tuple[int, int]) -> str | None:
    """The date written in the same sentence, the nearest one before the number first."""
    pick = dates.near(*sentence, span[0])
    return pick.value if pick else None
