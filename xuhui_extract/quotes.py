"""What stands between quote marks: cited documents 《》, short terms “”, and quoted speech.

A quote of up to 12 characters without sentence punctuation is a term (“四个
意识”, “口袋党员”); a longer one is speech, attributed to the speaker named
just before it (习近平总书记指出，“…”) or just after it (“…”李云泽表示).
Three exceptions are terms too: a slogan of parallel halves, which a comma
separates but which says nothing as a sentence would (“公正司法，一心为民”),
a longer name with an honour's ending (“…工作先进集体”, “…贡献奖”), and the
name of an activity that an action opens or that ends the name of one
(开展“…双报到座谈会”, “…党支部建设”活动), a short slogan of comma-separated
phrases among them (“保质量、赶工期,工地党旗红”主题党日活动). A longer quote no one is
said to speak, which such a noun or a count follows (“…”6个规定) or an honour's
verb opens (入选“…百佳示范县市”), is neither: a name or a list, not speech.
Fixed formulations from the packaged list count as terms even unquoted, and so
does an N大 name whose items the text has just listed (“头雁培育”“骨干锻造”三大工程,
宣纸宣笔、电机泵阀等四大主导产业) or goes on to list (三大保障机制：一是…): the items are named, not counted.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from itertools import accumulate
from typing import Any

from . import lazy, lexicon, segment, subjects
from .document import Document
from .models import DocumentRef, Quotation, Term, many
from .numbers import numeral_at

_DOC = re.compile(r"《([^《》\n]{1,80})》")
# A byline after a publication's name: 记者 or 通讯员, then a separator or a name that a space,
# 摄 or the line end closes (`《人民日报》记者近日走访…` is a mention, not a byline).
_BYLINE_WORDS = ("记者", "通讯员", "特约记者", "首席记者", "本报记者")
_BYLINE_AFTER = (
    r"(?:特约|首席|本报)?(?:记者|通讯员)"
    r"(?:[ 　]*[/／|｜:：]|[ 　]*[\u4e00-\u9fff]{2,4}(?:[ 　\n]|摄|$)|[ 　]+[\u4e00-\u9fff]{2,4})"
)
_BYLINE_SPAN = 16
# A line that is a file's name (`2023《政府工作报告》(实录).pdf` under 详细内容见附件): a link to the
# attachment, which the text does not cite; anchored on the dot and extension at the line's end.
_FILE_NAME_END = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|ofd|txt|zip|rar)[ \t　]*$", re.IGNORECASE | re.MULTILINE)
_QUOTE_KINDS = {  # each kind of quote mark: the opening mark, its quote
    # A short term quoted with the same marks inside a quote (“今天能一起过“政治生日”,感到荣幸。”) leaves it open.
    # (Unrolled, so the common quote with no inner one is still one run of a character class.)
    "“": r"“([^“”]{1,2000}(?:“[^“”]{1,12}”[^“”]{0,2000})*)”",
    "‘": r"‘([^‘’]{1,2000})’",
    "「": r"「([^「」]{1,2000})」",
    '"': r"\"([^\"\n]{1,2000})\"",
}
_QUOTE = re.compile("|".join(_QUOTE_KINDS.values()))
_ONE_KIND = {mark: re.compile(quote) for mark, quote in _QUOTE_KINDS.items()}
_NUMBER_WORD = re.compile(r"[一二三四五六七八九十百千万两双0-9〇零]")
_SENTENCE_PUNCT = re.compile(r"[。！？；，,!?;:：]")
_TERM_MAX = 12
_WE = ("我们", "咱们", "我們", "咱們")  # a quote that opens with "we" is someone speaking
_NAME_MAX = 40  # a quoted name of an activity is no longer than this
# “…”的重要要求, “…”的发展思路: what a label noun after 的 may carry.
_OF_LABEL = re.compile(r"的(?:重要|重大|决策|发展|工作|总体)?")
# A count and a classifier that open a noun right after a closing mark: “…”三级组织架构, “…”四大工程
# (not a time: “…”三个月后).
NUMBERED_NAME = lazy.pattern(r"[一二三四五六七八九十两双]{1,2}[级大项个类种层位条张支联](?![月年日天])[\u4e00-\u9fff]")
_NUMERALS = "一二三四五六七八九十两"
# N大 and its noun, then a colon and the first item's marker: the items are named after it, not counted.
_ITEMS_OPEN = ("一是", "一要", "其一", "首先", "（一）", "(一)", "一、", "1.", "1、", "第一")
_ITEMS_SPAN = 16  # the colon after an N大 name stands within this many characters
_NOT_ITEM = re.compile(r"[，,。；;：:！？!?\n的是为]")  # a last list item holds no clause mark, 的 or 是
_LISTED_SPAN = 10  # the last listed item before an N大 name is no longer than this
_INNER_QUOTE = re.compile(r"‘[^‘’]*’|「[^「」]*」")
_COUPLET_SPLIT = re.compile(r"[，,]")
_COUPLET_PART = 6  # each half of a slogan couplet is this long at most
_SLOGAN_MAX = 16  # a quoted slogan of comma-separated phrases that names a thing (“…”主题党日活动)
_LIST_SPLIT = re.compile(r"[、，,]")
_LIST_ITEM = (2, 9)  # each item of a quoted list of slogans (“镇级统筹、联防联控,村组动员、群防群治”) is this long
# A count right after a closing mark, which counts the quote's items: “…”6个规定, “…”三项制度,
# “…”六个A级目标 (the noun may open with a Latin letter), “…”以及“…”两方面 (方面 needs no noun after it).
_COUNTED_AFTER = lazy.pattern(
    r"(?:\d{1,3}|[一二三四五六七八九十两]{1,2})(?:[个项条类种大](?![月年日天])[\u4e00-\u9fffA-Za-z]|方面)"
)
_ANY_PUNCT = re.compile(r"[，,、。；;：:！？!?\s]")
_HEAD_MAX = 30  # a speaker head line (部长姓名：) is no longer than this
_AFTER_MAX = 30  # the speaker named after a quote (“…”居委会主任左东芳说) is no longer than this
_NAMED_AFTER_MAX = 60  # the sentence after a quote that names its speaker at its end is no longer than this
_CLAUSE_MARKS = "，,。；;！？!?："
_NAME_LEN = (2, 4)  # a personal name after a title: 2 to 4 characters
_NEAR_SPAN = 80  # how far before or after a quote a sentence naming its speaker is read
_NOT_GOING_ON = "，,。；;！？!?：:、\n“”"  # after a closing mark, these end its sentence or start another quote
_LEAD_WORD = re.compile(r"^(?:据|而|但|并|同时|此外|其中|对此|为此)")
_PRONOUN = re.compile(r"[我你他她它们們这這那]")
_WHILE = ("时", "時")  # ending the words before a speech verb: a time clause (参观展览时感慨), no speaker
_THIRD_PERSON = "他她"  # a pronoun speaker (她说：“…”) stands for the person the sentence before names
_HEAD_PUNCT = re.compile(r"[，。；！？,;!?“”]")
_SALUTATION = re.compile(r"(?:各位|尊敬的|亲爱的|同志们|朋友们|女士们|先生们|同学们)")
_ONE_EACH = lazy.pattern(r"一[\u4e00-\u9fff]{1,4}一[\u4e00-\u9fff]{1,6}")  # 一村一品: one thing for each
_COMPOUND_MAX = 20  # “行政执法协调监督+检察公益诉讼”: a formula of named parts is still a term
# What joins a formula's parts: + (“互联网+政务服务”) or a dash between words (“智能预警—动态处置—闭环管理”).
_FORMULA_JOIN = lazy.pattern(r"[+＋]|(?<=[\u4e00-\u9fff])[—－-](?=[\u4e00-\u9fff])")
_DASHES = ("—", "－", "-")
_CHAIN_PARTS = 4  # a dash-joined chain of this many names lists a hierarchy's levels (`_chain`)
# Each phrase of a 、-joined slogan (沟通心灵、启智润心、激扬斗志) has four characters; shorter ones are a
# call's steps (“早发现、早报告、早隔离、早治疗”: words quoted).
_PARALLEL_ITEM = (4, 4)
_ALL_NUMERAL = re.compile(r"[〇零一二三四五六七八九十百]+")
_NUMERAL_EDGE = "〇零一二三四五六七八九十百千万两0123456789０１２３４５６７８９第"
# Where the actor ends and the predicate begins: 习近平总书记|在…强调, 郭树珍|又申请….
_ADVERB = re.compile(
    r"(?:在|于|於|对|對|向|同|就|面对|面對|针对|針對|接受|近日|日前|今天|昨天|随后|隨後|还|還|也|则|則|曾|又"
    r"|再次|多次|进一步|進一步|更是|都)"
)


def documents(doc: Document) -> list[DocumentRef]:
    """Each title cited in the body, once, at its first mention."""
    seen: set[str] = set()
    out = []
    view = doc.view
    for m in _DOC.finditer(view):
        title: str = m.group(1).strip()
        if not title or title in seen or _byline_at(view, m.end()) or _file_name_at(view, m.end()):
            continue
        seen.add(title)
        span = doc.span(m.start(1), m.end(1))
        out.append({"title": doc.slice(span), "span": span})
    return many(DocumentRef, out)


def _file_name_at(view: str, end: int) -> bool:
    """Is the title's line an attachment's file name? The name links a file; it cites no document."""
    stop = view.find("\n", end)
    stop = len(view) if stop < 0 else stop
    return "." in view[end:stop] and _FILE_NAME_END.search(view, end, stop) is not None


def _byline_at(view: str, end: int) -> bool:
    """`《人民日报》记者 张三`, `《祖国》记者/李国良`: the 《》 names the publication of a byline, not a cited text."""
    if not view.startswith(_BYLINE_WORDS, end):
        return False
    return re.match(_BYLINE_AFTER, view[end : end + _BYLINE_SPAN]) is not None


Spans = tuple[tuple[int, int], ...]


@lru_cache(maxsize=1)
def passages(view: str) -> tuple[Spans, Spans]:
    """The view spans of every quoted passage's content, in order: the terms, and the speech.

    The one place a quote is told to be a term or speech (`is_term`); the terms,
    the quotations and the initiatives (which skip reported speech) all read it.
    They ask in turn about one page, so the last page's answer is kept (as
    tuples, which no reader can change) and the page is read once, not three times.
    """
    terms: list[tuple[int, int]] = []
    speech: list[tuple[int, int]] = []
    for m in _quotes(view):
        group = m.lastindex  # each alternative has one group: the one that matched is the last
        assert group is not None
        a, b = m.span(group)
        term = is_term(view[a:b]) or _named(view, a, b)
        (terms if term else speech).append((a, b))
        # (rare) the terms quoted inside it are terms still; inside speech, so are single-quoted ones
        # (“…中的‘芯片’…”), which inside a name are part of it (“…‘进社区,进小区’双报到座谈会”).
        for inner in "“" if term else "“‘":
            if view.find(inner, a, b) >= 0:
                terms += [n.span(1) for n in _ONE_KIND[inner].finditer(view, a, b) if is_term(n.group(1))]
    return tuple(sorted(terms)), tuple(speech)


def _quotes(view: str) -> Iterator[re.Match[str]]:
    """The quotes `_QUOTE` finds, searched with the pattern of the one kind of mark a page holds, if it
    holds one: a pattern that opens with one mark is searched at C speed (`re` skips to the mark),
    where the four kinds together make it test every character of the page against a class."""
    marks = [mark for mark in _QUOTE_KINDS if mark in view]
    if not marks:
        return iter(())
    return (_ONE_KIND[marks[0]] if len(marks) == 1 else _QUOTE).finditer(view)


def _named(view: str, a: int, b: int) -> bool:
    """开展“巴南区直机关在职党员‘进社区,进小区’双报到座谈会”, 开展“…党支部建设”活动: a long name, not speech.

    It holds no sentence punctuation outside its inner quotes, and either a noun that heads a name
    follows it (`lexicon/name_heads.txt`, `lexicon/label_heads.txt`: 围绕“全面提升司法质量、效率和
    公信力”工作主线), or a counted noun names what it is (建立“村党支部-网格党小组-党员中心户”三级组织架构:
    speech is never counted), or 的 and such a noun follow it with no speaker's verb or colon before it
    (全面落实“疫情要防住、经济要稳住、发展要安全”的重要要求; but 院长强调“…”的要求 quotes words),
    or it ends in a name's noun and an action verb opens it (开展“…座谈会”).
    """
    content = view[a:b]
    if len(content) > _NAME_MAX:
        return False  # most speech is longer: decided without a search
    counted = _count_at(view, b + 1) and (NUMBERED_NAME().match(view, b + 1) or _COUNTED_AFTER().match(view, b + 1))
    named_after = counted or _of_label(view, b + 1)
    if named_after and _after_quoted_sentence(view, a, b):
        named_after = False
    if not view.startswith(_label_heads(), b + 1) and not (named_after and _unsaid(view, a)):
        if not content.endswith(lexicon.words("name_heads")):
            return False
        if not _word_ends_at(view, a - 1, lexicon.wordset("actions")):
            return False
    bare = _INNER_QUOTE.sub("", content)
    if (
        named_after
        and not counted
        and len(bare) > _TERM_MAX
        and "、" in bare
        and not _SENTENCE_PUNCT.search(bare)
        and not view.startswith(_label_heads(), b + 1)
    ):
        # Before 的思路, a long list is a name only as a list of slogans (“生态立镇、农业稳镇…”的发展思路);
        # longer items are clauses of their own (“把…薄弱点问题化、把突出问题重点化…”的思路): the idea spelt out.
        return _slogan_list(bare)
    # A comma slogan is a name only with the name's noun right after it (“…,工地党旗红”主题党日活动);
    # before 的原则/的要求 (秉承“围绕业务抓党建，抓好党建促发展”的原则) it is words quoted. So is a list of
    # slogans no one is said to speak (形成“镇级统筹、联防联控,村组动员、群防群治”格局).
    if _SENTENCE_PUNCT.search(bare) is None:
        return True
    if not view.startswith(_label_heads(), b + 1):
        return False
    return _slogan(bare) or (_slogan_list(bare) and _unsaid(view, a))


def _slogan(content: str) -> bool:
    """`保质量、赶工期,工地党旗红`: a short slogan whose only sentence marks are commas."""
    return len(content) <= _SLOGAN_MAX and not _SENTENCE_PUNCT.search(_COUPLET_SPLIT.sub("", content))


def _slogan_list(content: str) -> bool:
    """`镇级统筹、联防联控,村组动员、群防群治`: short slogans that 、 and commas join, however many."""
    lo, hi = _LIST_ITEM
    return "、" in content and all(lo <= len(item) <= hi for item in _LIST_SPLIT.split(content))


def _title_not_speech(view: str, a: int, b: int) -> bool:
    """A long quote no one says, which names a thing or lists its parts: a theme or title announced
    (`lexicon/title_leads.txt`: 会议的主题是“…”), a noun that heads a name
    or a count right after it (“学《准则》…精神”主题党日活动, “佩戴党徽、…诵读党章”6个规定), or an
    honour's verb right before it (入选“2020年度…百佳示范县市”), with no colon or speech verb before
    (a comma may stand between: 活动实起来,“佩戴党徽、…”6个规定), or 的 and such a noun (“…”的思路)."""
    if view.endswith(lexicon.words("title_leads"), max(0, a - 4), a - 1):
        return True  # 主题是“…”, 题为“…”: the theme or title named, not words said
    k = a - 1  # the opening mark; a comma before it counts only after a speech verb (他说，“…”)
    if k >= 1 and view[k - 1] in "，,":
        k -= 1
    if (k >= 1 and view[k - 1] in "：:") or _word_ends_at(view, k, lexicon.wordset("speech_verbs")):
        return False
    if (
        view.startswith(_label_heads(), b + 1)
        or (_count_at(view, b + 1) and _COUNTED_AFTER().match(view, b + 1))
        # 按照“把…化、把…化”的思路: the idea spelt out, no sentence said (with commas, words quoted: “…，…”的原则)
        or (view.startswith("的", b + 1) and _of_label(view, b + 1) and not _SENTENCE_PUNCT.search(view, a, b))
    ):
        return not _after_quoted_sentence(view, a, b)
    return _word_ends_at(view, a - 1, lexicon.wordset("honour_verbs"))


def _unsaid_name(view: str, a: int, b: int) -> bool:
    """A quote no one says that names a case or a thing made, with no sentence mark in it: a case's noun
    closes it (“某县财政局违规发放津补贴问题”: `lexicon/case_heads.txt`), or an action verb opens it
    (推出“…监督举报曝光专区”, the thing put out)."""
    if _SENTENCE_PUNCT.search(view, a, b):
        return False
    return view.endswith(lexicon.words("case_heads"), a, b) or _word_ends_at(view, a - 1, lexicon.wordset("actions"))


def _unpunctuated_chain(content: str) -> bool:
    """A dash-joined chain of names with no sentence mark (“区委—街道党工委—…”) lists, it says nothing."""
    return _formula(content) and _chain(content) and not _SENTENCE_PUNCT.search(content)


def _count_at(view: str, i: int) -> bool:
    """Can `NUMBERED_NAME` or `_COUNTED_AFTER` match at `i`: is a digit or a numeral there (both open
    with one)? Asked first, so that their patterns are compiled and tried only where one is."""
    return numeral_at(view, i) or view.startswith("双", i)


def _after_quoted_sentence(view: str, a: int, b: int) -> bool:
    """“…?”“…”“…”三个问题: a quote too long for a term right after another quote is the last of a run of
    quoted sentences, and is read as the others are; the count after it counts them, it names none."""
    return b - a > _TERM_MAX and view[a - 2 : a - 1] == "”"


def _of_label(view: str, i: int) -> bool:
    """`的要求`, `的重要指示` at `i`: 的, perhaps 重要/重大, then a noun that names an idea or a charge."""
    m = _OF_LABEL.match(view, i)
    return m is not None and view.startswith(_label_heads(), m.end())


def _unsaid(view: str, a: int) -> bool:
    """No colon and no speech verb right before the quote at `a` (他说“…”三个月后: speech after all)."""
    if a >= 2 and view[a - 2] in "：:，,":
        return False
    return not _word_ends_at(view, a - 1, lexicon.wordset("speech_verbs"))


def _word_ends_at(view: str, pos: int, words: frozenset[str]) -> bool:
    """Does a word of `words` (the verb lists: one to four characters) end right before `pos`?"""
    return any(view[max(0, pos - n) : pos] in words for n in (1, 2, 3, 4))


@cache
def _label_heads() -> tuple[str, ...]:
    """The nouns that make the quote right before them a name (“…”活动, “…”工作主线)."""
    return lexicon.words("name_heads") + lexicon.words("label_heads")


def is_term(content: str) -> bool:
    if len(content) > _COMPOUND_MAX or not content.strip():
        return False  # too long for any term: most quoted speech is decided here, without a search
    if content.startswith(_WE) and content[2:3] != "的":
        return False  # “我们很早就有这个想法”: a speaker's own words, however short (but “我们的节日” names a campaign)
    if len(content) <= _TERM_MAX and not _SENTENCE_PUNCT.search(content):
        return True  # short and unpunctuated: a term under any limit, so the long-name tests are not needed
    long_name = (_formula(content) and not _chain(content)) or _honour(content) or _numbered_pairs(content)
    limit = _COMPOUND_MAX if long_name or _parallel(content) else _TERM_MAX
    if not _SENTENCE_PUNCT.search(content):
        return len(content) <= limit
    # A couplet's comma (“小事不出支部,大事不出街道”) separates its halves: it adds nothing to their length.
    return _couplet(content) and len(_COUPLET_SPLIT.sub("", content)) <= limit


def _chain(content: str) -> bool:
    """`区委—街道党工委—社区党组织—网格党支部`: four or more names joined by dashes list the levels of a
    hierarchy, no term by itself (a count naming it right after the quote makes it one: `_named`)."""
    plus = "+" in content or "＋" in content  # “1+3+N+X”: a formula of any length of parts
    return not plus and len(_FORMULA_JOIN().split(content)) >= _CHAIN_PARTS


def _parallel(content: str) -> bool:
    """`沟通心灵、启智润心、激扬斗志`: three or more four-character phrases that 、 joins, a slogan's
    parallel parts, with no sentence mark. Phrases that end in an adjective are clauses, and the list
    is words said (“黄河水甜、共产党亲、总书记好”成为…心声)."""
    parts = content.split("、")
    lo, hi = _PARALLEL_ITEM
    return (
        len(parts) >= 3
        and len({len(p) for p in parts}) == 1
        and lo <= len(parts[0]) <= hi
        and not _SENTENCE_PUNCT.search(content)
        and all(subjects.kind(p[-1]) != "a" for p in parts)
    )


def _formula(content: str) -> bool:
    """`_FORMULA_JOIN` is in `content`. A + is one by itself; the pattern (its two ranges of Chinese
    characters take 1 ms to compile) is compiled and searched only where a dash is."""
    if "+" in content or "＋" in content:
        return True
    return any(map(content.__contains__, _DASHES)) and _FORMULA_JOIN().search(content) is not None


def _numbered_pairs(content: str) -> bool:
    """`一网格一党小组、一村屯一党员中心户`, `一村一品、一镇一业`: listed items each of the 一X一Y pattern."""
    parts = content.split("、")
    return 2 <= len(parts) <= 3 and all(_ONE_EACH().fullmatch(p) for p in parts)


def _couplet(content: str) -> bool:
    """`公正司法，一心为民`: two or three halves of one short length, only a comma between them."""
    parts = _COUPLET_SPLIT.split(content)
    return (
        2 <= len(parts) <= 3
        and len({len(p) for p in parts}) == 1
        and 2 <= len(parts[0]) <= _COUPLET_PART
        and not any(_SENTENCE_PUNCT.search(p) for p in parts)
    )


def _honour(content: str) -> bool:
    """A name that ends as an honour does (`lexicon/honour_suffixes.txt`), with no punctuation in it."""
    return not _ANY_PUNCT.search(content) and content.endswith(lexicon.words("honour_suffixes"))


@cache  # built from the word list once per process, not once per document
def _formulation_pattern() -> re.Pattern[str]:
    return re.compile(lexicon.alternation("formulations"))


# A Party congress by its number (十七大, 二十大; 党的七大): any number, not a list of recent ones. 十二大 may
# also count twelve big things (十二大产业): without 党的 before it, the words after it must name the congress.
_CONGRESS = re.compile(r"十[一二三四五六七八九]大|二十[一二三四五六七八九]?大|党的[一二三四五六七八九]大")
_CONGRESS_AFTER = re.compile(r"[，,。、；;和及与”）)]|以来|精神|报告|代表|召开|期间|提出|作出|胜利|闭幕|开幕|的|上|后")


def _congresses(view: str) -> list[tuple[int, int]]:
    """Spans of Party congresses named by number (党的十七大, 十九大精神): formulations like 十四五."""
    out = []
    for m in _congress_matches(view):
        a, b = m.span()
        if a and view[a - 1] in _NUMERAL_EDGE:
            continue  # 三十七大: part of a longer numeral
        party = view.startswith("党的", a) or view.endswith("党的", 0, a)
        if party or _CONGRESS_AFTER.match(view, b) or b == len(view):
            out.append((a + 2 if view.startswith("党的", a) else a, b))
    return out


def _congress_matches(view: str) -> Iterator[re.Match[str]]:
    """`_CONGRESS.finditer(view)`, tried only where a name ends: at each 大, found by `str.find` (a few a
    page; the pattern opens with one of three characters, which `re` would test at every character). A
    name starts three or two characters before its 大 (党的七大, 二十一大; 十七大, 二十大), the earlier
    first, as a scan from the left finds it; none holds another 大, so no two names overlap."""
    p = view.find("大", 2)
    while p >= 0:
        for a in (p - 3, p - 2):
            if a >= 0 and (m := _CONGRESS.match(view, a)) is not None and m.end() == p + 1:
                yield m
                break
        p = view.find("大", p + 1)


def _formulations(view: str) -> Iterator[re.Match[str]]:
    """Listed formulations standing on their own: not part of a longer numeral
    (第十一条, 二十一景) and not inside a cited title (《五一节》)."""
    titles = [(m.start(), m.end()) for m in _DOC.finditer(view)]
    k = 0
    for m in _formulation_pattern().finditer(view):
        a, b = m.start(), m.end()
        if (a > 0 and view[a - 1] in _NUMERAL_EDGE) or (b < len(view) and view[b] in _NUMERAL_EDGE[:-1]):
            continue
        if view.startswith(("届", "屆"), b):
            continue  # 十一届九次全会: a congress's number, not the holiday
        if a > 0 and view[a - 1] in "（(" and view.startswith(("）", ")"), b) and _ALL_NUMERAL.fullmatch(m.group()):
            continue  # （十一）: a heading's marker, not the holiday
        while k < len(titles) and titles[k][1] <= a:
            k += 1
        if k < len(titles) and titles[k][0] < a:
            continue
        yield m


def numbered_name(doc: Document, start: int) -> int:
    """The end of an N大 name at view position `start` (三大|工程 after ”, 四大|主导产业 after 等), or -1.

    Right after a closing quote, 等 or a list (A、B三大|科创高地), N大 heads the name its listed items share;
    between 、 and 、 or 等 (粮食安全、六大强农等11项工作) it is one item of a list
    of names; elsewhere (支撑发展的三大核心要素) it may count them.
    """
    view = doc.view
    listed = start and view[start - 1] == "、"
    colon = _items_follow(view, start)
    if colon < 0 and (
        not start or (view[start - 1] != "”" and view[start - 1] != "等" and not _after_list(view, start))
    ):
        return -1
    i = doc.token_index(start)
    words, ends = doc.words, doc.token_ends
    w = words[i]
    if doc.token_starts[i] != start or len(w) < 2 or w[1] != "大" or w[0] not in _NUMERALS:
        return -1
    if view.startswith(("类", "類"), start + 2):
        return -1  # 等七大类服务项目: a count of classes (a metric in 类), no name
    if w[0] == "一" and len(w) > 2:
        return -1  # 等一大批先进典型: 一大批, 一大片 as one word are a quantity, not one of N names
    k = i + 1
    kinds = ("n", "w") if colon >= 0 else ("n",)  # before its items' colon a verb-noun ends it too (主题|活动)
    while k < len(words) and k <= i + 2 and len(words[k]) > 1 and subjects.kind(words[k]) in kinds:
        k += 1
    if k == i + 1 and len(w) <= 2:
        return -1  # jieba may join the noun on: 三大科创|高地
    if listed and (ends[k - 1] >= len(view) or view[ends[k - 1]] not in "、等"):
        return -1
    if colon >= 0 and ends[k - 1] != colon and not (start and view[start - 1] in "”等"):
        return -1  # the colon closes another phrase, not this name
    return ends[k - 1]


def _items_follow(view: str, start: int) -> int:
    """Where the colon after an N大 name stands when its items follow it (完善了三大保障机制：一是…), else -1."""
    for mark in "：:":
        at = view.find(mark, start + 2, start + _ITEMS_SPAN)
        if at > 0 and view.startswith(_ITEMS_OPEN, at + 1):
            return at
        if at > 0 and view[at + 1 : at + 2].isspace():
            # 开展四大主题活动：/ 　1、…: the first item on the next line, after its indent
            after = view[at + 1 : at + 1 + _ITEMS_SPAN]
            if after.lstrip().startswith(_ITEMS_OPEN):
                return at
    return -1


def _after_list(view: str, start: int) -> bool:
    """Does a list of items (A、B、C) end right before `start`, N大 standing in apposition to it
    (“互联网+”、生命健康、新材料三大科创高地), or a pair joined by 和/与 before 两大 (团结和民主两大主题)?
    Not when a predicate comes between (A、B与C是…的三大要素)."""
    lo = max(0, start - _LISTED_SPAN)
    comma = view.rfind("、", lo, start)
    if comma < 0 and view[start] == "两":
        comma = max(view.rfind("和", lo, start), view.rfind("与", lo, start))  # 团结和民主两大主题: a pair
    return comma >= 0 and _NOT_ITEM.search(view, comma, start) is None


def _numbered_names(doc: Document) -> Iterator[tuple[int, int]]:
    """Each N大 name, found from the page's 大 by `str.find`: a pattern opening with a class of
    numerals has no literal first character for `re` to skip to, so it is tried at every position."""
    view = doc.view
    p = view.find("大", 1)
    while p > 0:
        if view[p - 1] in _NUMERALS and not (p > 1 and view[p - 2] in _NUMERALS):  # not 十三大: a longer numeral
            end = numbered_name(doc, p - 1)
            if end > 0:
                yield p - 1, end
        p = view.find("大", p + 1)


def terms(doc: Document) -> list[Term]:
    """Short quoted terms and fixed formulations, each once with all its spans."""
    view = doc.view
    spans: dict[str, list[tuple[int, int]]] = {}
    quoted = passages(view)[0]
    # Keyed by the original characters: a term a PDF line break cut (“AI+` / `中医药产业”) keeps its break.
    for a, b in quoted:
        content = view[a:b]
        a += len(content) - len(content.lstrip())
        b -= len(content) - len(content.rstrip())
        span = doc.span(a, b)
        spans.setdefault(doc.slice(span), []).append(span)
    known = {text: set(where) for text, where in spans.items()}  # membership in O(1): a term may recur 10,000 times
    found_names = [*(m.span() for m in _formulations(view)), *_numbered_names(doc), *_congresses(view)]
    inside = _within(quoted) if found_names and quoted else None
    for a, b in found_names:
        if inside is not None and inside(a, b):
            continue  # “畅谈新变化、喜迎十九大”: part of the quoted term, which is listed whole
        span = doc.span(a, b)
        text = doc.slice(span)
        found = spans.setdefault(text, [])
        seen = known.setdefault(text, set())
        if span not in seen:
            seen.add(span)
            found.append(span)
    out: list[dict[str, Any]] = []  # validated as Terms at once
    for text, where in spans.items():
        where = sorted(s for s in where if doc.slice(s) == text)
        if not where:
            continue
        kind = "formulation" if _NUMBER_WORD.search(text) else "quoted"
        out.append({"text": text, "kind": kind, "count": len(where), "spans": where})
    out.sort(key=lambda t: t["spans"][0])
    return many(Term, out)


def _within(quoted: tuple[tuple[int, int], ...]) -> Callable[[int, int], bool]:
    """A test of whether view[a:b] lies inside one of the sorted `quoted` spans: the furthest end of the
    quotes opening at or before `a` (a running maximum, made once) must reach `b`."""
    starts = [qa for qa, _ in quoted]
    reach = list(accumulate((qb for _, qb in quoted), max))

    def inside(a: int, b: int) -> bool:
        k = bisect_right(starts, a) - 1
        return k >= 0 and reach[k] >= b

    return inside


@cache  # built from the word list once per process, not once per document
def _speech_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The speaker before a quote (…强调：“) and after it (”居委会主任左东芳说). Each step of the lazy
    speaker run asks first whether a verb's first character is next (one class test), and only there
    tries the verbs: a verb matches nowhere else, so the matches are those of the plain patterns."""
    verbs = rf"(?=[{_speech_firsts()}])(?:{lexicon.alternation('speech_verbs')})"
    before = re.compile(rf"([^，。；！？：:,\n“”]{{1,40}}?){verbs}(?:道|说)?[，,：:]?\s*$")
    # (After the quote a unit, two titles and a name may come first: …社区党委书记、居委会主任左东芳说.)
    after = re.compile(rf"[，,。]?\s*([^，。；！？：:,\n“”]{{1,{_AFTER_MAX}}}?){verbs}")
    return before, after


