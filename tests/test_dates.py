"""Dates: absolute, relative and bare forms on short snippets, and other projects' cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xuhui_extract import dates, extract
from xuhui_extract.document import Document
from xuhui_extract.outline import SectionIndex

PEER = Path(__file__).resolve().parent / "data" / "peer_dates.jsonl"


def found(text: str, meta_date: str | None = None) -> list[tuple[str, str, bool]]:
    """(text, value, inferred) of every date in `text`, read as a whole body."""
    doc = Document.from_text(text)
    out = dates.extract(doc, SectionIndex([]), meta_date)
    for d in out:
        assert text[d.span[0] : d.span[1]] == d.text
    return [(d.text, d.value, d.inferred) for d in out]


def values(text: str, meta_date: str | None = None) -> list[str]:
    return [v for _, v, _ in found(text, meta_date)]


def test_peer_absolute_cases_mostly_right():
    """Document-style absolute cases from JioNLP, Duckling and Recognizers-Text (scripts/select_peer_dates.py),
    each given alone to `extract()`, as a user would."""
    cases = [json.loads(line) for line in PEER.read_text(encoding="utf-8").splitlines()]
    assert len(cases) >= 80
    failures = []
    for case in cases:
        got = sorted({d.value for d in extract(case["input"]).dates})
        if got != case["expected"]:
            failures.append(f"{case['input']!r}: expected {case['expected']}, got {got}")
    rate = 1 - len(failures) / len(cases)
    print(f"peer rate {rate:.3f} ({len(cases) - len(failures)}/{len(cases)})", *failures, sep="\n")
    assert rate >= 0.90


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019年2月发布指南。", ["2019-02"]),
        ("日期为2019-07-11。", ["2019-07-11"]),
        ("于2019.7.11召开", ["2019-07-11"]),
        ("于2019/7/11召开", ["2019-07-11"]),
        ("二〇一九年七月十一日", ["2019-07-11"]),
        ("2018年组织三次政治轮训", ["2018"]),
        ("2019年第一季度将完成", ["2019-Q1"]),
        ("2019年一季度", ["2019-Q1"]),
        ("2022年首季度", ["2022-Q1"]),
        ("2018年 12月", ["2018-12"]),
        ("2019年上半年", ["2019-H1"]),
        ("2019年下半年", ["2019-H2"]),
        ("到2025年底前完成", ["2025"]),
        ("到二〇三五年基本实现", ["2035"]),
        ("一九二一年七月", ["1921-07"]),
        ("2015年3月3號", ["2015-03-03"]),
        ("二零零四年八月十五", ["2004-08-15"]),
        ("2020年2月29日", ["2020-02-29"]),
        ("二○○八年九月二十二日", ["2008-09-22"]),
        ("二ＯＯ八年十月", ["2008-10"]),
    ],
)
def test_absolute_forms(text, expected):
    assert values(text) == expected
    assert all(not inferred for *_, inferred in found(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“十四五”规划（2021—2025年）", ["2021", "2025"]),
        ("2000～2010年调查评估", ["2000", "2010"]),
        ("2005年至2013年开展的调查", ["2005", "2013"]),
        ("二〇二一至二〇二五年", ["2021", "2025"]),
        ("发展规划（2021-2025）", ["2021", "2025"]),
        ("2019年至2020年3月", ["2019", "2020-03"]),
        ("2017年8月至11月", ["2017-08", "2017-11"]),
        ("2019年4月12-19日", ["2019-04-12", "2019-04-19"]),
        ("2018年1－9月份", ["2018-01", "2018-09"]),
    ],
)
def test_ranges_give_both_ends(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "“十四五”时期生态环境保护",
        "20世纪50～60年代主要解决煤烟型污染，70年代解决汽车尾气",
        "1950年代的工业",
        "相当年轻的干部和60岁以上年龄段的老人",
        "工业尚处于初级发展阶段，我们最初出版的是周刊",
        "每年3月开展植树活动",
        "前三季度经济运行平稳",
        "有1500年历史的古城",
        "十月革命一声炮响",
        "2019年2月29日",
    ],
)
def test_not_dates(text):
    assert values(text, "2020-05-01") == []


def test_a_quarter_range_after_a_year_gives_both_ends():
    assert values("2021年1-3季度,共开展观摩5次;2020年一至四季度完成。") == ["2021-Q1", "2021-Q3", "2020-Q1", "2020-Q4"]


def test_a_dateline_after_the_page_date_unfixes_the_page_year():
    text = "江南法治报5月12日讯5月10日,某市召开律师代表大会。五年来,律师人数比2015年底增长一倍。"
    assert values(text, "2022-02-03") == ["2015"]
    assert values(text, "2022-06-01") == ["2022-05-12", "2022-05-10", "2015"]


def test_bare_quarter_takes_the_paragraph_year():
    assert found("2019年工作安排：第一季度将完成各支部党员民主评议。") == [
        ("2019年", "2019", False),
        ("第一季度", "2019-Q1", True),
    ]


def test_bare_forms_take_the_page_year():
    got = found("上半年实现增长。年底前完成验收。3月5日召开会议，1-9月累计增长。", "2025-06-07")
    assert got == [
        ("上半年", "2025-H1", True),
        ("年底", "2025", True),
        ("3月5日", "2025-03-05", True),
        ("1-9月", "2025-01", True),
        ("1-9月", "2025-09", True),
    ]


def test_a_year_of_account_anchors_no_bare_date_beside_it():
    """The 2025 review meeting is held in February of the page's year, 2026."""
    text = "为开好2025年度组织生活会，2月2日上午，党支部开展主题党日活动。2024年4月，支部成立。5月8日，召开会议。"
    assert values(text, "2026-02-02") == ["2025", "2026-02-02", "2024-04", "2024-05-08"]
    # With no page date, the year of account is the only year there is.
    assert values("2025年度考核中，3月5日完成评议。") == ["2025", "2025-03-05"]


