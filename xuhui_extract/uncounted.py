"""Numbers that count nothing, though a unit follows them: the rules that leave them out of the metrics.

Ordinals and numbered names (第二次, 十四届全国人大, 二十届四中全会, 二期规划,
第五、六条, 十届人大四次会议), dates and years (3月5日, 于14日, 2019年, 20年3月, 民国十年,
1028日 with its 月 lost), the threshold of a class that is counted next (10亿元以上项目10个), time
frames (过去五年, 近十年, 三年来, 前4个月, 6个月内, …挑战的四年；) and durations that name a
thing (三年行动, 15分钟生活圈, 三年提升专项行动), grades before a post title
(四级调研员), address numbers (3栋23楼, 2单元), clock times (下午三点), formulations counted by
their measure word (三个务必), numbers pointing back (这两个组织), the lone 一
of an indefinite article (一个中心, but 只有一所学校, 只开设一个账号 and 每村配备一名 count),
terms of a penalty (五年以上有期徒刑), numbers glued to Latin letters (PM2.5), ranks reached
(位居前3位), and the label of a piece of a formulation just quoted (“一带两核四片”（…四片：…）).
"""

from __future__ import annotations

import re
from functools import cache

from . import lazy, lexicon, quotes, subjects
from .dates import DateSpans
from .document import Document
from .numbers import CN_DIGITS, value
from .quantities import Quantity

