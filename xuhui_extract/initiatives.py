"""Initiatives: the concrete actions an article reports or plans, one per clause.

An initiative is an action verb from the packaged list (发布, 建立, 开设, 组建,
召开 …; compounds such as 制定出台 whole) followed by what was issued, set up
or done: a 《》 title, or the noun phrase after the verb read over the jieba
tokens (skipping 了, counts such as 三位, and modifiers ending in 的, and
stopping at 等工作 and at the 暨 of a double meeting name). A title closing the
phrase is its object (收看了…第七十二课《…》). Verbs that act on a document
(传达学习, 审议通过) are actions only right before a 《》 title, or its issuer's
name and the title (传达学习了机关党委《…通知》), which is then their object. A
few verbs need more: 落实 and 落地 act only on an institution or a project,
named where their clause ends (…联席会议制度, A、B等重大项目; not 落地见效:
`lexicon/bound_actions.txt`; 搭建 and 打造 likewise, on a platform or a project),
新建 and 培育 only in a clause that counts what they made (新建…园区20个,
培育…平台2家; not 培育新动能: `lexicon/counted_actions.txt`), and 进行 is no
action inside a clause that modifies a noun (对党员进行教育、管理的重要形式). The
clause gives the date and the status (将/计划/拟 → planned, 正在/持续 →
ongoing, else done); the sentence gives the actor (the organisation named
before the verb). Clauses inside quoted speech are someone's words, not
reported actions, and are skipped, as are verbs inside a quoted term (“引进来”). A verb that only describes a title
(新修订的《条例》) is no action, and an action named again on the same object
is reported once.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache
from itertools import accumulate, compress
from operator import itemgetter

from . import lazy, lexicon, subjects
from .dates import first_within
from .document import READING, Document
from .models import DateMention, Initiative, Measure, Organization, many
from .numbers import NUMERAL, numeral_at
from .outline import SectionIndex
from .quotes import passages

_CLAUSE_END = "，,。；;！？!?：:\n"
# Only these mark a plan (the annotation's rule); 要 or 预计 clauses get no status of their own.
_PLANNED = re.compile(r"(?:将|计划|拟|力争|争取)")
_ONGOING = re.compile(r"(?:正在|持续|继续|不断|正)")
# One measure word (场次 is one; in 9次座谈会 the 座 opens the noun), perhaps after 多 or 余, or an amount of
# money (筹集10多万元资金, 投入8万多元: 万/亿 and 多/余 either way round); a bare 亿元 is no amount
# (安排亿元以上项目: projects of a hundred million yuan and over).
_LEAD = re.compile(
    rf"(?:了|过|着|出|好|起|为(?!期))?\s*(?:(?P<count>(?![万亿][多余]?元)(?:{NUMERAL})(?:[多余]?[万亿]?[多余]?(?:[位个家名项次条场批座所支套起路]次?|元)|[多余]))"
    r"|一批|一系列|一些|多个|多项)?"
)
# A count opening a bound verb's object (打造一批…, 搭建3个…): the verb made things.
_COUNTED_LEAD = lazy.pattern(rf"了?(?:(?:{NUMERAL})(?:多|余)?[个家项批座所支套处]|一批|一系列|多个|多项)")
# A list closed by 等 at its clause's end (新建A、B、C等): the things a counted verb made, named.
_LISTED_ETC = lazy.pattern(r"、[^、]{1,30}等[\u4e00-\u9fff]{0,4}$")
# A list's class after its 等, with its count before or after it: 等11个编制指南, 等重点案件128件.
_COUNTED_CLASS = lazy.pattern(
    rf"等(?:(?:{NUMERAL})[多余]?[个项件家批条类种支所座]([\u4e00-\u9fff]{{2,10}})"
    rf"|([\u4e00-\u9fff]{{2,10}}?)(?:{NUMERAL})[多余]?[个项件家批条起份所座])$"
)
# A count right after 的 names the head noun of a relative clause: 实施…标准的74个城市.
_COUNT = re.compile(rf"(?:{NUMERAL})(?:多|余)?[位个家名项次条场批座所支套处件起份万亿人户]")
# A count closing the object says how many were made (新建…示范园区20个, 实施…改造工程13项, 送出…单行本300余册,
# 培训1300人次以上): not part of the name.
_TRAILING_COUNT = re.compile(
    rf"(?<=[^\d.，,])(?:超过|超|近|约|达|共计|共|累计)?(?:{NUMERAL})(?:多|余)?[万亿]?"
    r"(?:[位个家名项次条场批座所支套处件册本份户起亩]|人次?|平方米|[延千]?米|公里|公顷)(?:以上|左右)?$"
)
_PHRASE_STOP = set(_CLAUSE_END) | set("、（()")
_PAIRS = {"“": "”", "‘": "’", "《": "》", "「": "」"}
_OPENING = re.compile("[" + "".join(_PAIRS) + "]")
_PHRASE_MARK = re.compile("[" + re.escape("".join(_PHRASE_STOP) + "".join(_PAIRS)) + "]")
_LIST_MARK = re.compile("[" + re.escape("".join(_PHRASE_STOP - {"、"}) + "".join(_PAIRS)) + "]")
# A target year opening the sentence (到2025年,全市新增…): what the sentence goes on to list is planned.
_TARGET = re.compile(r"\s*(?:力争|争取)?到\d{4}年(?:底|末)?[，,]")
# The theme a class or a meeting studies (举办学习贯彻…思想主题教育读书班): a modifier; the class after it names
# what was held. A campaign named by its theme (开展深入贯彻…精神学习教育) keeps it: the theme is its name.
# (The head is asked for by a negated class: a class of Chinese characters costs a millisecond to compile.)
_THEME = re.compile(r"(?:深入)?(?:学习|贯彻)[^，,。]{2,40}(?:思想|精神)(?=[^，,。]{4})")
_THEMED_EVENTS = ("班", "会", "讲座")
# `建成以中国政府网政务新媒体为龙头，…的矩阵体系`: a manner phrase fills the verb's clause; the object follows.
_MANNER = re.compile(r"以.{2,30}为.{1,8}")
_MAX_OBJECT = 40  # a longer clause tail is no object but a sentence
_MIN_HEAD = 4  # a name after 的 this long stands without its modifier
_EVENT_VERBS = frozenset({"举行", "召开", "举办", "开幕", "舉行", "召開", "舉辦"})
_SCAN_MAX = 400  # how far an object or a 《 title is looked for: keeps each verb's scan bounded
_ONLY_LE = re.compile(r"[了 ]*")
_LABEL_MAX = 6  # a label after a verb (发表|日期:) ends in its colon within this many characters
# A verb after 的, or before a predicate (组织只是一个空架子, 组织卻很落後), is a noun: the 组织 of someone.
_PREDICATE_NEXT = set("是也只都卻却仍很已还還则則")
_NOT_AFTER_ACTION = frozenset(_PREDICATE_NEXT | {"得", "、"})  # 做得好, 组织、工作覆盖: no action
# Verbs that double as nouns: followed by 的 or by a predicate they name a field of work, not an action
# (队伍建设的基础, 政治建设摆在首位, 生态建设取得突破); before 、 they stand in a list of nouns (组织、工作覆盖).
_NOMINAL_VERBS = frozenset({"建设", "组织", "调解", "建設", "組織", "調解"})
_NOUN_OPENERS = frozenset({"组织", "调解", "組織", "調解"})  # after a verb they may open its object: 设立|组织委员会
# Verbs whose clause may name what they hold or set up before them (首场“部长通道”在…举行, 服务团昨天在某区成立).
# Verbs that, before a title or 单位/方/人, name who is in charge of a case or an event (承办法官, 主办单位).
_HOSTS = frozenset({"承办", "主办", "承辦", "主辦"})
_SUBJECT_VERBS = _EVENT_VERBS | {"成立", "揭牌", "挂牌"}
_WITH = ("与", "同", "與")  # opening a phrase of partners (与…部门的机制): a modifier, not the object
_JOINED = ("和", "并", "及", "並")  # before a second action of a clause
# Verbs that have people do an action (组织党员开展…): the activity they hold is the one reported.
_CAUSATIVE = frozenset({"组织", "組織"})
_CAUSED_ACTIONS = frozenset({"开展", "開展", "举办", "舉辦", "举行", "舉行", "组建", "組建", "成立"})
# 成立以某某同志为组长,某某为副组长…的工作领导小组: the body set up is named after the last 的, past the
# commas between its members.
_LED_BY = lazy.pattern(
    r"以[^。；;\n]{1,40}?为(?:组长|主任|队长|主席|总指挥|召集人|负责人)[^。；;\n]{0,120}?的([^，,。；;、的\n]{2,20})"
)
_LOCATIVE = "上"  # (在…会议)上, which jieba joins to the one-character verb after it (上作)
_CAUSED_REACH = 12  # the people named between such a verb and the action take at most this many words
_TITLE_JOINS = "和及与、與"  # between two titles one verb acts on
_AND_AT = re.compile("[和及]")  # between two names (`_first_name`)
_FRONTED = re.compile(r"[将把]《([^《》]+)》")
_CITED = re.compile(r"《([^《》]+)》")
# 等 before a general noun closes a list of what was done: 开展…专项行动等工作进行了调研 → …专项行动.
# So does a count after 等 (引进某某科技等一批龙头企业 → 某某科技): the named example is the object.
_ETC = re.compile(r"等(?=工作|活动|方面|领域|项目|措施|举措|方式|形式|内容|事项|任务|情况|一批|一系列|多家|多个)")
# An object that is only an amount (工业增加值完成40653万元) says how much was done, not what.
_AMOUNT = lazy.pattern(rf"(?:{NUMERAL})(?:多|余)?[万亿]?")
_FOOTNOTE_MARK = re.compile(r"[\[［]\d{1,3}[\]］]$")  # 日報[3]: the marker of a footnote, no part of the name
_FOOTNOTE_ENDS = ("]", "］", "\n")  # where a phrase must end for the mark to match ($ matches before a last \n too)
# The titles that close a phrase (灯塔大课堂第七十二课《…》, 重要文章《A》《B》): the first of them is the object.
_TITLES_AT_END = re.compile(r"(?:《[^《》]+》)+$")
# Quotes opening an object, before its head noun: “头雁培育”“骨干锻造”三大工程, “村-组-户”三级组织架构.
_QUOTED_LEAD = re.compile(r"(?:“[^“”]+”)+(?=[^“”]{2,}$)")
_COUNTED_NOUN = 3  # a noun a leading count counts, before 的, is no longer than this (四个层面的计划)
# The last characters a count (or an area, a length) ends in.
_COUNT_UNITS = frozenset("位个家名项次条场批座所支套处件册本份户起人上右亩米里顷")
_NESTED_MAX = 8  # measures a nested list may hold between its item's start and a position after it
_TERM_MAX = 12  # quoted text up to this long is a short term, part of the name (“全科社工”培养计划)
# The verbs looked for: the plain actions and those a rule below admits only sometimes
# (a count in the clause: counted_actions; a talk as the object: talk_actions; an event: attend_actions).
_ACTION_LISTS = ("actions", "counted_actions", "talk_actions", "attend_actions", "bound_actions")


@cache
def _inner_paren() -> re.Pattern[str]:
    """A short parenthesis inside a name, with the name going on after it: 中国（甘肃）自由贸易试验区.

    Compiled at the first parenthesis: its classes of Chinese characters take 1.5 ms.
    """
    return re.compile(r"[（(][\u4e00-\u9fff]{1,6}[)）][\u4e00-\u9fff]")


def _clause_ends(doc: Document, terms: Sequence[tuple[int, int]]) -> list[int]:
    """Positions of clause-ending marks, found once so each clause lookup is a bisect.

    A comma inside a quoted term (“支部搭平台,党员作示范”) ends no clause: the slogan is one name.
    Terms are few and short, so the marks inside each are cut out by bisection, not by testing every mark.
    The marks are the document's (other stages read them too), so a cut makes a new list.
    """
    ends = doc.marks(_CLAUSE_END)
    for a, b in terms:
        lo = bisect_left(ends, a)
        hi = bisect_left(ends, b, lo)
        if hi > lo:
            ends = ends[:lo] + ends[hi:]
    return ends


def _clause(view: str, ends: list[int], pos: int) -> tuple[int, int]:
    k = bisect_right(ends, pos - 1)
    s = ends[k - 1] + 1 if k else 0
    e = ends[k] if k < len(ends) else len(view)
    return s, e


def _phrase_end(view: str, pos: int, end: int, marks: re.Pattern[str] = _PHRASE_MARK) -> int:
    """Where the phrase from `pos` ends: at 、 or clause punctuation, never inside “” or 《》.

    Jumps from mark to mark (a regex search, then the closing mark) instead of stepping through characters.
    """
    i = pos
    while (m := marks.search(view, i, end)) is not None:
        inner = _inner_paren().match(view, m.start(), end) if m.group() in "（(" else None
        if inner:
            i = inner.end() - 1  # 中国（甘肃）自由贸易试验区: the parenthesis is part of the name
            continue
        if m.group() in "（(" and (draft := _draft_mark(view, m.end(), end)):
            i = draft  # 区政府工作报告(讨论稿), 有关决议(草案): a draft's mark is part of its name
            continue
        if m.group() == "(" and (reading := READING.match(view, m.start(), end)):
            i = reading.end()  # 專題調(diào)研: a converter's reading is part of the word it follows
            continue
        close = _PAIRS.get(m.group())
        if close is None:
            return m.start()
        i = view.find(close, m.end(), end) + 1
        if i == 0:
            break
    return end


def _draft_mark(view: str, pos: int, end: int) -> int | None:
    """Where a document's status mark in brackets (讨论稿, 草案, 试行: `lexicon/draft_marks.txt`) opening at
    `pos` ends, past its closing bracket; else None."""
    for word in lexicon.words("draft_marks"):
        if view.startswith(word, pos) and view[pos + len(word) : pos + len(word) + 1] in ("）", ")"):
            return min(pos + len(word) + 1, end)
    return None


def _top_level_de(phrase: str, marks: str = "的") -> int:
    """The last 的 (or other mark of `marks`) outside quote marks, or -1.

    The last mark is found by `str.rfind`; only when a quote mark opens before
    it (rare) is the phrase walked to see whether the mark lies inside quotes.
    """
    if len(marks) == 1:
        last = phrase.rfind(marks)
        if last < 0 or not _OPENING.search(phrase, 0, last):
            return last
    close: str | None = None
    last = -1
    for i, ch in enumerate(phrase):
        if close:
            close = None if ch == close else close
        elif ch in _PAIRS:
            close = _PAIRS[ch]
        elif ch in marks:
            last = i
    return last


def _list_head(view: str, pos: int, limit: int) -> str | None:
    """The head noun a list of modifiers leads to, read past its 、.

    `时代特色鲜明、示范作用突出、党员群众公认的基层党建工作示范点` → after the last 的.
    A list of things (建立A、B和C; 举办A、B等活动) has no 的 after its last 、, and a list of
    actions an action verb after it: both give None, and the first item is the object.
    """
    seg = view[pos : _phrase_end(view, pos, limit, _LIST_MARK)]
    sep = _top_level_de(seg, "、")
    head = _top_level_de(seg)
    if not (head > sep >= 0 and len(seg) - head > 2):
        return None
    # 重温入党誓词、向…的同志发放贺卡: a list of actions, each with its own object, not modifiers of one noun
    return None if _listed_action().search(seg, head + 1) else seg[head + 1 :].strip()


def _object(view: str, vpos: int, clause_end: int, light: bool = False) -> str | None:
    """What follows an action verb up to the end of its phrase.

    `开展的首次调查` and `出版的是《劳动者》` name the object after 的; a count
    after a later 的 closes a relative clause (`实施…标准的74个城市` → the
    标准); a long name after 的 drops its modifier (`…担任主任的行政复议委员会`),
    unless the verb is a `light` one (进行), whose clause then modifies that name: None.
    """
    lead = _LEAD.match(view, vpos, clause_end)
    pos = lead.end() if lead else vpos
    if view.startswith("的", pos):
        pos += 1 + view.startswith("是", pos + 1)
    if view[pos : pos + 1] in _title_lead_starts():  # 主题为《…》的党课: the title's event is the object
        pos += next((len(w) for w in lexicon.words("title_leads") if view.startswith(w + "《", pos)), 0)
    if view.startswith("《", pos):
        close = view.find("》", pos, min(clause_end, pos + _SCAN_MAX))
        if close > pos + 1:
            return _titled_event(view, close + 1, clause_end) or view[pos + 1 : close]
    limit = min(clause_end, pos + _SCAN_MAX)
    end = _phrase_end(view, pos, limit)
    if end == limit < clause_end:
        return None  # no object runs this long: text that never ends a clause
    phrase = view[pos:end].strip()
    if lead and lead.group("count") and 0 < _top_level_de(phrase) <= _COUNTED_NOUN:
        phrase = lead.group("count") + phrase  # 出台了四个层面的计划: the count is the modifier's, not the object's
    if view.startswith("、", end) and lead and lead.group("count"):
        # 曝光6起形式主义、官僚主义典型问题: the count counts the list's head noun; the list is one name
        whole = view[pos : _phrase_end(view, pos, limit, _LIST_MARK)].strip()
        if not _COUNT.search(whole, end - pos) and len(whole) <= _MAX_OBJECT:  # no later item counted apart
            phrase = whole
    elif view.startswith("、", end):
        head = _list_head(view, pos, limit) or _formula_head(view, pos, limit)
        if head and light:
            return None
        phrase = head or phrase
    if view[pos : pos + 1] in _WITH:
        # 建立了与扶贫、财政等部门的沟通衔接机制: a phrase of partners modifies the noun after its 的
        seg = view[pos : _phrase_end(view, pos, limit, _LIST_MARK)]
        de = _top_level_de(seg)
        phrase = seg[de + 1 :].strip() if de > 0 else phrase
    if "暨" in phrase:
        cut = _top_level_de(phrase, "暨")  # 第六次会议暨…述法工作会议: the first of two names, not 发展暨…提升推进大会
        if cut > 0 and phrase[:cut].endswith(("会", *lexicon.words("name_heads"))):
            phrase = phrase[:cut]
    de = _top_level_de(phrase)
    if de >= 0:
        after = phrase[de + 1 :]
        if _COUNT.match(after) and not _relative_verb(phrase[max(de - 2, 0) : de]):
            phrase = phrase[:de]
        elif count := _COUNT.match(after):
            phrase = after[count.end() :]  # 通报了该院办理的三个典型案例: the relative clause has its own verb
        elif len(after) >= _MIN_HEAD or (len(after) >= 2 and phrase.startswith(lexicon.words("topic_leads"))):
            # (有关社区党建…建设的文件: a topic phrase modifies the head after its 的, however short the head.)
            if light:
                return None
            phrase = after
    phrase = _first_name(_before_joined_action(phrase))
    theme = _THEME.match(phrase) if phrase.endswith(_THEMED_EVENTS) else None
    if theme:
        phrase = phrase[theme.end() :]
    etc = _ETC.search(phrase) if "等" in phrase else None
    if etc and _top_level_de(phrase[: etc.end()], "等") == etc.start():
        phrase = phrase[: etc.start()]
    if phrase.endswith(_FOOTNOTE_ENDS):
        phrase = _FOOTNOTE_MARK.sub("", phrase)
    phrase = phrase.rstrip("等")
    count = _TRAILING_COUNT.search(phrase) if phrase[-1:] in _COUNT_UNITS else None
    if count and count.start() >= 2:
        phrase = phrase[: count.start()]
    if len(phrase) < 2 or len(phrase) > _MAX_OBJECT or phrase[0] in "和与及或并":
        # 建立和完善…: the verb shares the next verb's object; read it there.
        return None
    if not phrase[0].isalnum() and not any(ch.isalnum() for ch in phrase):  # the first is, mostly: no loop
        return None  # **三、规范部署实施**: markup left after the verb names nothing
    lead = _QUOTED_LEAD.match(phrase) if phrase[0] == "“" else None
    if lead and len(lead.group()) - 2 > _TERM_MAX:
        phrase = phrase[lead.end() :]  # the parts listed or a structure spelt out: the head names the thing
    titles = _TITLES_AT_END.search(phrase) if phrase.endswith("》") and phrase[0] != "《" else None
    if titles and titles.start():
        return phrase[titles.start() + 1 : phrase.index("》", titles.start())]
    return phrase


def _formula_head(view: str, pos: int, limit: int) -> str | None:
    """`电话、信件、网络“三位一体”举报平台`: a list whose last item goes on past a quoted formula to a noun lists
    the parts the formula names; the formula and its noun are what was made (`“三位一体”举报平台`)."""
    if view.find("”", pos, limit) < 0:
        return None  # no quote closes before the limit (most lists): not scanned
    seg = view[pos : _phrase_end(view, pos, limit, _LIST_MARK)]
    close = seg.rfind("”")
    opening = seg.rfind("“", 0, close)
    if opening <= seg.rfind("、") or len(seg) - close <= 2 or _PHRASE_MARK.search(seg, close + 1):
        return None
    return seg[opening:].strip()


def _named_before_verb(obj: str) -> str | None:
    """The event or programme an object names before a verb phrase that says what it was for
    (`提案委全体会议|三审立案`, `主任会议|研究部署`): the phrase up to the last name noun
    (`lexicon/name_heads.txt`, not one that is a verb too) that leaves words after it, or None."""
    at = ((obj.rfind(h, 0, len(obj) - 1), h) for h in _noun_heads() if h in obj)
    cut = max((k + len(h) for k, h in at if k >= 0), default=0)
    return obj[:cut] if _MIN_HEAD <= cut < len(obj) else None


@cache
def _noun_heads() -> tuple[str, ...]:
    """The name nouns that are no verbs too (会议, 讲座; not 研究 or 评选, which may open the verb phrase)."""
    verbs = lexicon.union("verbs", "actions")
    return tuple(h for h in lexicon.words("name_heads") if h not in verbs and subjects.kind(h) not in ("v", "w"))


@cache
def _title_lead_starts() -> frozenset[str]:
    """First characters of the words that introduce a talk's title (`lexicon/title_leads.txt`)."""
    return frozenset(w[0] for w in lexicon.words("title_leads"))


