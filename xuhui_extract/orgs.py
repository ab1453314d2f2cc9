"""Organisations: a run of name tokens that ends in an organisation suffix, and a few more.

区司法局党委会同区律师行业党委 → 区司法局党委, 区司法局, 区律师行业党委. The
suffix list (局, 委员会, 党委, 中心, 协会, 联, 院 …) is packaged data; the run
is read leftwards over jieba tokens and stops at function words, numbers and
measure words, so the name never swallows the clause it sits in. A suffix that
ends a common word (布局) ends no name, but for the short names of courts
(市中院, 省高院: `lexicon/org_abbreviations.txt`). A verb is
part of a name only between two name words (人工智能治理专业委员会, 盲人按摩
医院) or right before a bare suffix (调解中心); elsewhere it ends the run.

Three sources need no suffix: a packaged list of national and international
bodies usually named alone (党中央, 联合国), the items of a list that the
text itself calls organisations (华润怡宝、农夫山泉、娃哈哈等一批知名企业), and a
sub-district written together with a community in it (龙洲湾街道龙海社区) or
opening a clause as its subject (相公庄街道召开…, 白杨街道在区委…).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache, lru_cache

from . import lexicon, quotes, segment, subjects
from .document import READING, Document, Line, positions_of
from .memo import WordMemo
from .models import Organization, many
from .numbers import CN_DIGITS, numeral_at

_MAX_TOKENS = 6
_ISSUER_MIN = 3  # an issuer before 关于 in a title is at least this long (国务院)
_QUOTED_NAME_MAX = 12  # a quoted body's name is a short term
_MAX_CHARS = 24
_SIBLING_MIN, _SIBLING_MAX = 2, 6  # a short name listed after a body (华北油气、中天合创) is this long
_SITE_MAX = 10  # a news site's name before 网讯 (中国法院网讯) is no longer than this
_DATELINE_MAX = 30  # a dateline's paper, place and date stand within a line's first characters
_BAD_HEAD = set("的了在和与及或并而是有对向从由把被将为以也还都就又再等其这那此该各每我你他她它们之如既才怎据")
_PREPOSITIONS = set("对向在由把被将从")  # glued by jieba to a name's first character (对龙|煤集团)
_LONE_SUFFIXES = set("局部委厅院署办会联處廳庭")  # may stand as a token of their own
_FIELD_SUFFIXES = set("局厂")  # after a field of work in one token they name a body (财政局, 制药厂)
# A lone suffix that is also a particle (为人民所用, 群众所盼) ends a name only where the list item
# or clause ends right after it: 市场监管|所、, 司法|所。
_PARTICLE_SUFFIXES = {"所"}
_ITEM_ENDS = set("、，,。；;：:！？）)\n") | {"等", "和", "及", "与", "以及"}
_BRACKETS = set("（）()")
_LINKS = _BRACKETS | set("-－")  # inside a name, but no name word of their own
_NAME_CHARS = _LINKS | set("·")
# A two-character word ending in a one-character suffix is a common word (布局,
# 全部, 平台, 学科), unless it names a level of government's body (区委, 市局).
_LEVELS = set("省市区县镇乡村州")
_LIST_NUMERALS = "一二两三四五六七八九十"  # a count closing a list without 等 (引进A、B2户企业)
_LIST_COUNT_UNITS = "家户个所"
# A lone suffix that is also a common verb (为群众办好事, 农民办合作社) ends a name only after a
# body or a scope and one more word: 区委|巡察|办, 全国|普法|办, 县|扶贫|办.
_VERB_SUFFIXES = {"办", "辦"}
_LIST_LINKS = {"、", "和", "及", "与", "以及", "與"}
_SCOPES = {"全国", "中央", "国家", "全國", "國家"}
_ENCLOSED = {chr(c) for c in range(0x2460, 0x2500)}  # ① ⑴ ⒈: list markers, isalnum() but no name's part
_BRACKET = re.compile("[（）()]")
_NOT_OPENING = ("v", "u")  # kinds of word that open no name: a verb or particle before two name words
_SEATS = ("街道", "镇", "乡", "鎮", "鄉")  # bodies that hold communities and villages
_SEATED = ("社区", "村", "社區", "居民区", "居民區")
# Communities, which act as bodies too when their name opens a clause (建国路社区党员某某, 强生居民区成立了…).
_SUBJECT_SEATS = (*_SEATS, "社区", "居民区")
_SUBJECT_SEATS_TRAD = ("社區", "居民區")  # looked for only on a page that writes 區
_COMMUNITY_WORDS = 3  # a community's name before 社区/村 is this many words at most (玉泉|西路|社区)
_COMMUNITY_NAME = (2, 6)  # and this many characters
_COUNT_ENDS = set("个個些批家户戶所名位处處")  # a numeral word ending in one of these counts (三个)


@lru_cache(maxsize=1 << 16)  # asked for every word around every suffix; a corpus repeats its words
def _name_word(w: str, stops: frozenset[str]) -> bool:
    return (
        bool(w.strip())
        and w not in stops
        and not _count_word(w)
        and not (len(w) > 1 and w[-1] == "的")  # 界|別的|政協: a word ending in 的 closes a modifier, no name's part
        and all(("\u4e00" <= ch <= "\u9fff" or ch.isalnum() or ch in _NAME_CHARS) and ch not in _ENCLOSED for ch in w)
    )


def _count_word(w: str) -> bool:
    """三, 2019, 三家, 一批: a number or a count. 万绿湖 and 新一代 are name words."""
    if not (w[0].isdigit() or w[0] in CN_DIGITS):
        return False
    rest = w.lstrip("0123456789." + CN_DIGITS)
    return not rest or rest in lexicon.wordset("units") or w in lexicon.wordset("set_phrases")


def _suffix(word: str, suffixes: frozenset[str], longest: int) -> str | None:
    """The longest listed suffix `word` ends with (a lone character only if it may stand alone)."""
    for n in range(min(longest, len(word)), 0, -1):
        s = word[-n:]
        if s in suffixes and (len(word) > 1 or s in _LONE_SUFFIXES or s in _PARTICLE_SUFFIXES):
            return s
    return None


class _Names:
    """Collects names with their spans, each span once."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.found: dict[str, set[tuple[int, int]]] = {}
        self.listed: list[tuple[int, int]] = []  # view spans of the names a list mark follows (A、)

    def add(self, vstart: int, vend: int) -> None:
        if self.doc.view.startswith("、", vend):
            self.listed.append((vstart, vend))
        span = self.doc.span(vstart, vend)
        self.found.setdefault(self.doc.slice(span), set()).add(span)

    def result(self) -> list[Organization]:
        items = sorted(self.found.items(), key=lambda kv: min(kv[1]))
        return many(Organization, [{"name": n, "count": len(spans), "spans": sorted(spans)} for n, spans in items])