def _speech_firsts() -> str:
    """The first characters of the speech verbs, escaped for a character class."""
    return re.escape("".join(sorted({verb[0] for verb in lexicon.words("speech_verbs")})))


def _speaker_from(clause: str) -> str | None:
    """The actor at the head of a clause: 习近平总书记在…会议上强调 → 习近平总书记."""
    clause = clause.strip()
    manner = next((w for w in lexicon.words("manner_adverbs") if clause.endswith(w)), "")
    clause = clause[: len(clause) - len(manner)]  # 村民某某感激地(说): how it is said, not who
    cut = _ADVERB.search(clause)
    name = clause[: cut.start()] if cut and cut.start() >= 2 else clause
    name = _LEAD_WORD.sub("", name).strip()
    if not name or len(name) > 30 or _PRONOUN.search(name[:1]):
        return None
    return _personal_name(name)


def _personal_name(speaker: str) -> str:
    """`鲁谷街道双锦园社区网格党支部书记熊焱` → `熊焱`: the name after the last title
    (`lexicon/person_titles.txt`), which is who speaks; a speaker with no name after
    its title (习近平总书记, 公司负责人) or only a word after it (党员干部) stays whole."""
    if len(speaker) < 2 * _NAME_LEN[0]:
        return speaker  # too short for a title and a name (李云泽): nothing to cut
    cut = -1
    for m in _title_pattern().finditer(speaker):
        cut = m.end()
    name = speaker[cut:] if cut > 0 else ""
    return name if _name_like(name) else speaker