def _titled_event(view: str, pos: int, clause_end: int) -> str | None:
    """`开展《日常工作保密须知》的专题讲座`: the title names the talk's subject; the talk (an event's noun,
    `lexicon/name_heads.txt`) is what was held. None when no such noun follows the title and 的."""
    if not view.startswith("的", pos):
        return None
    head = view[pos + 1 : _phrase_end(view, pos + 1, clause_end)].strip()
    return head if 2 <= len(head) <= _MAX_OBJECT and head.endswith(lexicon.words("name_heads")) else None


def _relative_verb(word: str) -> bool:
    """Does a relative clause end in this verb (该院办理|的三个案例)? Then the noun after 的 is the object;
    a noun there (实施…标准|的74个城市) is the verb's own object, and the count names where it applied."""
    return word in lexicon.union("verbs", "actions") or subjects.kind(word) == "v"


@cache
def _event_head() -> re.Pattern[str]:
    """The nouns of `lexicon/event_heads.txt` anywhere (each alternative opens with a literal)."""
    return re.compile(lexicon.alternation("event_heads"))


@cache
def _listed_action() -> re.Pattern[str]:
    """A plain action verb (`lexicon/actions.txt`) anywhere: each alternative opens with a literal."""
    return re.compile(lexicon.alternation("actions"))