def _word_suffix(word: str) -> str:
    """The listed suffix `word` ends with, or "" (most words end in none)."""
    return _suffix(word, lexicon.wordset("org_suffixes"), _longest_suffix()) or ""


@cache
def _longest_suffix() -> int:
    return max(map(len, lexicon.words("org_suffixes")))


_SUFFIXES = WordMemo(_word_suffix)  # asked per word and process: a corpus repeats its vocabulary


@cache
def _suffix_end() -> re.Pattern[str]:
    """The last character of a listed suffix where a whole suffix ends (局; 附中, not 其中; 委员会, not 大会).

    One character is matched and the rest of the suffix looked behind it, so no
    end is passed over; a character that is no suffix alone (中, 会, 区, 大 end
    many common words) is a match only where one of its suffixes ends.
    """
    by_last: dict[str, list[str]] = {}
    for suffix in sorted(lexicon.words("org_suffixes"), key=len, reverse=True):
        by_last.setdefault(suffix[-1], []).append(suffix)
    # Each alternative opens with its character (not one class for the suffixes of one character): so the
    # regex engine skips from one such character to the next at C speed.
    return re.compile(
        "|".join(
            re.escape(last)
            if last in found
            else re.escape(last) + "(?:" + "|".join(f"(?<={re.escape(s)})" for s in found) + ")"
            for last, found in sorted(by_last.items())
        )
    )


def _suffix_words(doc: Document) -> list[tuple[int, str]]:
    """The words that end in an organisation suffix, in order: (index, suffix).

    Found from the view: a regex finds where a suffix ends (a few dozen places
    a page), and only the words ending there are looked at, not each of the
    page's thousand words.
    """
    words, ends = doc.words, doc.token_ends
    n = len(ends)
    out = []
    k = 0
    for m in _suffix_end().finditer(doc.view):
        end = m.end()
        k = bisect_left(ends, end, k)  # the ends come in order: the word is at or after the last one's
        if k < n and ends[k] == end and (suffix := _SUFFIXES[words[k]]):
            out.append((k, suffix))
    return out