CLAUSE_END = "，,。；;！？!?：:\n"
DURATIONS = frozenset(("年", "天", "日", "周", "个月", "個月", "小时", "小時", "分钟", "分鐘", "星期", "个工作日"))
_NAMING = frozenset(("年", "天", "小时", "小時", "分钟", "分鐘"))  # durations that name what follows them (三年行动)
_RANK_UNITS = frozenset(("位", "名", "强"))
# What stands before 前N位/前N名 when it is a rank: 居, 排名, 进入 (and a scope between: 居全省前10位).
_RANK_BEFORE = lazy.pattern(r"(?:居|列|排名|排|进入|進入|跻身|躋身)(?:全[国省市区县國縣]|[全本][^\s，。]{0,2})?\Z")
_HONOUR_SPAN = 20  # an honour's verb stands this close before the N大 of the title it names
_ORDINAL_UNITS = frozenset(("次", "届", "屆", "期"))
_FORMULATION_UNITS = frozenset(("个", "個", "项", "項", "条", "條"))
# Every unit one of `_unit_rule`'s rules asks about: a quantity in any other unit meets none of them.
_UNIT_RULED = (
    DURATIONS
    | _RANK_UNITS
    | _ORDINAL_UNITS
    | _FORMULATION_UNITS
    | frozenset("号號周点點亩畝岁歲级級栋棟单單类人处處方")
)
# Traditional forms stand beside the simplified ones: 過去, 這, 以來.
_FRAME_BEFORE = re.compile(r"(?:[过過]去|最近|未[来來]|今明|[这這]|前|[后後]|近|[头頭]|每)\Z")
_FRAME_AFTER = re.compile(
    r"(?:以[来來]|以前|之前|以[后後]|之[后後]|之[内內]|以[内內]|[时時][间間]|[来來]|前|[后後]|[间間]|[内內]|代|初|底)"
)
# Words before N年时间 that make it the time an effort takes (经过3至5年时间, 用两年时间). (Not 不到一年时间:
# holdout8's gold counts it, but for the body that lived it, a subject this rule cannot name.)
_SPENT_BEFORE = re.compile(r"(?:经过|經過|经历了?|經歷了?|用了?|花了?|历时|歷時)\Z")
# A change over a run of years (十年增长1.3倍, 五年下降20%): the years frame it.
_CHANGE_AFTER = re.compile(r"(?:累计|累計|年均)?(?:增长|增長|增加|提高|下降|减少|減少|翻了?|扩大|擴大|缩小|縮小|上升)")
# Before N日, words that make it a number of days (为期3日), not a day of the month (于14日).
_SPAN_BEFORE = lazy.pattern(
    r"(?:[为為]期|[历歷]时|[历歷]時|[连連]续|[连連]續|[长長]达|[长長]達|[用耗]时|[用耗]時|[共满滿])\Z"
)
_MONTH_AFTER = lazy.pattern(r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2}|[元正])月(?!份?[以之]?[内內来來])|[底初末]")
# "Only" before a lone 一 makes it a count (十人当中只有一人能看报), not an indefinite article.
_ONLY = re.compile(r"(?:只有|仅有|僅有|唯有|才有|只|仅|僅)\Z")
# A term of a sentence (五年以上有期徒刑, 判处有期徒刑三年) measures a penalty, not a count.
# A quota per unit (每个示范点都确定一名领导) counts its 一; 每月一次 is a frequency, 每一个 a plain "every".
_EACH = re.compile(r"每[^每，,。；;：:！？!?\n]{1,16}\Z")
_FREQUENCY = frozenset(("次", "回", "遍", "趟", *DURATIONS))
_LINKS = frozenset(("是", "为", "為", "成为", "成為", "作为", "作為", "当", "當", "做", "像"))
_SENTENCE_AFTER = re.compile(r"(?:以上|以下)?(?:有期徒刑|徒刑|拘役|管制|缓刑|緩刑)")
_SENTENCE_BEFORE = lazy.pattern(rf"(?:有期徒刑|徒刑|拘役|管制|缓刑|緩刑)(?:[\d{CN_DIGITS}]{{1,3}}年)?\Z")
_LISTED_ORDINAL = lazy.pattern(rf"第[\d{CN_DIGITS}]+(?:[、和][\d{CN_DIGITS}]+)*、\Z")
# Two or more quotes joined by 和/、 right before a count: the count counts them (“甲”和“乙”两种风格), no name.
_QUOTES_LISTED = lazy.pattern(r"”[和、与及]“[^“”]{1,12}”\Z")
_LISTED_SPAN = 16  # how far after a lone 一's measure word the next count of a list stands
_COUNT_DIGITS = frozenset("两二三四五六七八九十百0123456789")
# A quoted digit of a formulation, explained: `“2”是固定两项活动制度` (its count is the digit's, it counts nothing).
_EXPLAINED = lazy.pattern(r"\s*(?:即|其中)?“([\d一二三四五六七八九十]{1,2})”(?:是|即|指|就是)")
_EXPLAINED_SPAN = 16  # how far before the count the quoted digit opening its clause stands
_GROUP_HEADS = ("小组", "小組")  # 三人小组: a group named by its size
_LIST_MARKS = frozenset("，,、；;")
# A second count right after 栋 (32栋1526套): the buildings and the flats in them, not an address.
_COUNT_AFTER = lazy.pattern(r"\d+[套户戶间間]")
# A congress's number before `N次会议` in the same name (十届人大四次会议, 十三届全国人大一次会议).
_SESSION_BEFORE = r"[届屆][^，,。；;：:！？!?\n\d]{0,8}\Z"
_SESSION_NOUNS = ("会议", "會議", "全会", "全會", "全体会议", "全體會議")
_GROUPS = ("群体", "人群", "家庭", "群體")  # an amount of money right before these bounds the group (20—60万元群体)
# After a threshold (10亿元以上), the noun of the class and the count of its members: 项目10个, 企业25家.
_CLASS_COUNT = r"[\u4e00-\u9fff]{1,8}?(?:\d+|[一二三四五六七八九十两百千]+)(?:多|余)?[个個项項家座所处處名]"
# A bound that a requirement or a standard sets (每网格不超过20户要求, 不低于60%的标准).
_RULE_NOUNS = ("要求", "的要求", "标准", "的标准", "標準", "的標準")
_BOUND_BEFORE = re.compile(r"(?:不超过|不超過|不少于|不少於|不低于|不低於|不高于|不高於|不大于|不小于)\Z")
# What follows a clock time (三点钟, 三点半, 三点以后, 三点开始), never points made.
_CLOCK_AFTER = re.compile(r"[钟鐘半整前后後多起以之至到零]|左右|开始|结束")