def _before_joined_action(phrase: str) -> str:
    """The phrase up to a second action joined to it (法治宣传和举办专题讲座 → 法治宣传): read on its own."""
    m = _joined_action().search(phrase, 1)
    return phrase[: m.start()] if m else phrase


@cache
def _joined_action() -> re.Pattern[str]:
    """和/并/及 and a listed action after it, found by the regex engine rather than a loop over the phrase."""
    return re.compile(f"[{''.join(_JOINED)}](?={lexicon.alternation('actions')})")


def _first_name(phrase: str) -> str:
    """The first of two names joined by 和/及 (…“玉如意计划”和贷款畅通工程 → …“玉如意计划”), as the
    first item of a list is the object: only when both end as names do (`lexicon/name_heads.txt`, a quote)."""
    heads = lexicon.words("name_heads")
    if not phrase.endswith(heads):
        return phrase
    for m in _AND_AT.finditer(phrase, _MIN_HEAD):
        k = m.start()
        if phrase.endswith(heads, 0, k) or phrase[k - 1] == "”":
            return phrase[:k]
    return phrase


def _fronted_title(view: str, c0: int, vstart: int, vend: int, s0: int) -> str | None:
    """`现将《…办法》印发给你们`: the title moved before the verb by 将/把 is its object; and when the
    verb's only object is its addressees (`制定了《…方案》,现印发你们`), the sentence's last title is."""
    if view.startswith("你们", vend):
        titles = _CITED.findall(view, s0, vstart)
        return titles[-1] if titles else None
    if not view.startswith("给", vend):
        return None
    titles = _FRONTED.findall(view, c0, vstart)
    return titles[-1] if titles else None


