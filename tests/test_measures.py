"""Enumerated measures on short snippets: the marker families, runs, titles."""

from __future__ import annotations

from xuhui_extract import measures, outline
from xuhui_extract.document import Document


def _measures(text: str) -> list[tuple[str | None, int, str, str]]:
    doc = Document.from_text(text)
    index = outline.SectionIndex(outline.extract(doc, []))
    found = measures.extract(doc, index)
    for m in found:
        assert doc.slice(m.span) == m.text
    return [(m.section, m.ordinal, m.marker, "".join(m.title.split())) for m in found]


def test_inline_list_up_to_ten():
    items = ["经济增长", "投资扩大", "消费回升", "外贸", "就业", "收入", "物价", "生态", "民生", "安全"]
    cn = "一二三四五六七八九十"
    text = "十个亮点：" + "；".join(f"{n}是{t}" for n, t in zip(cn, items, strict=True)) + "。"
    assert _measures(text) == [(None, i + 1, f"{cn[i]}是", t) for i, t in enumerate(items)]


def test_items_sharing_one_sentence_and_a_wrapped_line():
    text = "主要有三个指标，一是优良天数比例，二是重污染天数比例，三是PM\n2.5\n平均浓度。"
    assert [t for *_, t in _measures(text)] == ["优良天数比例", "重污染天数比例", "PM2.5平均浓度"]


def test_yao_and_qi_families():
    assert [(o, m, t) for _, o, m, t in _measures("一要加强领导。二要完善制度。三要强化考核。")] == [
        (1, "一要", "加强领导"),
        (2, "二要", "完善制度"),
        (3, "三要", "强化考核"),
    ]
    assert [(m, t) for _, _, m, t in _measures("其一，理念更新；其二，机制完善。")] == [
        ("其一，", "理念更新"),
        ("其二，", "机制完善"),
    ]


def test_shouxian_qici_zaici_zuihou():
    text = "首先，要统一思想。其次，要明确责任。再次，要强化保障。最后，要严格考核。"
    assert [(o, m) for _, o, m, _ in _measures(text)] == [(1, "首先，"), (2, "其次，"), (3, "再次，"), (4, "最后，")]


def test_di_yi_and_last_item_with_its_number():
    text = "第一步，建立联系；第二，选拔领袖；第三，开展斗争；最后，第四，组织罢工。"
    assert [(o, m, t) for _, o, m, t in _measures(text)] == [
        (1, "第一步，", "建立联系"),
        (2, "第二，", "选拔领袖"),
        (3, "第三，", "开展斗争"),
        (4, "最后，第四，", "组织罢工"),
    ]


def test_numbers_rankings_and_lone_markers_are_not_measures():
    assert _measures("占比百分之二十是近年最高，居全国第二，其次是服务业。") == []


def test_run_does_not_jump_into_the_middle_of_another_paragraph():
    assert _measures("首先应当引导工会斗争。\n另一段落，他们很苦；其次，向他们介绍历史。") == []


def test_paragraph_initial_items_under_a_run_on_heading():
    text = "一、总体要求\n（一）加强组织领导。各单位要落实责任。\n一是建立机制。\n二是完善制度。\n"
    assert _measures(text) == [("1.1", 1, "一是", "建立机制"), ("1.1", 2, "二是", "完善制度")]


def test_items_of_text_copied_from_a_pdf():
    paragraph = (
        "今年重点抓好三件事：一是加快建设城市更新重点项目和配套基础设施，二是持续优化营商环境和政务服务"
        "水平，三是着力保障和改善民生，办好群众关心的实事。全年目标任务已经分解到各部门各单位。"
        "各部门要按照职责分工抓好落实，确保各项工作按时保质完成，定期报送工作进展情况。"
        "对工作推进不力、进度明显滞后的单位，要及时通报并督促整改，确保年度目标任务全面完成。"
    )
    text = "\n".join(paragraph[i : i + 24] for i in range(0, len(paragraph), 24)) + "\n"
    assert [(o, t) for _, o, _, t in _measures(text)] == [
        (1, "加快建设城市更新重点项目和配套基础设施"),
        (2, "持续优化营商环境和政务服务水平"),
        (3, "着力保障和改善民生，办好群众关心的实事"),
    ]


def test_traditional_script():
    text = "一、總體要求\n首先，要統一思想。其次，要明確責任。最後，要嚴格考核。\n"
    assert [(s, o, m) for s, o, m, _ in _measures(text)] == [("1", 1, "首先，"), ("1", 2, "其次，"), ("1", 3, "最後，")]


def test_a_lone_first_item_counts_where_the_text_ends_after_it_or_it_opens_a_paragraph():
    cut = "会上学习了有关文件。\n会议强调，一是深化理论武装，筑牢思想根基。\n"
    assert _measures(cut) == [(None, 1, "一是", "深化理论武装，筑牢思想根基")]
    assert _measures("会议强调，一是深化理论武装。会后大家进行了交流。") == []
    assert _measures("其次，要抓好落实。") == []
    spoken = "对这些目标，大家要心中有数。\n一是要实现收入翻番。这就要求我们算一笔账。\n今年的目标是什么？\n"
    assert _measures(spoken) == [(None, 1, "一是", "要实现收入翻番")]
    assert _measures("对这些目标，大家要心中有数，\n一是要实现收入翻番。后面再谈。\n今年如何？\n") == []


def test_a_list_an_excerpt_cut_before_its_first_item_keeps_its_numbers():
    text = "干部队伍得到锻炼。二是坚持围绕发展聚集人才。引进人才1000多名。三是坚持围绕保障建强组织。培育基地125个。"
    assert _measures(text) == [(None, 2, "二是", "坚持围绕发展聚集人才"), (None, 3, "三是", "坚持围绕保障建强组织")]
    cut = "会议认为，二要加强学习，提高本领；三要改进作风，密切联系群众。\n"
    assert [(o, m) for _, o, m, _ in _measures(cut)] == [(2, "二要"), (3, "三要")]
    # A lone 二是 and numbers that do not count up are no list.
    assert _measures("效果有两点：其中二是主要的。") == []
    assert _measures("二是加强学习。四是改进作风。") == []


def test_a_list_after_a_colon_nests_in_the_item_it_follows():
    text = (
        "今年工作成效明显。一是招商引资实现突破。新签约项目有2个:一是某某电子项目,总投资5亿元;"
        "二是某某食品项目,总投资2亿元。二是民生保障持续加强。新建幼儿园3所。三是基层治理不断深化。"
    )
    got = [(o, t) for _, o, _, t in _measures(text)]
    assert got == [
        (1, "招商引资实现突破"),
        (1, "某某电子项目,总投资5亿元"),
        (2, "某某食品项目,总投资2亿元"),
        (2, "民生保障持续加强"),
        (3, "基层治理不断深化"),
    ]
