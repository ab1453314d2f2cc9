"""Page chrome: metadata lines at the top, the footer at the bottom, and the body between.

Saved pages wrap the article in navigation, a 当前位置 breadcrumb, a title, a
日期/作者/阅读 line (or one label per line, as scrapers flatten them), tool
links (分享到, [打印], 字号 大 中 小) and a footer (版权, ICP备, 技术支持 …).
Government document pages put a metadata table or bulleted list on top
(索 引 号 / 标　　题 / 成文日期 / 发布日期, a value beside or under its label):
a 标题 field states the title, and the publication date outranks the signing date.
Disclosure catalogues flatten that table into rows (`生成日期 | 2024-03-21 | 公开方式 | 主动公开 |`);
document-sharing sites put their own title, upload line and 简介 blurb above the
reposted article's title and byline, and the article's byline is the one that dates it.
The top is read forwards while lines look like chrome (an image's alt text `图片`,
markup left over `-->`, the site's own name `政策法规宣传网` above the headline, and
whatever stands above a breadcrumb are no title); the footer is read backwards
from the end while lines look like footer or credits (`编辑:某某`). What is left is the body,
which may start inside a line: a page date glued to the first body word
(`发布时间:` / `2026-02-02为打牢…`) is metadata, the rest of its line is body. An
address line (`各市(州)人民政府:`) before any metadata opens the body, so a cover
notice's signature and date stay in it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from functools import cache
from itertools import pairwise

from . import lazy, lexicon
from .document import READING, Line
from .numbers import value as numeral_value

_DATE = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
DATE_RE = re.compile(_DATE)
_FOOTER_MAX = 300
_PROSE_SENTENCE = 16  # a body sentence's mean length at least; a footer's `电话:…。` fields are shorter
# A time after a date: 16:05:32, or 07时41分(30秒).
_TIME = r"\d{1,2}\s*[:：时]\s*\d{2}(?:\s*[:：分]\s*\d{2})?\s*[分秒]?"
_BARE_DATE_LINE = re.compile(rf"^\s*{_DATE}(?:\s*{_TIME})?\s*$")
# A source's name and the page's date ending a short line: `某某日报·2026-02-09 01:28`,
# `某某检察院   2023-03-03 10:42`. The date is in digits (or has a time): `某某区人民政府 2023年3月28日`
# is a signature.
_SOURCE_DATE_LINE = lazy.pattern(
    rf"^[^\s。，；！？,;!?][^。，；！？,;!?]{{1,30}}?(?:\s+|\s*[·•|｜]\s*)"
    rf"(?:(\d{{4}})[-/.](\d{{1,2}})[-/.](\d{{1,2}})(?:\s*{_TIME})?|{_DATE}\s*{_TIME})\s*$"
)
# A paper's closing line, its name and the date and page: `《 人民日报 》（ 2020年08月25日 17 版）`, or all
# in brackets: `（《人民日报》2020年8月25日 17版）`.
_PAPER_LINE = lazy.pattern(
    rf"^《[^《》]{{2,20}}》\s*[(（]\s*{_DATE}\s*(?:第?\s*\d{{1,3}}\s*版)?\s*[)）]$"
    rf"|^[(（]《[^《》]{{2,20}}》\s*{_DATE}\s*(?:第?\s*\d{{1,3}}\s*版)?\s*[)）]$"
)
# The date leading a line of fields: `2022-03-28  来源：卫健委`.
_LEAD_DATE = re.compile(rf"^\s*{_DATE}(?:\s*{_TIME})?\s*")
# Scrapers flatten a styled date into one piece per line: `2025` / `07` / `/` / `26` / `16:05:32`.
_DATE_PIECE = re.compile(r"^[\d/\-.:：年月日]{1,8}$")
_SPLIT_DATE = re.compile(
    r"^(\d{4})\s*[-/.年]?\s*(\d{1,2})\s*[-/.月]?\s*(\d{1,2})\s*日?(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$"
)
_MAX_DATE_PIECES = 8
# The four patterns with classes of Chinese characters below are kept as text and compiled
# (through re's cache) the first time a page needs them: each such class costs Python's `re`
# about a millisecond to compile, and most pages need none of them.
# A photo caption ends with its credit: `…开幕式并致辞。 新华社记者 王晔 摄`.
_PHOTO_CREDIT = r"记者\s*[\u4e00-\u9fff]{2,4}(?:[ 　、][\u4e00-\u9fff]{2,4})*\s*摄\s*$"
# A breadcrumb's separators: `>>`, `>`, `->` (`新闻中心 -> 图片新闻`), `»`, `›`, `→`, `/`.
_SEPS = r"->|—>|=>|>>|>|＞＞|＞|»|›|→"
# A line that starts with a breadcrumb separator carries on a breadcrumb (`>` / `> 正文`).
_CRUMB_NEXT = re.compile(rf"^\s*(?:{_SEPS})")
_CRUMB_ENDS = (">", "＞", "»")  # a breadcrumb's line ending so goes on below
# A column label in 【】 glued to the front of a title: `【龙法动态】龙江法院举办…`.
_TITLE_LABEL = re.compile(r"^【[^】]{1,8}】")
# Traditional forms of the characters in metadata labels (發佈時間 → 发布时间), one for one.
_TRAD_KEY = str.maketrans(
    "發佈時間閱讀瀏覽點擊數訪問來源編輯體號關閉責", "发布时间阅读浏览点击数访问来源编辑体号关闭责"
)
_CRUMB_SEP = re.compile(rf"\s*(?:{_SEPS}|/)\s*")
_CRUMB_ITEM_SEP = re.compile(rf"\s*(?:{_SEPS})\s*")
# A unit named in brackets at a title's end (`… (市政府办公室)`), and how far below the metadata may name it.
_SOURCE_TAG = lazy.pattern(r"\s*[(（]([\u4e00-\u9fff]{2,16})[)）]$")
_SOURCE_LINES = 3
_MIN_TITLE = 6  # what is left of the title is at least this long
_CRUMB_LINE_MAX = 60
_URL_FIELD = re.compile(r"[^\s:：]{1,6}[:：]\s*https?://\S+$")  # `链接：http://…`
_COLON = re.compile(r"[:：]")
_LEAD_BAR = re.compile(r"\s*[|｜]?\s*")  # the bar between a leading date and its fields
_CRUMB_LINE_ITEMS = 3
_CRUMB_ITEM_MAX = 12
# A byline names people after 记者/作者 (and a colon) and ends its line (or its parentheses):
# `（本报北京3月5日电 本报记者 鲁元珍 李晓）`, `（作者：某某 ）`; `回答记者提问。` names no one,
# and `记者 王鼎 摄` is a photographer's credit.
_BYLINE = (
    r"(?:记者|作者|通讯员|撰稿|文/|文：|文:)\s*[:：]?\s*([\u4e00-\u9fff]{2,4}(?:[ 　、]+[\u4e00-\u9fff]{2,4})*)"
    r"\s*(?:[)）】]\s*)?$"
)
# A byline leading the first line of the body, before the text on the same line: a publication in
# 《》 or a short prefix (本报, 新华社), 记者 or 通讯员, the names, then a space (`《祖国》记者/李国良 2025 年…`);
# or the names in brackets (`本报讯（记者 张三 李四）近日，…`, `本报讯 (记者 张三)3月…`, `本网讯(王某某)近日…`),
# or between 记者 and 报道 after the dateline's 讯 (`某某网讯 记者张三报道 近日，…`), or between 记者 and
# 发自 after a paper's name and desk (`某某报全媒体记者张三 发自北京 3月1日，…`).
_NAMES = r"[\u4e00-\u9fff]{2,4}(?:[ 　、]+[\u4e00-\u9fff]{2,4})*"
_LEAD_BYLINE = (
    rf"[ 　]*(?:《[^》\n]{{1,20}}》|[\u4e00-\u9fff]{{0,6}}?)(?:记者|通讯员)[ 　]*[/／|｜:：]?[ 　]*"
    rf"({_NAMES})[ 　]+(?=\S)"
    rf"|[ 　]*[^\s（(，。]{{0,16}}?[ 　]?[（(](?:记者|通讯员)[ 　]*({_NAMES})[)）][ 　]*(?=\S)"
    rf"|[ 　]*[^\s（(，。]{{0,8}}?讯[ 　]?[（(]({_NAMES})[)）][ 　]*(?=\S)"
    rf"|[ 　]*[^\s（(，。]{{0,8}}?讯[ 　]*记者[ 　]*([\u4e00-\u9fff]{{2,3}}?)[ 　]*报道[ 　]*(?=\S)"
    rf"|[ 　]*[^\s（(，。,]{{0,16}}?记者[ 　]*([\u4e00-\u9fff]{{2,4}}?)[ 　]*发自[\u4e00-\u9fff]{{2,6}}?[ 　]*(?=\S)"
)
# A periodical's byline, a box or a mark and the names alone on a line above the text (`□ 罗开敏`), and the
# author's note under it (`(作者系某市委常委、组织部长)`): the author and a note on them, not the headline.
_BYLINE_MARKS = "□■◇◆◎"
_MARKED_BYLINE = lazy.pattern(rf"^[{_BYLINE_MARKS}][ 　]*({_NAMES})$")
_AUTHOR_NOTE = ("(作者", "（作者")
_SECOND_ROLE = re.compile(r"[ 　、]+(?:通讯员|记者|实习生|摄影)(?:[ 　]|$)")
_LEAD_MAX = 30  # the byline's 记者 stands within the line's first characters
# A credit closing the article: `(集团公司党委办供稿)`, `（供稿：区司法局）`.
_CREDIT = (
    r"[ 　]*[(（]?[ 　]*(?:供稿(?:单位)?[ 　]*[:：][ 　]*([\u4e00-\u9fff]{2,20})|([\u4e00-\u9fff]{2,20}?)[ 　]*供稿)"
    r"[ 　]*[)）]?[ 　]*"
)
# A reporter's signature closing the last paragraph, in brackets after its final stop (`…分所25家。(兰楠)`,
# `…等活动。(记者张伟方 朱军备)`) or on a line of its own.
_SIGNATURE = lazy.pattern(
    r"(?:^|[。！？!?”])[ 　]*[(（](?:记者[ 　]*)?([\u4e00-\u9fff]{2,3}(?:[ 　、][\u4e00-\u9fff]{2,3}){0,2})[)）][ 　]*$"
)
# `环境保护部党组书记、部长 陈吉宁`: a role, a space, a name, alone on a line.
_ROLE_NAME = r"([\u4e00-\u9fff、，]{2,30})[ 　]+([\u4e00-\u9fff]{2,4})"
_HEADING_START = lazy.pattern(
    r"^(?:第[零〇一二三四五六七八九十百两\d]+[章节節条條编編篇]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])"
)
# A page's stamp among wide-spaced cells: a date in digits (2014-01-05), or written with 年月日 and its time;
# it and the two patterns after it are compiled the first time a page needs them.
_STAMP = lazy.pattern(rf"(\d{{4}})[-/.](\d{{1,2}})[-/.](\d{{1,2}})(?:\s*{_TIME})?|({_DATE}\s*{_TIME})")
_WIDE_GAP = re.compile(r"[ \t]*(?:\u3000|[ \t]{2,})[ \t\u3000]*")
_ADDRESS = lazy.pattern(r"(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?:/\S*)?")  # a site's web address
_SPACED_MAX = 80
_TEXT_CRUMB = "正文"  # the breadcrumb's last item, the article itself; a space may be all that sets it off
# A date in digits (and its time) closing a line of fields after a space, without a label of its own.
_CLOSING_STAMP = lazy.pattern(rf"\s(\d{{4}})-(\d{{1,2}})-(\d{{1,2}})(?:\s+{_TIME})?$")
_MARKER_HEADS = frozenset("第一二三四五六七八九十(（")
_SITE = (
    r"([\u4e00-\u9fffA-Za-z]{2,30}?)\s*版权所有|版权所有\s*[:：©]?\s*([\u4e00-\u9fff]{2,30})"
    r"|主办(?:单位)?\s*[:：]\s*([\u4e00-\u9fff]{2,30})"
)


@dataclass
class Chrome:
    """What the chrome stage found: metadata and where the body lies."""

    title: str | None = None
    date: str | None = None
    author: str | None = None
    views: int | None = None
    breadcrumb: list[str] = field(default_factory=list)
    site: str | None = None
    body: tuple[int, int] = (0, 0)
    # How much the label the date came from is trusted (see `_DATE_KEYS`); a lower rank replaces it.
    date_rank: int = field(default=0, repr=False)
    # The title a `标题：` field states: it wins over the lines that merely look like one.
    title_field: bool = field(default=False, repr=False)


@cache
def _crumb_head() -> re.Pattern[str]:
    """A breadcrumb's label (`lexicon/crumb_labels.txt`: 当前位置, 您现在所在的位置 …), or a line that
    opens with the home page and a separator (`首页 > 新闻中心`)."""
    labels = lexicon.alternation("crumb_labels")
    return re.compile(rf"^\s*(?:{labels})\s*[:：]?\s*|^\s*(?=(?:首页|首頁|网站首页|網站首頁)\s*(?:{_SEPS})\s*\S)")


# Spaces and ideographic spaces, any number in any order: `[ \u3000]*`, written without the class.
# `re` compiles each class holding a character beyond Latin-1 through a 64 K-entry table in
# Python; at some 200 places in the labels' alternation that was a third of its compiling.
_SPREAD = " *(?:\u3000 *)*"


@cache
def _keys() -> str:
    """The labels as an alternation, longest first; a label may be spread out to a fixed
    width with spaces (`索 引 号`, `标　　题`), as metadata tables align them."""
    keys = sorted(lexicon.words("chrome_keys"), key=len, reverse=True)
    return "|".join(_SPREAD.join(re.escape(ch) for ch in k) for k in keys)


# A reading in brackets a converter left after a traditional character, between a label and its colon:
# `閱讀次數(shù):2964`.
_READING = rf"(?:{READING.pattern})?"


@cache  # the patterns are built from the word lists once per process, not once per page
def _key_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:【|\[)?({_keys()})(?:】|\])?{_READING}\s*[:：]\s*")


@cache
def _loose_key_pattern() -> re.Pattern[str]:
    """A metadata label run into its value without a colon: `文章来源环境保护部`, `作者 张三`."""
    return re.compile(rf"^(?:【|\[)?({_keys()})(?:】|\])?\s*(?=\S)")


# Labels of page tools: their line is chrome, but nothing after them is a value.
_TOOL_KEYS = frozenset({"字体", "字号", "分享到", "分享", "打印", "关闭", "收藏", "纠错", "下载地址", "下载"})
_SHORT_META = 30
_NO_AUTHOR = frozenset({"佚名", "匿名", "未知", "不详", "admin"})  # a CMS's word (or account) for no author named
_SITE_URL = re.compile(r"([\u4e00-\u9fff]{2,16})\s*[:：]\s*(?:https?://|www\.)[\w./:%?=&-]*\s*")
_NO_WORD = re.compile(r"^[^\w]+$")  # no letter, digit or character: `-->`, `***`
_SITE_MAX = 16  # a site's name alone on a line is no longer than this
_SITE_GAP = 6  # lines of page tools that may stand between a site's name and the head below it
_FOOTER_LINES = 20
_TITLE_REST_MAX = 30  # the second line of a title set over two lines is no longer than this
_CLOSERS = (
    "》",
    "”",
    "）",
    ")",
    "」",
    "！",
    "？",
    "!",
    "?",
)  # a title line ending so is complete  # the lines a footer's 版权所有 / 主办 is looked for in
_BACKLINKS = frozenset({"↑", "^"})
# A list bullet before a metadata label or a link: `  • 发布日期:`, `- 设为首页`,
# a markdown list mark: `- 时间:2023-02-24`.
_BULLET = re.compile(r"^(?:[•·●▪◦■◆]|[-*+](?=\s))\s*")
# Labels that date a page, by trust: the publication date first, the signing date of the
# document it carries last (`成文日期：2018年12月07日` … `发布日期：2018年12月27日`).
_DATE_KEYS = {
    "发布日期": 0,
    "发布时间": 0,
    "发表时间": 0,
    "发表日期": 0,
    "日期": 1,
    "时间": 1,
    "更新时间": 1,
    "生成日期": 1,
    "发文日期": 2,
    "成文日期": 2,
}
# The labels of a page's view count (阅读:6,152次, 访问次数:369).
_VIEW_KEYS = frozenset(
    (
        "阅读",
        "阅读量",
        "阅读次数",
        "浏览",
        "浏览次数",
        "浏览量",
        "点击",
        "点击数",
        "点击量",
        "访问量",
        "访问次数",
        "人气",
    )
)
_SHORT_FOOTER = 30
_PUBLISHED = frozenset({"发布", "发表", "發布", "發表"})  # a label written after its date (`2021-04-12 发布`)
_BLURB_KEYS = frozenset({"简介", "内容概述"})  # labels whose value is sentences
_RELATED_SPAN = 8  # a teaser list's header stands among the page's last lines
_SENTENCE_PUNCT = re.compile(r"[。，；！？,;!?]")
_KEY_SPACE = re.compile(r"[ \u3000]")  # a label spread out to a fixed width: 标　　题
_COUNT = re.compile(r"\d+(?:[,，]\d{3})*")  # 6,152 次
# The head of a label the list lacks, glued to a listed one and set off by wide spaces (`  新闻来源:`).
_GLUED_LABEL = re.compile(r"(?:[ \t]{2,}|\u3000)\S{1,4}$")
_MAX_PENDING = 20  # a loose label line is no longer than this, and has no sentence punctuation
# A label in 【】 and its short value: `【时效性】尚未施行` (no sentence in it).
_BRACKET_FIELD = re.compile(r"^【[^】]{2,8}】\s*([^\s。，；！？,;!?][^。，；！？,;!?]{0,29})$")
_COLUMN_MAX = 6  # a column's name on its own line is no longer than this
_MENU_ITEMS = 4  # a menu line holds at least this many spaced names
_HOMES = frozenset({"首页", "网站首页", "首頁", "網站首頁"})
# A site's label before a title (`南开大学->标题`) and its name or domain after one (`标题 | nankai.info`).
_ARROWS = ("->", "—>", "=>", ">>", "»")
_LABEL_MAX = 10
_SITE_SEPS = ("|", "｜", "_", " - ")
_DOMAIN = re.compile(r"(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}")
_GLOSS = " ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"  # a column name's English gloss: `新闻公告  NEWS`
# A date with the first sentence of the body run into it (`发布时间:\n2026-02-02为打牢…`).
_GLUED_DATE = re.compile(rf"\s*{_DATE}(?:\s*{_TIME})?")
# The cells of a flattened table row: `生成日期 | 2024-03-21 | 公开方式 | 主动公开 |`.
_CELL_SEP = re.compile(r"\s*[|｜]+\s*")
_EPAPER_PAGE = re.compile(r"^第?\s*[A-Z]?\d{1,5}\s*版\s*[:：]")
_BARS = "|｜"
_CELL_MAX = 40
_FIELD_BRACKETS = {"[": "]", "【": "】", "［": "］"}  # around a line of fields split by bars (`_barred_fields`)
_CATEGORY_MAX = 12  # a category before a title's bar is no longer than this
_CATEGORY_MIN = 4  # a category read as the title's own words has at least this many
_TRAILING_BAR = re.compile(r"\s*[|｜]+\s*$")  # the title cell's bar (`东柳街道…工作思路 |`), not `观察｜强化…`
# Decoration around a title line: a document number before a title in 《》
# (`鲁政发〔2014〕20号《…实施意见》`) and a document-sharing site's count of versions (`…(共五则范文)`).
_DOC_TITLE = re.compile(r"^[^\s《》]{0,12}?[〔［\[(（]\d{4}[〕］\])）]\d+号\s*《([^《》]+)》$|^《([^《》]+)》$")
# A red-head document's banner (`某某市人民政府文件`) and its number line (`某政发〔2023〕2号`) above the title.
_BANNER = lazy.pattern(r"^[\u4e00-\u9fff]{2,30}文件$")
_DOC_NUMBER = lazy.pattern(r"^[^\s《》。，]{1,12}?[〔［\[(（]\d{4}[〕］\])）]\s*\d+\s*号$")
_VERSIONS = re.compile(r"\s*[(（]共[\d一二三四五六七八九十两]+[篇则份章][^()（）]{0,4}[)）]$")
# An address line (`各市(州)人民政府、省级有关部门(单位):`) opens a body, and so does a sentence.
_ADDRESS_END = ("：", ":")
# A site's greeting at the top of its pages, which names it: `欢迎访问某某法院网,今天是…`.
_WELCOME_MAX = 40  # a greeting line is short: a speech that opens with 欢迎来到… is body
_GREETING = 6  # 欢迎 opens the line, perhaps after a 您好，
_WELCOME = lazy.pattern(r"欢迎(?:您)?(?:访问|光临|来到)\s*([^\s,，。！!；;：:]{2,20}?)(?:[\s,，。！!；;]|$)")
# An item of a list of links: a dash or star bullet and a short name (`- 首页`, `* 政务公开`).
_LINK_ITEM = re.compile(r"\s*[-*]\s+[^\s。，；！？,;!?]{1,10}\s*$")
_DASH_ITEM = re.compile(r"\s*-\s+\S")
_NON_WORD = re.compile(r"[\W_]+")
_SHARE_MAX = 40  # a line of a share box is no longer than this
_SECOND_HEAD = 3  # title lines a reposted article's own header may hold before its metadata
# Markdown a scraper wrote: an image `![alt](url)` (no text), a link `[首页](https://…)` (its text),
# an escaped bracket `\[ 打印 \]`, a heading's `## ` and bold `**…**` around a whole line.
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")
_MD_HEAD = re.compile(r"^#{1,6}[ \t]+|^\*\*(?=.+\*\*$)|(?<=\S)\*\*$")
# A line that is nothing but a link (a list item of related pages): `- [某某答记者问](https://…)`.
_LINK_LINE = re.compile(r"^(?:[-*+]\s+)?\[[^\]\n]+\]\([^)\n]*\)$")
# A YAML front matter block opening a page a static-site generator keeps (`---` / `title: '…'` / `---`).
_FRONT_FENCE = "---"
_FRONT_MAX = 40  # lines a front matter block may hold
_FRONT_LINE = re.compile(r"^(?:([A-Za-z_][\w-]*)\s*:\s*(.*)|\s*-\s.*|\s+.*)$")


def _markdown(s: str) -> str:
    """A head line as the page shows it: markdown's images, link targets, escapes, `#` and `**` gone."""
    if not any(c in s for c in "[]#*\\"):
        return s
    s = _MD_ESCAPE.sub(r"\1", _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", s)))
    return _MD_HEAD.sub("", s).strip()


def _front_matter(texts: list[str]) -> tuple[int, dict[str, str]] | None:
    """A leading `---` block of `key: value` lines: the index after its closing `---` and its keys."""
    first = next((k for k, t in enumerate(texts[:3]) if t.strip()), None)
    if first is None or texts[first].strip() != _FRONT_FENCE:
        return None
    found: dict[str, str] = {}
    for k in range(first + 1, min(len(texts), first + _FRONT_MAX)):
        s = texts[k].rstrip()
        if s.strip() == _FRONT_FENCE:
            return (k + 1, found) if found else None
        m = _FRONT_LINE.match(s)
        if s and not m:
            return None
        if m and m.group(1):
            found.setdefault(m.group(1).lower(), m.group(2).strip().strip("'\"").strip())
    return None


def _front_date(value: str) -> str | None:
    """`2022-08-30 06:23:50` or an RFC 822 date (`Tue, 30 Aug 2022 06:23:50 GMT`), as written."""
    m = DATE_RE.search(value)
    if m:
        return _iso(m)
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _same_words(a: str, b: str) -> bool:
    """Do two titles hold the same words, whatever the punctuation (`拼谁能_咬住_` / `拼谁能“咬住”`)?"""
    return _NON_WORD.sub("", a) == _NON_WORD.sub("", b)


def _clean(s: str) -> str:
    return s.strip().strip(":：【】[]").strip()


def _iso(m: re.Match[str]) -> str | None:
    return _ymd(*m.groups()[:3])


def _ymd(year: str, month: str, day: str) -> str | None:
    """The ISO date of a date's digits, or None where the month or day cannot be one."""
    y, mo, d = int(year), int(month), int(day)
    if 1 <= mo <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _fields(line: str, keys: re.Pattern[str]) -> list[tuple[str, str]]:
    """`日期:2019-07-11  作者:某某  阅读:6,152次` → [(日期, 2019-07-11), …]."""
    found = list(keys.finditer(line))
    out = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(line)
        value = line[m.end() : end]
        if end < len(line) and not line[end - 1].isspace():
            # `作者:孙谦  通稿来源:…`: the next label began before the listed part of it.
            value = _GLUED_LABEL.sub("", value)
        out.append((m.group(1), _clean(value)))
    return out


def _loose_fields(line: str) -> list[tuple[str, str]]:
    """One label and its value on a short line with no colon; [] for anything else.

    The pattern (every label spread out: 2 ms to compile) is compiled and tried only
    for a short line with no sentence punctuation that opens as a label does.
    """
    if len(line) > _SHORT_META or _SENTENCE_PUNCT.search(line) or not _may_open_key(line):
        return []
    m = _loose_key_pattern().match(line)
    return [(m.group(1), _clean(line[m.end() :]))] if m else []


@cache
def _key_heads() -> frozenset[str]:
    return frozenset(k[0] for k in lexicon.words("chrome_keys"))


def _may_open_key(line: str) -> bool:
    """Could a label start `line`, with its bracket (`【`, `[`) or without (as `_loose_key_pattern` reads it)?"""
    heads = _key_heads()
    return line[:1] in heads or (line[:1] in ("【", "[") and line[1:2] in heads)


@cache
def _tool_line() -> re.Pattern[str]:
    """A line of page tools only (`lexicon/tool_words.txt`): `[打印]`, `【字号：`, `加大`, `大`."""
    tools = lexicon.alternation("tool_words")
    return re.compile(rf"^[\s\[\]【】()（）:：|]*(?:[大中小]|{tools})?[\s\[\]【】()（）:：|大中小]*$")


def _is_tool(s: str) -> bool:
    return bool(s) and _tool_line().match(s) is not None


def _is_junk(s: str) -> bool:
    """A page tool, or a line with no word in it (`-->`, markup a scraper left)."""
    return _is_tool(s) or _NO_WORD.match(s) is not None


def _masthead_site(s: str) -> str | None:
    """The site a name over the headline names: a site's name (`政策法规宣传网`), or the paper an e-paper's
    masthead names (`浙江日报 数字报纸` → 浙江日报, `lexicon/epaper_marks.txt`); None for another publication line."""
    if s.endswith(lexicon.words("site_endings")):
        return s
    mark = next((m for m in lexicon.words("epaper_marks") if s.endswith(m)), None)
    return s[: -len(mark)].strip() or None if mark else None


def _epaper_page(s: str) -> bool:
    """`00004版:庆祝…特别报道`, `第A03版：要闻`: an e-paper's page number and the page's name."""
    return (s[:1].isdigit() or s[:1] == "第") and _EPAPER_PAGE.match(s) is not None


def _closing_date(tail: list[str]) -> str | None:
    """The date in the page's last line, under its footer (`某某日报 … 建立… 2024-09-25 … 2024年09月25日 星期三`):
    an e-paper's record of the page, which dates it. A footer line itself (`Copyright 2003-2024`) dates nothing."""
    last = next((t.strip() for t in reversed(tail) if t.strip()), "")
    m = DATE_RE.search(last) if last and not _is_footer(last) else None
    return _iso(m) if m else None


def _site_line(texts: list[str], i: int, keys: re.Pattern[str]) -> bool:
    """Is line `i` the site's own name above the headline (`政策法规宣传网`)? A short line that ends as
    site names do (`lexicon/site_endings.txt`) or publications do (`陕西日报新媒体`,
    `lexicon/publication_endings.txt`), or names the footer's 版权所有/主办 site, followed by a line
    that looks like a title or metadata (so a short headline ending in 网 followed by the body stays one)."""
    s = texts[i].strip()
    if len(s) > _SITE_MAX or _SENTENCE_PUNCT.search(s) or not _looks_like_title(s):
        return False
    ends = (*lexicon.words("site_endings"), *lexicon.words("publication_endings"))
    if not s.endswith(ends) and s != _footer_site(texts):
        return False
    # Page tools may stand between (an e-paper's `展开通版`): the line after them decides.
    nxt = next((t.strip() for t in texts[i + 1 : i + 1 + _SITE_GAP] if t.strip() and not _is_junk(t.strip())), "")
    return bool(nxt) and (_looks_like_title(nxt) or keys.match(nxt) is not None)


def _footer_site(texts: list[str]) -> str | None:
    """The site the page's last lines name, the last such line first."""
    return _named_site(reversed(texts[-_FOOTER_LINES:]))


def _named_site(lines: Iterable[str]) -> str | None:
    """The site the first of `lines` to name one names (`上海市律师协会版权所有`, `主办：某某区人民政府`).

    Every form of `_SITE` holds 版权所有 or 主办: other lines are passed over without the
    pattern, whose leading class of Chinese characters would be tried at each of their characters.
    """
    for s in lines:
        m = re.search(_SITE, s) if ("版权" in s or "主办" in s) else None
        if m:
            return next(g for g in m.groups() if g).strip()
    return None


def find(text: str, lines: list[Line]) -> Chrome:
    """Metadata and the body span of a page."""
    out = Chrome()
    keys = _key_pattern()
    texts = [text[ln.start : ln.end] for ln in lines]  # sliced inline: a page may have thousands of lines
    n = len(lines)
    i = 0
    head_end = 0  # index of the first body line
    title_at: int | None = None
    pending_key: str | None = None
    candidates: list[int] = []  # lines that could be the title, in order
    saw_meta = False
    crumb_end = 0  # index after a breadcrumb (or the site's name) read at the top
    body_at: int | None = None  # where the body starts inside line `head_end`, when not at its start
    table = False  # rows of a metadata table have been read
    reposted = False  # a second header (the reposted article's own) has been read
    links = False  # a list of links (`- 首页` / `- 新闻中心`) is being read
    repeated: tuple[int, int] | None = None  # the first line, and the line after its repeat
    glued_title: tuple[int, str] | None = None  # a title line with metadata run into it, and its title
    front = _front_matter(texts)
    if front:
        # A static-site post: its front matter states the title and date; the page's own
        # heading may set the title again below it.
        i = head_end = crumb_end = front[0]
        out.title = _undecorated(front[1].get("title") or "") or None
        out.title_field = out.title is not None
        out.date = _front_date(front[1].get("date", ""))
    while i < n and i < 60:
        s = _BULLET.sub("", _markdown(texts[i].strip()))
        if not s:
            i += 1
            continue
        if "|" in s or "｜" in s:
            s = _barred_fields(s, keys)
        if pending_key:
            key, pending_key = pending_key, None
            glued = _glued_body(texts[i])
            # The value under its label is short and no sentence (but a blurb's); a sentence there is
            # the body (`阅读次数:` left empty at the end of its line).
            sentence = s.endswith(("。", "！", "？")) or (len(s) > _SHORT_META and _SENTENCE_PUNCT.search(s))
            is_value = glued is not None or not sentence or _KEY_SPACE.sub("", key) in _BLURB_KEYS
            if is_value and not keys.match(s) and not _is_tool(s) and not _title_piece(s, out):
                _apply(out, key, s if glued is None else texts[i][:glued])
                if glued is not None:
                    head_end, body_at = i, lines[i].start + glued
                    break
                head_end = i + 1
                i += 1
                continue
        crumb = _crumb_head().match(s)
        if crumb or (
            not out.breadcrumb and (_crumb_line(s) or (len(s) <= 12 and _CRUMB_NEXT.match(_next_text(texts, i))))
        ):
            # `新华网` / `>` / `时政` / `> 正文`: a site name followed by separators opens a breadcrumb too.
            i = _read_breadcrumb(texts, i, s[crumb.end() :] if crumb else s if _crumb_line(s) else s + " >", out)
            head_end = crumb_end = i
            candidates = []  # the lines above a breadcrumb are the site's header, not the title
            continue
        if s.startswith(("分享", "【分享", "[分享")):
            box = _share_box(texts, i)
            if box:
                head_end = i = box
                continue
        pieces = _split_date(texts, i)
        if pieces:
            iso, i = pieces
            out.date = out.date or iso
            saw_meta = True
            head_end = i
            continue
        dated = _LEAD_DATE.match(s)
        bar = _LEAD_BAR.match(s, dated.end()) if dated else None  # `2024年01月22日14:31 | 来源:…`
        after = bar.end() if bar else 0  # the bar's pattern, all optional, matches wherever a date ends
        if dated and after < len(s) and keys.match(s, after):
            out.date = out.date or _iso(dated)
            s = s[after:]
        elif dated and s[after:] in _PUBLISHED:
            out.date = out.date or _iso(dated)  # `2021-04-12 发布`: the date before its label
            saw_meta = True
            head_end = i = i + 1
            continue
        views = _views_line(s[dated.end() :] if dated else s)
        if views is not None:
            # `193人看过`, `2018-1-11 0:00:00发布79次查看`: the read count (and the date) alone on a line.
            out.views = out.views if out.views is not None else views
            out.date = out.date or (_iso(dated) if dated else None)
            saw_meta = True
            head_end = i + 1
            i += 1
            continue
        if len(s) <= _SHORT_META and s.endswith(lexicon.words("editor_credits")):
            head_end = i + 1  # `某某网小编整理`: the site's editor, between the headline and its date
            i += 1
            continue
        cells = _table_cells(s)
        if cells and (table or any(_label(c) for c in cells)):
            for label, value in pairwise(cells):
                cell_key = _label(label)
                if cell_key:
                    _apply(out, cell_key, value)
            saw_meta = table = True  # a row of a metadata table, though it has no label the list knows
            head_end = i + 1
            i += 1
            continue
        named = _SITE_URL.match(s) if "http" in s or "www." in s else None
        if named and named.group(1).endswith(lexicon.words("site_endings")) and keys.match(s, named.end()):
            # `某某网：http://www.… 来源：… 发布时间：…`: the site's name and address open the page's fields.
            out.site = out.site or named.group(1)
            s = s[named.end() :]
        glued = _glued_field(texts[i], keys) if keys.match(s) else None
        if glued is not None:
            s = _BULLET.sub("", texts[i][:glued].strip())
        fields = _fields(s, keys) if keys.match(s) else _loose_fields(s)
        if fields:
            for k, (key, value) in enumerate(fields):
                if value:
                    _apply(out, key, value)
                elif key not in _TOOL_KEYS and k == len(fields) - 1:
                    pending_key = key  # a label ending its line: the value is on the next line
            stamp = _closing_stamp(fields[-1][1]) if out.date is None else None
            if stamp:  # `来源:某某 阅读量:10000 2023-04-23 10:26:11`: an unlabelled date-time closing the fields
                out.date, out.date_rank = _iso(stamp), 1
            # A tool label (【字号：) says nothing about where the title is; metadata does.
            saw_meta = saw_meta or any(value or key not in _TOOL_KEYS for key, value in fields)
            if glued is not None:
                head_end, body_at = i, lines[i].start + glued
                break
            head_end = i + 1
            i += 1
            continue
        if _bracket_field(texts, i, s):
            saw_meta = True  # `【时效性】尚未施行`: a database's record of the text, above its title
            head_end = i + 1
            i += 1
            continue
        bare = _BARE_DATE_LINE.match(s)
        sourced = None if bare else _source_date(s) or _spaced_date(s)
        if bare or sourced:
            out.date = out.date or (_iso(bare) if bare else sourced)
            saw_meta = True
            head_end = i + 1
            i += 1
            continue
        if _is_tool(s) or _NO_WORD.match(s):
            head_end = i + 1  # a tool, or markup left over (`-->`)
            i += 1
            continue
        if not candidates and _epaper_page(s):
            head_end = crumb_end = i + 1  # `00004版:特别报道`: an e-paper's page and its name, above the headline
            i += 1
            continue
        if (_LINK_ITEM.match(texts[i]) or _dash_item(texts[i], out, candidates)) and (
            links or _LINK_ITEM.match(_next_text(texts, i)) or _dash_item(_next_text(texts, i), out, candidates)
        ):
            # `- 设为首页` / `- 长者版`: a list of the site's links, not a title; above any title, a list of
            # the page's notices (`- 25.50 KB` / `- 1、本文档由用户上传…`) too
            links = True
            head_end = crumb_end = i + 1
            i += 1
            continue
        welcome = _WELCOME().search(s) if "欢迎" in s[:_GREETING] and len(s) <= _WELCOME_MAX else None
        if welcome:  # `欢迎访问某某网,今天是 2025年05月31日 星期六`: the site greets, its day is no page date
            out.site = out.site or welcome.group(1)
            head_end = crumb_end = i + 1
            i += 1
            continue
        if not (candidates or saw_meta or out.title_field) and (
            _doc_number(s) or (_banner(s) and _doc_number(_next_text(texts, i)))
        ):
            head_end = crumb_end = i + 1  # a red-head banner and the document number: the title is below
            i += 1
            continue
        if not candidates and _site_line(texts, i, keys):
            out.site = out.site or _masthead_site(s)
            head_end = crumb_end = i + 1
            i += 1
            continue
        if out.title_field:
            if out.title and _same_words(s, out.title):
                out.title = s  # the heading repeats the stated title in the page's own punctuation
            elif not _title_piece(s, out):
                break  # the stated title (set as a heading, perhaps over two lines) is all the head holds
            head_end = i + 1
            i += 1
            continue
        if candidates and s.startswith("——") and not saw_meta:
            i += 1  # a subtitle under the title, above the metadata: part of the head
            continue
        if candidates and _title_text(s) == _title_text(texts[candidates[-1]].strip()):
            head_end = i + 1  # the title repeated under the page tools (perhaps without its decoration)
            i += 1
            continue
        if candidates and "&" in texts[candidates[-1]] and s == _unescaped(texts[candidates[-1]].strip()):
            # `建设&nbsp;深入` double-escaped on the page, decoded in its repeat: the repeat is the title as
            # the page shows it.
            candidates[-1], head_end = i, i + 1
            i += 1
            continue
        if not saw_meta and len(candidates) > 1 and s == texts[candidates[0]].strip():
            # `某某报告` / `本地事` / `某某报告`: the first line repeated under a channel label is the
            # headline; all above the repeat is the page's head.
            repeated = (candidates[0], i + 1)
            i += 1
            continue
        if saw_meta and candidates and _companion_link(s):
            head_end = i + 1  # `《政府工作报告》解读` under the page tools: a link to the companion page
            i += 1
            continue
        if saw_meta and (candidates or not _looks_like_title(s)):
            if candidates and not reposted and _second_header(texts, i, keys):
                # A document-sharing page: its title and upload line, then the article's own title and
                # byline (`时间:… 来源:《…》 作者:…`). The article's header is the one that dates it.
                reposted, saw_meta, candidates = True, False, []
                out.date, out.date_rank, out.author = None, 0, None
                continue
            break  # a title may follow the metadata (`2025-07-26 来源：新华网` above it), one at most
        raw = texts[i].strip()
        marked = _MARKED_BYLINE().match(raw) if raw[:1] in _BYLINE_MARKS else None
        if marked or (raw.startswith(_AUTHOR_NOTE) and raw.endswith((")", "）"))):
            out.author = out.author or (marked.group(1) if marked else None)
            if not candidates:
                head_end = crumb_end = i + 1  # the headline, if any, is below
            i += 1
            continue
        if not saw_meta and s.endswith(_ADDRESS_END) and _kicker(texts, i, keys):
            candidates.append(i)  # `某某做客“访谈”:` over the headline and its date: a kicker, no address
            i += 1
            continue
        if not saw_meta and (s.endswith(_ADDRESS_END) or (not candidates and s.endswith("。"))):
            # An address line (`各市(州)人民政府:`) or a first line that is a sentence: the body has
            # begun, and a date further down is a cover notice's signature, not the page's.
            break
        if not (candidates or saw_meta) and (_nav_label(s, out) or _menu_line(s)):
            head_end = crumb_end = i + 1  # `新闻中心` / `公司要闻` / `新闻公告  NEWS`: the site's columns
            i += 1
            continue
        cut = None if saw_meta else _glued_meta(s, keys)
        if cut is not None:
            # `某某调研来源：某报  发布时间：2020-12-11`: the headline with its metadata run into its line.
            for key, value in _fields(s[cut:], keys):
                _apply(out, key, value)
            glued_title, saw_meta, head_end = (i, s[:cut].rstrip()), True, i + 1
        candidates.append(i)
        i += 1
        if len(candidates) > 3:
            break
    if out.title_field or (saw_meta and not candidates):
        pass  # the stated title; or metadata straight above the body: a page without a headline
    elif repeated:
        title_at, head_end = repeated
    elif saw_meta and candidates:
        title_at = candidates[-1]
        head_end = max(head_end, title_at + 1)
        if _column_label(texts[title_at].strip(), out):
            title_at = None  # `党建工作` / `发布时间:…`: the column above the metadata, and no headline
    else:
        # No metadata: the first line is the title if it looks like one, unless it is a page
        # tool (`跳过导航`, `返回顶部`) or the breadcrumb the title stands under.
        first = next((k for k in range(crumb_end, n) if texts[k].strip() and not _is_junk(texts[k].strip())), None)
        if first is not None and _column_label(texts[first].strip(), out):
            # `集团新闻` / `集团公司党委召开政工例会`: the column the page sits in, then its headline.
            below = next((k for k in range(first + 1, min(n, first + 4)) if texts[k].strip()), None)
            if below is not None and _looks_like_title(texts[below]):
                first = below
        head_end = crumb_end if first is None else first
        if first is not None and _looks_like_title(texts[first]) and not _outline_heading(texts[first]):
            title_at = first
            head_end = first + 1
    if title_at is not None:
        head = glued_title[1] if glued_title and glued_title[0] == title_at else texts[title_at].strip()
        out.title = _title_text(_markdown(head))
        if title_at + 1 < n and head_end == title_at + 1 and _title_rest(out.title, texts[title_at + 1], keys):
            out.title += texts[title_at + 1].strip()
            head_end = title_at + 2
        if out.title.endswith((")", "）")):
            out.title = _without_source_tag(out.title, texts[title_at + 1 : title_at + 1 + _SOURCE_LINES])

    while head_end < n and (not texts[head_end].strip() or _photo_credit(texts[head_end])):
        head_end += 1
    tail = _footer_start(texts, head_end, out.title)
    start = lines[head_end].start if head_end < n else len(text)
    if body_at is not None and head_end < n and start <= body_at <= lines[head_end].end:
        start = body_at
    end = lines[tail - 1].end if tail > head_end else start
    out.body = (start, max(start, end))
    if not text[start:end].strip() and text.strip():
        # Every line read as chrome (a text of one line, a title and a date): an article has a
        # body, so the reading of the head was wrong and the whole text is the body.
        first_line = next(ln for ln in lines if ln.text(text).strip())
        last_line = next(ln for ln in reversed(lines) if ln.text(text).strip())
        out.body = (first_line.start, last_line.end)
        return out
    if head_end < n:
        _lead_byline(text, lines[head_end], out)
    _byline(text, lines, head_end, tail, out)
    owner = _named_site(texts[tail:])
    # The footer names the site; but `某某日报报业集团版权所有` under `某某日报` owns the paper named above.
    if owner and not (out.site and owner.startswith(out.site)):
        out.site = owner
    if out.date is None:
        # The date in a paper's closing line: the page's date, which anchors the body's 今年.
        out.date = next((d for line in texts[tail:] if (d := _paper_date(line.strip()))), None)
    if out.date is None and tail < n:
        out.date = _closing_date(texts[tail:])
    if out.date is None or out.author is None:
        # The date in the fields closing the page (`时间：… / 来源：…`), and the author (`作者:某某` after
        # the body); a date the head gave stays.
        has_date = out.date is not None
        for line in texts[tail:]:
            if (not has_date or "作者" in line) and keys.match(s := line.strip()):
                for key, value in _fields(s, keys):
                    if not has_date or key == "作者":
                        _apply(out, key, value)
    return out


@cache
def _label_pattern() -> re.Pattern[str]:
    """A cell that is a label and nothing else: `生成日期`, `索 引 号`, `【来源】:`."""
    return re.compile(rf"(?:【|\[)?({_keys()})(?:】|\])?\s*[:：]?")


def _doc_number(s: str) -> bool:
    """A document number line (`某政发〔2023〕2号`); only a line holding 号 is matched, so
    the pattern is compiled for a page that has one."""
    return "号" in s and _DOC_NUMBER().match(s) is not None


def _banner(s: str) -> bool:
    """A red-head document's banner (`某某市人民政府文件`); only a line holding 文件 is matched."""
    return "文件" in s and _BANNER().match(s) is not None


def _source_date(s: str) -> str | None:
    """The date of a `某某日报·2026-02-09 01:28` line (a source and a date); only a line ending in a
    digit is tried."""
    m = _SOURCE_DATE_LINE().match(s) if s[-1:].isdigit() else None
    if m is None:
        return None
    y, mo, d = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:6]))
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def _paper_date(s: str) -> str | None:
    """The issue's date of a paper's closing line (`《 人民日报 》（ 2020年08月25日 17 版）`); only a line
    opening with 《 (perhaps after a bracket) and closing with a bracket is tried."""
    if not (s[:2].lstrip("(（")[:1] == "《" and s[-1:] in ")）"):
        return None
    m = _PAPER_LINE().match(s)
    return _ymd(*(g for g in m.groups() if g)) if m else None