def _ends_in_verb(
    doc: Document, obj: str, vpos: int, clause_end: int, verbs: frozenset[str], last_only: bool = False
) -> bool:
    """Is the object phrase (read from `vpos`) a predicate rather than a noun phrase?

    It is when it ends in a verb and starts with one too (取得突破, 放开落户限制).
    A noun phrase may end in a verb used as a noun (大模型攻关, 合作组织): there
    the words before it are not verbs. With `last_only` (after 召开, whose
    meeting may be followed by what it did: 主任会议三审通过) the last word is enough.
    """
    start = doc.view.find(obj, vpos, clause_end)
    if start < 0 or obj[-1] in "”’」』》" or doc.view[start - 1] == "《":
        return False  # a quoted name or a title (印发《决定》) is a thing whatever its last word
    lo = bisect_left(doc.token_starts, start)
    hi = bisect_left(doc.token_starts, start + len(obj), lo)  # the words that start inside the object
    if hi == lo or doc.token_ends[hi - 1] != start + len(obj) or doc.words[hi - 1] not in verbs:
        return False
    if hi - lo == 1 and doc.words[lo] in _NOUN_OPENERS:
        return False  # 组织调解: a verb naming the event held is a noun
    return last_only or hi - lo == 1 or doc.words[lo] in verbs