def _suffixed(doc: Document, names: _Names) -> None:
    stops = lexicon.union("stopwords", "actions", "speech_verbs", "units", "name_breakers")
    verbs = lexicon.union("verbs", "actions", "counted_actions", "body_verbs")
    adverbs = lexicon.wordset("action_adverbs")
    trades = lexicon.wordset("company_trades")
    branches = lexicon.words("branch_suffixes")
    words = doc.words  # with their offsets as plain lists: no token objects needed
    for i, suffix in _suffix_words(doc):
        word = words[i]
        if not _name_word(word, stops) and not _bare_suffix_ok(words, i, suffix, stops, verbs):
            continue
        if (
            len(suffix) == 1
            and _common_tail(word)
            and not word.endswith(lexicon.words("org_abbreviations"))
            and not _coordinated(words, i)
        ):
            continue  # 布局, 产业布局; not 市中院, 省高院, nor 中组部和司法部
        j = i
        taken = 1
        if j > 0 and words[j - 1] in lexicon.wordset("suffix_modifiers") and word == suffix:
            j -= 1  # 车队|联合|党支部: the kind of branch, not 联合 the verb
        elif j > 2 and words[j - 1] == "和" and len(word) > len(suffix) and _joined_fields(words, j, stops, own=True):
            j -= 2  # 市|文化|和|旅游局: the suffix word itself after 和
            taken += 2
        while (
            j > 0
            and taken < _MAX_TOKENS
            and (
                _name_word(words[j - 1], stops)
                or (words[j - 1].isdigit() and _ordinal(words, j - 1))
                or _inner_unit(words, j - 1, stops)
                or (words[j - 1] in trades and _trade(words, j - 1, suffix, stops))
            )
        ):
            prev = words[j - 1]
            if (prev in verbs or _glued_action(prev)) and not _verb_in_name(words, j - 1, i, suffix, stops, verbs):
                break
            if (words[j][0] in _LEVELS or words[j][-1] in _LEVELS) and subjects.kind(prev) == "v":
                break  # 促进|市|律师协会, 选举|出|泉州市|律师协会: the verb's object starts at the place
            j -= 2 if prev.isdigit() and _ordinal(words, j - 1) else 1  # 第|5|督导组: the ordinal's 第 too
            taken += prev not in _LINKS
            if j > 2 and words[j - 1] == "和" and taken + 2 < _MAX_TOKENS and _joined_fields(words, j, stops):
                j -= 2  # 省委|党史|和|文献|研究室: two fields of one office, not two bodies
                taken += 2
        head = j
        while j < i and (words[j][0] in _BAD_HEAD or words[j] in _LINKS or words[j] in adverbs):
            j += 1
        while (
            j < i
            and (j < i - 1 or len(words[j]) == 1)
            and (words[j] in verbs or subjects.kind(words[j]) in _NOT_OPENING)
        ):
            j += 1  # 来|看看|浙江永为律师事务所, 得|回|办公室: the clause's verb (监督|委员会 keeps a word's)
        first = words[head]  # 对龙|煤|集团: jieba glued a preposition to the name's first character
        glued = j == head + 1 and len(first) == 2 and first[0] in _PREPOSITIONS and not segment.known(first)
        if j < i and words[j] == "大" and j > 0 and all(ch in CN_DIGITS for ch in words[j - 1]):
            j -= 1  # 十九|大|主席团: the congress's number opens the name, not a count before it
        if j == i and word == suffix and not word.endswith(lexicon.words("org_abbreviations")):
            continue  # a bare 局 or 中心 names nothing (but 科协, the short name of one body, does)
        if word in _VERB_SUFFIXES and not _office(words, j, i):
            continue
        if word in _PARTICLE_SUFFIXES and (i + 1 < len(words) and words[i + 1] not in _ITEM_ENDS):
            continue
        end = doc.token_ends[i]
        if doc.view.startswith("(", end):
            end = _past_reading(doc.view, end)
        start = _balanced(doc.view, doc.token_starts[j] - glued, end)
        if j == i and start and doc.view[start - 1] in _LEVELS and word.endswith(lexicon.words("org_abbreviations")):
            start -= 1  # 据市|高院: jieba glued the level to the word before
        if 2 <= end - start <= _MAX_CHARS:
            names.add(start, end)
            branch = _branch(words, j, i, verbs) if word.endswith(branches) else 0
            if branch:
                names.add(doc.token_starts[branch], end)


def _ordinal(words: list[str], k: int) -> bool:
    """Are the digits at token `k` an ordinal after 第 (中央扫黑除恶第5督导组), which numbers a body, not counts?"""
    return k > 0 and words[k].isdigit() and words[k - 1] == "第"


def _glued_action(word: str) -> bool:
    """`全面推广`, `深入开展`: an adverb jieba glued to an action verb (`lexicon/action_adverbs.txt`) is a verb,
    which ends the run of a name's words (下城区委|全面推广|社区党组织) as the verb alone would."""
    return len(word) > 2 and word[2:] in lexicon.wordset("actions") and word[:2] in lexicon.wordset("action_adverbs")