@cache
def _title_pattern() -> re.Pattern[str]:
    """The titles of `lexicon/person_titles.txt`, longest first (总经理 before 经理)."""
    return re.compile(lexicon.alternation("person_titles"))


def _name_like(word: str) -> bool:
    """2–4 Chinese characters opening with a family name (`lexicon/surnames.txt`): 熊焱, 欧阳红."""
    lo, hi = _NAME_LEN
    if not lo <= len(word) <= hi or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
        return False
    surnames = lexicon.wordset("surnames")
    return word[0] in surnames or word[:2] in surnames


def _named_after(view: str, pos: int) -> str | None:
    """A speaker named at the end of the sentence after a quote, past a comma the plain pattern stops at:
    `”入户做工作的村民小组长，同时也是…副会长的徐兴平说。` (a name after 的, before the verb) or
    `”这个想不通的人，是…茅坡村老支书宋先才。` (是 and a title and a name closing the sentence), or a caller
    (`”…收到了当事人吴某的电话`)."""
    hi = min(len(view), pos + _NAMED_AFTER_MAX)
    end = _sentence_stop(view, pos, hi)
    if view[pos : pos + 1] in _CLAUSE_MARKS:
        return None  # the quote closes a clause of a sentence that goes on
    tail = view[pos:end]
    call = max(tail.find("的电话"), tail.find("的来电"))
    if call > 0:
        # `”…办公室收到了案件当事人吴某的电话`: the caller said it.
        return next((n for n in (tail[call - 3 : call], tail[call - 2 : call]) if _name_like(n)), None)
    if end == hi and hi < len(view):
        return None  # the sentence runs on: its end names no speaker of this quote
    said = _speech_patterns()[1].search(tail)
    if said and said.end() == len(tail):
        name = tail[: said.start(1) + len(said.group(1))].rpartition("的")[2]
        return name if _name_like(name) else None
    head, _, rest = tail.rpartition("，是")
    if not head or "，" in rest:
        return None
    name = _personal_name(rest)
    return name if name != rest and _name_like(name) else None