def _closing_stamp(value: str) -> re.Match[str] | None:
    """`_CLOSING_STAMP` in a field's value; tried (and compiled) only for a value that ends in a digit."""
    return _CLOSING_STAMP().search(value) if value[-1:].isdigit() else None


def _spaced_date(s: str) -> str | None:
    """The date of a line of cells set apart by wide spaces, one a date in digits or with its time, the others
    the site's address, its name or page tools (`http://www.某某.cn  某某网   2014年01月05日 07:56   【 】 【打印`).
    Only a short line with a wide space is split."""
    if len(s) > _SPACED_MAX or ("  " not in s and "\u3000" not in s):
        return None
    stamp = None
    for cell in _WIDE_GAP.split(s):
        m = _STAMP().fullmatch(cell) if stamp is None and cell[-1:].isdigit() else None
        if m:
            stamp = m
        elif cell and not (
            _is_tool(cell) or _ADDRESS().fullmatch(cell) or (len(cell) <= _SITE_MAX and _name_like(cell))
        ):
            return None
    if stamp is None:
        return None
    return _ymd(*(stamp.groups()[:3] if stamp.group(1) else stamp.groups()[4:7]))


def _barred_fields(s: str, keys: re.Pattern[str]) -> str:
    """A CMS's line of fields with bars, read as the fields alone (`_fields` reads them): one row framed by
    its bars (`| 2023-01-04 08:10:03 編輯: 某某 閱讀次數:2964 |`), or labelled fields split by bars, in
    brackets or not (`[ 来源: | 作者:admin | 发布时间:2024-01-18 | 浏览:677次 ]`, spaced). Any other line (a
    table row of label and value cells: `生成日期 | 2024-03-21 |`) is kept as it is."""
    if len(s) > 2 and s[0] in _BARS and s[-1] in _BARS and not any(c in _BARS for c in s[1:-1]):
        return s.strip(" |｜") or s
    inner = s[1:-1] if s[0] in _FIELD_BRACKETS and s[-1] == _FIELD_BRACKETS[s[0]] else s
    cells = [c for c in _CELL_SEP.split(inner.strip()) if c]
    return "  ".join(cells) if cells and all(keys.match(c) for c in cells) else s