def _past_reading(view: str, end: int) -> int:
    """The end of a name past the reading a converter left after its last character (`縣政協(xié)`): the page
    writes the name so, and the name is cut nowhere inside it."""
    m = READING.match(view, end)
    return m.end() if m else end


def _branch(words: list[str], j: int, i: int, verbs: frozenset[str]) -> int:
    """灵璧县人民法院|灵西|人民法庭: a body's branch (`lexicon/branch_suffixes.txt`) named after it, by a place
    of its own between the body's suffix and the branch's, is a name by itself too; the token it opens at, or 0.
    Not a verb after the body (某局|促成|某所)."""
    for k in range(i - 2, j - 1, -1):
        if _SUFFIXES[words[k]] and len(words[k]) > 1:
            head = words[k + 1]
            return k + 1 if head not in verbs and subjects.kind(head) != "v" and len(head) > 1 else 0
    return 0


def _trade(words: list[str], k: int, suffix: str, stops: frozenset[str]) -> bool:
    """May the trade verb at `k` (`lexicon/company_trades.txt`) stand in the name, between its brand and a
    company's suffix: 四川铁科|建设|监理|有限公司, 某某|投资|集团? Elsewhere the verb ends the run."""
    return k > 0 and suffix in lexicon.wordset("company_suffixes") and _name_word(words[k - 1], stops)


def _joined_fields(words: list[str], j: int, stops: frozenset[str], own: bool = False) -> bool:
    """Is the 和 before token `j` inside one name: a field (党史) after a level's body (省委) or a place
    (成都市|发展|和|改革|委员会, 国家|发展|和|改革|委员会, 市|文化|和|旅游局), with 和 and another field
    (文献) leading to the suffix (研究室)? Not 县委宣传部和…: a body before 和 is a name of its own. With
    `own`, token `j` is the suffix's word (旅游局)."""
    field, body = words[j - 2], words[j - 3]
    level_body = body[0] in _LEVELS and bool(_SUFFIXES[body])
    place = body in _LEVELS or body in _SCOPES or (len(body) > 1 and body[-1] in _LEVELS and _noun(body))
    after = own or not _SUFFIXES[words[j]]
    return _name_word(field, stops) and not _SUFFIXES[field] and after and (level_body or place)


def _inner_unit(words: list[str], k: int, stops: frozenset[str]) -> bool:
    """A measure word that is also a body's suffix, inside a name: 合作发展|处|党支部, not 5|处 or 多|处|服务站."""
    return (
        k > 0
        and len(words[k - 1]) > 1
        and words[k] in lexicon.wordset("units")
        and words[k] in lexicon.wordset("org_suffixes")
        and _name_word(words[k - 1], stops)
    )