@cache
def _programme() -> re.Pattern[str]:
    """A programme's name going on after a run of years: 三年|提升专项行动, 五年|行动计划."""
    return re.compile(rf"[^，,。；;：:！？!?\n的、“”]{{0,6}}?(?:{lexicon.alternation('programme_heads')})")


@cache
def _era() -> re.Pattern[str]:
    return re.compile(f"(?:{lexicon.alternation('year_eras')})\\Z")


@cache
def _clock_before() -> re.Pattern[str]:
    return re.compile(f"(?:{lexicon.alternation('clock_words')})\\Z")


# The characters before a numeral that `marked` asks more about; after any other (but an ASCII letter) it is False.
MARKS_BEFORE = frozenset("第.．、这這那")


def marked(doc: Document, s: int) -> bool:
    """Ordinals, numbers glued to Latin letters and numbers pointing back: the rules
    the text before the numeral at `s` decides alone, asked before its quantity is read (a number they
    leave out need not be)."""
    view = doc.view
    prev = view[s - 1] if s else ""
    if prev == "第" or (prev.isascii() and prev.isalpha()) or (prev and prev in ".．"):
        return True
    if prev == "、" and _LISTED_ORDINAL().search(view, max(0, s - 24), s):
        return True  # 第五、六条: the list goes on numbering
    # 这两个组织: points back at what was counted before; 调结构、强枢纽这三个方面 sums up a list
    return bool(prev) and prev in "这這那" and doc.last_of("、", doc.last_of(CLAUSE_END, 0, s) + 1, s) < 0


def excluded(doc: Document, m: re.Match[str], q: Quantity, dates: DateSpans) -> bool:
    """Dates and years, time frames, the lone 一 and the other rules that read the quantity: for a numeral
    `marked` let through.

    The rules any unit may meet come first; those of a particular unit are asked only when the quantity
    has one of those units (`_UNIT_RULED`), so a share or an amount of money, the commonest, is not
    put through a dozen tests of units it does not have.
    """
    view = doc.view
    s, raw = m.start(), m.group("n") or ""
    prev = view[s - 1] if s else ""
    if (
        raw == "一"
        and not m.group("den")
        and not q.approx
        and q.unit != "倍"
        and not (q.unit == "番" and "翻" in view[max(0, s - 2) : s])
        and not _ONLY.search(view, max(0, s - 2), s)
        and not _only_verb(view, s)
        and not _quota(doc, s, q)
        and not _listed_one(view, q)
    ):
        return True  # 一个中心, 一家, 一番话: indefinite; 只有一所学校 and 翻一番 count
    if (
        prev == "”"
        and quotes.NUMBERED_NAME().match(view, s)
        and _quotes_before(view, s) != q.value
        and not _QUOTES_LISTED().search(view, max(0, s - 30), s)
    ):
        # “村党支部-网格党小组-党员中心户”三级组织架构: part of the name;
        # “A”“B”“C”三个问题 and “甲”和“乙”两种 count them.
        return True
    if q.unit is None and view[q.end - 1] == "大":
        if quotes.numbered_name(doc, s) > 0:
            return True  # 等四大主导产业: a formulation naming the items listed
        if view[s - 1 : s] == "等" and view.startswith("“", q.end):
            return True  # 金银岛、离城等五大“文旅+康养”综合体: the same, its kind in quotes
        if view.startswith(lexicon.words("selection_heads"), q.end) or _honoured(view, s):
            return True  # 入选…十大典型案例, 被评为…十大文旅小镇: the name of a selection
        tok = doc.token_at(s)
        return not (tok.start == s and tok.end == q.end)  # 三大 as a word, not 三大类, 三大战役, 三|大于
    if dates.overlap(*doc.span(s, q.end)):
        return True  # 3月5日, 2021—2025年: part of a date
    if view.startswith(_RULE_NOUNS, q.end) and _BOUND_BEFORE.search(view, max(0, s - 4), s):
        return True  # 按照每网格不超过20户要求: the bound a rule sets, not a count of anything
    if (
        q.approx
        and view[q.unit_end : q.end].endswith(("以上", "以下"))
        and re.match(_CLASS_COUNT, view[q.end : q.end + 14])
    ):
        return True  # 投资10亿元以上项目10个: the class of what the next number counts
    if q.unit and q.unit[-1] == "元" and view.startswith(_GROUPS, q.end):
        return True  # 家庭年可支配收入20—60万元群体比例: the amounts bound the group named next, they count nothing
    if q.unit in {"届", "屆"}:
        return raw == "二" or _names_a_session(doc, s, q.end)  # 二十届四中全会: the congress a session belongs to
    if view[q.end : q.end + 1] in ("：", ":") and _part_of_quoted(view, s, q.end):
        return True  # “一带两核四片”（…；四片：…）: the label of a part the formulation names
    return q.unit in _UNIT_RULED and _unit_rule(doc, s, q, raw, prev)