def _event_subject(view: str, c0: int, verb: int, date: str | None = None) -> str | None:
    """`首场“部长通道”在北京人民大会堂举行`: an event named before its verb; the date and place after it
    (服务团昨天在某区成立, 支部于2019年5月成立) and a dateline before a space are no part of it."""
    head = view[c0:verb]
    at = head.rfind(date) if date else -1
    if at > 0:
        head = head[:at]
    at = max(head.rfind("在"), head.rfind("于"))
    if at > 0:
        head = head[:at]
    head = head.split()[-1] if head.strip() else head  # `某某网讯 我市…`: the dateline before a space is not it
    head = head.strip()
    if head.endswith("”") and "“" in head:
        return head[head.rindex("“") :]
    de = _top_level_de(head)
    head = head[de + 1 :] if de >= 0 else head
    return head if 2 <= len(head) <= 20 else None


def _status(before: str) -> str:
    tail = before[-6:]
    if _PLANNED.search(tail):
        return "planned"
    if _ONGOING.search(tail):
        return "ongoing"
    return "done"


def _action_at(doc: Document, i: int, actions: frozenset[str], adverbs: frozenset[str]) -> tuple[int, int] | None:
    """The action verb starting at token `i`: its view start and its last token.

    jieba joins an adverb to its verb (深入开展, 积极开展) and splits some
    verbs (新 + 设); both are read as the verb. Action verbs in a row are one
    action: 组织开展, 启动实施, 获批设立, 批准加入.
    """
    words = doc.words
    w = words[i]
    if i + 1 < len(words) and w + words[i + 1] in actions:
        start, last = doc.token_starts[i], i + 1  # 建成投运, 投入使用: a listed compound first
    elif w in actions:
        start, last = doc.token_starts[i], i
    elif len(w) > 2 and w[-2:] in actions and w[:-2] in adverbs:
        start, last = doc.token_ends[i] - 2, i
    elif len(w) == 2 and w[0] == _LOCATIVE and w[1] in actions:
        start, last = doc.token_starts[i] + 1, i  # 会议|上作|工作报告: jieba glues 上 to a one-character verb
    else:
        return None
    while last + 1 < len(words) and last - i < 2 and words[last + 1] in actions and not _modifier(words, last + 1):
        last += 1
    return start, last


def _caused(doc: Document, k: int, clause_end: int) -> bool:
    """Does an action of holding an activity (开展, 举办) or forming a body (组建, 成立) come after `k` (the first
    word after the causative verb, where the people it moves are named) in the clause, with only nouns, and
    verbs that modify them, before it? (组织党员参加…, 组织了公开辩论: the organising is what was done.)"""
    words, starts = doc.words, doc.token_starts
    for j in range(k, min(len(words), k + _CAUSED_REACH)):
        if starts[j] >= clause_end:
            return False
        if j > k and words[j] in _CAUSED_ACTIONS:
            return True
        kind = subjects.kind(words[j])
        modifies = kind == "v" and j + 1 < len(words) and subjects.kind(words[j + 1]) == "n"  # 在职|党员
        if kind not in ("n", "conj", "a", "d") and not modifies and words[j] not in _JOINED:
            # (组织党员)并积极(动员群众组建…): a second verb phrase may name more people
            return False
    return False


def _modifier(words: list[str], j: int) -> bool:
    """Does the verb-like noun at word `j` open the noun after it (设立|组织委员会, 签署|调解协议), or end the
    clause as the event held (组织|调解。), rather than join the verb before it (组织开展)?"""
    if words[j] not in _NOUN_OPENERS:
        return False
    return j + 1 == len(words) or words[j + 1] in _CLAUSE_END or subjects.kind(words[j + 1]) in ("n", "de")