def _coordinated(words: list[str], i: int) -> bool:
    """Is the three-character word `words[i]` listed with a name (中组部和司法部, 中央宣传部、司法部)?

    司法部 reads as 司|法部 to the common-word rule; next to a name, with 和 or 、
    between them, it is one of a list of bodies.
    """
    return len(words[i]) == 3 and any(
        0 <= k < len(words) and words[(i + k) // 2] in _LIST_LINKS and _named(words[k]) for k in (i - 2, i + 2)
    )


def _named(word: str) -> bool:
    suffix = _SUFFIXES[word]
    return bool(suffix) and (len(suffix) > 1 or not _common_tail(word)) and len(word) > len(suffix)


def _office(words: list[str], j: int, i: int) -> bool:
    """Does the run `words[j:i]` before a lone 办 open with a body or a scope and hold one more word, or is
    it a body alone, with the list item or clause ending after 办?"""
    head = words[j]
    if j == i - 1 and _SUFFIXES[head] and i + 1 < len(words) and words[i + 1] in _ITEM_ENDS:
        return True  # 纪委|办、: a body's office, an item of a list (not 区委|办|实事)
    return j <= i - 2 and (head[0] in _LEVELS or head in _SCOPES or bool(_SUFFIXES[head]))


def _balanced(view: str, start: int, end: int) -> int:
    """Move `start` past a closing bracket whose opening one lies outside the name.

    `（记者王某、龚某）国务院`: the run read leftwards crossed the end of a
    parenthesis; the name starts after it. `中国（甘肃）自由贸易试验区` keeps its pair.
    """
    if not _BRACKET.search(view, start, end):
        return start  # most names hold no bracket
    depth = 0
    for k in range(start, end):
        if view[k] in "（(":
            depth += 1
        elif view[k] in "）)":
            if depth:
                depth -= 1
            else:
                start = k + 1
    return start


def _common_tail(word: str) -> bool:
    """布局, 全部, 产业布局, 重要平台: the suffix character ends a common two-character word.

    Not when a field of work stands before 局 or 厂 in one token (财政|局, 邮政|局, 制药|厂; but 新|格局,
    and 东北|部 is a region): the token names a bureau or a factory."""
    tail = word[-2:]
    if len(tail) < 2 or tail[0] in _LEVELS:
        return False
    bureau = word[-1] in _FIELD_SUFFIXES and len(word) >= 3 and segment.known(word[:-1])
    return len(word) == 2 or (segment.known(tail) and not bureau)


def _bare_suffix_ok(words: list[str], i: int, suffix: str, stops: frozenset[str], verbs: frozenset[str]) -> bool:
    """A suffix that is also a common word: 交通运输|部, 共产主义|组织.

    It ends a name only after a name word, and a suffix that is also a verb
    (组织) only when no object follows it (区委组织开展活动 is no name).
    """
    if i == 0 or not _name_word(words[i - 1], stops):
        return False
    if words[i] not in verbs:
        return words[i] == suffix
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if not nxt.strip() or not nxt[0].isalnum():
        return True  # 合作组织。: punctuation, so no object follows
    if nxt in verbs and words[i - 1][-1] in _LONE_SUFFIXES:
        return False  # 法院|组织|调解: a body before it, and a verb after: the body organises it
    return nxt not in lexicon.wordset("actions") and (nxt in stops or nxt in verbs)


def _verb_in_name(words: list[str], k: int, i: int, suffix: str, stops: frozenset[str], verbs: frozenset[str]) -> bool:
    """May the verb at token `k` sit inside the name ending at token `i`?

    Between two name words it may (人工智能|治理|专业委员会), unless the word after
    it starts a name of its own: a body's name (葛冰|传达|县委|组织部) or a level of
    government (向大会|报告|区|人民法院): the verb's object starts there.
    """
    if k == i - 1 and words[i] == suffix:
        return True  # 调解|中心
    if k > 0 and _word_suffix(words[k - 1]) and not _common_tail(words[k - 1]):
        return False  # 安监局|负责|对…集团: a body before the verb is its subject, the verb no word of a name
    nxt = words[k + 1]
    named = _word_suffix(nxt)
    if nxt in _LEVELS or (nxt[0] in _LEVELS and named):  # 区 / 县委 / 县政府
        return False
    if k + 1 < i and named and not _common_tail(nxt):
        return False
    # 新|培育|规模企业…厂: a verb after 新 ("newly") is what was done, its object the name.
    return (
        k > 0
        and _name_word(words[k - 1], stops)
        and words[k - 1] not in verbs
        and words[k - 1] != "新"
        and nxt not in verbs
    )


@cache  # built from the word lists once per process, not once per document
def _known_pattern() -> re.Pattern[str]:
    """The listed names, grouped by their first character: `中(?:央军委|共中央)|国务院|…`.

    Names start with common characters (中, 国, 人); grouped, the search tries
    at each of them only the names that start with it, not all fifty. Within a
    group the longest come first, as in the plain alternation, so the match is the same.
    """
    groups: dict[str, list[str]] = {}
    for name in sorted(lexicon.words("org_names"), key=len, reverse=True):
        if not name.isascii():  # acronyms have their own pattern (`_acronyms`)
            groups.setdefault(name[0], []).append(re.escape(name[1:]))
    names = "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())
    return re.compile(rf"(?:{names})(?![员員])")  # 共产党员 is a member


@cache
def _acronyms() -> re.Pattern[str]:
    """The listed Latin acronyms (IMF, OECD), each only as a word of its own (not in IMFS or imf).

    Each branch opens with its first letter and only then looks behind it (`I(?<![A-Za-z]I)MF`): a pattern
    opening with a lookbehind would be tried at every character, as it would joined to `_known_pattern`.
    """
    latin = [n for n in sorted(lexicon.words("org_names"), key=len, reverse=True) if n.isascii()]
    return re.compile(
        "|".join(f"{re.escape(n[0])}(?<![A-Za-z]{re.escape(n[0])}){re.escape(n[1:])}(?![A-Za-z])" for n in latin)
    )


@cache
def _acronym_heads() -> str:
    """The letters the listed acronyms open with: `_acronyms` can match only where one is written."""
    return "".join(sorted({n[0] for n in lexicon.words("org_names") if n.isascii()}))


@cache
def _list_tail() -> re.Pattern[str]:
    kinds = lexicon.alternation("org_kinds")
    mods = lexicon.alternation("org_list_modifiers")
    # A company may have its trade before it (等信息服务公司); 等事业单位, 等调解组织 name kinds, not bodies.
    trade = r"[\u4e00-\u9fff]{1,4}?(?:公司|企业|集团)"
    # Without 等 a count must close the list (引进A、B2户企业).
    count = rf"(?:\d+|[{_LIST_NUMERALS}]+)[{_LIST_COUNT_UNITS}]"
    return re.compile(rf"(?:等(?:一批|多家|{count})?|{count})(?:(?:{mods})[和及、]?)*(?:{kinds}|{trade})")


def _list_tails(view: str) -> Iterator[re.Match[str]]:
    """`_list_tail().finditer(view)`, tried only where a match can start: at a 等, or at the first
    numeral of a count right before a measure word of `_LIST_COUNT_UNITS` (the pattern's alternatives
    open with a character class, which the regex engine would test at every character of the page)."""
    starts = positions_of(view, "等")
    for i in positions_of(view, _LIST_COUNT_UNITS):
        numeral = str.isdecimal if view[i - 1 : i].isdecimal() else _LIST_NUMERALS.__contains__
        k = i
        while k > 0 and numeral(view[k - 1]):
            k -= 1
        if k < i:
            starts.append(k)
    pattern, end = _list_tail(), 0
    for s in sorted(starts):
        if s >= end and (m := pattern.match(view, s)):
            end = m.end()
            yield m


def _known(doc: Document, names: _Names) -> None:
    """Bodies from the packaged list (党中央, 国务院, 联合国), wherever they stand."""
    for m in _known_pattern().finditer(doc.view):
        names.add(m.start(), m.end())
    if any(map(doc.view.__contains__, _acronym_heads())):  # most pages hold none: no scan of their every character
        for m in _acronyms().finditer(doc.view):
            names.add(m.start(), m.end())


@cache
def _list_item() -> re.Pattern[str]:
    """An item of such a list (compiled when a list comes: its class of Chinese characters takes 1 ms)."""
    return re.compile(r"[\u4e00-\u9fffA-Za-z0-9（）()·]{2,16}")


def _listed(doc: Document, names: _Names) -> None:
    """`华润怡宝、农夫山泉、娃哈哈等一批知名企业`: the items of a list the text calls organisations."""
    view = doc.view
    for m in _list_tails(view):
        end = m.start()
        items: list[tuple[int, int]] = []
        while True:
            start = end
            while start > 0 and end - start < 16 and view[start - 1] not in "、，,。；;：:！？\n“”《》":
                start -= 1
            if not _list_item().fullmatch(view, start, end):
                break
            items.append((start, end))
            if start == 0 or view[start - 1] != "、":
                break
            end = start - 1
        if len(items) >= 2:
            items[-1] = (_item_start(doc, *items[-1]), items[-1][1])
            if not m.group().startswith("等") and not all(_all_nouns(doc, a, b) for a, b in items):
                continue  # 今年新建、改扩建3所医院: without 等 the items must be names, not the clause's verbs
            for a, b in items:
                names.add(a, b)


def _all_nouns(doc: Document, a: int, b: int) -> bool:
    """Are all the words of view[a:b] nouns (华能|电器; not 今年|新建, 改|扩建)?"""
    k = doc.token_index(a)
    while k < len(doc.words) and doc.token_starts[k] < b:
        if subjects.kind(doc.words[k]) != "n":
            return False
        k += 1
    return True


def _item_start(doc: Document, a: int, b: int) -> int:
    """Where the first item of a list starts: after the clause's verb (`_after_verb`) and after the
    last 的 or 了 and a preposition before it (`本次会议邀请了|人民日报`, `…在内的由|中央党校`)."""
    view = doc.view
    k = max(view.rfind("的", a, b), view.rfind("了", a, b)) + 1 or _after_verb(doc, a, b)
    while k < b - 2 and view[k] in _BAD_HEAD:
        k += 1
    return k


def _after_verb(doc: Document, a: int, b: int) -> int:
    """Where the first item of a list starts when the clause's verb was read into it:
    `重点支持|方片互动网络科技`, `扶持|星河数据科技`. A verb among its first two words, with two
    or more words after it, is the clause's; `互动|网络科技` keeps its first word."""
    verbs = lexicon.union("verbs", "actions")
    k, last = doc.token_index(a), doc.token_index(b - 1)
    ends, words = doc.token_ends, doc.words
    for j in (k, k + 1):
        if j < last - 1 and ends[j] < b and (words[j] in verbs or subjects.kind(words[j]) == "v"):
            return ends[j]
    return a


def _seated(doc: Document, names: _Names) -> None:
    """`龙洲湾街道龙海社区`, `枫泾镇新义村`, `相公庄街道召开…`: a 街道 (or 镇, 乡) as a body.

    Neither 街道 nor 社区 is a suffix of the list (alone they are common words). Written together,
    each after a noun of two or more characters, they are a sub-district and the community it holds;
    a 街道 (or a 社区, 居民区) after a place name that opens a clause, before its predicate or a
    person's title, is the body that acts.
    """
    words, starts, ends = doc.words, doc.token_starts, doc.token_ends
    for end, seat_word in _seats(doc.view):
        k = bisect_left(ends, end)
        if k + 1 >= len(words) or ends[k] != end:
            continue
        head = words[k][: -len(seat_word)]
        if head:
            seat = starts[k] if len(head) > 1 and _noun(head) else -1  # 枫泾镇: jieba glued the name on
        else:
            seat = starts[k - 1] if k and _place_word(words[k - 1]) else -1
        community = _community(words, k + 1)
        if seat >= 0 and community:
            names.add(seat, ends[k])
            names.add(starts[k + 1], ends[k + community])
        elif (subject := _subject_head(words, k, head)) >= 0 and (
            _acts(words[k + 1]) or words[k + 1] in lexicon.wordset("person_titles")
        ):
            names.add(starts[subject], ends[k])


def _seats(view: str) -> list[tuple[int, str]]:
    """Where each seat word written in `view` ends, in order (the words never overlap).

    Found by `str.find` for each word: a page has a few, and `re` would test every
    character of the page against the alternatives' first characters.
    """
    found = []
    for seat in (*_SUBJECT_SEATS, *_SUBJECT_SEATS_TRAD) if "區" in view else _SUBJECT_SEATS:
        p = view.find(seat)
        while p >= 0:
            found.append((p + len(seat), seat))
            p = view.find(seat, p + len(seat))
    return sorted(found)


def _subject_head(words: list[str], k: int, head: str) -> int:
    """The token where the place name before the seat at `k` starts, if it opens a clause; else -1.

    `，相公|庄|街道`, `\n白杨|街道`, `。枫泾镇`: one to three noun tokens, two to five characters
    together, right after punctuation or a line start. 该镇, 各街道 and 城镇 have a one-character head.
    """
    j, name = k, head
    if head and not _noun(head):
        return -1
    while not head and j > 0 and j > k - 3 and len(name) < 5 and _noun(words[j - 1]) and words[j - 1][0].isalpha():
        j -= 1
        name = words[j] + name
    opens = j == 0 or not (words[j - 1][-1].isalnum() or words[j - 1][-1] in _NAME_CHARS)
    generic = name in lexicon.wordset("seat_heads")
    return j if opens and 2 <= len(name) <= 5 and not generic else -1


def _acts(word: str) -> bool:
    """Does `word` start the predicate of a clause (召开, 召开大会, 开展, 在, 以)?"""
    return word in lexicon.union("verbs", "subject_preps", "action_adverbs") or word.startswith(
        lexicon.words("actions")
    )


def _community(words: list[str], i: int) -> int:
    """How many tokens from `i` name a community or village (新义村; 龙海|社区; 玉泉|西路|社区, 下|庄|社区:
    up to three words of a place name, `_COMMUNITY_NAME` characters), or 0."""
    w = words[i]
    if len(w) > 2 and w.endswith(_SEATED) and _noun(w):
        return 1
    name = ""
    for k in range(i, min(len(words), i + _COMMUNITY_WORDS + 1)):
        if words[k] in _SEATED:
            lo, hi = _COMMUNITY_NAME
            return k - i + 1 if lo <= len(name) <= hi else 0
        if not _place_word(words[k], alone=False):
            return 0
        name += words[k]
    return 0


def _place_word(word: str, alone: bool = True) -> bool:
    """Can `word` be (`alone`) or be part of a place's name: a noun, or a word jieba reads as a numeral
    that is no count (八角|街道, 八角|南路|社区; not 三个|社区); inside a longer name a locative too (下|庄)?"""
    if not _all_han(word) or (alone and len(word) < 2):
        return False
    kind = subjects.kind(word)
    if kind == "m":
        return len(word) > 1 and word[-1] not in _COUNT_ENDS
    return kind == "n" or (not alone and kind == "f")


def _all_han(s: str) -> bool:
    """Is `s` Chinese characters only (a place's or a body's short name holds no digit, letter or mark)?"""
    return all("\u4e00" <= ch <= "\u9fff" for ch in s)


def _noun(word: str) -> bool:
    return subjects.kind(word) == "n"


def _dateline(doc: Document, names: _Names) -> None:
    """`福建法治报-海峡法治在线7月30日讯`, `某某日报北京7月30日电`: the paper that opens a dateline; and
    `中国法院网讯 (记者)`: the news site whose name opens a line before 讯."""
    view = doc.view
    p = view.find("网讯")
    while p >= 0:
        start = view.rfind("\n", 0, p) + 1
        while start < p and view[start] in " \u3000\t\u00a0":
            start += 1
        if 2 <= p + 1 - start <= _SITE_MAX and _all_han(view[start : p + 1]):
            names.add(start, p + 1)
        p = view.find("网讯", p + 2)
    for m in re.finditer(r"月\d{1,2}日[讯电訊電]", view):
        start = view.rfind("\n", 0, m.start()) + 1
        if m.start() - start > _DATELINE_MAX:
            continue
        paper = re.match(r"[\u4e00-\u9fff]{1,8}?[报報]", view[start : m.start()])
        if paper and paper.end() >= 3 and not view.startswith(("本报", "本報", "据", "據"), start):
            names.add(start, start + paper.end())


def _siblings(doc: Document, names: _Names) -> None:
    """`陕西石油、新星公司、华北油气、中天合创、内蒙古石油`: the short names listed between 、 marks after a
    body named before (新星公司、) are bodies too, but for words the dictionary knows (教育、卫生: fields).
    Only the items with 、 on both sides: the last may hold the clause's words (内蒙古石油|生产一线)."""
    view = doc.view
    for _, end in list(names.listed):
        while end < len(view) and view[end] == "、":
            nxt = view.find("、", end + 1, end + 2 + _SIBLING_MAX)
            if nxt < 0 or not _SIBLING_MIN <= nxt - end - 1 <= _SIBLING_MAX:
                break
            item = view[end + 1 : nxt]
            if item[0] in _BAD_HEAD or not _all_han(item):
                break  # 各街道: a determiner opens no name
            if not segment.known(item):
                names.add(end + 1, nxt)  # (a dictionary word, 教育 or 卫生, names a field, not a body)
            end = nxt


def extract(doc: Document) -> list[Organization]:
    names = _Names(doc)
    _suffixed(doc, names)
    _known(doc, names)
    _siblings(doc, names)
    _listed(doc, names)
    _seated(doc, names)
    _dateline(doc, names)
    _quoted(doc, names)
    if "书记" in doc.view:
        _secretary_of(doc, names)
    return names.result()


def _secretary_of(doc: Document, names: _Names) -> None:
    """`镇|纪委书记|伍长安`: jieba glues the secretary's title to the body he leads (纪委书记, 党委书记); after a
    level of government (镇, 县) the body is named: 镇纪委. Found from the page's 书记 by `str.find`."""
    words, starts, ends = doc.words, doc.token_starts, doc.token_ends
    p = doc.view.find("书记")
    while p >= 0:
        k = bisect_left(ends, p + 2)
        if 0 < k < len(words) and ends[k] == p + 2 and words[k - 1] in _LEVELS:
            body = words[k][:-2]
            if len(body) >= 2 and _SUFFIXES[body] == body:
                names.add(starts[k - 1], p)
        p = doc.view.find("书记", p + 2)


def with_issuers(
    found: list[Organization], text: str, lines: list[Line], title: str | None, body_start: int
) -> list[Organization]:
    """`found` after the bodies that issue a document, named before 关于 in its title line above the body
    (`成都市发展和改革委员会 中共成都市委社会工作部 关于印发…的通知`) and not found in the body: read where
    the title line stands in the text (the first time, above the body), as the body is read."""
    cut = title.find("关于") if title else -1
    at = text.find(title[:cut], 0, body_start) if title and cut >= _ISSUER_MIN else -1
    if at < 0:
        return found
    head = Document(text, lines, (at, at + cut))
    names = _Names(head)
    _suffixed(head, names)
    _known(head, names)
    named = {o.name for o in found}
    return [o for o in names.result() if o.name not in named] + found


def _quoted(doc: Document, names: _Names) -> None:
    """A quoted short term that ends in a suffix of two or more characters names a body (党支部”与“所办公室”
    共同组织…), whatever the word before the suffix (所, for the firm, is a particle to the run): not a
    counted formulation (“五个中心”). The quotes are the ones the terms stage reads (found once per page)."""
    view = doc.view
    for a, b in quotes.passages(view)[0]:
        content = view[a:b]
        if len(content) > _QUOTED_NAME_MAX or numeral_at(content, 0):
            continue
        suffix = _SUFFIXES[content] if content.isalnum() else ""
        if len(suffix) >= 2 and len(content) > len(suffix):
            names.add(a, b)