def _unit_rule(doc: Document, s: int, q: Quantity, raw: str, prev: str) -> bool:
    """The rules of `excluded` that a particular unit calls for: days and years, frames, clock times, grades…"""
    view = doc.view
    if q.unit in {"日", "号", "號"} and (
        view[max(0, s - 4) : s].rstrip(" \u3000\t").endswith("月")
        or (
            (q.value <= 31 or (q.unit == "日" and _month_day(raw)))
            and not _SPAN_BEFORE().search(view, max(0, q.start - 2), q.start)
        )
    ):
        return True  # 9月1日, 于14日播发, 1028日 (10月28日, its 月 lost): a date; 为期14日 counts days
    if q.unit == "年" and _MONTH_AFTER().match(view, q.unit_end):
        return True  # 20年3月, 21年底: a year written short
    if q.unit in DURATIONS and _time_frame(doc, s, q, raw):
        return True
    if q.unit == "年" and _programme().match(view, q.unit_end) and not _SPAN_BEFORE().search(view, max(0, s - 2), s):
        return True  # “…”三年提升专项行动: a programme's name; 连续三年开展专项行动 counts years
    if q.unit in {"年", "个月", "個月"} and (
        _SENTENCE_AFTER.match(view, q.unit_end) or _SENTENCE_BEFORE().search(view, max(0, q.start - 8), q.start)
    ):
        return True  # 五年以上有期徒刑, 有期徒刑三年: the length of a penalty
    if q.unit == "人" and raw[:1] in CN_DIGITS and view.startswith(_GROUP_HEADS, q.unit_end):
        return True  # 三人小组: a group named by its size, no count of people
    if q.unit == "位" and view.startswith("数", q.unit_end):
        return True  # 两位数增长: the digits of a rate, no count of people
    if q.unit == "周" and view.startswith("年", q.end):
        return True  # 75周年: an anniversary names, not counts
    if q.unit == "方" and view.startswith(lexicon.words("unit_words"), q.unit_end - 1):
        return True  # 十方面工作: 方 opens the word 方面 (`lexicon/unit_words.txt`), it measures nothing
    if q.unit in _FORMULATION_UNITS and _explained(view, s, q):
        return True  # “123”机制，即…“2”是固定两项活动制度: the digit's own count, explained
    if (
        q.unit in _FORMULATION_UNITS
        and raw[0] in CN_DIGITS
        and q.end == q.unit_end
        and not q.approx
        and _not_noun_after(doc, q.end)
    ):
        return True  # 三个务必, 四个全面, 两个确立: a formulation names, not counts (不足百个发展到 counts)
    if q.unit in {"点", "點"} and _clock(doc, s, q.end):
        return True
    if (
        q.unit == "次"
        and view.startswith(_SESSION_NOUNS, q.unit_end)
        and re.search(_SESSION_BEFORE, view[max(0, s - 12) : s])
    ):
        return True  # 区十届人大四次会议: the session of a numbered congress
    if _class_label(view, s, q, raw):
        return True
    if q.unit in {"级", "級"} and len(raw) == 4 and raw.startswith(("19", "20")):
        return True  # 2015级博士研究生: the year a class entered, no count of levels
    if q.unit in {"级", "級"} and view.startswith(_level_words(), q.unit_end):
        return True  # 四级调研员, 三级高级法官: an official's grade; 四级党组织架构: a structure's layers, no count
    if (
        q.unit in {"栋", "棟"}
        and view[q.unit_end : q.unit_end + 1].isdigit()
        and not _COUNT_AFTER().match(view, q.unit_end)
    ) or (q.unit in {"单", "單"} and view.startswith("元", q.unit_end)):
        return True  # 3栋23楼, 2单元: an address (32栋1526套 counts twice)
    if (
        prev == "前"
        and q.unit in _RANK_UNITS
        and (_lone(doc, s - 1) or _RANK_BEFORE().search(view, max(0, s - 7), s - 1))
    ):
        return True  # 位居前3位, 奖励前20名 (前 a word of its own; not 目前3名): a rank reached, not a count
    if raw == "二" and q.unit in _ORDINAL_UNITS | {"级", "类", "人", "处", "處"}:
        return True  # 二级, 二期, 二类地区, 二人台, 农业二处: a count would say 两级, 两期, 两类, 两人, 两处
    return q.unit in _ORDINAL_UNITS and _ordinal(doc, s, q.end)