def _label(cell: str) -> str | None:
    m = _label_pattern().fullmatch(cell)
    return m.group(1) if m else None


def _table_cells(s: str) -> list[str] | None:
    """The cells of a flattened table row (`公开范围 | 面向全社会 |`): two or more short ones, or None."""
    if "|" not in s and "｜" not in s:
        return None
    cells: list[str] = [c for c in _CELL_SEP.split(s) if c]
    if len(cells) < 2 or any(len(c) > _CELL_MAX or _SENTENCE_PUNCT.search(c) for c in cells):
        return None
    return cells


def _glued_body(line: str, pos: int = 0) -> int | None:
    """Where the body starts when a date at `pos` has the body's first sentence run into it
    (`2026-02-02为打牢…，2月2日上午，…`); None when the date ends its line or other fields follow."""
    m = _GLUED_DATE.match(line, pos)
    if not m or not _SENTENCE_PUNCT.search(line, m.end()):
        return None
    if len(line) - m.end() <= _SHORT_META and not line.rstrip().endswith(("。", "！", "？")):
        return None
    return None if _key_pattern().search(line, m.end(), m.end() + _SHORT_META) else m.end()


def _glued_field(line: str, keys: re.Pattern[str]) -> int | None:
    """`发布时间:2026-02-02为打牢…`: the last label's date with the body run into it (see `_glued_body`)."""
    ends = [m.end() for m in keys.finditer(line)]
    return _glued_body(line, ends[-1]) if ends else None