def test_bare_date_takes_a_later_signature_year():
    """A news item opens with 9月25日 and is signed 2021年9月25日 at its end."""
    assert values("9月25日，委员会发布了规范。\n第一条 总则。\n委员会\n2021年9月25日") == ["2021-09-25", "2021-09-25"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年一季度，就业增长", ["2025-Q1"]),
        ("去年年底，部分地区雾霾频发", ["2024"]),
        ("明年将继续推进", ["2026"]),
        ("今年3月出台", ["2025-03"]),
        ("今年上半年", ["2025-H1"]),
        ("今明两年", ["2025", "2026"]),
        ("過去一年，我們", ["2024"]),
    ],
)
def test_relative_years_count_from_the_page_date(text, expected):
    got = found(text, "2025-06-07")
    assert [v for _, v, _ in got] == expected
    assert all(inferred for *_, inferred in got)


def test_report_words_count_from_the_year_in_question():
    """A work report: 2025年 … 全年 … 上年 … 当年 speak of 2025, whatever the page date."""
    text = "2025年，全区生产总值增长5%，全年新增就业10万人，比上年增加2万人，当年完成投资。"
    assert values(text, "2026-02-09") == ["2025", "2025", "2024", "2025"]


def test_relative_years_without_any_year_are_skipped():
    assert values("去年十月这个组织成立，去年五月一日举行了集会。") == []


def test_relative_years_fall_back_to_an_earlier_year():
    assert values("2016年4月19日的报告。去年空气湿度较高。") == ["2016-04-19", "2015"]


def test_inferred_forms_inside_a_title_are_skipped():
    assert values("印发《今年上半年工作要点》和《2019年工作计划》", "2020-01-01") == ["2019"]


def test_traditional_script():
    assert values("當年第一季度完成，今明兩年推進", "2021-03-01") == ["2021-Q1", "2021", "2022"]