def _honoured(view: str, s: int) -> bool:
    """Does an honour's verb (`lexicon/honour_verbs.txt`: 评为, 入选) stand earlier in the clause of the N大 at `s`?"""
    lo = max(0, s - _HONOUR_SPAN)
    lo = max([lo, *(view.rfind(c, lo, s) + 1 for c in "，,。；;")])
    return any(view.find(w, lo, s) >= 0 for w in lexicon.words("honour_verbs"))


def _lone(doc: Document, pos: int) -> bool:
    """Is the character at `pos` a word of its own (前 in 奖励|前|20名, not in 目前, 会前)?"""
    tok = doc.token_at(pos)
    return tok.start == pos and tok.end == pos + 1


@cache
def _level_words() -> tuple[str, ...]:
    """What N级 stands before when it counts nothing: an official's grade or a structure of levels."""
    return lexicon.words("grade_titles") + lexicon.words("level_structures")


def _month_day(raw: str) -> bool:
    """`1028` read as 10月28日: three or four digits that are a month and a day of it."""
    if not raw.isdigit() or len(raw) not in (3, 4):
        return False
    month, day = int(raw[:-2]), int(raw[-2:])
    return 1 <= month <= 12 and 1 <= day <= 31


def _class_label(view: str, s: int, q: Quantity, raw: str) -> bool:
    """万亩稻菜轮作产业带, 千亩示范片, 35岁以下年轻干部: a size or age class inside a name, no count.

    A lone 万/千/百 before 亩 names the class of a field (4.5万亩 counts); N岁以下 before a noun
    bounds the group it names (人均预期寿命达到78岁 counts).
    """
    end = q.unit_end
    if q.unit in {"亩", "畝"} and raw in {"万", "千", "百", "萬"}:
        return end < len(view) and "\u4e00" <= view[end] <= "\u9fff" and not (s and view[s - 1].isdigit())
    if q.unit in {"岁", "歲"} and view.startswith(("以下", "以上"), end):
        return end + 2 < len(view) and "\u4e00" <= view[end + 2] <= "\u9fff"
    return False


def _quotes_before(view: str, s: int) -> int:
    """How many quotes stand in a row right before `s` (“A?”“B”“C”三个问题: three, the things the count counts).

    One quote is a name's parts (“村-组-户”三级组织架构); as many quotes as the count says are the items counted.
    """
    n = 0
    while s and view[s - 1] == "”":
        opening = view.rfind("“", max(0, s - 200), s - 1)
        if opening < 0:
            break
        n, s = n + 1, opening
    return n if n >= 2 else 0


def _part_of_quoted(view: str, s: int, end: int) -> bool:
    """Is the count before a colon a piece of a formulation quoted shortly before it (“一带两核四片”…四片：)?"""
    piece = view[s:end]
    lo = max(0, s - 200)
    close = view.rfind("”", lo, s)
    opening = view.rfind("“", lo, close) if close > 0 else -1
    return opening >= 0 and piece in view[opening + 1 : close]