def _second_header(texts: list[str], i: int, keys: re.Pattern[str]) -> bool:
    """Do the lines from `i` on hold a second header: a few title lines, then a line that dates
    the text and names its source or author (`时间:2010年08月10日 来源:《党建研究》作者:某某`)?"""
    seen = 0
    for s in (t.strip() for t in texts[i : i + 4 * _SECOND_HEAD]):
        if not s:
            continue
        if keys.match(s):
            names = {_KEY_SPACE.sub("", key).translate(_TRAD_KEY) for key, value in _fields(s, keys) if value}
            dated = any(k in _DATE_KEYS for k in names)
            return dated and any(k == "作者" or k.endswith("来源") for k in names)
        seen += 1
        if seen > _SECOND_HEAD or not _looks_like_title(s) or len(s) > _CELL_MAX:
            return False
    return False


def _read_breadcrumb(texts: list[str], i: int, rest: str, out: Chrome) -> int:
    """Read `首页 >> 行业党建 >> 党建动态`, on one line or one item per line; return the next line."""
    items: list[str] = [p for p in _CRUMB_SEP.split(rest) if p.strip()]
    if len(items) == 1 and len(spaced := items[0].split()) > 1 and max(map(len, spaced)) <= _CRUMB_ITEM_MAX:
        items = spaced  # `当前位置:首页 组宣工作`: only spaces between the items
    i += 1
    if not items or rest.rstrip().endswith((*_CRUMB_ENDS, "/")) or _CRUMB_NEXT.match(_next_text(texts, i - 1)):
        # Scrapers put each item on its own line, with the separators between (`当前位置:首页` / `> 党群工作`).
        expect_item = True
        while i < len(texts):
            s = texts[i].strip()
            if not s:
                i += 1
                continue
            lead = _CRUMB_NEXT.match(s)
            if lead and s[lead.end() :].strip():
                s, expect_item = s[lead.end() :].strip(), True
            # `首页` / `>要闻动态>图片新闻`: the line that carries on may hold several items
            parts: list[str] = [p for p in _CRUMB_ITEM_SEP.split(s) if p] if lead else [s]
            if _CRUMB_SEP.fullmatch(s):
                expect_item = True
            elif expect_item and parts and all(len(p) <= _CRUMB_ITEM_MAX for p in parts):
                items += parts
                expect_item = bool(lead) and s.endswith(_CRUMB_ENDS)  # `>要闻动态>`: more items below
            else:
                break
            i += 1
    if items and items[-1].rstrip().endswith(_TEXT_CRUMB) and items[-1].rstrip()[: -len(_TEXT_CRUMB)].endswith(" "):
        items[-1:] = items[-1].rstrip()[: -len(_TEXT_CRUMB)], _TEXT_CRUMB  # `时政·经济 正文`: the page's own crumb
    out.breadcrumb = [_clean(p) for p in items if _clean(p)]
    root = out.breadcrumb[0] if out.breadcrumb else ""
    if root.endswith("网") and 2 < len(root) <= 8:
        out.site = root  # `新华网 > 时政 > 正文`: the root names the site itself
    return i