def extract(
    doc: Document,
    sections: SectionIndex,
    measures: list[Measure],
    dates: list[DateMention],
    orgs: list[Organization],
) -> list[Initiative]:
    view = doc.view
    actions = lexicon.union(*_ACTION_LISTS)
    adverbs = lexicon.wordset("action_adverbs")
    verbs = lexicon.union("verbs", "actions")
    light, bound = lexicon.wordset("light_actions"), lexicon.wordset("bound_actions")
    empty, frames = lexicon.wordset("empty_objects"), lexicon.words("frame_ends")
    done_only, counted = lexicon.wordset("done_actions"), lexicon.wordset("counted_actions")
    talks, talk_heads = lexicon.wordset("talk_actions"), lexicon.words("talk_heads")
    attends, event_heads = lexicon.wordset("attend_actions"), lexicon.words("event_heads")
    terms, speech = passages(view)
    speech_starts = [a for a, _ in speech]
    term_starts = [a for a, _ in terms]
    titles = _titles(view)
    org_spans = sorted((sp, o.name) for o in orgs for sp in o.spans)
    measure_at = sorted((m.span[0], m.span[1], m.id) for m in measures)
    # How far the measures up to each reach: past a later one's start where a list nests in an item.
    measure_reach = list(accumulate(map(itemgetter(1), measure_at), max))
    longest_org = max((b - a for (a, b), _ in org_spans), default=0)
    org_starts = [a for (a, _), _ in org_spans]
    clause_ends = _clause_ends(doc, terms)
    colons = "：" in view or ":" in view  # asked once a page: most actions are then checked for no label
    holders = _holders() if any(map(view.__contains__, lexicon.words("verb_holders"))) else None
    words = doc.words  # with their offsets as plain lists: no token objects needed
    out: list[dict[str, object]] = []  # validated together at the end: one call, not one per initiative
    done_clauses: dict[int, int] = {}  # clause start → where its last action's verb ended
    reported: set[tuple[str, str]] = set()
    free = 0  # the first token no action has taken yet
    on_titles = _title_actions(doc, adverbs, {o.name for o in orgs})
    for i in sorted({*_openers(doc), *on_titles}) if on_titles else _openers(doc):
        if i < free:
            continue
        if words[i] in done_only and not view.startswith("了", doc.token_ends[i]):
            continue  # 通过数据比对, 通过召开…会议: a means, not 通过了…计划 (the verb after it may act)
        found = _action_at(doc, i, actions, adverbs)
        title_at = None
        if found is not None:
            vstart, last = found
        elif i in on_titles:
            vstart, last, title_at = on_titles[i]
        else:
            continue
        vend = doc.token_ends[last]
        free = last + 1
        c0, c1 = _clause(view, clause_ends, vstart)
        verb = view[vstart:vend]
        if verb in attends and _event_head().search(view, vend, c1) is None:
            continue  # 参加学习: no event's noun in the clause (asked before the object is read)
        if verb in bound and not _institution(view, vend, c1) and not _counted(view, vend, c1):
            continue  # 落实主体责任, 推进改革: an aim, not a checkable thing (asked before the object is read)
        if view[vstart - 1 : vstart] == "的" or view[vend : vend + 1] in _NOT_AFTER_ACTION:
            continue
        if _describes_title(view, words, i, vstart, vend):
            continue
        if verb in _NOMINAL_VERBS and _noun_use(words, last + 1):
            continue
        if verb in _HOSTS and last + 1 < len(words) and words[last + 1] in _hosts_of():
            continue  # 承办法官如是说, 主办单位: the one in charge, a noun
        if verb in _CAUSATIVE and _caused(doc, last + 1, c1):
            continue  # 组织在职党员开展党员岗活动: the members do the action, 开展 reports it
        k = bisect_right(speech_starts, vstart) - 1
        if k >= 0 and speech[k][0] <= vstart < speech[k][1]:
            continue
        k = bisect_right(term_starts, vstart) - 1
        if k >= 0 and vstart < terms[k][1]:
            continue  # 深化“引进来”战略: a verb inside a quoted term names, it reports no action
        k = bisect_right(titles, (vstart, vstart)) - 1
        if k >= 0 and vstart < titles[k][1]:
            continue  # 《…体系建设“十三五”规划》: a verb in a cited title is the title's, not the article's action
        # 开展法治宣传和举办专题讲座: a verb joined by 和/并/及 starts an action of its own in the clause, as
        # does one in a later item of a 、 list (重温入党誓词、向…同志发放贺卡).
        if (
            c0 in done_clauses
            and view[vstart - 1 : vstart] not in _JOINED
            and view.find("、", done_clauses[c0], vstart) < 0
        ):
            continue
        if (colons and _label_after(view, vend)) or (holders and _held(view, vstart, holders.get(verb))):
            continue
        if verb in counted and not (
            _COUNT.search(view, vend, c1) or _LISTED_ETC().search(view, vend, c1) or _names_org(view, vend, c1, orgs)
        ):
            continue  # 新建居住区…配建率: "newly built", not 新建…园区20个, 新建A、B等 or 新培育…皮革厂
        s0 = doc.sentence_at(vstart)[0]
        obj = _fronted_title(view, c0, vstart, vend, s0) or _object(view, title_at or vend, c1, verb in light)
        if verb in _SUBJECT_VERBS and view.startswith("以", vend) and (led := _LED_BY().match(view, vend)):
            obj = led.group(1)  # 成立以…为组长…的工作领导小组
        if obj is None and view.startswith(_JOINED, vend) and last + 2 < len(words):
            obj = _shared_object(doc, last + 2, c1, verbs, actions, verb in light)
        if obj is not None and _MANNER.fullmatch(obj) and view.startswith(("，", ","), c1):
            obj = _object(view, c1 + 1, _clause(view, clause_ends, c1 + 1)[1])
        meeting = words[last] in _EVENT_VERBS
        if obj is not None and not obj.startswith("《") and _ends_in_verb(doc, obj, vend, c1, verbs, meeting):
            # 建设取得突破: no thing was issued; 召开…全体会议三审立案: the meeting, and what it did after it
            obj = _named_before_verb(obj) or (obj if meeting else None)
        if obj is None and words[last] in _SUBJECT_VERBS and _ONLY_LE.fullmatch(view, vend, c1):
            dated = first_within(dates, *doc.span(c0, vstart))
            obj = _event_subject(view, c0, vstart, dated.text if dated else None)
        if obj is None or obj in empty or obj.endswith(frames) or _amount(obj):
            continue
        if verb in attends and not obj.endswith(event_heads):
            continue  # 参加…村官培训 (an event one can check), not 参加学习 or 参加工作
        if verb in talks and not obj.endswith(talk_heads):
            continue  # 作/做 act only when they give a talk (作政府工作报告), not in 作好准备
        if (verb, obj) in reported:
            continue  # the same action named again (贯彻…《条例》 in every paragraph): one initiative
        at = doc.offsets.start(vstart)  # where the verb starts in the text
        if org_starts and _in_name(org_spans, org_starts, longest_org, at):
            continue  # 镇调解委员会成功化解…: the verb is a word of an organisation's name
        reported.add((verb, obj))
        done_clauses[c0] = vend
        span = doc.span(c0, c1)
        dated = first_within(dates, *span)
        out.append(
            {
                "text": doc.slice(span),
                "action": verb,  # the verb as read: a PDF line break inside it (实\n施) is no part of it
                "object": obj,
                "actor": _actor(org_spans, longest_org, doc.offsets.start(s0), at),
                "date": dated.value if dated else None,
                "status": "planned" if _TARGET.match(view, s0, vstart) else _status(view[max(c0, vstart - 6) : vstart]),
                "measure": _measure_at(measure_at, measure_reach, at),
                "section": sections.at(at),
                "span": span,
            }
        )
        head = _counted_head(view, vend, c1) if view.find("等", vend, c1) > 0 else None
        if head and head != obj and (verb, head) not in reported:
            reported.add((verb, head))
            out.append({**out[-1], "object": head})
        for title in _joined_titles(view, vend, c1, obj) if view.find("《", vend, vend + 3) >= 0 else ():
            if (verb, title) not in reported:  # 制定了《A》和《B》: one document, one initiative
                reported.add((verb, title))
                out.append({**out[-1], "object": title})
    return many(Initiative, out)