def test_years_from_the_page_date_through_the_pipeline():
    text = "就业观察\n日期：2025-06-07\n今年一季度，全国城镇新增就业308万人。\n3月5日，国务院召开会议。\n"
    article = extract(text)
    assert article.meta.date == "2025-06-07"
    assert [(d.text, d.value, d.inferred) for d in article.dates] == [
        ("今年一季度", "2025-Q1", True),
        ("3月5日", "2025-03-05", True),
    ]


def test_dates_are_sorted_and_found_by_bisection():
    text = "2018年组织轮训，2019年2月发布指南；第一季度将完成评议。"
    ds = dates.extract(Document.from_text(text), SectionIndex([]), None)
    assert [d.span[0] for d in ds] == sorted(d.span[0] for d in ds)
    first_clause = (0, text.index("，"))
    assert dates.first_within(ds, *first_clause).value == "2018"
    assert dates.first_within(ds, 1, first_clause[1]) is None  # 2018 starts before the stretch
    whole = (0, len(text))
    assert dates.DateSpans(ds).near(*whole, text.index("发布")).value == "2019-02"
    assert dates.DateSpans(ds).near(*whole, 0).value == "2018"
    assert dates.DateSpans(ds).near(5, 9, 6) is None


def test_bare_date_does_not_take_a_later_bare_year():
    """Only a full date (a signature) dates what comes before it; a later 2035年 is a target, not a date line."""
    assert values("3月5日召开会议。\n到2035年基本实现现代化。") == ["2035"]


def test_days_listed_after_a_full_date_share_its_month():
    got = found("2020年疫情平稳。8月12日、26日及9月23日，各省陆续恢复。5月1日和3日开放，共3日。")
    assert [(t, v) for t, v, _ in got] == [
        ("2020年", "2020"),
        ("8月12日", "2020-08-12"),
        ("26日", "2020-08-26"),
        ("9月23日", "2020-09-23"),
        ("5月1日", "2020-05-01"),
        ("3日", "2020-05-03"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("昨日,广东省律师行业党建工作会议在广州召开。", ["2008-08-27"]),
        ("昨天上午，市委召开常委会。", ["2008-08-27"]),
        ("前天，区政府发布通知。", ["2008-08-26"]),
        ("今日，某某区召开会议。", ["2008-08-28"]),
        ("今天下午，代表们分组审议。", ["2008-08-28"]),
        # holdout16: the place after it (在/于) marks the day of the event too.
        ("市首个志愿服务队昨天在某区成立。", ["2008-08-27"]),
        ("座谈会前天于市委党校举行。", ["2008-08-26"]),
        # A noun, not the day the clause happens: 昨天的辉煌, 今天主要讲三个问题, 今日头条.
        ("回顾昨天的辉煌。今天主要讲三个问题。今日头条报道。", []),
    ],
)
def test_relative_days_count_from_the_page_date(text, expected):
    got = found(text, "2008-08-28")
    assert [v for _, v, _ in got] == expected
    assert all(inferred for *_, inferred in got)


def test_relative_days_need_a_full_page_date():
    assert values("昨日,会议在广州召开。") == []
    # A date in the body is not the day the page speaks from: 昨日 stays unread.
    assert values("昨日,会议在广州召开。2008年8月28日") == ["2008-08-28"]


def test_relative_years_without_a_page_date_take_the_signature_year():
    """A cover notice with no page date: 今年 counts from the date it is signed."""
    text = "今年12月4日是国家宪法日。请于12月20日前报送。\n某部\n2024年11月18日"
    assert values(text) == ["2024-12-04", "2024-12-20", "2024-11-18"]


def in_titled(text: str, title: str, meta_date: str) -> list[str]:
    return [d.value for d in dates.extract(Document.from_text(text), SectionIndex([]), meta_date, title)]


def test_a_year_summary_published_the_next_year_speaks_of_the_year_reviewed():
    text = "今年以来，街道扎实推进各项工作。自5月10日起，组织常态化巡查。"
    assert in_titled(text, "某某镇2021年工作总结", "2022-01-20") == ["2021", "2021-05-10"]
    assert in_titled(text, "某某街道年终工作总结", "2022-02-08") == ["2021", "2021-05-10"]