@cache
def _views_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:发布)?\s*(\d+)\s*(?:{lexicon.alternation('view_phrases')})")


def _views_line(s: str) -> int | None:
    """The count of `193人看过` / `发布79次查看` when that is the whole (rest of the) line."""
    m = _views_pattern().fullmatch(s.strip()) if s.endswith(lexicon.words("view_phrases")) else None
    return int(m.group(1)) if m else None


def _crumb_line(s: str) -> bool:
    """`某某网 > 新闻中心 > 国内新闻 > 正文`: a breadcrumb without its label or 首页, three or more short
    items (two under a site's name) between separators and no sentence in them."""
    if not any(c in s for c in ">＞»›→") or len(s) > _CRUMB_LINE_MAX:
        return False
    items: list[str] = _CRUMB_ITEM_SEP.split(s)
    # Two items do when the root names a site (`人民网>>四川频道`): a headline rarely opens with one.
    site_root = len(items) == 2 and items[0].strip().endswith("网")
    return (len(items) >= _CRUMB_LINE_ITEMS or site_root) and all(
        0 < len(p.strip()) <= _CRUMB_ITEM_MAX and not _SENTENCE_PUNCT.search(p) for p in items
    )


def _share_box(texts: list[str], i: int) -> int | None:
    """The index after a share box opened by line `i` (`分享到微信朋友圈` / `打开微信，点击底部的“发现”，` /
    `使用“扫一扫”即可将网页分享至朋友圈。` / `微博微信`): short lines that each name where to share
    (`lexicon/share_words.txt`). None when line `i` is alone (a plain `分享：` is a tool line)."""
    if len(texts[i].strip()) > _SHARE_MAX:
        return None
    targets = _share_word()
    k = end = i + 1
    while k < len(texts):
        s = _markdown(texts[k].strip())  # a QR code's image between is no line of text
        if s and (len(s) > _SHARE_MAX or not targets.search(s)):
            break
        k += 1
        end = k if s else end
    return end if end > i + 1 else None


