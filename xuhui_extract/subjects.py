"""What a metric counts: its subject, read from the shared jieba tokens without a parser.

Chinese puts what is counted after the measure word (三位来自高校的教授,
5个国家生态文明建设示范区, 为期40天的春运) or, for amounts and rates and
counts at a clause end, before the number (地区生产总值5696亿元, 利用率达94.5%,
首店100多家). The readers here find a *chunk*, a run of tokens that can stand
in a noun phrase (neither verbs nor function words: `lexicon/postags.txt`,
`lexicon/subject_stops.txt`), and return it trimmed to its head end, since
the head noun is what a reader would name.

Before the number, chunks that only give a reference point are passed over:
the X in X的64% (占耕地总面积的64%: what the share is *of*), and chunks after
比/较/占 (比去年同期增长30%). A list before 分别 is shared out in order
(游客人次、旅游花费分别增长14%、10% → 游客人次, 旅游花费).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import repeat
from typing import NamedTuple

from . import lexicon, segment
from .document import Document
from .memo import WordMemo
from .numbers import CN_DIGITS

MAX_CHARS = 10  # a subject longer than this is cut to its head end
CLAUSE_ENDS = set("，,。；;！？!?：:\n（）()")  # where `after` finds a clause ended, and names nothing
_CLAUSE_END_AT = re.compile("[" + re.escape("".join(sorted(CLAUSE_ENDS))) + "]")
_PUNCT = CLAUSE_ENDS | set("、 \t“”‘’《》「」『』[]【】—…·/∶")
_CONJ = {"、", "和", "及", "与", "以及", "或"}
_POINTS = {".", "．"}
_CONJ_BUT_HE = _CONJ - {"和"}  # 和 may join two sizes (750千伏和330千伏)
_DE = {"的", "之"}
_INNER = {"以上", "以下"}  # 地级以上城市, 规模以上工业: inside a phrase, not after it
_AMONG = {*_INNER, "中", "之中", "当中"}  # 居民中有百分之七十五: the whole the share is of
_REFERENCE_AFTER = {"比", "较", "占", "相比", "相较", "同", "与", "离", "離", "距", "距离", "距離"}
_SHARES = {"比重", "比例", "份额", "占比"}
_PURPOSE = {"来", "來", "用来", "用來", "以", "用于", "用於"}
_SHARE_OUT = {"分别", "分別", "依次"}
# Prepositions whose object is what a number is about: 将小微企业最高授信额度由3000万元提高到5000万元,
# 达到或好于Ⅲ类水质比例提高14.6个百分点, 接收关于疫情防控文件通知120余件 (关于 opens what is counted).
_NOT_REFERENCE = {"将", "把", "于", "高于", "低于", "好于", "优于", "大于", "小于", "多于", "少于", "等于", "关于"}
# Comparisons whose object, with the number right after it, is what the margin is measured over.
_MARGIN_AFTER = {"高于", "低于", "多于", "少于", "高出", "高於", "低於"}
_COPULA = {"是", "为"}
_HAVING = {*_COPULA, "有", "為"}  # a copula, or 有, after a headless 的 phrase
_FIELD_CLASS = re.compile("[十百千万萬]{1,2}[亩畝]")
_SIZE_CLASS = re.compile("[十百千万亿萬億]{1,3}元?")
_SIZE_ENDS = "十百千万亿萬億元"  # the last character of any word _SIZE_CLASS matches
_ALREADY = {"已", "已经", "已經"}
_OPEN, _CLOSE = "“‘「", "”’」"
_LABEL_WORDS = 4  # a quoted label between a count and its noun holds no more words than this
# Kinds of body in brackets after a noun: 县(市、区), 乡(镇、街道).
_ALTERNATIVES = r"[(（][\u4e00-\u9fff]{1,3}(?:、[\u4e00-\u9fff]{1,3})+[)）]"
_OPEN_BRACKETS, _CLOSE_BRACKETS = ("(", "（", "[", "［"), (")", "）", "]", "］")
_BRACKETS = frozenset(_OPEN_BRACKETS + _CLOSE_BRACKETS)
_NOUNLIKE = frozenset(("n", "a", "w"))  # the kinds that stand in a noun phrase wherever they are
_GLUED_VERBS = "达为至到于有是居"
_RESULT = {"为", "到", "至", "成"}  # 调整为, 提高到: the verb before them is no noun
_LEVEL = ("级", "級")  # 国家级和省级: levels of government joined before a noun


def _clause_stop(view: str, pos: int, limit: int) -> int:
    """Where the clause that goes on at `pos` ends, looking at most `limit` characters ahead."""
    m = _CLAUSE_END_AT.search(view, pos, pos + limit)
    return m.start() if m else min(len(view), pos + limit)


@cache
def _classes() -> dict[str, str]:
    """Word → class for words that cannot stand in a noun phrase ("a" adjectives may, but not last)."""
    entries = lexicon.words("postags")  # 13,000 of them: split by `map`, at C speed, at each start
    out: dict[str, str] = dict(map(str.split, entries, repeat(" "), repeat(1)))
    for word in lexicon.words("stopwords"):
        out.setdefault(word, "s")
    for word in lexicon.words("subject_stops"):
        out[word] = "s"
    for word in lexicon.words("adjectives"):
        out[word] = "a"
    for word in lexicon.words("honour_verbs"):
        out.setdefault(word, "v")  # 获评, 荣膺: verbs jieba's dictionary lacks
    for word in (*lexicon.words("subject_nouns"), *lexicon.words("noun_suffixes")):
        out.pop(word, None)
    return out


@lru_cache(maxsize=1 << 16)  # asked for every token near every number; a corpus repeats its words
def kind(word: str) -> str:
    """`n` for a word that can be part of a noun phrase, `a` for an adjective, else the reason it cannot."""
    if word in _CONJ:
        return "conj"
    if word in _POINTS:
        return "punct"  # 4.社会消费品…: a list marker's point (not in _PUNCT: a decimal 6.2 holds one)
    if not word.strip() or any(ch in _PUNCT for ch in word):
        return "punct"
    if word in _DE:
        return "de"
    if word[0].isdigit() or all(ch in CN_DIGITS for ch in word):
        return "num"
    if word.startswith(lexicon.words("numeral_nouns")):
        return "n"  # 一审判决: a thing named with a numeral, not a count
    if word[0] in CN_DIGITS and word not in _classes():
        return "num"  # 一遇, 二产, 五市: a number glued to its word
    if word.lstrip("万亿萬億") in _units() or not word.lstrip("万亿萬億"):
        return "q"  # 元, ℃, 亿人次: a unit, not a name
    cls = _classes().get(word) or _classes().get(segment.simplified(word), "n")
    if cls == "n" and len(word) > 2 and word[0] in "较較":
        return "s"  # 较前年, 較同期: a point of comparison glued to 较
    if len(word) > 2 and word.startswith(lexicon.words("comparison_adverbs")):
        return "s"  # 同比增加: a comparison glued to its verb
    if cls == "r" and len(word) == 2 and word[0] in "该該" and word[1] not in "项項是":
        return "n"  # 该报每月需要七百元: "this paper" names what is counted, as 报 would
    return cls


@cache
def _units() -> frozenset[str]:
    return lexicon.wordset("units")


class Found(NamedTuple):
    """A subject, and for a shared-out list the subjects of the numbers that follow (a tuple: made per number)."""

    subject: str
    rest: tuple[str, ...] = ()


def _nominal(words: list[str], kinds: list[str], j: int, inside: bool) -> bool:
    """Can words[j] stand in a noun phrase here?

    Nouns and adjectives can; 以上/以下 inside one (地级以上城市); a measure
    word after a noun (游客人次); a verb before a noun suffix, which makes a
    noun of it (淘汰量, 化解率, 公开率: `lexicon/noun_suffixes.txt`).
    """
    k = kinds[j]
    if k in _NOUNLIKE:
        return True
    if words[j] in _INNER:
        return inside and j + 1 < len(words) and kinds[j + 1] == "n"
    if k == "q":
        return inside
    # (jieba tags some such verbs as adverbs: 公开|率.)
    return k in {"v", "d"} and j + 1 < len(words) and words[j + 1] in lexicon.wordset("noun_suffixes")


def _one_cjk(word: str) -> bool:
    return len(word) == 1 and "\u4e00" <= word <= "\u9fff"


def _chunks(words: list[str], kinds: list[str]) -> list[tuple[int, int]]:
    """Index ranges of noun-phrase runs; an adjective may open or sit inside one, never end it."""
    out = []
    i = 0
    while i < len(words):
        # Outside a phrase, only a verb or adverb before a noun suffix joins the noun-like kinds (公开|率).
        if kinds[i] not in _NOUNLIKE and (kinds[i] not in {"v", "d"} or not _nominal(words, kinds, i, inside=False)):
            i += 1
            continue
        j = i + 1
        while j < len(words) and (kinds[j] in _NOUNLIKE or _nominal(words, kinds, j, inside=True)):
            j += 1
        end = j
        while end > i and kinds[end - 1] not in {"n", "q", "w"}:
            end -= 1
        if end > i:
            out.append((i, end))
        i = j
    return out


def _chunks_back(words: list[str], kinds: list[str]) -> Iterator[tuple[int, int]]:
    """`reversed(_chunks(words, kinds))`, made from the end as they are asked for.

    `before` wants the last chunk that names something, mostly the last of all: the runs before it need
    not be read. A chunk is a maximal run of tokens that can stand inside a phrase, from the first of
    them that can open one (`_chunks` skips the others, and runs on to the run's end), cut back to end
    on a noun; so the runs can be found from the end as well as from the start.
    """
    j = len(words)
    while j:
        if not (kinds[j - 1] in _NOUNLIKE or _nominal(words, kinds, j - 1, inside=True)):
            j -= 1
            continue
        run_end, i = j, j - 1
        while i and (kinds[i - 1] in _NOUNLIKE or _nominal(words, kinds, i - 1, inside=True)):
            i -= 1
        j = i  # the run's start: the next run ends before it
        while (
            i < run_end
            and kinds[i] not in _NOUNLIKE
            and (kinds[i] not in {"v", "d"} or not _nominal(words, kinds, i, inside=False))
        ):
            i += 1
        end = run_end
        while end > i and kinds[end - 1] not in {"n", "q", "w"}:
            end -= 1
        if end > i:
            yield i, end


def _text(words: list[str], keep_head: bool = True) -> str:
    """The tokens joined, cut to MAX_CHARS at whole tokens from the head end (or from the start)."""
    whole = "".join(words)
    if len(whole) <= MAX_CHARS:
        return whole  # nothing to cut (most subjects)
    if not keep_head:
        words = words[::-1]
    picked: list[str] = []
    for w in reversed(words):
        if picked and sum(map(len, picked)) + len(w) > MAX_CHARS:
            break
        picked.insert(0, w)
    if not keep_head:
        picked.reverse()
    return "".join(picked)


def _region(doc: Document, a: int, b: int) -> tuple[list[str], list[str]]:
    """The words of the tokens inside view[a:b] and their kinds.

    The words are the stretch itself cut at token bounds: they join to
    view[a:b] (or are none), so the offset of a word is `a` plus the length of
    the words before it, and the readers need no `Token`s (a tuple per word,
    which cost more than the rest of the region).

    jieba glues a verb of one character to the word before it when the pair
    is not in its dictionary (化解率达 → 化解 / 率达, 调整为): such a token is
    split back into the word and the verb. Kinds and that test are memoised
    per word and mapped over the region at once; only the two edge tokens,
    which the stretch may cut, are read again.
    """
    starts = doc.token_starts
    lo = bisect_left(starts, a)
    if lo and a < len(doc.view) and (lo == len(starts) or starts[lo] != a):
        lo -= 1  # 28个省: jieba glued the unit to the word after it; the token holding `a` comes in cut
    hi = bisect_left(starts, b)
    if hi <= lo:
        return [], []
    words = doc.words[lo:hi]
    ends = doc.token_ends
    kinds = _KINDS.map(words)
    # Offsets only grow, so only an edge token can stick out of the stretch.
    if (starts[lo] < a or ends[hi - 1] > b) and not _cut_edges(doc, a, b, lo, hi, words, kinds):
        return [], []  # an empty stretch
    if _GLUED_NOUN in kinds:
        for j in reversed([j for j, k in enumerate(kinds) if k == _GLUED_NOUN]):
            head = words[j][:-1]
            words[j : j + 1] = [head, words[j][-1]]
            # A one-character head right after a noun ends that noun (结构|比为 → 结构比; a glued noun is one).
            one = len(head) == 1 and j and kinds[j - 1] in ("n", _GLUED_NOUN)
            kinds[j : j + 1] = ["n" if one else kind(head), "v"]
    return words, kinds


def _cut_edges(doc: Document, a: int, b: int, lo: int, hi: int, words: list[str], kinds: list[str]) -> bool:
    """The edge tokens (doc tokens lo and hi - 1) cut to view[a:b], and their words and kinds read again
    (in place); False if nothing is left."""
    for j, n in ((0, lo), (len(words) - 1, hi - 1)) if len(words) > 1 else ((0, lo),):
        start, end = doc.token_starts[n], doc.token_ends[n]
        cut_end = end > b
        if start >= a and not cut_end:
            continue
        word = doc.view[max(a, start) : min(b, end)]
        if not word:
            return False
        # A piece of a word cut by the number (翻了|一番) is not a word of its own.
        k = "u" if cut_end and not segment.known(word) else kind(word)
        if start < a and len(word) == 1 and k == "v" and j + 1 < len(words) and kinds[j + 1] == "n":
            k = "n"  # 1个|怡安康城管委会: a name's first character, glued to the unit before it, opens the name
        words[j], kinds[j] = word, _GLUED_NOUN if k == "n" and _glued(word) else k
    return True


def _one_char(words: list[str], i: int, j: int) -> bool:
    """Do words[i:j] (none empty) hold a single character? (字, 市 say too little on their own.)"""
    return j - i == 1 and len(words[i]) == 1


@lru_cache(maxsize=1 << 16)
def _glued(word: str) -> bool:
    """化解率达, 调整为: a word jieba glued from a noun and a one-character verb it has no entry for.

    Its dictionary has a few such pairs whose first character is a preposition on its own (结构|比为,
    比达): after a noun that character is the noun's last (产业结构比), so they are split too.
    """
    return (
        len(word) > 1
        and word[-1] in _GLUED_VERBS
        and kind(word) == "n"
        and (not segment.known(word) or (len(word) == 2 and kind(word[0]) == "p"))
    )


_GLUED_NOUN = "glued"  # the kind `_region` reads for a glued word, split before the kinds are returned


def _region_kind(word: str) -> str:
    """`kind`, or `_GLUED_NOUN` for a word to split (a glued word is a noun): both answers in one memo."""
    return _GLUED_NOUN if _glued(word) else kind(word)


# `_region_kind` for a whole region, read from a dict (an lru_cache call per word costs more).
_KINDS: WordMemo[str] = WordMemo(_region_kind)


def _quoted_before(doc: Document, a: int, words: list[str], kinds: list[str]) -> str | None:
    """A quoted term right before the number (“人社惠企贷”120亿元 → 人社惠企贷); `words` are view[a:…]'s."""
    i = len(words)
    while i > 0 and kinds[i - 1] in {"v", "d", "p", "u", "m"}:
        i -= 1
    if i == 0 or words[i - 1][-1] not in _CLOSE:
        return None
    end = a + sum(map(len, words[:i])) - 1  # the closing quote's offset
    start = max(doc.view.rfind(q, max(0, end - 13), end) for q in _OPEN)
    inner = doc.view[start + 1 : end] if start >= 0 else ""
    return inner if inner and not any(ch in CLAUSE_ENDS for ch in inner) else None


def _bracketed(words: list[str]) -> list[bool]:
    """Which tokens stand inside brackets: an aside (结案1634件(含上年旧存)) names no subject for what follows."""
    if _BRACKETS.isdisjoint(words):
        return [False] * len(words)  # most stretches before a number have no bracket
    out: list[bool] = []
    opened: list[int] = []
    for n, word in enumerate(words):
        if word in _OPEN_BRACKETS:
            opened.append(n)
        elif word in _CLOSE_BRACKETS:
            if not opened:
                out = [True] * len(out)  # the bracket opened before the region began
            else:
                opened.pop()
            out.append(True)
            continue
        out.append(bool(opened))
    if opened:
        # The number itself stands in the bracket (（其中示范乡镇10个）): what is inside names it.
        out[opened[-1] + 1 :] = [False] * (len(out) - opened[-1] - 1)
    return out


def _headless(words: list[str], kinds: list[str], count: bool) -> str | None:
    """A 的 phrase with no head noun names who is counted: 其中在国外的有四十四人 → 在国外的,
    大专及以上学历的525名 → 大专及以上学历的 (with a count only: 占国土面积的14.8% is a share *of* it)."""
    j = len(words)
    if j and words[j - 1] in _HAVING:
        j -= 1
        while j and kinds[j - 1] in {"d", "s"} and words[j - 1] not in _DE:
            j -= 1  # 大约有
    elif not count:
        return None
    if not j or kinds[j - 1] != "de" or j < 2 or kinds[j - 2] == "t" or words[j - 2] in {"年", "月", "日", "年底"}:
        return None  # 降到2015年的82起: a point in time, not who is counted
    i = j - 1
    while i and (kinds[i - 1] not in {"punct", "s", "de", "r"} or words[i - 1] == "、"):
        i -= 1
    while i < j and (kinds[i] == "conj" or words[i] == "、"):
        i += 1  # 1000元和准备筹集的400元: the list's 和 opens no phrase
    text = "".join(words[i:j])
    return text if j - i > 1 and len(text) <= MAX_CHARS else None


def _is_reference(words: list[str], kinds: list[str], i: int, j: int) -> bool:
    """A point of reference, not a subject: X in X的<number> (占国土面积的14.8%, 从2010年的156起),
    after 比/较/占 (比去年同期) or another preposition, or before a place or time word (通常情况下, 发现时)."""
    if i > 0 and words[i - 1] in {"占", "佔"} and words[j - 1] in _SHARES:
        return False  # 增加值占地区生产总值比重达10%: the share itself is what is measured
    if i > 0 and (words[i - 1] in _REFERENCE_AFTER or (kinds[i - 1] == "p" and words[i - 1] not in _NOT_REFERENCE)):
        return True  # 按不变价格计算, 在生态环境状况方面: the object of a preposition
    if j - i <= 2 and "".join(words[i:j]) in lexicon.wordset("partial_scopes"):
        return True  # 个别地区甚至为100米: where part of the whole stands, not what is measured
    if j == len(words) and _margin_over(words, kinds, i):
        return True  # 高于全市平均水平4个百分点: the number right after is the margin over it
    if j < len(words) and kinds[j] in {"f", "t"} and words[j] not in _AMONG:
        return True
    # (人数最多的已突破400人: 已 after the 的 makes the phrase who has the number, not its reference.)
    return (
        j < len(words)
        and kinds[j] == "de"
        and all(k in {"d", "u", "a", "num", "m", "q"} for k in kinds[j + 1 :])
        and _ALREADY.isdisjoint(words[j + 1 :])
    )


def _margin_over(words: list[str], kinds: list[str], i: int) -> bool:
    """Does a comparison (高于, 低于 …) stand before words[i], perhaps with a scope between (高于|全市|平均水平)?"""
    k = i - 1
    while k >= 0 and kinds[k] == "s":
        k -= 1
    return k >= 0 and words[k] in _MARGIN_AFTER


def _predicate(kinds: list[str], i: int, j: int) -> bool:
    """Verbs used as nouns alone before a verb or a break are a predicate (进一步优化，调整为): not 完成投资2400亿元."""
    return j < len(kinds) and kinds[j] in {"v", "p", "punct", "conj"} and kinds[i:j].count("w") == j - i


def before(doc: Document, a: int, b: int, share_out: bool = True, count: bool = False) -> Found | None:
    """The subject named in view[a:b], the stretch of the clause before a number (`count`: of things, not a share)."""
    words, kinds = _region(doc, a, b)
    quoted = _quoted_before(doc, a, words, kinds)
    if quoted:
        return Found(quoted)
    headless = _headless(words, kinds, count)
    if headless:
        return Found(headless)
    aside = _bracketed(words)
    back = ((i, j) for i, j in _chunks_back(words, kinds) if not aside[i])
    # The last chunk that names something: not a point of reference, not a predicate, not the verb
    # after 分别 (分别拨出), and more than a single character (字, 市 say too little on their own).
    for i, j in back:
        if (
            (not _one_char(words, i, j) or _opens_before_verb(words, kinds, i, j))
            and not (j - i == 1 and words[i] in lexicon.wordset("per_heads"))
            and not _is_reference(words, kinds, i, j)
            and not _predicate(kinds, i, j)
            and not (i and words[i - 1] in _SHARE_OUT)
        ):
            break
    else:
        return None
    while j - i > 1 and kinds[j - 1] == "w" and j < len(words) and words[j] in _RESULT:
        j -= 1  # 产业结构调整为8.3∶41.4∶50.3 → 产业结构
    shared = _after_one_char_items(words, kinds, j)
    if shared:
        return Found(shared)
    if not share_out or _SHARE_OUT.isdisjoint(words[j:]):
        return Found(_text(words[i:j]))
    opened = i >= 2 and kinds[i - 1] == "v" and kinds[i - 2] == "conj"
    if opened:
        i -= 1  # 事故起数、死亡人数: a verb may open an item of the list
    items = [words[i:j]]
    # An earlier item may follow a preposition (从储备基金和社保基金分别拨付): it is still an item.
    for pi, pj in back:  # the chunks before the one found, the last first (all end before its start)
        if pj != i - 1 or kinds[pj] != "conj":
            break
        if opened and pi and kinds[pi - 1] == "v":
            pi -= 1  # 退回补充侦查、延长审查起诉期限: each item opened by its verb
        items.insert(0, words[pi:pj])
        i = pi
    return _share_head(items, pad=not opened)


def _opens_before_verb(words: list[str], kinds: list[str], i: int, j: int) -> bool:
    """羊出栏3665只: a one-character noun opening the stretch, with one verb of its own between it and the
    number, is what the verb counts (the clause before, 肉兔出栏52.6万只, named another)."""
    return i == 0 and j + 1 == len(words) and kinds[j] == "v" and len(words[j]) > 1


def _after_one_char_items(words: list[str], kinds: list[str], j: int) -> str | None:
    """`室外水、电、气安装完成85%`: one-character items joined by 、 after the chunk share the word after
    the last of them (安装), which is what is measured; the chunk is only the first item."""
    k = j
    while k + 1 < len(words) and words[k] == "、" and _one_cjk(words[k + 1]):
        k += 2
    if k == j or k >= len(words) or len(words[k]) < 2 or kinds[k] not in ("n", "w", "v"):
        return None
    return words[k]


def _share_head(items: list[list[str]], pad: bool = True) -> Found:
    """Subjects of a list shared out in order; items that stop short take the last one's head.

    一产、二产、三产增加值 and 城镇、农村居民收入: a shorter item takes the last
    item's words past its own length (not one as long as the last: 特區政府和社會團體);
    高技术制造业和装备制造业增加值: an item ending where the last one's head begins takes that head. Items opened by
    a verb (退回补充侦查、延长审查起诉期限) are whole phrases (`pad` False).
    """
    last = items[-1]
    named = []
    for it in items[:-1]:
        if pad and len(last) > 1 and it[-1] == last[-2]:
            it = [*it, last[-1]]
        elif pad and len(it) < len(last) and _chars(it) < _chars(last):
            it = it + last[len(it) :]
        named.append(_text(it))
    named.append(_text(last))
    return Found(named[0], tuple(named[1:]))


def after(doc: Document, pos: int, modifier: bool = False, amount: bool = False) -> str | None:
    """The subject named right after a count: 5家律所, 90%的化工园区, 三位来自高校的教授, 一半以上是游手好闲的人.

    `modifier`: the count has a measure word, so a verb right after it may modify a noun (12个创新平台).
    `amount`: it is a sum of money, which no noun acting after it can be (4000万元中央财政下达的…资金).
    """
    if pos == len(doc.view) or doc.view[pos] in CLAUSE_ENDS:
        return None  # 增长5.3%。: the clause ends with the count (the commonest case)
    stop = _clause_stop(doc.view, pos, 40)
    words, kinds = _region(doc, pos, stop)
    i = 0
    while i < len(words) and (kinds[i] == "r" or words[i] == "级"):  # 这样的居民, 300万吨级CCUS
        i += 1
    if i < len(words) and kinds[i] == "num" and words[i][0].isdigit():
        # 22个750千伏和330千伏电网工程: a size between the count and the noun.
        while i < len(words) and kinds[i] in {"num", "m", "q", "conj"} and words[i] not in _CONJ_BUT_HE:
            i += 1
        if i + 1 < len(words) and words[i] in _INNER:
            i += 1  # 5714万名65岁以上老年人: the age bounds the group, the noun follows
    while i + 2 < len(words) and words[i].endswith(_LEVEL) and words[i + 1] in _CONJ and words[i + 2].endswith(_LEVEL):
        i += 2  # 7家国家级和省级新闻媒体: levels joined before the noun
    # (The classes end in 亩 or in a size character: a last-character test spares most words the patterns.)
    if i + 1 < len(words) and words[i][-1] in "亩畝" and _FIELD_CLASS.fullmatch(words[i]):
        i += 1  # 3个千亩示范片: the class of field between the count and the noun
    elif (
        i + 2 < len(words)
        and words[i + 1] in ("以上", "级", "級")
        and words[i][-1] in _SIZE_ENDS
        and _SIZE_CLASS.fullmatch(words[i])
    ):
        i += 2  # 3个亿元以上项目, 2个百亿级产业集群: the size class between the count and the noun
    if i + 1 < len(words) and words[i] in _PURPOSE and kinds[i + 1] == "v":
        return None  # 抽出百分之十来维持月刊: what the amount is for, not what it is
    if i + 1 < len(words) and kinds[i] == "num" and words[i + 1] == "级":
        i += 2  # 6个千亿级产业集群: a size between the count and the noun
    if i + 1 < len(words) and words[i][0] == "第" and kinds[i] == "m" and len(words[i]) > 1:
        i += 1  # 33位第一批…优秀团员: the batch they belong to, the noun follows
    if i < len(words) and words[i] in _OPEN:
        # 1.02万家“三有”非公有制企业, 12个“拉练观摩”重点项目: a quoted label before the noun.
        close = next((k for k in range(i + 2, min(len(words), i + _LABEL_WORDS + 2)) if words[k] in _CLOSE), None)
        i = close + 1 if close is not None else i
        if close is not None and i + 1 < len(words) and kinds[i] == "v" and kinds[i + 1] == "n":
            # 117个“两新”组织党组织的书记: after a label a verb is the noun it labels (组织), and the noun run
            # it opens is what is counted, not the head of a 的 phrase after it.
            j = i + 2
            while j < len(words) and _nominal(words, kinds, j, inside=True):
                j += 1
            return _text(words[i:j])
    if i == len(words) or (words[i][0] in CN_DIGITS and kinds[i] != "a"):
        return None  # 五年一遇: a number, not a name (but 35个一般项目: an adjective that opens with one)
    kind_of = _listed_kind(words, kinds, i) if modifier and "等" in words else None
    if kind_of:
        return kind_of
    again = _counted_again(words, kinds, i, doc.view[pos - 1]) if modifier and kinds[i] in ("v", "w") else 0
    if again:
        return after(doc, pos + _chars(words[:again]), modifier)  # 每个乡镇1-2个分配了35个项目: the same 个 counts
    named = _named_as(doc, words, kinds, i, pos)
    if named:
        return named
    if words[i] in {"人", "人員", "人员"}:
        return words[i]  # 三个人: 人 is a unit after a number, but what a measure word counts here
    small = _small_head(words, kinds, i)
    if small:
        return small
    if kinds[i] == "de":
        return _noun_at(words, kinds, i + 1)
    described = _described_head(words, kinds, i)
    if described:
        return described
    if _nominal(words, kinds, i, inside=False):
        j = i + 1
        while j < len(words) and _nominal(words, kinds, j, inside=True):
            j += 1
        if j - 1 > i and j < len(words) and kinds[j] == "f" and words[j - 1] in lexicon.wordset("frame_nouns"):
            j -= 1  # 九类…服务项目基础上: the frame the things give, 上 its locative
        if modifier and j + 2 == len(words) and kinds[j] == "v" and words[j + 1] in lexicon.wordset("name_heads"):
            j += 2  # 191场新闻发布活动: a verb before an event's noun closing the clause is part of the name
        while j - 1 > i and kinds[j - 1] == "a" and j < len(words) and kinds[j] == "v":
            j -= 1  # 5个园区成功认定: an adjective before the verb says how it went, it ends no noun
        head = _head_after_work(words, kinds, i, j) if modifier else None
        if head:
            return head
        if amount and j + 2 < len(words) and kinds[j] == "v" and kinds[j + 1] == "de":
            # 4000万元中央财政下达的专项扶贫资金: a noun after a sum, then what it did and 的, is the actor of
            # a clause describing the money (a count would count it: 2300名青年组成的人才库)
            return _noun_at(words, kinds, j + 2) or _text(words[i:j])
        if j == i + 1 and kinds[i] == "w" and j < len(words) and words[j] in _RESULT:
            return None  # 从不足百个发展到1735个: a verb before 到/为 is the change, no noun
        if kinds[j - 1] in {"n", "q", "w"} and not _described(words, kinds, j):
            # A long noun run is cut to its head end, as before the number (38家省市县高耗低效工业企业 → …工业企业).
            name = _joined(words, kinds, i, j) or _text(words[i:j])
            return name + _alternatives(doc.view, pos + _chars(words[:j])) if j == len(words) else name
    if kinds[i] in {"v", "p", "n", "a", "d"} or words[i] == "与":
        # A relative clause: 三位来自高校和研究所的教授 → 教授; 80个特色鲜明、群众公认的示范点 → 示范点;
        # 25名曾在重点项目锻炼过的优秀干部 → 优秀干部 (an adverb may open it).
        de = next((k for k in range(i + 1, len(words)) if kinds[k] == "de"), None)
        if de is not None and (kinds[i] != "d" or (de + 1 < len(words) and kinds[de + 1] == "n")):
            return _noun_at(words, kinds, de + 1)  # (after an adverb, a noun heads it: not 最典型的|就是…)
    if modifier and kinds[i] == "v" and len(words[i]) > 1 and i + 1 == len(words):
        return words[i]  # 提出以下四点要求, 开展2轮巡察: a verb closing the clause after a measure word is its noun
    if modifier and i + 2 == len(words) and kinds[i] == "a" and kinds[i + 1] == "v" and min(map(len, words[i:])) > 1:
        # 上线143个重大应用: an adjective before that verb is part of the noun (not 两级全覆盖: 全 says how far).
        return words[i] + words[i + 1]
    opens = len(words[i]) > 1 or words[i] in lexicon.wordset("privative_prefixes")  # 6个无律师县
    if modifier and kinds[i] == "v" and opens and i + 1 < len(words) and kinds[i + 1] == "n":
        # 12个创新平台, 20个示范项目: after a measure word a verb modifies the noun it stands before.
        j = i + 1
        while j < len(words) and _nominal(words, kinds, j, inside=True) and not _closing_predicate(words, kinds, j):
            j += 1
        return _text(words[i:j], keep_head=False) if kinds[j - 1] in {"n", "q", "w"} else None
    return None


def _closing_predicate(words: list[str], kinds: list[str], j: int) -> bool:
    """对1名涉案干部调整岗位: a verbal noun and one noun closing the clause after the counted noun are what is
    done to it (调整岗位), not more of its name."""
    return kinds[j] == "w" and j + 2 == len(words) and kinds[j + 1] == "n" and kinds[j - 1] == "n"


def _listed_kind(words: list[str], kinds: list[str], i: int) -> str | None:
    """`200余处树枝、电线杆、屋顶等高空残留垃圾`: after a measure word, nouns that 、 joins and 等 closes are
    examples; the noun after 等 names the kind counted. None unless the list is made of nouns only."""
    k = next((t for t in range(i + 2, len(words)) if words[t] == "等"), None)
    if k is None or "、" not in words[i:k] or any(kinds[t] not in {"n", "conj"} for t in range(i, k)):
        return None
    rest = range(k + 1, len(words))
    if rest and kinds[-1] == "n" and all(kinds[t] in {"n", "v", "w", "a"} for t in rest):
        return _text(words[k + 1 :])  # 高空残留垃圾: the clause ends with the kind's whole name
    return _noun_at(words, kinds, k + 1)


def _counted_again(words: list[str], kinds: list[str], i: int, unit: str) -> int:
    """After a count's measure word, a verb and another count in that measure word (1-2个|分配了35个|项目):
    the index after the second measure word, whose noun the first count counts too; else 0."""
    k = i + 1 + (i + 1 < len(words) and words[i + 1] == "了")
    return k + 2 if k + 1 < len(words) and kinds[k] == "num" and words[k + 1] == unit else 0


def _head_after_work(words: list[str], kinds: list[str], i: int, j: int) -> str | None:
    """`100个嵌入式服务设施建设|示范社区`: a noun run ending in a work noun (`lexicon/work_nouns.txt`:
    建设, 改造) and followed by a verb and a noun is the modifier of the noun phrase the verb opens
    (示范社区, 试点单位), its head."""
    if j - i < 2 or j + 1 >= len(words) or kinds[j] != "v" or len(words[j]) < 2:
        return None
    if words[j - 1] not in lexicon.wordset("work_nouns"):
        return None  # 七个律师事务所标准化|示范党支部: the firms are counted
    k = j + 1
    while k < len(words) and kinds[k] == "n":
        k += 1
    return _text(words[j:k]) if k > j + 1 else None


def _described_head(words: list[str], kinds: list[str], i: int) -> str | None:
    """The noun after a short description that opens with an adjective: 四种不同类型的活动形式 → 活动形式,
    两种不同的风格 → 风格 (the kind of thing counted is the head, the adjective only sorts them)."""
    if kinds[i] != "a":
        return None
    de = next((k for k in range(i + 1, min(len(words), i + 3)) if kinds[k] == "de"), None)
    if de is None or any(kinds[k] not in ("n", "a") for k in range(i + 1, de)):
        return None
    return _noun_at(words, kinds, de + 1)


def _alternatives(view: str, end: int) -> str:
    """`(市、区)` right after a noun that ends at `end`: the kinds of body it stands for too
    (7个县(市、区)), part of what is counted. Asked only where a bracket follows the noun."""
    if end >= len(view) or view[end] not in "(（":
        return ""
    m = re.match(_ALTERNATIVES, view[end : end + 16])
    return m.group() if m else ""


def _named_as(doc: Document, words: list[str], kinds: list[str], i: int, pos: int) -> str | None:
    """A count the rest of its clause names: 其中44例为境外输入病例, 32所为民办学校 (not a share: 5%为…)."""
    word = words[i]
    # 32所为, 3人为: jieba may glue the measure word to the copula (所为, 人为 are words of their own).
    glued = len(word) == 2 and word[1] in "为為是" and i == 0 and kind(word[0]) == "q"
    if i + 1 >= len(words) or not (word in {"为", "為", "是"} or glued) or doc.view[pos - 1] in "%％‰倍成点點":
        return None
    rest = words[i + 1 :]
    text = "".join(rest)
    if (
        text in lexicon.wordset("frame_nouns")  # 覆盖100—300户为标准: a standard set, not what is counted
        or kinds[-1] != "n"
        or len(text) > MAX_CHARS
        or any(k in {"de", "p", "num", "punct", "conj", "s"} for k in kinds[i + 1 :])
    ):
        return None
    return text


def _described(words: list[str], kinds: list[str], j: int) -> bool:
    """Is the noun at words[:j] the topic of a list of descriptions before a 的 (25个设施完善、服务规范的中心)?"""
    if j >= len(words) or kinds[j] not in {"v", "a"}:
        return False
    de = next((k for k in range(j, len(words)) if kinds[k] == "de"), None)
    return de is not None and "、" in words[j:de]


def _chars(words: list[str]) -> int:
    return sum(map(len, words))


def _joined(words: list[str], kinds: list[str], i: int, j: int) -> str | None:
    """Two nouns joined by 和 that end the clause are counted together: 95.9万个程序性和内生案件."""
    if j + 1 >= len(words) or words[j] not in {"和", "与", "與", "及"}:
        return None
    k = j + 1
    while k < len(words) and _nominal(words, kinds, k, inside=True):
        k += 1
    if k == j + 1 or kinds[k - 1] != "n" or (k < len(words) and kinds[k] != "punct"):
        return None
    text = "".join(words[i:k])
    return text if len(text) <= MAX_CHARS else None


def _noun_at(words: list[str], kinds: list[str], i: int) -> str | None:
    """The noun phrase that heads a 的 phrase; its first word may be a verb made noun (的努力, 的保交房任务)."""
    while i < len(words) and kinds[i] == "r":
        i += 1
    if i >= len(words) or kinds[i] not in {"n", "a", "w", "v", "d"}:
        return None
    j = i + 1
    while j < len(words) and _nominal(words, kinds, j, inside=True):
        j += 1
    return _text(words[i:j], keep_head=False)


def _small_head(words: list[str], kinds: list[str], i: int) -> str | None:
    """A one-character head after 的 (的人, 的者) says nothing alone: keep its modifier (可疑职业的人)."""
    for k in range(i, min(len(words) - 1, i + 8)):
        if kinds[k] == "de" and kinds[k + 1] in {"n", "q"} and _one_cjk(words[k + 1]):
            first = i + 1 if words[i] in _COPULA else i
            if k <= first:
                return None
            text = "".join(words[first : k + 2])
            return text if len(text) <= 2 * MAX_CHARS else None
        if kinds[k] == "conj":
            return None
    return None


def verb_object(doc: Document, pos: int) -> str | None:
    """The object of the verb right after a duration: 连续5年开展抓发展攻坚行动 → 抓发展攻坚行动."""
    stop = _clause_stop(doc.view, pos, 40)
    words, kinds = _region(doc, pos, stop)
    i = 0
    while i < len(words) and kinds[i] in {"d", "v"}:
        i += 1
    if i == 0 or i == len(words):
        return None
    chunk = next(((ci, cj) for ci, cj in _chunks(words[i:], kinds[i:]) if ci == 0), None)
    return _text(words[i : i + chunk[1]]) if chunk else None


def held(doc: Document, pos: int, verb: str) -> str | None:
    """What an action right after a duration holds: 连续三年主办全国通用人工智能大赛 → 全国通用人工智能大赛.

    The object runs to the end of the clause (or a 的, a particle or a
    preposition); its head end is kept, as for any subject.
    """
    stop = _clause_stop(doc.view, pos, 40)
    start = pos + len(verb)
    if doc.view.startswith("“", start):
        close = doc.view.find("”", start + 1, stop)
        if close > start + 1:
            return doc.view[start + 1 : close]  # 开展“送法下乡”活动: the quoted name says what was held
    words, kinds = _region(doc, start, stop)
    j = 0
    while j < len(words) and kinds[j] not in {"de", "p", "u", "punct", "conj"}:
        j += 1
    return _text(words[:j]) if j and kinds[j - 1] in {"n", "w"} else None


def event_after(doc: Document, pos: int) -> str | None:
    """The event a count of times after an action names, to its clause's end: 开展3次全县安全生产大检查 →
    安全生产大检查 (a place's scope before it, 全县, says where, not what). It may end in a verb, the
    event's own (统一遴选, 巡察); a 的, a particle or a preposition makes it no plain name: None."""
    stop = _clause_stop(doc.view, pos, 40)
    words, kinds = _region(doc, pos, stop)
    i = 1 if words and words[0][:1] == "全" and kinds[0] == "s" else 0  # 全市, 全县: a scope, no name
    if i == len(words) or any(k not in {"n", "w", "v", "a"} for k in kinds[i:]) or kinds[-1] == "a":
        return None
    return _text(words[i:])


def predicate(doc: Document, pos: int) -> str | None:
    """What the people counted do, when that ends the clause: 十人当中只有一人能看报 → 能看报."""
    stop = _clause_stop(doc.view, pos, 12)
    if stop - pos >= 12 or stop == pos:
        return None
    words, kinds = _region(doc, pos, stop)
    if len(words) > 3 or kinds[0] not in {"v", "d"} or any(k not in {"v", "w", "d", "n", "a"} for k in kinds):
        return None
    return "".join(words)


def treated(doc: Document, a: int, b: int) -> str | None:
    """What was done to the people counted when only verbs open the clause before the number: 集中隔离1.07万人,
    运用“四种形态”批评教育帮助和处理共1005人次. Not a verb that only links the count (，达到500人:
    `lexicon/amount_verbs.txt`), and not verbs after a noun (机关处理…: the actor, read elsewhere)."""
    words, kinds = _region(doc, a, b)
    j = len(words)
    while j and kinds[j - 1] == "d":
        j -= 1  # 共, 累计
    i = j
    while i and (kinds[i - 1] in ("v", "w") or (words[i - 1] in _CONJ and i < j)):
        i -= 1
    while i < j and words[i] in _CONJ:
        i += 1
    k = i
    while k and kinds[k - 1] == "d":
        k -= 1  # 共培训: an adverb may open the clause
    # (… and 、 or 和 alone before them: 查处…问题13.31万个、处理18.01万人, the list of counts goes on)
    opens = not k or kinds[k - 1] == "punct" or all(w in _CONJ for w in words[:k])
    if i == j or not opens or not lexicon.wordset("amount_verbs").isdisjoint(words[i:j]):
        return None
    text = "".join(words[i:j])
    return text if 2 <= len(text) <= MAX_CHARS else None


def topic(doc: Document, a: int, b: int) -> str | None:
    """The first noun phrase of the sentence, as a last resort: what the sentence is about."""
    words, kinds = _region(doc, a, b)
    aside = _bracketed(words)
    for i, j in _chunks(words, kinds):
        if aside[i] or _one_char(words, i, j):
            continue
        if i and words[i - 1] == "》":  # 《新青年》雜誌: the title names the journal
            k = max((k for k in range(i - 1) if words[k] == "《"), default=i)
            return "".join(words[k:j])
        return _text(words[i:j])
    return None