def _shared_object(
    doc: Document, k: int, clause_end: int, verbs: frozenset[str], actions: frozenset[str], light: bool
) -> str | None:
    """`专设并公布电子邮箱`: after 并/和, a second verb that is no action of its own (公布) shares its object with
    the action before it; a second action (建立和完善…机制) reports the object itself. None otherwise."""
    word = doc.words[k]
    if word not in verbs or word in actions or doc.token_ends[k] >= clause_end:
        return None
    return _object(doc.view, doc.token_ends[k], clause_end, light)


def _counted_head(view: str, vend: int, clause_end: int) -> str | None:
    """The class a counted list closes with (制定了A、B等11个编制指南, 挂牌督办A、B等重点案件128件): the things the
    verb acted on, named as a whole beside the first item. Only a list (a 、) and a count after its 等 qualify."""
    tail = view[vend:clause_end]
    m = _COUNTED_CLASS().search(tail) if "、" in tail else None
    return (m.group(1) or m.group(2)) if m else None


def _joined_titles(view: str, vend: int, clause_end: int, obj: str) -> list[str]:
    """The titles joined to the verb's first (`制定了《A》和《B》`, `《A》、《B》及《C》`): found by `str.find`
    only where the object is a title right after the verb (a 了 between; asked only where a 《 stands there)."""
    at = view.find(f"《{obj}》", vend, clause_end)
    if at < 0 or not _ONLY_LE.fullmatch(view, vend, at):
        return []
    found = []
    pos = at + len(obj) + 2
    while pos + 1 < clause_end and view[pos] in _TITLE_JOINS and view[pos + 1] == "《":
        close = view.find("》", pos + 2, clause_end)
        if close < 0:
            break
        found.append(view[pos + 2 : close])
        pos = close + 1
    return found


def _describes_title(view: str, words: list[str], i: int, vstart: int, vend: int) -> bool:
    """Is the verb at word `i` part of a title's description, not an action of the article?

    新修订的《条例》, 新修订《条例》 (newly revised) and 《条例》修订的背景 (the revision's
    background) name a document by what was once done to it. Not 基金会发布的《报告》:
    with its actor named, the clause reports who issued it.
    """
    if view.startswith(("《", "的《"), vend) and i > 0 and words[i - 1] == "新":
        return True
    return view[vstart - 1 : vstart] == "》" and view.startswith("的", vend)


def _label_after(view: str, vend: int) -> bool:
    """Is the verb the start of a page's label before a colon (发表日期: …, 发布时间：…, …调研来源：…:
    `lexicon/chrome_keys.txt`)? Then it reports no action."""
    after = view[vend : vend + _LABEL_MAX]
    return ("：" in after or ":" in after) and re.split("[:：]", after, maxsplit=1)[0].strip() in lexicon.wordset(
        "chrome_keys"
    )


def _held(view: str, vstart: int, holders: tuple[tuple[str, int], ...] | None) -> bool:
    """Does a word of `lexicon/verb_holders.txt` hold the verb at `vstart` across its parts (线上线下 holds
    上线)? Then the verb reports no action."""
    return holders is not None and any(view.startswith(word, vstart - at) for word, at in holders)


@cache
def _holders() -> dict[str, tuple[tuple[str, int], ...]]:
    """For each action verb, the words of `lexicon/verb_holders.txt` that hold it, with where it starts in each."""
    out: dict[str, list[tuple[str, int]]] = {}
    for word in lexicon.words("verb_holders"):
        for verb in lexicon.union(*_ACTION_LISTS):
            at = word.find(verb, 1)
            if at > 0:
                out.setdefault(verb, []).append((word, at))
    return {verb: tuple(found) for verb, found in out.items()}


def _titles(view: str) -> list[tuple[int, int]]:
    """The view spans inside each 《》 title, in order (a page cites a few: found by `str.find`)."""
    out = []
    pos = view.find("《")
    while pos >= 0:
        close = view.find("》", pos + 1, pos + _SCAN_MAX)
        if close >= 0:
            out.append((pos + 1, close))
        pos = view.find("《", max(close, pos + 1))
    return out


def _names_org(view: str, vend: int, clause_end: int, orgs: list[Organization]) -> bool:
    """Does the clause after the verb end in an organisation's name (新培育规模企业某某厂): a thing made, named."""
    tail = view[vend:clause_end].rstrip()
    return any(tail.endswith(o.name) for o in orgs)


def _institution(view: str, vend: int, clause_end: int) -> bool:
    """Does the clause after the verb end in an institution's or a project's noun (…联席会议制度, …等重大项目),
    or does an item of the list it names (打造家风文化巷、公益睦邻点: a lane and a point, things built)?"""
    heads = lexicon.words("institution_heads")
    tail = view[vend:clause_end].rstrip()
    return tail.endswith(heads) or ("、" in tail and any(item.endswith(heads) for item in tail.split("、")))


