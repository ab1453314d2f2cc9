"""The outline stage on short snippets: marker styles, nesting, titles, numbering."""

from __future__ import annotations

from xuhui_extract import extract, outline
from xuhui_extract.document import Document


def _outline(text: str) -> tuple[list[tuple[str, int, str, str]], list[str]]:
    warnings: list[str] = []
    doc = Document.from_text(text)
    sections = outline.extract(doc, warnings)
    for s in sections:
        assert s.title in text[s.span[0] : s.span[1]]
    return [(s.id, s.level, s.marker, s.title) for s in sections], warnings


def test_gbt_levels_with_full_width_and_run_on_heading():
    got, warnings = _outline(
        "一、总体要求\n（一）加强组织领导。各单位要……\n1. 明确责任\n（1）细化分工\n"
        "２．落实到位\n（二）强化保障\n二、主要任务\n"
    )
    assert got == [
        ("1", 1, "一、", "总体要求"),
        ("1.1", 2, "（一）", "加强组织领导"),
        ("1.1.1", 3, "1.", "明确责任"),
        ("1.1.1.1", 4, "（1）", "细化分工"),
        ("1.1.2", 3, "２．", "落实到位"),
        ("1.2", 2, "（二）", "强化保障"),
        ("2", 1, "二、", "主要任务"),
    ]
    assert warnings == []


def test_skipped_level_starts_lower():
    got, _ = _outline("（一）推动经济稳定增长\n1.扩大内需\n2.稳定外需\n（二）深化改革\n")
    assert [(i, lv, t) for i, lv, _, t in got] == [
        ("1", 1, "推动经济稳定增长"),
        ("1.1", 2, "扩大内需"),
        ("1.2", 2, "稳定外需"),
        ("2", 1, "深化改革"),
    ]


def test_regulation_markers_alone_on_their_line_and_continuous_articles():
    text = (
        "## 第一章 总则\n第一条\n为了规范管理，制定本办法。\n第二条\n本办法适用于全市。（一）机关；（二）事业单位。\n"
        "## 第二章 附则\n第三条\n本办法自发布之日起施行。\n"
    )
    got, _ = _outline(text)
    assert got == [
        ("1", 1, "第一章", "总则"),
        ("1.1", 2, "第一条", "为了规范管理，制定本办法"),
        ("1.2", 2, "第二条", "本办法适用于全市"),
        ("2", 1, "第二章", "附则"),
        ("2.1", 2, "第三条", "本办法自发布之日起施行"),
    ]


def test_traditional_script_articles():
    got, _ = _outline("第一章 總則\n第一條 為規範管理，制定本辦法。\n第二條 本辦法適用於全市。\n")
    assert [m for _, _, m, _ in got] == ["第一章", "第一條", "第二條"]


def test_circled_numbers():
    got, _ = _outline("① 第一项工作\n② 第二项工作\n")
    assert [(lv, m, t) for _, lv, m, t in got] == [(1, "①", "第一项工作"), (1, "②", "第二项工作")]


def test_numbering_gap_is_kept_and_warned():
    got, warnings = _outline("一、基本情况\n三、下一步打算\n")
    assert [t for *_, t in got] == ["基本情况", "下一步打算"]
    assert len(warnings) == 1 and "三、" in warnings[0]


def test_markers_in_mid_sentence_and_decimals_are_not_headings():
    got, _ = _outline("全年增长\n2.5\n个百分点，其中（一）类指标达标。\n附件：\n1. 名单\n")
    assert got == []


def test_a_new_style_not_starting_at_one_is_stray():
    got, _ = _outline("一、总体\n3. 这一行不是标题\n")
    assert [m for _, _, m, _ in got] == ["一、"]


def _pdf(paragraphs: list[str], width: int = 16) -> str:
    """Paragraphs broken every `width` characters, as text copied from a PDF."""
    lines = []
    for p in paragraphs:
        lines += [p[i : i + width] for i in range(0, len(p), width)]
    return "\n".join(lines) + "\n"


def test_title_read_across_pdf_line_breaks():
    paragraphs = [
        "第一条 为了规范人工智能研究开发活动，根据有关法律法规和国家政策，制定本办法。",
        "第二条 本办法适用于本市行政区域内从事人工智能研究开发及相关管理活动的单位。",
        "第三条 人工智能研究开发应当坚持以人为本、智能向善的原则，保障安全可控。",
        "第四条 市科技主管部门负责本办法的组织实施，其他部门按照职责做好相关工作。",
        "第五条 本办法自发布之日起施行，由市科技主管部门会同有关部门负责解释和修订。",
    ]
    got, _ = _outline(_pdf(paragraphs))
    assert ["".join(t.split()) for *_, t in got] == [
        "为了规范人工智能研究开发活动，根据有关法律法规和国家政策，制定本办法",
        "本办法适用于本市行政区域内从事人工智能研究开发及相关管理活动的单位",
        "人工智能研究开发应当坚持以人为本、智能向善的原则，保障安全可控",
        "市科技主管部门负责本办法的组织实施，其他部门按照职责做好相关工作",
        "本办法自发布之日起施行，由市科技主管部门会同有关部门负责解释和修订",
    ]