def test_other_pages_keep_their_own_year():
    text = "今年以来，街道扎实推进各项工作。自5月10日起，组织常态化巡查。"
    assert in_titled(text, "某某镇2022年工作总结", "2022-11-30") == ["2022", "2022-05-10"]  # written in the year
    assert in_titled(text, "某某镇2022年上半年工作总结", "2022-07-05") == ["2022", "2022-05-10"]
    assert in_titled(text, "某某局一月份工作总结", "2022-02-03") == ["2022", "2022-05-10"]  # a month's, not a year's
    assert in_titled(text, "某某镇召开工作推进会", "2022-01-20") == ["2022", "2022-05-10"]  # no review


def test_a_dotted_month_and_day_names_an_event_of_the_year():
    text = "2021年，先后处置7·20特大暴雨、8·3和10·12等险情。"
    assert values(text) == ["2021", "2021-07-20", "2021-08-03", "2021-10-12"]


def test_dotted_numbers_that_are_no_event_day():
    assert values("2021年，产值增长1·5倍，占比3·1%，纪念“5·12”汶川特大地震。") == ["2021"]


def test_a_bare_day_with_no_year_before_it_takes_the_one_later_in_its_sentence():
    assert values("9月3日上午，区司法局召开2022年三季度工作例会。") == ["2022-09-03", "2022-Q3"]
    assert values("9月3日上午，区司法局召开例会。会上通报了2022年工作。") == ["2022"]


def test_a_summary_turning_to_the_page_year_speaks_from_it_again():
    text = "今年以来，街道扎实推进各项工作。\n二、2022年工作思路\n今年，街道将于5月10日启动改造。"
    assert in_titled(text, "某某镇2021年工作总结及2022年工作思路", "2022-01-20") == [
        "2021",
        "2022",
        "2022",
        "2022-05-10",
    ]


def test_a_summary_reposted_years_later_still_speaks_of_its_year():
    text = "今年以来，街道扎实推进各项工作。\n二、2020年工作思路\n今年，街道将于5月10日启动改造。"
    assert in_titled(text, "某某镇2019年工作总结及2020年工作思路", "2024-06-03") == [
        "2019",
        "2020",
        "2020",
        "2020-05-10",
    ]


def test_news_of_a_summing_up_meeting_speaks_from_its_own_date():
    text = "今年以来，街道扎实推进各项工作。"
    assert in_titled(text, "某某区召开2021年度工作总结会", "2022-01-20") == ["2022"]
    assert in_titled(text, "某某局年终总结表彰大会召开", "2022-01-20") == ["2022"]


def test_a_year_compared_with_anchors_no_later_relative_date():
    text = "2022年，全县生产总值增长4.1%，与2020年相比，两年平均增长2.5%。全年粮食产量增长1%，比上年增加0.3万吨。"
    assert values(text) == ["2022", "2020", "2022", "2021"]
    assert values("2022年，产值比2019年增长5%，全年新增企业30家。") == ["2022", "2019", "2022"]


def test_yuanyue_is_january():
    assert values("2016年元月16日上午，市律师协会召开会议。") == ["2016-01-16"]
    assert values("2019年，美元月均汇率上升，月薪3万元月底发放。") == ["2019"]


def test_relative_years_skip_a_baseline_or_target_year():
    text = "2023年，全市粮食总产达86亿斤，比2012年增加21亿斤。蔬菜产量比上年增长4%。到2030年将建成示范区，去年已启动。"
    assert values(text) == ["2023", "2012", "2022", "2030", "2022"]
    assert values("2020年以来累计投入12亿元。截至2024年底，当年新增3家。") == ["2020", "2024", "2024"]
    assert values("2019年全市开展试点。从2021年起推行新办法，当年完成改造80处。") == ["2019", "2021", "2021"]