def _about_speaker(doc: Document, at: int) -> str | None:
    """`习近平总书记关于“…”重要指示精神`: the person named (a name, then a title) right before 关于 at `at`
    is the one whose words are quoted; a body or a phrase there (会议关于“…”的部署) names no speaker."""
    words, starts, ends = doc.words, doc.token_starts, doc.token_ends
    k = bisect_left(ends, at)
    if k < 1 or k >= len(ends) or ends[k] != at or not words[k].endswith(lexicon.words("person_titles")):
        return None
    # The name as one word (习近平) or as jieba's two pieces of it (王|立新), ending where the title starts.
    for j in (k - 2, k - 1):
        name = "".join(words[max(j, 0) : k])
        if j >= 0 and ends[k - 1] == starts[k] and _name_like(name):
            return name + words[k]
    return None


def _colon_speaker(view: str, colon: int) -> str | None:
    """`郭树珍又申请了新一期免费培训：“…”`: with no speech verb, the subject of the clause before the colon;
    with no adverb there either, a person named alone before the colon (`_named_head`)."""
    start = colon
    while start > 0 and colon - start < 40 and view[start - 1] not in "，,。；;！？!?\n”":
        start -= 1
    clause = view[start:colon]
    cut = _ADVERB.search(clause)
    if not cut or cut.start() < 2:
        return _named_head(clause)
    return _speaker_from(clause[: cut.start()])