def _counted(view: str, vend: int, clause_end: int) -> bool:
    """Does a count open the object (打造一批…系列党课, 搭建3个…): things made, not a quality aimed at."""
    opens = numeral_at(view, vend) or view[vend : vend + 1] in ("了", "多")  # what the pattern may open with
    return opens and _COUNTED_LEAD().match(view, vend, clause_end) is not None


def _amount(obj: str) -> bool:
    """Is the object only a number and its unit (40653万元, 3项)?"""
    m = _AMOUNT().match(obj) if numeral_at(obj, 0) else None
    return m is not None and (m.end() == len(obj) or obj[m.end() :] in lexicon.wordset("units"))


def _title_actions(doc: Document, adverbs: frozenset[str], issuers: set[str]) -> dict[int, tuple[int, int, int]]:
    """Verbs that act on the 《》 title right after them (传达学习了《…规定》): first token → (start, last token, 《).

    Only the words before each 《 are looked at (a page cites a few titles); a run of such verbs is one action.
    An organisation's name between verb and title is the document's issuer (传达学习了机关党委《…通知》).
    """
    verbs = lexicon.wordset("document_actions")
    view, words, starts = doc.view, doc.words, doc.token_starts
    out: dict[int, tuple[int, int, int]] = {}
    pos = view.find("《")
    while pos >= 0:
        issuer = max((n for n in issuers if view.endswith(n, 0, pos)), key=len, default="")
        k = bisect_left(starts, pos - len(issuer)) - 1
        while k >= 0 and words[k] in ("了", " "):
            k -= 1
        k = _past_description(words, k)
        last = k
        while k >= 0 and last - k < 2 and words[k] in verbs:
            k -= 1
        if k < last:
            out[k + 1] = (starts[k + 1], last, pos)
        elif k >= 0 and len(words[k]) > 2 and words[k][-2:] in verbs and words[k][:-2] in adverbs:
            out[k] = (doc.token_ends[k] - 2, k, pos)  # 认真学习《…》: the adverb jieba glued on is no part of it
        pos = view.find("《", pos + 1)
    return out


def _past_description(words: list[str], k: int) -> int:
    """The word before a title's description that ends at word `k` (学习|新修订的《…》), else `k`."""
    j = k - (k >= 0 and words[k] == "的")
    if j >= 2 and words[j] in lexicon.wordset("actions") and words[j - 1] == "新":
        return j - 2
    return k


def _openers(doc: Document) -> list[int]:
    """Indices of the words an action may start at, in order: every word `_action_at` reads an action at.

    `_action_at` reads one at a listed verb (发布), at the start of one that jieba
    split (建成|投运, 新|设) and at an adverb glued to one (积极开展): each is a word
    of `_opening_words`, looked up for every word at C speed (`map`, `compress`),
    not found by a scan of the page's characters. A word there that opens no
    action (新 before no 设) is passed over by `_action_at`, as before.
    """
    words = doc.words
    return list(compress(range(len(words)), map(_opening_words().__contains__, words)))


@cache
def _hosts_of() -> frozenset[str]:
    """The words after a verb of `_HOSTS` that make it a noun: a person's title, 单位, 方 or 人."""
    return lexicon.wordset("person_titles") | {"单位", "方", "人", "單位"}


@cache
def _opening_words() -> frozenset[str]:
    """The listed verbs, their beginnings (a jieba word the next one completes) and each adverb with each
    two-character verb (`_action_at`'s three readings)."""
    actions = lexicon.union(*_ACTION_LISTS)
    beginnings = {verb[:n] for verb in actions for n in range(1, len(verb))}
    glued = {adverb + verb for adverb in lexicon.wordset("action_adverbs") for verb in actions if len(verb) == 2}
    located = {_LOCATIVE + verb for verb in actions if len(verb) == 1}
    return frozenset(actions | beginnings | glued | located)


def _noun_use(words: list[str], i: int) -> bool:
    """Is the verb before token `i` used as a noun: followed by 的, or by a verb (its predicate)? A verb that
    names an event it holds (组织|调解) is its object, not a predicate."""
    while i < len(words) and words[i] in ("了", " "):
        i += 1
    return i < len(words) and (words[i] == "的" or (subjects.kind(words[i]) == "v" and words[i] not in _NOUN_OPENERS))


def _measure_at(measures: list[tuple[int, int, str]], reach: list[int], pos: int) -> str | None:
    """The innermost measure whose span holds `pos`. A list nested in an item (有2家:一是…;二是…) lies inside
    it: where an earlier measure reaches past `pos` (`reach`, the furthest end so far), it is looked for."""
    k = bisect_right(measures, (pos, float("inf"), "")) - 1
    if k < 0 or measures[k][0] <= pos < measures[k][1]:
        return measures[k][2] if k >= 0 else None
    if reach[k] <= pos:
        return None
    for j in range(k - 1, max(k - _NESTED_MAX, -1), -1):
        if measures[j][0] <= pos < measures[j][1]:
            return measures[j][2]
    return None


def _in_name(org_spans: list[tuple[tuple[int, int], str]], starts: list[int], longest: int, at: int) -> bool:
    """Does an organisation's name hold text offset `at`? `starts` are the names' starts, in order; a name is
    at most `longest` characters, so the walk back stops within that reach."""
    i = bisect_right(starts, at) - 1
    while i >= 0 and starts[i] > at - longest:
        if at < org_spans[i][0][1]:
            return True
        i -= 1
    return False


def _actor(org_spans: list[tuple[tuple[int, int], str]], longest: int, start: int, verb: int) -> str | None:
    """The organisation named last before the verb in its sentence (the longest if several end there).

    Names are at most `longest` characters, so the walk back stops once no
    earlier name could end as late as the best one: a few steps, not the sentence.
    """
    best: tuple[int, int, str] | None = None
    i = bisect_right(org_spans, ((verb, verb), "")) - 1
    while i >= 0 and org_spans[i][0][0] >= start:
        (a, b), name = org_spans[i]
        if best is not None and a < best[1] - longest:
            break
        if b <= verb and (best is None or b > best[1] or (b == best[1] and a < best[0])):
            best = (a, b, name)
        i -= 1
    return best[2] if best else None