def test_a_bare_month_range_after_a_profiles_history_takes_the_texts_present():
    text = (
        "2022年全年，全县地区生产总值增长5%。\n"
        "历史沿革。1949年设县，1958年改属某某专区。\n"
        "生态良好。1-6月空气优良天数保持在170天以上。\n"
    )
    assert ("1-6月", "2022-01", True) in found(text)
    assert ("1-6月", "2022-06", True) in found(text)
    # With a page date the page's year still comes first.
    assert ("1-6月", "2021-01", True) in found(text, "2021-07-01")


def test_a_month_people_joined_in_is_no_date_of_the_article():
    got = found("2021年7月1日,支部为7月入党的党员过“政治生日”。7月召开总结会。")
    # one 7月 only: the meeting's (the 入党 month would be a second ("7月", "2021-07"))
    assert [(text, value) for text, value, _ in got] == [("2021年7月1日", "2021-07-01"), ("7月", "2021-07")]


def test_a_festival_followed_by_a_time_word_is_its_day_in_the_pages_year():
    assert values("五一期间,社区组织党员开展志愿服务。", "2023-05-06") == ["2023-05-01"]
    assert values("五四青年节当天，学校组织青年学生开展主题团日活动。", "2022-05-12") == ["2022-05-04"]
    assert values("在“七一”前夕,党支部组织律师送法下乡。", "2010-07-01") == ["2010-07-01"]


def test_a_festival_naming_an_event_is_no_date():
    assert values("开展庆“七一”主题党日活动。", "2020-06-22") == []
    assert values("在去年五四运动时，小组已集合了三十人。", "1921-06-01") == ["1920"]


def test_the_years_quota_is_no_date():
    assert values("确保全面完成全年目标任务。", "2020-12-11") == []
    assert values("坚决完成全年计划，全年实现地区生产总值120亿元。", "2020-12-11") == ["2020"]


def test_a_month_later_than_the_page_s_own_is_last_year_unless_the_sentence_looks_ahead():
    text = "12月27日-28日,市律师协会第五次会员代表大会召开。协会将于11月底前完成换届工作。"
    assert values(text, "2019-01-08") == ["2018-12-27", "2018-12-28", "2019-11"]


def test_a_frame_year_and_a_year_in_a_cited_title_anchor_no_bare_date():
    text = (
        "会议对2015年以来的工作进行了总结。截至9月底,全市共有律师1200人。\n"
        "2019年是攻坚之年。市纪委印发《关于2019年至2021年开展专项整治的实施方案》。6月18日,市纪委召开推进会。"
    )
    got = values(text, "2019-10-20")
    assert "2019-09" in got and "2015-09" not in got
    assert "2019-06-18" in got and "2021-06-18" not in got


def test_a_plan_s_later_months_stay_in_its_year():
    doc = Document.from_text("12月,完成全部项目验收。")
    out = dates.extract(doc, SectionIndex([]), "2024-01-10", "某区2024年重点项目推进计划")
    assert [d.value for d in out] == ["2024-12"]


def test_the_whole_of_a_month_is_that_month_but_a_count_of_months_is_none():
    assert values("村干部整个7月都在抗洪一线。", "2020-09-01") == ["2020-07"]
    assert values("用了几个3月的时间。", "2020-09-01") == []


def test_a_bare_date_before_any_year_takes_the_year_a_later_jinnian_speaks_in():
    text = "1月23日上午，省人大二次会议开幕。2023年全省生产总值增长4.8%。2024年预期目标：今年增长5%左右。"
    assert values(text)[0] == "2024-01-23"
    # One year only, reviewed: 今年 may be the year after it, so the date stays unread.
    assert "2021-03-04" not in values("3月4日，会议开幕。报告回顾了2021年工作。今年要再接再厉。")


def test_a_bare_year_start_in_a_duty_of_each_member_recurs():
    assert values("要求每位党员年初围绕工作任务作出公开承诺。", "2010-06-24") == []
    assert values("每个支部都要努力，年底前完成整改。", "2010-06-24") == ["2010"]