def _named_head(clause: str) -> str | None:
    """`主持人劉世恒:“…”`, `张三：“…”`: a clause before the colon that is only a person, a title and a name or a
    name alone, is the speaker; any other clause there (`工作人员介绍`) is not read as one."""
    clause = clause.strip()
    name = _personal_name(clause)
    return name if _name_like(name) else None


def _speaker_head(view: str, newline: int) -> str | None:
    """`交通运输部部长刘伟：` alone on the line before a paragraph that opens with a quote."""
    start = view.rfind("\n", 0, newline) + 1
    head = view[start:newline].strip()
    if len(head) < 3 or len(head) > _HEAD_MAX or head[-1] not in "：:" or _HEAD_PUNCT.search(head):
        return None
    if _SALUTATION.match(head):
        return None  # 各位代表： addresses the audience, it names no speaker
    return head[:-1].strip()


def _person_near(doc: Document, a: int, b: int) -> str | None:
    """Who a quote no speech verb attributes is said by, from the sentences around it: a person a title
    names in the rest of its sentence (“…”3月4日,…院长董开军做客…), or a person named in the sentence
    before it, in its paragraph, whom the page names with a title somewhere
    (…给董开军留下了深刻的印象。“从他们身上…”). None when neither is there."""
    view = doc.view
    if b + 1 < len(view) and view[b + 1] not in _NOT_GOING_ON:
        stop = _sentence_stop(view, b + 1, min(len(view), b + 1 + _NEAR_SPAN))
        name = next((n for n, titled in _names(doc, b + 1, stop) if titled), None)
        if name:
            return name
    if a >= 2 and view[a - 2] in "。！？!?":
        near = _names(doc, _sentence_start(view, a - 2), a - 2)
        return next((n for n, titled in near if titled or (not segment.known(n) and _titled(view, n))), None)
    return None