@cache
def _share_word() -> re.Pattern[str]:
    return re.compile(lexicon.alternation("share_words"))


def _next_text(texts: list[str], i: int) -> str:
    """The next non-empty line after line `i`, stripped ('' when none)."""
    return next((t.strip() for t in texts[i + 1 : i + 4] if t.strip()), "")


def _split_date(texts: list[str], i: int) -> tuple[str, int] | None:
    """A date flattened into one piece per line, and the index after its last piece."""
    pieces: list[str] = []
    k = i
    while k < len(texts) and len(pieces) < _MAX_DATE_PIECES:
        s = texts[k].strip()
        if s and not _DATE_PIECE.match(s):
            break
        if s:
            pieces.append(s)
        k += 1
    m = _SPLIT_DATE.match(" ".join(pieces)) if len(pieces) > 1 else None
    iso = _iso(m) if m else None
    return (iso, k) if iso else None


_CELL_EDGE = " |｜"  # a flattened table's cell borders around a field's value


def _title_piece(s: str, out: Chrome) -> bool:
    """Is line `s` (part of) the title a `标题：` field stated? Pages set it again as the heading."""
    return out.title_field and out.title is not None and len(s) >= 2 and s in out.title


def _apply(out: Chrome, key: str, value: str) -> None:
    key = _KEY_SPACE.sub("", key).translate(_TRAD_KEY)
    if key in _DATE_KEYS:
        m = DATE_RE.search(value)
        rank = _DATE_KEYS[key]
        if m and (not out.date or rank < out.date_rank):
            out.date, out.date_rank = _iso(m), rank
    elif key == "标题" and value and not out.title_field:
        out.title, out.title_field = value, True
    elif key == "名称" and value.strip(_CELL_EDGE) and out.title is None:
        # A disclosure catalogue's 名称 (名 称: | 市人民政府办公室关于印发…的通知 |) names the document. Unlike
        # 标题 it does not make the lines repeating it chrome: the issuer's line there opens the body.
        out.title = value.strip(_CELL_EDGE)
    elif key == "作者" and value.endswith("网") and not out.site:
        out.site = value  # `作者:法律资料网`: a site, not a person
    elif key == "作者" and not out.author and value not in _NO_AUTHOR:
        out.author = value
    elif key in _VIEW_KEYS:
        m = _COUNT.search(value)
        n = numeral_value(m.group()) if m else None
        if n is not None and out.views is None:
            out.views = int(n)


def _title_rest(title: str, line: str, keys: re.Pattern[str]) -> bool:
    """Does `line`, right under the title line, finish the title? An official document's title set over
    two lines: the first does not end as such titles do (`lexicon/document_kinds.txt`), the second,
    short and with no punctuation, does (`国务院关于推动…高质量发展` / `奋力书写…新篇章的意见`)."""
    s = line.strip()
    kinds = lexicon.words("document_kinds")
    if not s or len(s) > _TITLE_REST_MAX or _SENTENCE_PUNCT.search(s) or keys.match(s) or _HEADING_START().match(s):
        return False
    return s.endswith(kinds) and not title.endswith(kinds) and not title.endswith(_CLOSERS)


def _outline_heading(s: str) -> bool:
    """Does the line open with an outline marker (`一、`, `（一）`, `第一章`)? Such a line is the body's first
    heading (`****` / `一、2022年项目工作总结`), never the page's title, even when nothing stands above it.
    The first character is tested before the pattern, which most first lines never need."""
    s = s.lstrip()
    return s[:1] in _MARKER_HEADS and _HEADING_START().match(s) is not None