def test_heading_lines_of_similar_length_are_no_pdf_text():
    text = "（一）坚持问题导向解决发展瓶颈\n正文第一段。\n（二）发挥头雁效应构建政治生态\n正文第二段。\n" * 3
    got, _ = _outline(text)
    assert got[0][3] == "坚持问题导向解决发展瓶颈"


def test_headings_indented_with_no_break_spaces():
    """Text copied from a web page keeps `&nbsp;` indentation as U+00A0 runs."""
    nbsp = "\u00a0 \u00a0 "
    got, _ = _outline(f"{nbsp}一、规划背景\n{nbsp}（一）指导思想。以……为指导。\n{nbsp}（二）基本原则。\n")
    assert got == [
        ("1", 1, "一、", "规划背景"),
        ("1.1", 2, "（一）", "指导思想"),
        ("1.2", 2, "（二）", "基本原则"),
    ]


def test_excerpt_starting_at_a_later_ordinal_keeps_its_levels():
    got, warnings = _outline(
        "四、全面履行监督职权\n关于职权的规定。\n(一)对原有表述作出调整\n1.关于公诉职权。公诉是核心职能。\n"
    )
    assert [(lv, m, t) for _, lv, m, t in got] == [
        (1, "四、", "全面履行监督职权"),
        (2, "(一)", "对原有表述作出调整"),
        (3, "1.", "关于公诉职权"),
    ]
    assert warnings == []
    got, _ = _outline("（三）加强队伍建设\n正文。\n（四）强化保障\n正文。\n")
    assert [(i, lv, m) for i, lv, m, _ in got] == [("1", 1, "（三）"), ("2", 1, "（四）")]


def test_a_lone_later_ordinal_is_no_heading():
    assert _outline("前言一段。\n四、这一行在正文之中\n后文一段。\n")[0] == []
    # Two markers of one kind out of sequence do not open an excerpt either.
    assert _outline("四、甲事项\n正文。\n七、乙事项\n")[0] == []


def test_headings_wrapped_in_markdown_bold():
    got, _ = _outline(
        "**一、主要目标**\n\n到年底基本建成。\n\n**（一）“互联网+”审批**\n\n"
        "**1.事前咨询。** 辅助申请人了解办理条件。\n\n__2.材料预审__\n\n系统自动比对。\n"
    )
    assert got == [
        ("1", 1, "一、", "主要目标"),
        ("1.1", 2, "（一）", "“互联网+”审批"),
        ("1.1.1", 3, "1.", "事前咨询"),
        ("1.1.2", 3, "2.", "材料预审"),
    ]


def test_second_item_of_a_level_whose_first_lost_its_marker():
    got, _ = _outline(
        "一、上半年工作回顾\n强基础,夯实基层组织建设\n全年新建党群服务中心5个。\n"
        "（二）优服务,提升群众满意度\n办理群众诉求1200件。\n二、下半年工作打算\n"
    )
    assert got == [
        ("1", 1, "一、", "上半年工作回顾"),
        ("1.1", 2, "（二）", "优服务,提升群众满意度"),
        ("2", 1, "二、", "下半年工作打算"),
    ]
    # With no unmarked short line before it, a lone （二） in prose is still no heading.
    got, _ = _outline("一、上半年工作回顾\n全年新建党群服务中心5个,办理诉求1200件。\n（二）此外还做了一些工作。\n")
    assert got == [("1", 1, "一、", "上半年工作回顾")]


def test_a_later_ordinal_set_as_its_own_paragraph_in_pdf_text_is_a_heading():
    # A page of a PDF whose 一、 and 二、 lie on the pages before: the 三、 line starts after a closed
    # sentence and ends short of the width, as its writer set it.
    before = (
        "全区共培育农村先锋基地一百二十五个，创建示范社区十二个，“五好”企业党组织七十六个，"
        "促进各个领域、各条战线上的党组织和党员充分发挥了战斗堡垒作用和先锋模范作用，"
        "基层党组织的组织力和凝聚力明显增强，群众满意度进一步提高。"
    )
    after = "始终把创新载体作为抓党建的有力抓手，推进了服务型党组织建设，完善了党员联系服务群众的机制。"
    text = _pdf([before, "三、搭建载体创新抓,提升了党建工作水平", after], 24)
    assert [(lv, m, t) for _, lv, m, t in _outline(text)[0]] == [(1, "三、", "搭建载体创新抓,提升了党建工作水平")]
    # The same line in text with one line per paragraph is prose, and so is a 三、 a PDF line break
    # put at a line start in mid-sentence.
    assert _outline("前言一段。\n三、搭建载体创新抓,提升了党建工作水平\n后文一段。\n")[0] == []
    assert _outline(_pdf([before[:-1] + "，其中一、二、", "三、四季度新建的示范点"], 24) + after)[0] == []


def test_a_marker_after_a_line_ending_in_letters_opens_a_heading_not_a_wrapped_tail():
    # PM / 2.5 is one word wrapped over two lines; PM / 1.一 is a heading under a heading ending in letters.
    sections = extract("第一章PM\n1.一").sections
    assert [(s.id, s.title) for s in sections] == [("1", "PM"), ("1.1", "一")]
    assert sections[0].span[1] <= sections[1].span[0]
    assert extract("细颗粒物PM\n2.5浓度为34微克/立方米。").metrics[0].subject == "浓度"