def _antecedent(doc: Document, k: int) -> str | None:
    """Who 他/她 at `k`, opening its sentence before a speech verb, stands for: a person a title names in the
    sentence before, else the actor that sentence opens with (新闻学院本科生某某是一名…同学，她对…。她说：“…”)."""
    view = doc.view
    if k < 2 or view[k - 1] not in "。！？!?":
        return None
    start = _sentence_start(view, k - 1)
    titled = next((n for n, has_title in _names(doc, start, k - 1) if has_title), None)
    if titled:
        return titled
    clause = view[start : k - 1]
    head = clause[: clause.find("是")] if "是" in clause else ""
    if "的" in head:
        return None  # 本次论坛的主题是…: a thing described, nobody to speak
    return _speaker_from(head) if 2 <= len(head) <= _HEAD_MAX and not _HEAD_PUNCT.search(head) else None


def _clause_actor(doc: Document, at: int, verb: int) -> str | None:
    """Who speaks when the words before the speech verb at `verb` are a time clause (王明参观展览时感慨：) or
    run back past a quoted name (党员邓桂英参与“建中共进”…活动时谈到：, where the speaker pattern stopped at
    the closing mark at `at`): the person a title names in the clause, else the words before its first verb,
    not the phrase right before the speech verb."""
    view = doc.view
    start = at
    lo = max(0, at - _NEAR_SPAN)
    while start > lo:
        ch = view[start - 1]
        if ch == "”":
            opening = view.rfind("“", lo, start - 1)
            if opening < 0 or _SENTENCE_PUNCT.search(view, opening, start):
                break  # a quote of speech before it (“…。”吴某总结道，“…”): the clause starts after it
            start = opening
        elif ch in _CLAUSE_MARKS or ch in "\n“":
            break
        else:
            start -= 1
    titled = next((n for n, has_title in _names(doc, start, verb) if has_title), None)
    if titled:
        return titled
    if view[start : start + 1] in _THIRD_PERSON:
        return _antecedent(doc, start)  # 他在参加“七一”活动时说: whom the sentence before names
    words, starts = doc.words, doc.token_starts
    verbs = lexicon.union("verbs", "actions", "attend_actions")  # (jieba tags some a noun: 参加|座谈会)
    i = doc.token_index(start)
    while i < len(words) and starts[i] < verb and subjects.kind(words[i]) != "v" and words[i] not in verbs:
        i += 1
    head = view[start : min(starts[i], verb)] if i < len(words) else ""
    return _speaker_from(head) if head.strip() else None


