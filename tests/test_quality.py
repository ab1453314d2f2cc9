"""Quality can never drop silently: the scorer over every annotated set, against pinned floors.

Each set is real articles with answers made by tests/data/dev/ANNOTATION.md and
scored by `xuhui_extract.evaluate` (the same rules as the shared scorer):

- the sample (samples/, tests/data/gold);
- the dev set (tests/data/dev): six articles of other genres, tuned on;
- tests/data/holdout and tests/data/holdout2: seven and eight articles of
  genres the dev set lacks (a plan with no-break-space indentation, 1920s
  Party reports, traditional script, pages with split breadcrumbs or metadata
  tables, PDF text with broken lines and typeset spaces, court and bar
  association pages), answered *before* the tool first ran on them (see their
  README.md files): they measure how the rules generalise. First runs scored
  0.855 and 0.788 overall;
- tests/data/holdout3 to holdout6: eight, eight, eight and six articles from
  sites none of the others uses (procuratorates, a statistics bulletin, a
  discipline commission, a state-owned group, communities, disclosure pages,
  document sites, bar associations, courts, street offices), each answered
  before the tool ran on it and after the previous set's fixes: first runs
  0.748, 0.822, 0.843 and 0.876;
- tests/data/holdout7: seven short pages (a company's Party news, an experience
  exchange, a disclosure-page plan, a court news page, a repost, a work report,
  a half-year notice), answered the same way: first run 0.793.
- tests/data/holdout8: six texts from the code index (a markdown-scraped
  ministry page, finance-portal posts with YAML front matter, a statistics
  analysis, court and procuratorate report news, a party branch page), first
  run 0.801.
- tests/data/holdout9: seven texts from the code and pages indexes (a SOE's
  CMS news page, a street summary, a district plan notice, a flattened work
  report, a procuratorate item on a portal, a congress report on a school
  page, a county profile), first run 0.843, 0.987 after its fixes.
- tests/data/holdout10: seven short texts from the pages index (a district
  Party department's meeting, a law firm's 送法下乡 item, a township summary, a
  court caseload item, a 实施方案 notice, a statistics brief, a university
  reading class), first run 0.876, 0.984 after its fixes.
- tests/data/holdout11: seven page openings from the pages index (a city
  office's theme Party day, a ministry department's measures, a procuratorate
  press conference, a government work report's targets, a township half-year
  summary, a CPPCC proposal review, a Party school's 七一 day), first run 0.879,
  0.980 after its fixes.
- tests/data/holdout12: eight page openings from the pages index (a Party
  working committee's training class, a bar association's service group, a
  typical-experience page, an information-disclosure annual report, a court
  work report, a plan notice with its metadata table, a county statistical
  bulletin, a culture centre's Party lecture), first run 0.927, 0.984 after its
  fixes.
- tests/data/holdout13: seven texts from the pages and code indexes (a
  district's grid governance from a party site's database, a 实施方案 notice, a
  law firm's Party branch, a court portal's interview, a university standing
  committee's six measures in hugo front matter, a county work report's review,
  a central SOE's news page), first run 0.778.
- tests/data/holdout14: seven page openings from the pages index (a district
  procuratorate's five-year report, a city 组织部长's boxed-byline article, a
  CPPCC news item, a township's five-year summary under a category bar, a 司法局's
  普法 news, a hospital's theme Party day, a PDF organisation-work summary that
  starts mid-sentence), first run 0.854, 0.997 after its fixes.
- tests/data/holdout15: seven texts from the pages and code indexes (a county
  Party-building item reposted on a game portal, a city's 意见 on a law site, a
  market-supervision bureau's quarter summary, a bar-association dispute whose
  body is joined by literal <BR>, a procuratorate item on a classifieds site, a
  newspaper's county livelihood report from a PHP page, a provincial work
  report's targets on a news portal), first run 0.824.
- tests/data/holdout16: seven texts from the pages and code indexes (a
  township project office's summary under a masked title line, a university
  office's Party branch with 一是…六是, a county court's mediation news, a
  ministry's contest notice, a city portal's lawyers' service group, a street
  office's five-step method, a university item on the Party congress), first
  run 0.854, 0.979 after its fixes.
- tests/data/holdout17: seven texts from the pages and code indexes (a
  district's work plan with targets, a discipline review's counts from a CMS
  dump, a CPPCC standing-committee item with a two-line breadcrumb, a village
  official's deeds with a two-level outline, a bar congress summary under a
  menu line, a SOE's Party study meeting, a township head's summary after
  document-site bullets), first run 0.813, 0.952 after its fixes.
- tests/data/holdout18: seven page openings from the pages index (a
  procuratorate press conference with a byline in its first sentence, a
  lawyers' forum speech, a city management work plan, a work-report review
  page, a SOE's Party study meeting, two township write-ups), first run 0.852.
- tests/data/holdout20: seven texts from the pages and code indexes (a county
  justice bureau in traditional script, a whole People's Daily feature with its
  paper line at the end, a CPPCC e-paper item, a provincial work report's
  figures, a regulator's enforcement counts, a court mediation story, a whole
  coal-mine safety notice), first run 0.878.
- tests/data/holdout21: eight texts from the pages and code indexes (a
  procuratorate's work-report opening, a law firm's Party branch pairing, a
  district's policy measures, a street office's summary, a provincial
  department's meeting, a county portal's court page with its chrome, a street
  Party committee's experience, a residents' area lift renewal), first run 0.915,
  0.992 after its fixes.

Each field must stay at or above its floor. The floors sit a little under what
the extractor reaches; they only go up: when a change raises a field, raise its
floor with it, and never lower one to make a change pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from xuhui_extract.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"

FIELDS = (
    "meta",
    "sections",
    "measures",
    "metrics",
    "metrics_no_chrome",
    "dates",
    "dates_no_chrome",
    "documents",
    "terms",
    "quotations",
    "initiatives_recall",
    "organizations_recall",
    "overall",
)

# (gold folder, article folder, number of articles, floors). Reached after the q1 round of general rules:
# sample 1.000 throughout; dev 0.996 (metrics 0.995, organisations 0.967); holdout 0.993 (metrics 0.984,
# organisations 0.943); holdout2 0.996 (metrics 0.993, terms 0.995, initiatives 0.969); holdout3 0.994
# (initiatives 0.938); holdout4 0.996 (metrics 0.988, organisations 0.969); holdout5 0.999 (metrics 0.986);
# holdout6 1.000; every other field 1.000.
SETS = {
    "sample": (DATA / "gold", ROOT / "samples", 1, dict.fromkeys(FIELDS, 0.99)),
    "dev": (
        DATA / "dev" / "gold",
        DATA / "dev" / "articles",
        6,
        {**dict.fromkeys(FIELDS, 0.97), "organizations_recall": 0.94, "overall": 0.99},
    ),
    "holdout": (
        DATA / "holdout" / "gold",
        DATA / "holdout" / "articles",
        7,
        {**dict.fromkeys(FIELDS, 0.97), "metrics": 0.96, "organizations_recall": 0.92, "overall": 0.99},
    ),
    "holdout2": (
        DATA / "holdout2" / "gold",
        DATA / "holdout2" / "articles",
        8,
        {**dict.fromkeys(FIELDS, 0.97), "metrics": 0.98, "initiatives_recall": 0.94, "overall": 0.99},
    ),
    "holdout3": (
        DATA / "holdout3" / "gold",
        DATA / "holdout3" / "articles",
        8,
        {**dict.fromkeys(FIELDS, 0.97), "initiatives_recall": 0.92, "overall": 0.99},
    ),
    "holdout4": (
        DATA / "holdout4" / "gold",
        DATA / "holdout4" / "articles",
        8,
        {**dict.fromkeys(FIELDS, 0.97), "organizations_recall": 0.95, "overall": 0.99},
    ),
    "holdout5": (
        DATA / "holdout5" / "gold",
        DATA / "holdout5" / "articles",
        8,
        {**dict.fromkeys(FIELDS, 0.97), "overall": 0.99},
    ),
    "holdout6": (
        DATA / "holdout6" / "gold",
        DATA / "holdout6" / "articles",
        6,
        {**dict.fromkeys(FIELDS, 0.97), "overall": 0.99},
    ),
    # holdout7, first run (7750a18): overall 0.793 — meta 0.583, sections 0.857, measures 0.857, metrics 0.647,
    # metrics_no_chrome 0.929, dates 0.709, dates_no_chrome 0.711, terms 0.883, quotations 0.714,
    # initiatives 0.809, organisations 0.868, documents 1.000. Reached after its fixes: overall 0.991 (metrics
    # 0.964, dates 0.961, terms 0.985, every other field 1.000); 0.992 (terms 0.992) since holdout14's rule that a
    # formulation only inside a quoted term (双报到) is not listed apart; the floors sit a little under.
    "holdout7": (
        DATA / "holdout7" / "gold",
        DATA / "holdout7" / "articles",
        7,
        {
            **dict.fromkeys(FIELDS, 0.97),
            "metrics": 0.95,
            "dates": 0.95,
            "overall": 0.98,
        },
    ),
    # holdout8, first run (7750a18): overall 0.801 — meta 0.333, sections 0.833, measures 0.988, metrics 0.782,
    # metrics_no_chrome 0.995, dates 0.845, documents 0.944, terms 0.944, quotations 0.833, initiatives 0.672,
    # organisations 0.833. Reached after its fixes: overall 0.987 (metrics 0.900, initiatives 0.967, every other
    # field 1.000), metrics 0.903 once 20-60万元群体 counts nothing; the floors sit a little under.
    "holdout8": (
        DATA / "holdout8" / "gold",
        DATA / "holdout8" / "articles",
        6,
        {**dict.fromkeys(FIELDS, 0.97), "metrics": 0.89, "initiatives_recall": 0.95, "overall": 0.98},
    ),
    # holdout9, first run 0.843 on main, per field: meta 0.528, metrics 0.877, metrics_no_chrome 1.000, dates
    # 0.883, dates_no_chrome 0.792, terms 0.962, quotations 0.667, initiatives 0.623, organisations 0.889,
    # sections, measures and documents 1.000. Reached after its fixes: overall 0.987 (metrics 0.924, terms
    # 0.994, initiatives 0.954, every other field 1.000), then 0.990 (metrics 0.951: 集中学习讨论3次, 1个怡安康…,
    # 20—60万元群体); the floors sit a little under.
    "holdout9": (
        DATA / "holdout9" / "gold",
        DATA / "holdout9" / "articles",
        7,
        {**dict.fromkeys(FIELDS, 0.97), "metrics": 0.94, "initiatives_recall": 0.95, "overall": 0.985},
    ),
    # holdout10, first run 0.876 on main (687d186), per field: meta 0.950, sections 0.952, measures 0.943, metrics
    # 0.782, metrics_no_chrome 1.000, dates 0.980, dates_no_chrome 1.000, documents 1.000, terms 0.928, quotations
    # 0.714, initiatives 0.633, organisations 0.881. Reached after its fixes: overall 0.984 (dates 0.980, quotations
    # 0.857: “七一” and the lecturer's quoted questions, both debatable, are left; every other field 1.000), then
    # 0.986 when holdout13's festival days read “七一”前夕 (dates 1.000); the floors sit a little under.
    "holdout10": (
        DATA / "holdout10" / "gold",
        DATA / "holdout10" / "articles",
        7,
        {**dict.fromkeys(FIELDS, 0.97), "quotations": 0.85, "overall": 0.98},
    ),
    # holdout11, first run (687d186): overall 0.879 — meta 0.893, metrics 0.676, metrics_no_chrome 1.000, dates
    # 0.971, dates_no_chrome 1.000, terms 0.943, quotations 0.829, initiatives 0.690, organisations 0.791,
    # sections, measures and documents 1.000. Reached after its fixes: overall 0.980 (metrics 0.953, terms 0.990,
    # quotations 0.857, every other field 1.000), then 0.995 after holdout13's speaker rules (quotations and terms
    # 1.000); the floors sit a little under.
    "holdout11": (
        DATA / "holdout11" / "gold",
        DATA / "holdout11" / "articles",
        7,
        {**dict.fromkeys(FIELDS, 0.97), "metrics": 0.93, "overall": 0.99},
    ),
    # holdout12, first run on main (0d5051a): overall 0.927 — meta 0.900, metrics 0.860, metrics_no_chrome 0.988,
    # terms 0.989, initiatives 0.552, organisations 0.969; sections, measures, dates, dates_no_chrome, documents and
    # quotations 1.000. Reached after its fixes: overall 0.984 (metrics 0.931, initiatives 0.906, every other
    # field 1.000); the floors sit a little under.
    "holdout12": (
        DATA / "holdout12" / "gold",
        DATA / "holdout12" / "articles",
        8,
        # initiatives 0.969 since holdout20's counted class after 等 (等…重点案件128件)
        {**dict.fromkeys(FIELDS, 0.97), "metrics": 0.92, "initiatives_recall": 0.96, "overall": 0.98},
    ),
    # holdout13, first run on main (bcc766d): overall 0.778 — meta 0.444, metrics 0.788, metrics_no_chrome 0.981,
    # dates 0.853, dates_no_chrome 0.900, documents 0.857, terms 0.938, quotations 0.619, initiatives 0.643,
    # organisations 0.641; sections and measures 1.000 (0.779, terms 0.943, with the gold's one correction: two
    # unquoted formulations added to h13_04's terms). Reached after its fixes: overall 0.968 (metrics 0.963, terms
    # 0.984, initiatives 0.857, organisations 0.876, every other field 1.000), then 0.978 once a notice's issuers
    # in its title line are organisations (organisations 0.971); the floors sit a little under.
    "holdout13": (
        DATA / "holdout13" / "gold",
        DATA / "holdout13" / "articles",
        7,
        {
            **dict.fromkeys(FIELDS, 0.97),
            "metrics": 0.95,
            "initiatives_recall": 0.85,
            "organizations_recall": 0.96,
            "overall": 0.97,
        },
    ),
    # holdout14, first run on main (bcc766d): overall 0.854 — meta 0.333, sections 0.857, measures 0.857, metrics
    # 0.819, metrics_no_chrome 0.971, dates 0.857, terms 0.935, initiatives 0.881; documents, quotations and
    # organisations 1.000 (its answers forbid no date: no dates_no_chrome). Reached after its fixes: overall 0.997
    # (terms 0.971: 普法早市, named only in the headline, is left; every other field 1.000); the floors sit a
    # little under.
    "holdout14": (
        DATA / "holdout14" / "gold",
        DATA / "holdout14" / "articles",
        7,
        {**dict.fromkeys((f for f in FIELDS if f != "dates_no_chrome"), 0.97), "terms": 0.95, "overall": 0.98},
    ),
    # holdout15, first run on qstage (4e8e879): overall 0.824 — meta 0.464, metrics 0.702, metrics_no_chrome 0.810,
    # dates 0.943, dates_no_chrome 0.889, terms 0.675, quotations 0.667, initiatives 0.835, organisations 0.952;
    # sections, measures and documents 1.000. Reached after its fixes (q15): overall 0.904 — meta 0.905, metrics
    # 0.865, dates 0.971, terms 0.703, quotations 0.810, initiatives 0.835, organisations 0.952, every other field
    # 1.000. Then (f15: <br> tags as line breaks, 我们… quotes as speech, a theme after 主题是, more actions, metric
    # subjects after a verb, 十五六 ranges, 整个8月): overall 0.973 — metrics 0.960, terms 0.846, initiatives 0.968,
    # organisations 0.952, every other field 1.000. Left: two quoted slogans the gold reads as no terms while other
    # sets' gold reads alike ones as terms (“…、…、…、…” of 4-character items, a comma couplet), 超过X的10%'s subject,
    # 万吨 in a facility's name, 等7项农饮工程, 县自来水厂; the floors sit a little under.
    "holdout15": (
        DATA / "holdout15" / "gold",
        DATA / "holdout15" / "articles",
        7,
        {
            **dict.fromkeys(FIELDS, 0.97),
            "metrics": 0.95,
            "terms": 0.83,
            "initiatives_recall": 0.97,  # 0.984 since holdout20's counted class after 等
            "organizations_recall": 0.97,  # 1.000 since holdout17's organisation rules
            "overall": 0.96,
        },
    ),
    # holdout17, first run on main (f394b77): overall 0.813 — meta 0.643, measures 0.952, metrics 0.908,
    # metrics_no_chrome 1.000, dates 0.813, dates_no_chrome 0.881, terms 0.984, quotations 0.649, initiatives
    # 0.457, organisations 0.724; sections and documents 1.000. Reached after its fixes (f17): overall 0.952 —
    # metrics 0.992, dates 0.952, terms 0.984, quotations 0.694, initiatives 0.952, organisations 0.943, every
    # other field 1.000. Left: calls that contradict earlier sets (a quoted theme and a slogan read as speech, as
    # holdout8's 以“…”为口号 and holdout2's slogan are; 十七届三中全会 unlisted, as holdout4's 二十届四中全会 is;
    # 十几个 and 3年的 counted, as the dev set's 十几亿 and holdout11's 25年的 are), 全年/本年 of a summary under
    # an upload date, 11路, two short company names; the floors sit a little under.
    "holdout17": (
        DATA / "holdout17" / "gold",
        DATA / "holdout17" / "articles",
        7,
        {
            **dict.fromkeys(FIELDS, 0.97),
            "dates": 0.93,
            "quotations": 0.67,
            "initiatives_recall": 0.93,
            "organizations_recall": 0.92,
            "overall": 0.94,
        },
    ),
    # holdout18, first run on main (b2ac1be): overall 0.852 — meta 0.750, metrics 0.873, dates 0.786, documents
    # 0.857, terms 0.980, quotations 0.714, initiatives 0.771, organisations 0.786; sections and measures 1.000.
    # No chrome-only metrics or dates, so the _no_chrome fields are not scored. Reached after its fixes (f18: an
    # attachment's file name, a 记者…发自 byline, verbs before a body's name, news sites, a speaker before 关于“…”,
    # 修补/推广): overall 0.922 — quotations 0.857, initiatives 0.824, organisations 0.905, meta and documents
    # 1.000. Left: calls that contradict earlier sets (市、区两级 counted, as the dev set's 市县两级 and holdout8's
    # 市、县、乡三级 are; 增产74亿斤's subject is the grain output that grew; comma slogans before 的发展方向 read as
    # speech; 12户's subject given as its own unit), a bare 5日 from the page's month, 年末 of the year reviewed,
    # 三县, 新建三园500亩's subject, a bare 厂 after a name, 与…机制 and 提出 objects; the floors sit a little under.
    "holdout18": (
        DATA / "holdout18" / "gold",
        DATA / "holdout18" / "articles",
        7,
        {
            **dict.fromkeys((f for f in FIELDS if not f.endswith("_no_chrome")), 0.97),
            "metrics": 0.86,
            "dates": 0.78,
            "quotations": 0.84,
            "initiatives_recall": 0.81,
            "organizations_recall": 0.89,
            "overall": 0.91,
        },
    ),
    # holdout20, first run on main (22f559b): overall 0.878 (0.881 on the gold with its two annotation fixes:
    # 上年 in h20_05, a forbidden 人民日报) — meta 0.833, metrics 0.636, metrics_no_chrome 0.792, dates 0.895 (0.924),
    # dates_no_chrome 0.875, documents 0.857, terms 0.986, quotations 0.937, initiatives 0.690, organisations 0.948;
    # sections and measures 1.000. Reached after its fixes (f20: a paper's closing line as chrome and the page
    # date, 达成/约谈/下达/撤销/挂牌督办/发展 and a counted class after 等, N大 in an honour or after a pair, 一番话,
    # 两位数, 连续四年获评, 服务奉献30多年, 矿次, 台（套）, each unit's subject carried, a sum before 的, speakers
    # named at the sentence's end or calling, a bare date before 今年's year, 镇纪委书记, 对龙|煤集团): overall 0.992
    # — metrics 0.970, terms 0.973, organisations 0.981, every other field 1.000. Left: 两大主题 read as a numbered
    # name (a term, as earlier sets' 三大科创高地 is), 村两委 unlisted (holdout17's gold lists no unquoted 村两委),
    # 短短两个月时间 (a frame), subjects before 的 + a head (2条重大事故隐患的青春塔煤矿) or after 向上级 (反映问题),
    # mines' names, 万亿元消费城市; the floors sit a little under.
    "holdout20": (
        DATA / "holdout20" / "gold",
        DATA / "holdout20" / "articles",
        7,
        {
            **dict.fromkeys(FIELDS, 0.97),
            "metrics": 0.96,
            "terms": 0.96,
            "overall": 0.985,
        },
    ),
    # holdout21, first run on main (96f19cf): overall 0.915 — meta 0.900, metrics 0.760, metrics_no_chrome 0.860,
    # terms 0.984, quotations 0.812, initiatives 0.812, organisations 0.879; sections, measures, dates and
    # documents 1.000. Reached after its fixes (f21: 总结道 and a time clause's actor as speakers, 组织…组建 and
    # 上作工作报告, a bar-split field line, 社区/居民区 opening a clause, 业委会, 人社厅, 个工作日内 deadlines, 分别
    # with each item's own change, a quoted digit explained, 三人小组, 滚动项目库, 经历了近两年, 两台…一台, 3－4个,
    # N大类): overall 0.992 — metrics 0.939, metrics_no_chrome 0.976, terms 0.984, every other field 1.000. Left:
    # calls that contradict earlier sets (6亩以下的土地 not counted, as holdout's 三萬人以上的工會 and
    # holdout2's 2门以上的实用技术 are; 六个XX建设目标 not counted, as holdout7's “…”6个规定 is; a 24-character
    # slogan list before 的总体思路 and a 17-character list before a count not terms, as holdout10's 的发展思路
    # list is; 25年的电梯's subject 运行, as holdout11's 25年的党员日子 is the noun after); the floors sit a
    # little under.
    "holdout21": (
        DATA / "holdout21" / "gold",
        DATA / "holdout21" / "articles",
        8,
        {
            **dict.fromkeys(FIELDS, 0.97),
            "metrics": 0.92,
            "metrics_no_chrome": 0.96,
            "overall": 0.985,
        },
    ),
    # holdout22, first run on main (96f19cf): overall 0.849 — meta 0.458, metrics 0.894, dates 0.810 (0.750 without
    # chrome), terms 0.924, quotations 0.905, initiatives 0.676, organisations 0.821; sections, measures, documents
    # 1.000. Reached after its fixes (f22: 原标题： before the headline, contact channels a paragraph talks about, a
    # bar-framed row with a converter's reading after its label, a breadcrumb carried on by a line opening with >,
    # an e-paper's masthead, page line and closing record, a title and a name before a colon-quote, 张贴有“…”,
    # 縣政協(xié), 第5督导组, 打掉/专设, 专设并公布, 有关…的文件, “三位一体”举报平台, 全面推广 no name's word,
    # 1名涉案干部): overall 0.987 — metrics 0.921, terms 0.952, every other field 1.000. Left: calls that contradict
    # earlier sets (5日内/66小时内 counted, as the dev set's 6个月内 and holdout14's 3年内 are time frames; 每月…一次
    # counted, as holdout's 每月出版一次 is a frequency; 以李某庆为首的24人's subject the 案 after it, as holdout19's
    # N人参加会议 is the people; a 15-character couplet before 工作思路 no term, as holdout16's 13-character couplet
    # and holdout10's 19-character slogan before 格局 are); the floors sit a little under.
    "holdout22": (
        DATA / "holdout22" / "gold",
        DATA / "holdout22" / "articles",
        7,
        {
            **dict.fromkeys(FIELDS, 0.97),
            "metrics": 0.9,
            "terms": 0.94,
            "overall": 0.98,
        },
    ),
    # holdout19, first run on main (22f559b): overall 0.845 — meta 0.833, metrics 0.555 (0.887 without chrome
    # penalties), dates 0.980, terms 0.801, quotations 0.571, initiatives 0.848, organisations 0.865; sections,
    # measures and documents 1.000. Reached after its fixes (f19: a double-escaped title's decoded repeat, a site
    # line with its URL, quotes a count or 总体要求 names, 车/平方, a kind after 等, N年时间 spent, 2015级, N大
    # items on the next lines, 组织…开展, 成立以…为组长…的X, 科协/残联/纪检组, verbs glued before a body):
    # overall 0.952 — metrics 0.686, terms 0.981, quotations 0.857, every other field 1.000. Left: calls that
    # contradict earlier sets (N人参加会议's subject 参加会议, as holdout7's and holdout12's are the people;
    # 十大重点工程 and 两级 not counted, as holdout9's 10大 and the dev set's 两级 are; 两方面/三方面 counted,
    # as unit_words' 十方面工作 is not; 十八届六中全会 a term, as holdout4's 二十届四中全会 is not; comma mottos
    # before 的思想 and 以“…”为 not speech, as holdout8's 以“…”为口号 is; 四大主题活动 a set phrase but no
    # term), 201年 (a typed year), 涉众型…以及…198人's subject; the floors sit a little under.
    "holdout19": (
        DATA / "holdout19" / "gold",
        DATA / "holdout19" / "articles",
        7,
        {
            **dict.fromkeys(FIELDS, 0.97),
            "metrics": 0.66,
            "metrics_no_chrome": 0.92,
            "quotations": 0.84,
            "overall": 0.94,
        },
    ),
    # holdout16, first run on f394b77: overall 0.854 — meta 0.780, sections 0.857, metrics 0.826, dates 0.810,
    # dates_no_chrome 0.833, terms 0.987, quotations 0.714, initiatives 0.745, organisations 0.822; measures,
    # metrics_no_chrome and documents 1.000. Reached after its fixes (f16): overall 0.979 — meta 0.950, metrics
    # 0.942, terms 0.992, initiatives 0.976, organisations 0.929, every other field 1.000. Left: a 来源 field of
    # names as the author, a 5年以内 limit as a count and a 19-character 总要求 not a term (the earlier sets'
    # conventions say otherwise), two metric subjects, 项目办, 确定…为…服务日; the floors sit a little under.
    "holdout16": (
        DATA / "holdout16" / "gold",
        DATA / "holdout16" / "articles",
        7,
        {
            **dict.fromkeys(FIELDS, 0.97),
            "meta": 0.93,
            "metrics": 0.92,
            "terms": 0.98,
            "initiatives_recall": 0.95,
            "organizations_recall": 0.90,
        },
    ),
}


@pytest.mark.parametrize("name", SETS)
def test_set_holds_its_floors(name):
    gold, articles, count, floors = SETS[name]
    report = evaluate(gold, articles)
    assert not report.failures, report.failures
    assert not report.violations, report.violations[:5]
    assert len(report.per_doc) == count
    got = {**report.fields, "overall": report.overall}
    below = [f"{k}: {got.get(k, 0.0):.3f} < {floor}" for k, floor in floors.items() if got.get(k, 0.0) < floor - 1e-9]
    assert below == []