def _only_verb(view: str, s: int) -> bool:
    """只 and a two-character verb before `s` (只开设一个账号, 仅保留一名) count as 只有 does; 只是, 只要, 不只 do not.

    Written out rather than as a pattern: a class of Chinese characters costs 1 ms to compile at every start.
    """
    w = view[s - 3 : s] if s >= 3 else ""
    return (
        len(w) == 3
        and w[0] in "只仅僅"
        and w[1] not in "是要有能"
        and view[s - 4 : s - 3] != "不"
        and all("\u4e00" <= ch <= "\u9fff" for ch in w[1:])
    )


def _explained(view: str, s: int, q: Quantity) -> bool:
    """Does the clause of the count at `s` open with a quoted digit that is explained (`“2”是…`), whose value
    the count has (“2”是固定两项活动制度)? Asked only where a closing quote stands shortly before."""
    lo = max(0, s - _EXPLAINED_SPAN)
    if view.find("”", lo, s) < 0:
        return False
    start = max(view.rfind(c, lo, s) for c in "，,。；;\n") + 1
    m = _EXPLAINED().match(view, max(start, lo))
    return m is not None and m.end() <= s and value(m.group(1)) == q.value


def _listed_one(view: str, q: Quantity) -> bool:
    """一处桥涵修复,两处路基修复: a lone 一 with a count of the same measure word opening the next item of its
    list is the first of a list of counts, not an indefinite article (认领一个岗位、结对一个对象 stay articles);
    so is one after a count of the same measure word (两台电梯完工一台施工), but for 个 (3个社区的一个平台)."""
    if q.unit is None or q.unit in _FREQUENCY:
        return False
    if q.unit not in ("个", "個") and _counted_before(view, q):
        return True
    end = view.find("。", q.end, q.end + _LISTED_SPAN)
    k = view.find(q.unit, q.end, q.end + _LISTED_SPAN if end < 0 else end)
    j = k - 1
    while j > q.end and view[j] in _COUNT_DIGITS:
        j -= 1
    return j < k - 1 and view[j] in _LIST_MARKS  # the next count opens the next item: `,两处`, `、三处`


def _counted_before(view: str, q: Quantity) -> bool:
    """Does a count in the same measure word (两台) stand shortly before the lone 一 of `q`, in its clause?"""
    assert q.unit is not None
    lo = max(0, q.start - _LISTED_SPAN)
    k = view.rfind(q.unit, lo, q.start)
    return k > lo and view[k - 1] in _COUNT_DIGITS and not any(c in CLAUSE_END for c in view[k : q.start])


def _quota(doc: Document, s: int, q: Quantity) -> bool:
    """每个示范点都确定一名领导: a verb gives each unit one of something (not 每月一次, 每个党员都是一面旗帜)."""
    view = doc.view
    if q.unit in _FREQUENCY or view[s - 1 : s] == "每" or not _EACH.search(view, max(0, s - 17), s):
        return False
    tok = doc.token_at(s - 1) if s else None
    if tok is None or tok.end != s or tok.word in _LINKS:
        return False
    k = subjects.kind(tok.word)
    return k == "v" or (k == "d" and len(tok.word) > 1)  # jieba tags 明确 an adverb; 都一样 is none


def _spent(view: str, s: int, q: Quantity) -> bool:
    """经过3至5年时间, 用两年时间: the time an effort takes or took, counted (not a frame)."""
    return view.startswith(("时间", "時間"), q.end) and _SPENT_BEFORE.search(view, max(0, s - 3), s) is not None