def _on_a_sign(view: str, b: int) -> bool:
    """Does a thing that carries written words (`lexicon/sign_nouns.txt`: 横幅, 标语) follow the quote ending
    at `b`, right after its closing mark or after 的?"""
    at = b + 1 + view.startswith("的", b + 1)
    return view.startswith(lexicon.words("sign_nouns"), at)


def _posted(view: str, a: int) -> bool:
    """Is the quote opening at `a` what was put up (张贴有“…联系卡”, 悬挂着“…”, `lexicon/post_verbs.txt`)?
    A card or a banner named by its words, not words said; a sign someone reads out (写着：“…”) is not this."""
    return view.endswith(lexicon.words("post_verbs"), max(0, a - 4), a - 1)


def _sentence_start(view: str, end: int) -> int:
    """Where the sentence ending at `end` starts, `_NEAR_SPAN` characters before it at the earliest."""
    lo = max(0, end - _NEAR_SPAN)
    return max(lo, max(view.rfind(c, lo, end) for c in "。！？!?\n") + 1)


def _sentence_stop(view: str, lo: int, hi: int) -> int:
    """Where the sentence going on at `lo` ends, at `hi` at the latest."""
    ends = [p for p in (view.find(c, lo, hi) for c in "。！？!?\n") if p >= 0]
    return min(ends, default=hi)