def _looks_like_title(s: str) -> bool:
    """Short, not ending as a sentence or an address does, with few commas (full- or half-width: pages
    typeset either). A line opening with —— is a subtitle or the occasion of a speech
    (`——2021年12月16日在…大会上`), never the headline, even first on the page."""
    s = s.strip()
    return (
        2 <= len(s) <= 80
        and not s.endswith(("。", "：", ":", "；"))
        and s.count("，") + s.count(",") < 3
        and not s.startswith("——")
    )


def _bracket_field(texts: list[str], i: int, s: str) -> bool:
    """`【法宝引证码】CLI.1.304262` / `【时效性】尚未施行`: a label in 【】 with a short value, which is a
    code, a number or a date, or stands among more such lines. One such line with a headline after
    its label is a column's title (`【龙法动态】龙江法院举办…`)."""
    m = _BRACKET_FIELD.match(s)
    if not m:
        return False
    if not any("\u4e00" <= c <= "\u9fff" for c in m.group(1)):
        return True
    near = [t.strip() for t in texts[max(0, i - 2) : i] + texts[i + 1 : i + 3] if t.strip()]
    return any(_BRACKET_FIELD.match(t) for t in near)


def _nav_label(s: str, out: Chrome) -> bool:
    """A column's name alone on a line above the headline, perhaps with its English gloss (`新闻公告  NEWS`)."""
    name = s.rstrip(_GLOSS)
    return bool(name) and _column_label(name if name == s or s[len(name)] == " " else s, out)


def _dash_item(line: str, out: Chrome, candidates: list[int]) -> bool:
    """A dash-bulleted line above any title (none read, none stated): an item of the page's own lists."""
    return not (candidates or out.title_field) and _DASH_ITEM.match(line) is not None


def _menu_line(s: str) -> bool:
    """The site's menu on one line: short names between spaces, opening with the home page or many of
    them (`首页 法制动态 案例判例 法律文书 …`); a headline holds two or three spaced phrases at most."""
    if " " not in s and "\u3000" not in s:
        return False
    items = s.split()
    return (
        len(items) >= _MENU_ITEMS
        and (items[0] in _HOMES or len(items) >= 2 * _MENU_ITEMS)
        and all(len(item) <= _COLUMN_MAX for item in items)
        and not _SENTENCE_PUNCT.search(s)
    )


def _companion_link(s: str) -> bool:
    """A short line with no sentence punctuation that ends as a link to a companion page does
    (`lexicon/link_endings.txt`: 解读, 图解)."""
    return len(s) <= _CELL_MAX and s.endswith(lexicon.words("link_endings")) and not _SENTENCE_PUNCT.search(s)


def _kicker(texts: list[str], i: int, keys: re.Pattern[str]) -> bool:
    """Is line `i`, ending in a colon, a kicker over a headline: the next line a title with no sentence
    punctuation, the one after it the page's date in digits (`2019-03-04 19:07:56`; a notice's signature
    writes 2023年1月5日) or metadata? An address line (`各市人民政府:`) is followed by the body."""
    below = [t.strip() for t in texts[i + 1 : i + 6] if t.strip()][:2]
    if len(below) < 2 or not _looks_like_title(below[0]) or _SENTENCE_PUNCT.search(below[0]):
        return False
    dated = "年" not in below[1] and _BARE_DATE_LINE.match(below[1]) is not None
    return dated or keys.match(below[1]) is not None


def _glued_meta(s: str, keys: re.Pattern[str]) -> int | None:
    """Where a date's metadata run into a title line start (`某某调研来源：某报  发布时间：2020-12-11`), or None.

    Only a line with a colon is tried, and only at the label that ends right before its first colon: a
    source or date label there, after a title of some length, with a date among the fields it opens."""
    full, half = s.find("："), s.find(":")
    colon = min(full, half) if full > 0 and half > 0 else max(full, half)  # the first colon, or none (<= 0)
    if colon < _MIN_TITLE:
        return None
    head = s[:colon].rstrip()
    label = next((k for k in _glued_keys() if head.endswith(k)), None)
    if label is None or len(head) - len(label) < _MIN_TITLE or not _looks_like_title(head[: -len(label)]):
        return None
    cut = len(head) - len(label)
    fields = _fields(s[cut:], keys)
    if not any(_KEY_SPACE.sub("", k).translate(_TRAD_KEY) in _DATE_KEYS and DATE_RE.search(v) for k, v in fields):
        return None
    return cut


@cache
def _glued_keys() -> tuple[str, ...]:
    """The labels that may follow a title on its line (source and date labels), longest first; not a bare
    时间 or 日期, which a title may end in (`关于调整夏季作息时间：自2023年5月1日起执行`)."""
    plain = {k: k.translate(_TRAD_KEY) for k in lexicon.words("chrome_keys")}
    found = [k for k, p in plain.items() if p.endswith("来源") or (p in _DATE_KEYS and len(p) > 2)]
    return tuple(sorted(found, key=len, reverse=True))


def _column_label(s: str, out: Chrome) -> bool:
    """A site column's name alone on a line (`集团新闻`, `工作动态`, the breadcrumb's last item)."""
    if len(s) > _COLUMN_MAX or _SENTENCE_PUNCT.search(s):
        return False
    return s in out.breadcrumb or s in lexicon.wordset("channel_labels") or s.endswith(lexicon.words("column_endings"))


def _title_text(line: str) -> str:
    """The title a title line states, without the page's decoration: a label (`原标题：`) or a column label
    before it, a document number and 《》 around it, a table's bar or a document site's count of versions after it."""
    title = _VERSIONS.sub("", _TRAILING_BAR.sub("", _without_title_label(line)))
    doc = _DOC_TITLE.match(title)
    if doc:
        title = doc.group(1) or doc.group(2)
    return _strip_channel(_undecorated(title))


def _without_title_label(line: str) -> str:
    """`原标题：山东：…`: a repost's label naming the line a headline (`lexicon/title_labels.txt`) is no part of it."""
    for label in lexicon.words("title_labels") if line[:1] in _title_label_heads() else ():
        if line.startswith(label) and line[len(label) : len(label) + 1] in (":", "："):
            return line[len(label) + 1 :].strip()
    return line


@cache
def _title_label_heads() -> frozenset[str]:
    return frozenset(label[0] for label in lexicon.words("title_labels"))


def _unescaped(line: str) -> str:
    """A line with the HTML entities a page escaped twice decoded (`&nbsp;` read as a space)."""
    return html.unescape(line).replace("\xa0", " ")


def _undecorated(title: str) -> str:
    """A title without the site's name a scraper kept around it (the page's <title>): a label before an
    arrow (`南开大学->…`, `首页>>…`) and a site's domain or name after a bar, dash or underscore
    (`… | nankai.info`, `…_某某市人民政府网`). Only literal separators are looked for."""
    for arrow in _ARROWS if ">" in title or "»" in title else ():  # (each arrow holds one of them)
        k = title.find(arrow)
        if 0 < k <= _LABEL_MAX and _name_like(title[:k]) and len(title) - k - len(arrow) >= _MIN_TITLE:
            title = title[k + len(arrow) :].strip()
            break
    k = max(map(title.rfind, _SITE_SEPS))
    if k >= _MIN_TITLE:
        site = title[k + 1 :].strip(" -")
        if _DOMAIN.fullmatch(site) or (len(site) <= _SITE_MAX and site.endswith(lexicon.words("site_endings"))):
            title = title[:k].rstrip(" -")
    return title


def _name_like(s: str) -> bool:
    """A site's or column's name: Chinese characters or letters, nothing else (not `1+1`)."""
    return all("\u4e00" <= c <= "\u9fff" or (c.isascii() and c.isalpha()) for c in s.strip())


def _without_source_tag(title: str, below: list[str]) -> str:
    """`…主题党日活动 (市政府办公室)` over `来源:市政府办公室`: the unit tag glued to the title's end names
    the source the metadata line names, a page's label like a channel glued to its front, not the title."""
    m = _SOURCE_TAG().search(title) if title.endswith((")", "）")) else None
    if m is None or m.start() < _MIN_TITLE:
        return title
    source = re.compile(rf"来源\s*[:：]?\s*{re.escape(m.group(1))}")
    return title[: m.start()].rstrip() if any(source.search(line) for line in below) else title


def _strip_channel(title: str) -> str:
    if "|" in title or "｜" in title:
        title = _without_category(title)
    if title.count(":") + title.count("：") >= 2:
        title = _without_source_labels(title)
    labelled = _TITLE_LABEL.match(title)
    if labelled and len(title) - labelled.end() >= 6:
        return title[labelled.end() :].strip()
    for label in lexicon.words("channel_labels"):
        if title.startswith(label) and len(title) - len(label) >= 6:
            return title[len(label) :].strip()
    return title


def _without_source_labels(title: str) -> str:
    """`某某专题:某某报:北京律协直选争议`: short labels before colons, one of them naming the newspaper or
    site the article comes from, lead the headline; a headline's own colon (`某某:副题`) stands once."""
    *labels, rest = _COLON.split(title)
    ends = lexicon.words("press_endings") + lexicon.words("site_endings")
    if len(rest) < _MIN_TITLE or any(not 2 <= len(p) <= _LABEL_MAX or _SENTENCE_PUNCT.search(p) for p in labels):
        return title
    return rest.strip() if any(p.endswith(ends) for p in labels) else title


def _without_category(title: str) -> str:
    """`乡镇政府工作总结|乡镇人民政府五年工作总结`: a site's category glued to the title by a bar is chrome.

    The part before the bar is a category when it is a column's name (`lexicon/channel_labels.txt`,
    `lexicon/column_endings.txt`) or the title's own words, fewer and in order: the genre the title is one
    of (工作总结 | 2019年社区工作总结). A headline's own bar keeps both parts (`就业观察｜强化就业优先导向…`)."""
    parts: list[str] = _CELL_SEP.split(title)
    if len(parts) != 2:
        return title
    label, rest = parts
    if not 2 <= len(label) < len(rest) or len(label) > _CATEGORY_MAX or len(rest) < _MIN_TITLE:
        return title
    words = iter(rest)
    if (
        label in lexicon.wordset("channel_labels")
        or label.endswith(lexicon.words("column_endings"))
        or (len(label) >= _CATEGORY_MIN and all(ch in words for ch in label))
    ):
        return rest
    return title