def _time_frame(doc: Document, s: int, q: Quantity, raw: str) -> bool:
    """过去五年, 近十年, 三年来, 5年累计投入 (a frame opening its clause), 三年行动 and 15分钟生活圈 (names), years."""
    view = doc.view
    if q.unit == "年" and ((len(raw) == 4 and raw.isdigit()) or _era().search(view, max(0, s - 2), s)):
        return True  # 2019年, 民国十年: a year
    if view.startswith(("时", "時"), q.end) and _spent(view, s, q):
        return False  # 用两年时间: counted, neither a frame nor a name (时间 is a noun after the years)
    if view[s - 1 : s] == "近" and _SPENT_BEFORE.search(view, max(0, s - 4), s - 1):
        return False  # 经历了近两年的筹备: the time spent, counted (近两年 alone is a frame)
    if _FRAME_BEFORE.search(view, max(0, s - 2), s):
        return True
    if q.unit == "个工作日":
        return False  # 14个工作日内(完成审批): a deadline counted in working days, not a frame (6个月内)
    if _FRAME_AFTER.match(view, q.end):
        return True
    if q.unit == "年" and view[s - 1 : s] == "的" and view[q.end : q.end + 1] in {"；", ";", "。", "，", ","}:
        return True  # 过去四年，是我县迎接各种挑战的四年；(or ，): the frame again, described
    if q.unit == "年" and _CHANGE_AFTER.match(view, q.end) and not _SPAN_BEFORE().search(view, max(0, s - 2), s):
        return True  # 总产量十年增长1.3倍: the years a change took, not a count (连续三年增长 counts)
    end = q.unit_end
    if q.unit not in _NAMING or end >= len(view) or view[end] in CLAUSE_END + "、":
        return False
    if q.start == 0 or view[q.start - 1] in CLAUSE_END:
        return True
    if view[q.start - 1] in "有过過":
        return False  # 有25年党龄, 干过两年支委: how long someone has it or did it, a count (not 三年行动, a name)
    if _SPAN_BEFORE().search(view, max(0, s - 2), s):
        return False  # 连续四年获评…: a run of years, whatever word jieba makes of what follows
    tok = doc.token_at(end)
    return tok.start == end and view[end] not in CN_DIGITS and subjects.kind(tok.word) in {"n", "w"}


def _clock(doc: Document, s: int, end: int) -> bool:
    """Is N点 a time of day (下午三点, 于三点召开, 三点半) rather than points made (提出三点建议)?"""
    view = doc.view
    if end >= len(view) or view[end] in CLAUSE_END or _CLOCK_AFTER.match(view, end):
        return True
    if _clock_before().search(view, max(0, s - 3), s):
        return True
    tok = doc.token_at(end)
    return tok.start < end or subjects.kind(tok.word) not in {"n", "v"}


def _names_a_session(doc: Document, s: int, end: int) -> bool:
    """Is 届 here the number of a congress (十九届历次全会, 出席十四届全国人大) rather than a count (连续三届获评)?

    A count of sessions ends its clause or goes on with a verb; a congress's
    number stands before the name of what it holds, whatever verb comes first.
    """
    if end >= len(doc.view) or doc.view[end] in CLAUSE_END + "、的" or doc.view.startswith("连续", s - 2):
        return False
    tok = doc.token_at(end)
    return tok.start < end or subjects.kind(tok.word) not in {"v", "p"}


def _not_noun_after(doc: Document, end: int) -> bool:
    """Does a verb, adverb or adjective follow straight on (个务必), and no noun after it?"""
    i = doc.token_index(end)
    tok = doc.tokens[i]
    if tok.start < end:
        return False  # glued to the measure word: leave it to the subject reader
    nxt = doc.words[i + 1] if i + 1 < len(doc.words) else "。"
    # 三个突出问题 counts: the word after the modifier is a noun.
    return subjects.kind(tok.word) in {"v", "d", "a", "w"} and subjects.kind(nxt) not in {"n", "w", "a"}


def _ordinal(doc: Document, s: int, end: int) -> bool:
    """十四届全国人大, 二期规划, 三次产业: a number before a noun, not after a verb (组织三次政治轮训)."""
    tok = doc.token_at(end)
    if tok.start != end or (subjects.kind(tok.word) not in {"n", "w"} and doc.view[end] not in CN_DIGITS):
        return False  # 二十届二中全会: before another numbered name too
    prev = doc.token_at(s - 1).word if s else ""
    return subjects.kind(prev) != "v" or prev in {"是", "为"}