def _names(doc: Document, lo: int, hi: int) -> Iterator[tuple[str, bool]]:
    """Each word in [lo, hi) that may be a personal name, and whether a title (`lexicon/person_titles.txt`)
    stands right before it. A name of two characters the dictionary knows as a word is none (书记|高度重视)."""
    titles = lexicon.words("person_titles")
    i = doc.token_index(lo)
    words, starts = doc.words, doc.token_starts
    while i < len(words) and starts[i] < hi:
        w = words[i]
        if starts[i] >= lo and _name_like(w) and not (len(w) == 2 and segment.known(w)):
            yield w, i > 0 and words[i - 1].endswith(titles)  # 院长, 区委书记
        i += 1


def _titled(view: str, name: str) -> bool:
    """Does a title stand right before `name` somewhere on the page (院长董开军)?"""
    titles = lexicon.words("person_titles")
    p = view.find(name)
    while p > 0:
        if view.endswith(titles, 0, p):
            return True
        p = view.find(name, p + 1)
    return False


def quotations(doc: Document) -> list[Quotation]:
    before_re, after_re = _speech_patterns()
    view = doc.view
    out = []
    for a, b in passages(view)[1]:
        speaker = None
        line_start = max(view.rfind("\n", max(0, a - 61), a - 1) + 1, a - 60)
        m = before_re.search(view, line_start, a - 1)
        if view.startswith("关于", a - 3):
            speaker = _about_speaker(doc, a - 3)
        elif m:
            speaker = _speaker_from(m.group(1))
            if view[m.start(1) - 1] == "”" or m.group(1).endswith(_WHILE):
                speaker = _clause_actor(doc, m.start(1), m.end(1)) or speaker
            if speaker is None and m.group(1).lstrip()[:1] in _THIRD_PERSON:
                speaker = _antecedent(doc, m.start(1) + len(m.group(1)) - len(m.group(1).lstrip()))
        else:
            m = after_re.match(view, b + 1, min(len(view), b + _AFTER_MAX + 10))
            if m:
                speaker = _speaker_from(m.group(1))
            elif (named := _named_after(view, b + 1)) is not None:
                speaker = named
            elif a >= 2 and view[a - 2] in "：:":
                speaker = _colon_speaker(view, a - 2)
            elif a >= 2 and view[a - 2] == "\n":
                speaker = _speaker_head(view, a - 2)
        if speaker is None and (
            _title_not_speech(view, a, b) or _unpunctuated_chain(view[a:b]) or _unsaid_name(view, a, b)
        ):
            continue
        if speaker is None:
            speaker = _person_near(doc, a, b)
        if speaker is None and (_on_a_sign(view, b) or _posted(view, a)):
            continue  # “某某师生热烈庆祝某某大会胜利召开”的横幅: a banner's words, no speech
        span = doc.span(a, b)
        out.append({"speaker": speaker, "text": doc.slice(span), "span": span})
    return many(Quotation, out)