def _is_footer(s: str) -> bool:
    """A short line with a footer word; a paragraph-long one, or one of several whole sentences
    that says a footer word once, is body text that mentions 版权, 主办 or the like."""
    return len(s) <= _FOOTER_MAX and _footer_key().search(s) is not None and not _is_prose(s)


def _is_prose(s: str) -> bool:
    """Two or more sentences, the last closed, of body length on average, with one footer word besides the
    contact channels it talks about: a paragraph (`…由各县轮流主办,搭建…平台。…开展观摩4次。`,
    `…公布举报电话和邮政信箱…专设并公布电子邮箱，…`), not a footer's `地址:…。电话:…。`
    nor a notice that is all footer words (`…均为本网版权所有,未经授权不得转载。…`)."""
    ends = sum(map(s.count, "。！？!?"))
    if ends < 2 or s[-1] not in "。！？!?" or len(s) < _PROSE_SENTENCE * ends:
        return False
    return sum(not _mentioned(s, m) for m in _footer_key().finditer(s)) <= 1


def _mentioned(s: str, m: re.Match[str]) -> bool:
    """Is footer word `m` a contact channel the sentence talks about (`公布举报电话和邮政信箱`, `专设并公布电子邮箱，`)
    rather than a field (`电话：`, `邮箱 abc@…`)? A field's label is followed by its colon, a space or its value."""
    nxt = s[m.end() : m.end() + 1]
    return m.group() in lexicon.wordset("contact_keys") and nxt not in ("", ":", "：", " ") and not nxt.isdigit()


@cache
def _footer_key() -> re.Pattern[str]:
    """Any footer word (`lexicon/footer_keys.txt`): one search of the line instead of one per word."""
    return re.compile(lexicon.alternation("footer_keys"))


@cache
def _credit_line() -> re.Pattern[str]:
    """A credit line (`lexicon/credit_labels.txt`): `编辑:丁浩然`, `（责任编辑：某某  审核：某某）`."""
    labels = lexicon.alternation("credit_labels")
    field = rf"(?:{labels})[ \u3000]*[:：][ \u3000]*[^\s:：。，；！？,;!?()（）]{{1,12}}"
    return re.compile(rf"[(（【\[]?[ \u3000]*{field}(?:[ \u3000]+{field})*[ \u3000]*[)）】\]]?")


def _is_credit(s: str) -> bool:
    return len(s) <= _SHORT_FOOTER and _credit_line().fullmatch(s) is not None


def _footnotes_start(texts: list[str], head_end: int) -> int:
    """Where a trailing list of wiki footnotes begins (len(texts) when there is none).

    Wiki pages end with their notes, each led by a back-link line `↑`
    (`↑` / `為代表大會之誤，下同。` / `↑` / …): the editor's apparatus, not the text.
    """
    marks = [k for k in range(head_end, len(texts)) if texts[k].strip() in _BACKLINKS]
    if not marks:
        return len(texts)
    last = "↑"
    for s in (t.strip() for t in texts[marks[0] :]):
        if s and last not in _BACKLINKS and s not in _BACKLINKS:
            return len(texts)  # a second line of text under one note: not a plain note list
        last = s or last
    return marks[0]


def _footer_start(texts: list[str], head_end: int, title: str | None = None) -> int:
    """Index one past the last body line.

    Read backwards from the end: blank, tool, footer and credit (`编辑:某某`) lines
    are chrome, and so are a markdown page's link-only lines (related pages) and the
    page's own title repeated under 阅读下一篇. Short lines without
    closing punctuation (a licence wrapped over many lines, a list of related
    links) are chrome only if a footer line lies above them; so is the page's last line when it has no
    sentence mark, however long (an e-paper's record of the page: `某某日报 … 2024-09-25 … 星期三`).
    """
    k = cut = _related_start(texts, head_end, _footnotes_start(texts, head_end))
    pending = 0  # short lines read since the last certain chrome line
    last = True  # no line but blank ones read yet
    while k > head_end:
        s = texts[k - 1].strip()
        if not s:
            k -= 1
        elif (
            _is_tool(s)
            or _is_footer(s)
            or s in ("true", "false")
            or s == title
            or _is_credit(s)
            or _LINK_LINE.match(s)
            or _field_line(s)
            or _paper_date(s)
        ):
            k -= 1
            pending = 0
        elif (
            (len(s) <= _SHORT_FOOTER and (s[-1] not in "。！？!?…" or len(s) <= 2))
            or (last and len(s) <= _FOOTER_MAX and not _SENTENCE_PUNCT.search(s))
        ) and pending < _MAX_PENDING:
            k -= 1
            pending += 1
        else:
            break
        last = last and not s
        if not pending:
            cut = k
    return cut


def _field_line(s: str) -> bool:
    """`时间：2015年12月13日 04:16:45`, `来源：某某日报`, `链接：http://…`: the page's fields closing it."""
    if _URL_FIELD.match(s):
        return True
    keys = _key_pattern()
    return len(s) <= _SHORT_FOOTER and keys.match(s) is not None and any(v for _, v in _fields(s, keys))


def _related_start(texts: list[str], head_end: int, end: int) -> int:
    """Where a list of other pages' teasers starts (`新闻推荐` alone on a line, then their first sentences), else `end`.

    Only a header among the last `_RELATED_SPAN` lines counts: a teaser list is short, and a
    heading 相关新闻 higher up may still introduce the article's own text.
    """
    heads = lexicon.wordset("related_heads")
    for k in range(max(head_end, end - _RELATED_SPAN), end):
        if texts[k].strip(" \t\u3000【】[]：:") in heads:
            return k
    return end


def _photo_credit(line: str) -> bool:
    return "摄" in line and re.search(_PHOTO_CREDIT, line) is not None


def _lead_byline(text: str, line: Line, out: Chrome) -> None:
    """`《祖国》记者/李国良 2025 年3月5日,…`: a byline run into the first line of the body.

    The names are the author, and the byline (with the publication in 《》) is chrome:
    the body starts after it. Names in brackets after a dateline leave the body as it is."""
    s = line.text(text)
    if "记者" not in s[:_LEAD_MAX] and "通讯员" not in s[:_LEAD_MAX] and "讯" not in s[:_LEAD_MAX]:
        return
    m = re.compile(_LEAD_BYLINE).match(s, len(s) - len(s.lstrip()))  # past an indent of no-break spaces too
    if not m or (m.group(3) and _not_names(m.group(3))):
        return  # 本报讯（通讯员）: a label, no name
    out.author = out.author or _reporters(next(g for g in m.groups() if g))
    # A dateline before bracketed names (`新华社上海7月26日电（记者…）`) is the article's own.
    if m.group(1) or m.group(5):
        out.body = (max(out.body[0], line.start + m.end()), out.body[1])


def _reporters(names: str) -> str:
    """The names before a second role label: `叶华南 通讯员 李敏` → `叶华南`, the reporter who wrote it
    (the 通讯员 who sent the story in is credited, not the author)."""
    return _SECOND_ROLE.split(names, maxsplit=1)[0].strip()


def _signature(line: str) -> str | None:
    """The names signing the last paragraph (`…分所25家。(兰楠)`), unless the brackets hold a
    note (`（未完待续）`, `lexicon/signature_stops.txt`) or a source (`（新华社）`: an organisation's ending).
    Searched only in a line that ends with its bracket: the search tries every stop of a paragraph."""
    if not line.rstrip(" 　\n").endswith((")", "）")):
        return None
    m = _SIGNATURE().search(line)
    return None if m is None or _not_names(m.group(1)) else m.group(1)


def _not_names(names: str) -> bool:
    """Do the bracketed words hold a note or a body rather than people (`lexicon/signature_stops.txt`, a suffix)?"""
    ends = _not_name_ends()
    return any(n.endswith(ends) for n in re.split(r"[ 　、]", names))


@cache
def _not_name_ends() -> tuple[str, ...]:
    """The endings of a note or a body, joined once rather than per byline."""
    return (*lexicon.words("signature_stops"), *lexicon.words("org_suffixes"))


def _byline(text: str, lines: list[Line], head: int, tail: int, out: Chrome) -> None:
    """`本报记者 鲁元珍 李晓` or a `职务 姓名` line under the title: the author."""
    if out.author:
        return
    # Only the first six lines and the last three are read: a long body is not copied for them.
    first = [lines[j].text(text).strip() for j in range(head, min(head + 6, tail))]
    last = [lines[j].text(text).strip() for j in range(max(head, tail - 3), tail)]
    for s in first + last:
        m = re.search(_BYLINE, s) if _names_end(s) else None
        if m and "。" not in s[: m.start()]:  # `某某作报告。某某日报记者 某某`: a photo caption's credit
            out.author = _reporters(m.group(1))
            return
    for s in last:
        m = re.fullmatch(_CREDIT, s) if "供稿" in s else None
        if m:
            out.author = next(g for g in m.groups() if g)
            return
    if last and (name := _signature(last[-1])):
        out.author = name
        return
    for s in first:
        m = re.fullmatch(_ROLE_NAME, s) if _names_end(s) and (" " in s or "\u3000" in s) else None
        if m and not _HEADING_START().match(s):
            out.author = m.group(2)
            return


def _names_end(s: str) -> bool:
    """Does the stripped line `s` end as a byline does, in a name or a closing bracket? A paragraph ends in
    its 。: tested first, this spares the search that would try a byline's label at each of its characters."""
    return bool(s) and ("\u4e00" <= s[-1] <= "\u9fff" or s[-1] in ")）】")
