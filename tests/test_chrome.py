"""Page chrome on short pages: metadata lines, bylines, where the body starts and ends."""

from __future__ import annotations

from xuhui_extract import chrome, extract
from xuhui_extract.document import split_lines


def _page(text: str) -> tuple[chrome.Chrome, str]:
    found = chrome.find(text, split_lines(text))
    return found, text[found.body[0] : found.body[1]]


def test_scraped_labels_one_per_line_and_tool_lines():
    text = (
        "当前位置：\n首页\n>\n政务信息\n>\n要闻\n某某区政府工作报告\n发表时间：\n2026-02-09 09:45:30\n"
        "来源：\n某某日报客户端\n阅读量：\n【字体：\n小\n中\n大\n】\n各位代表：\n现在，我代表区人民政府报告工作。\n"
    )
    page, body = _page(text)
    assert page.title == "某某区政府工作报告"
    assert page.date == "2026-02-09"
    assert page.breadcrumb == ["首页", "政务信息", "要闻"]
    assert page.views is None
    assert body.startswith("各位代表：")


def test_label_without_colon_tools_and_role_byline():
    text = (
        "信息公开以改善环境质量为核心 补齐生态环境突出短板\n2016-04-21\n文章来源环境保护部\n来源：环境保护部\n"
        "分享到：\n[打印]\n字号：\n[大]\n[中]\n[小]\n环境保护部党组书记、部长 陈吉宁\n很高兴与大家交流。\n"
    )
    page, body = _page(text)
    assert page.title == "以改善环境质量为核心 补齐生态环境突出短板"
    assert page.author == "陈吉宁"
    assert body.startswith("环境保护部党组书记")
    assert "打印" not in body and "文章来源" not in body


def test_closing_byline_in_parentheses_not_a_mention_of_reporters():
    text = (
        "凝聚各界信心 共谋发展新篇\n2025-03-06\n来源：光明日报\n"
        "3月5日，部长们回答记者提问。\n会上气氛热烈。\n（本报北京3月5日电 本报记者 鲁元珍 李晓）\n"
    )
    page, _ = _page(text)
    assert page.author == "鲁元珍 李晓"


def test_photo_credit_and_chapter_heading_are_no_author():
    page, _ = _page("某某报告\n2026-02-09\n来源：某报\n开幕会现场。 某某日报记者 王鼎 摄\n第一章 总则\n正文内容。\n")
    assert page.author is None


def test_licence_footer_wrapped_over_short_lines_is_chrome():
    text = (
        "报告\n同志们，组织是在十个月以前产生的。\n大会的责任是不轻的。\n"
        "這部作品在1931年1月1日以前發表，在\n美國\n以及版權期限是\n匿名作品發表起95年\n的國家屬於\n公有領域\n。\n\n"
        "Public domain\nfalse\n"
    )
    _, body = _page(text)
    assert body.endswith("大会的责任是不轻的。")


def test_short_closing_lines_without_footer_stay_in_the_body():
    text = (
        "伦理规范发布\n9月25日，委员会发布了伦理规范。\n第一章 总则\n第一条 为了促进发展，制定本规范。\n"
        "第二条 本规范自公布之日起施行。\n国家新一代人工智能治理专业委员会\n2021年9月25日\n"
    )
    _, body = _page(text)
    assert body.endswith("2021年9月25日")


def test_last_paragraph_that_says_a_footer_word_stays_in_the_body():
    text = (
        "经验交流材料\n今年以来，我区扎实推进基层党建工作。\n"
        "二、搭建交流平台。一是定期开展观摩活动，由各镇（街道）轮流主办，推动互学互鉴。"
        "二是建立工作台账，逐项跟踪问题整改。三是强化督查考核。\n"
        "地址：某某路1号。电话：12345678。\n"
    )
    _, body = _page(text)
    assert body.endswith("三是强化督查考核。")
    notice = "凡本网注明来源的作品,均为本网版权所有,未经授权不得转载或以其他方式使用。违者本网将依法追究责任。"
    _, body = _page(text + notice + "\n")
    assert body.endswith("三是强化督查考核。")


def test_a_list_of_links_and_accessibility_buttons_above_a_metadata_block():
    text = (
        "- 首页\n- 政务公开\n- 办事服务\n\n"
        "索 引 号: 0001/2021-00012 发布日期: 2021-03-15 发布机构: 某某区政府办公室\n"
        "某某区人民政府办公室关于做好春季防火工作的通知\n各镇人民政府:\n现将有关事项通知如下。\n"
    )
    page, body = _page(text)
    assert page.title == "某某区人民政府办公室关于做好春季防火工作的通知"
    assert page.date == "2021-03-15"
    assert body.startswith("各镇人民政府:")
    page, _ = _page("- 设为首页\n- 加入收藏\n- 无障碍阅读\n- 长者版\n某某会议召开\n发布日期:2021-03-15\n正文。\n")
    assert (page.title, page.date) == ("某某会议召开", "2021-03-15")


def test_a_welcome_line_names_the_site_and_its_day_is_not_the_page_date():
    text = (
        "欢迎访问某某法院网,今天是 2024年06月01日 星期六\n关注:\n当前位置:首页 » 法院动态\n"
        "某某法院召开执行工作会议\n来源:某某法院 作者:执行局 发布时间:2019/3/8 9:04:12 阅读次数:\n"
        "3月7日,某某法院召开执行工作会议。\n"
    )
    page, body = _page(text)
    assert (page.title, page.site, page.date) == ("某某法院召开执行工作会议", "某某法院网", "2019-03-08")
    assert (page.author, page.breadcrumb) == ("执行局", ["首页", "法院动态"])
    assert body.startswith("3月7日")
    page, _ = _page("您好,欢迎访问某某县法院网!今天是2025年3月1日\n某某县法院召开党组会\n发布时间:2019/12/3\n正文。\n")
    assert (page.site, page.title, page.date) == ("某某县法院网", "某某县法院召开党组会", "2019-12-03")
    _, body = _page("某某工作总结范文\n简介:\n小编为你整理了工作总结,希望对你有帮助。\n一、主要工作\n正文。\n")
    assert body.startswith("一、主要工作")


def test_metadata_straight_above_the_body_is_no_title():
    text = "来源:党委办 发布时间:2018 年 05 月 04 日 浏览次数:312 作者:李明\n5月3日,公司党委开展主题党日活动。\n"
    page, body = _page(text)
    assert (page.title, page.date, page.views, page.author) == (None, "2018-05-04", 312, "李明")
    assert body.startswith("5月3日")


def test_a_signature_with_a_correspondent_names_the_reporter():
    page, _ = _page("某某会议召开\n3月2日,某某会议召开。\n会议强调,要抓好落实。\n(记者 王小明 通讯员 陈东)\n")
    assert page.author == "王小明"
    page, _ = _page("某某会议召开\n本报讯（记者 刘洋 通讯员 孙丽）3月2日,某某会议召开。\n")
    assert page.author == "刘洋"


def test_a_headline_repeated_under_a_channel_label_is_all_head():
    text = (
        "2022年某某县人民政府工作报告\n\n县内要闻\n\n2022年某某县人民政府工作报告\n\n"
        "(2022年1月5日在某某县第十八届人民代表大会第一次会议上)\n各位代表:\n现在,我代表县人民政府报告工作。\n"
    )
    page, body = _page(text)
    assert page.title == "2022年某某县人民政府工作报告"
    assert body.startswith("(2022年1月5日")


def test_footer_tools_and_related_links_are_cut():
    text = (
        "标题行\n2020-01-02\n来源：某网\n正文第一段。\n正文第二段。\n【打印】【关闭】\n责任编辑：张三\n"
        "相关文章\n《某某办法》解读\n某某会议召开\n"
    )
    article = extract(text)
    s, e = article.body_span
    assert text[s:e] == "正文第一段。\n正文第二段。"
    assert article.documents == []


def test_traditional_labels_and_a_breadcrumb_without_its_label():
    text = (
        "首頁 > 新聞中心 > 工作動態\n某某會議召開\n發佈時間：2020-01-02 瀏覽次數：1,234\n正文第一段。\n正文第二段。\n"
    )
    page, body = _page(text)
    assert page.breadcrumb == ["首頁", "新聞中心", "工作動態"]
    assert (page.title, page.date, page.views) == ("某某會議召開", "2020-01-02", 1234)
    assert body == "正文第一段。\n正文第二段。"


def test_related_titles_under_the_page_tools_are_cut():
    text = "标题行\n2020-01-02\n来源：某网\n正文第一段。\n正文第二段。\n【打印】 【关闭】\n某某会议召开\n《办法》解读\n"
    _, body = _page(text)
    assert body == "正文第一段。\n正文第二段。"


def test_site_breadcrumb_split_date_title_after_metadata_and_caption():
    text = (
        "某某网\n>\n时政\n> 正文\n2025\n07\n/\n26\n16:05:32\n来源：某某网\n"
        "某部长出席某大会开幕式并致辞\n字体：\n小\n中\n大\n"
        "分享到：\n某部长出席某大会开幕式并致辞\n2025-07-26 16:05:32\n来源：某某网\n"
        "7月26日，某部长出席开幕式。 某某社记者 王某 摄\n某某社上海7月26日电 某部长出席开幕式并致辞。\n"
        "大会发表《行动计划》。\n【纠错】\n【责任编辑:张某】\n阅读下一篇：\n29\n某部长出席某大会开幕式并致辞\n"
    )
    page, body = _page(text)
    assert page.breadcrumb == ["某某网", "时政", "正文"]
    assert page.site == "某某网"
    assert page.date == "2025-07-26"
    assert page.title == "某部长出席某大会开幕式并致辞"
    assert body.startswith("某某社上海7月26日电")
    assert body.endswith("大会发表《行动计划》。")


def test_date_leading_a_line_of_fields_and_a_bracketed_column_label():
    page, body = _page("某市关于印发某某规划的通知\n2022-03-28  来源：某委\n为贯彻落实有关部署，制定本规划。\n")
    assert page.date == "2022-03-28" and body.startswith("为贯彻落实")
    page, _ = _page("【某法动态】某某法院举办发布会通报上半年工作\n发布时间:2021-07-03\n7月2日，某法院举行发布会。")
    assert page.title == "某某法院举办发布会通报上半年工作"


def test_trailing_wiki_footnotes_are_chrome():
    text = "某某报告\n我们出版了日报\n[\n1\n]\n，共二十八期。\n\n最后一段正文。\n\n\n↑\n \n原文无单位。\n\n↑\n \n音译。"
    _, body = _page(text)
    assert body.endswith("最后一段正文。")
    # A note that runs over two lines is no plain note list: nothing is cut.
    _, body = _page("某某报告\n正文一段。\n↑\n第一行注释\n第二行注释还很长很长很长很长很长很长很长很长很长很长。")
    assert body.endswith("很长。")


def test_download_line_and_a_site_named_as_author():
    text = (
        "您的位置: 首页 » 某某资料网 » 法律法规 »\n\n某市人民政府办公厅关于印发某某办法的通知\n\n"
        "作者:某某资料网 时间:2024-07-24 02:42:10  浏览:9313   来源:某某资料网\n下载地址: 点击此处下载\n\n"
        "某市人民政府办公厅关于印发某某办法的通知\n\n各区人民政府：\n现将《某某办法》印发给你们，请遵照执行。\n"
    )
    page, body = _page(text)
    assert page.breadcrumb == ["首页", "某某资料网", "法律法规"]
    assert (page.site, page.author, page.views) == ("某某资料网", None, 9313)
    assert body.startswith("各区人民政府")


def test_report_page_tools_subtitle_and_a_caption_credit_without_she():
    text = (
        "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2026年某省政府工作报告\n"
        "——二〇二六年一月二十七日在某省人民代表大会第四次会议上\n来源：某某日报\n时间：2026-02-10\n"
        "某省省长 王某某\n王某某作政府工作报告。某某日报记者 李某\n各位代表：\n现在我代表省人民政府报告工作。\n"
    )
    page, body = _page(text)
    assert (page.title, page.date, page.author) == ("2026年某省政府工作报告", "2026-02-10", "王某某")
    assert body.startswith("某省省长 王某某")


def test_date_line_with_a_chinese_time():
    text = "2026年某省人民政府工作报告\n2026年02月10日 07时41分\n来源:\n某某日报\n【字体：\n大\n中\n小\n】\n"
    text += "分享：\n各位代表：\n"
    page, body = _page(text)
    assert (page.title, page.date) == ("2026年某省人民政府工作报告", "2026-02-10")
    assert body.startswith("各位代表")


def test_document_metadata_table_with_spread_labels_states_title_and_publication_date():
    text = (
        "索 引 号：\t000014349/2018-00221\t主题分类：\t综合政务\n"
        "发文机关：\t某某办公厅\t成文日期：\t2018年12月07日\n"
        "标　　题：\t某某办公厅关于推进某某工作的意见\n"
        "发文字号：\t某办发〔2018〕1号\t发布日期：\t2018年12月27日\n主 题 词：\n\n"
        "某某办公厅关于推进\n某某工作的意见\n某办发〔2018〕1号\n\n各省人民政府：\n现提出如下意见。\n"
    )
    page, body = _page(text)
    assert (page.title, page.date) == ("某某办公厅关于推进某某工作的意见", "2018-12-27")
    assert body.startswith("某办发〔2018〕1号") and "主题分类" not in body and "2018年12月27日" not in body


def test_bulleted_metadata_with_values_on_the_next_lines_and_a_top_tool_line():
    text = (
        "返回顶部\n\n某县人民政府工作规则\n\n  • 索引号:\n\n    6107280000/2024-001005\n  • 主题分类:\n\n"
        "  • 发文字号:\n\n    某政发〔2024〕7号\n  • 发文日期:\n\n    2024年04月06日 16:40\n  • 有效性:\n\n"
        "  • 发布日期:\n\n    2024年04月06日 16:34\n  • 内容概述:\n\n"
        "某县人民政府工作规则\n\n第一章总则\n\n一、为了规范工作，制定本规则。\n"
    )
    page, body = _page(text)
    assert (page.title, page.date) == ("某县人民政府工作规则", "2024-04-06")
    assert body.startswith("第一章总则")


def test_title_under_a_breadcrumb_or_a_skip_link_without_other_metadata():
    page, body = _page("首页 > 协会要闻\n\n某某联谊会召开理事会\n\n \n\n       2月24日下午，某某联谊会召开会议。\n")
    assert (page.breadcrumb, page.title) == (["首页", "协会要闻"], "某某联谊会召开理事会")
    assert body.strip().startswith("2月24日")
    page, body = _page("跳過導航\n\n某某年度施政報告\n\n\n下面，我先作簡要回顧。\n")
    assert page.title == "某某年度施政報告" and body.startswith("下面")


def test_a_text_read_wholly_as_chrome_is_all_body():
    from xuhui_extract import extract

    for text in ("2015年8月12日", "  二〇〇六年十二月\n", "关于印发实施意见的通知\n2019-07-11\n"):
        article = extract(text)
        start, end = article.body_span
        assert text[start:end].strip() == text.strip()
        assert article.dates


def test_author_cut_where_the_next_label_begins_after_wide_spaces():
    page, _ = _page("某院某文(下)\n时间:2018-11-03  作者:孙某  新闻来源:某某日报  【字号: | |\n正文第一段。\n")
    assert page.author == "孙某" and page.date == "2018-11-03"
    # A label the list lacks (`通稿来源`) still ends the value: its head is set off by the wide spaces.
    page, _ = _page("某院某文\n时间:2018-11-03  作者:孙某  通稿来源:某某日报\n正文第一段。\n")
    assert page.author == "孙某"
    page, _ = _page("某院某文\n时间:2018-11-03  作者:张某 李某  来源:某某日报\n正文第一段。\n")
    assert page.author == "张某 李某"


def test_reporter_byline_run_into_the_first_body_line_is_chrome():
    text = "《某刊》记者/李某某 2025 年3月5日,某某会议在北京开幕,会上作了报告。\n一、2024 年工作回顾\n"
    page, body = _page(text)
    assert page.author == "李某某"
    assert body.startswith("2025 年3月5日")
    page, body = _page("某区召开某某会议\n2020-01-02\n某某社北京3月5日电（记者 张某、王某某）近日，某区召开会议。\n")
    assert page.author == "张某、王某某" and body.startswith("某某社北京3月5日电")


def test_reporter_sending_from_a_place_leads_the_first_line():
    page, body = _page("某某日报融媒体记者王某某 发自上海 3月5日,某市召开某某会议。\n会议指出,要抓好落实。\n")
    assert page.author == "王某某" and body.startswith("3月5日")
    page, body = _page("某市召开会议\n2020-01-02\n记者发自现场的消息说,会议已经开幕。\n")
    assert page.author is None


def test_reporter_in_prose_is_no_byline():
    page, body = _page("某市经济运行平稳\n2020-01-02\n记者从市统计局获悉，全市经济运行平稳。\n")
    assert page.author is None and body.startswith("记者从市统计局获悉")


def test_closing_credit_line_names_the_author():
    text = "某公司党委召开某某例会\n\n      7月23日,某公司党委召开例会。\n\n                 (某某公司党委办供稿)\n"
    page, _ = _page(text)
    assert page.author == "某某公司党委办"
    page, _ = _page("某公司召开某某例会\n2020-01-02\n7月23日,某公司召开例会。\n（供稿：某区司法局）\n")
    assert page.author == "某区司法局"


def test_column_label_line_above_the_headline_is_not_the_title():
    page, body = _page("集团新闻\n\n某某集团公司党委召开政工例会\n\n      7月23日,某某集团公司党委召开政工例会。\n")
    assert page.title == "某某集团公司党委召开政工例会"
    assert body.lstrip().startswith("7月23日")
    # The breadcrumb's last item repeated on a line of its own above the headline.
    page, _ = _page("当前位置：首页 > 工作调研\n工作调研\n某某街道开展入户走访活动\n近日，某某街道开展入户走访。\n")
    assert page.title == "某某街道开展入户走访活动"
    # A headline that merely ends as a column's name stays the title.
    page, _ = _page("某某区举行年度新闻\n正文第一段，有内容。\n")
    assert page.title == "某某区举行年度新闻"


def test_bracketed_database_fields_above_the_title_are_metadata():
    text = (
        "【法宝引证码】CLI.1.123456\n【时效性】现行有效\n某市人民政府办公厅关于印发某某方案的通知\n"
        "某市人民政府办公厅关于印发某某方案的通知\n各县人民政府：\n现将《某某方案》印发给你们。\n"
    )
    page, body = _page(text)
    assert page.title == "某市人民政府办公厅关于印发某某方案的通知"
    assert body.startswith("各县人民政府")
    page, _ = _page("【法宝引证码】CLI.1.123456\n某市关于某某工作的意见\n2017-04-13\n正文第一段。\n")
    assert page.title == "某市关于某某工作的意见"


def test_page_date_on_the_line_after_its_label_glued_to_the_first_body_word():
    text = (
        "党建工作\n发布时间:\n2026-02-02为开好组织生活会,2月2日上午,某处党支部开展主题党日活动,支部全体党员参加。\n"
        "活动中,大家集体学习了重要讲话精神。\n"
    )
    page, body = _page(text)
    assert page.date == "2026-02-02"
    assert page.title is None  # `党建工作` is the column above the metadata, not a headline
    assert body.startswith("为开好组织生活会")
    assert text[page.body[0] - 10 : page.body[0]] == "2026-02-02"


def test_date_glued_to_the_body_on_the_label_line_and_a_date_line_with_fields_after_it():
    page, body = _page("某某会议召开\n发布时间:2025-03-01为推进工作,某局于3月1日召开会议,全体干部参加。\n会议强调。\n")
    assert (page.title, page.date) == ("某某会议召开", "2025-03-01")
    assert body.startswith("为推进工作")
    page, body = _page("某某会议召开\n发布时间:\n2025-03-01 来源:某某局\n为推进工作,某局召开会议,全体干部参加。\n")
    assert page.date == "2025-03-01"
    assert body.startswith("为推进工作")


def test_cover_notice_before_a_plan_is_body_and_its_signature_no_title():
    text = (
        "各市(州)人民政府、省级有关部门(单位):\n"
        "经省政府同意,现将《某省现代流通体系建设实施方案》印发给你们,请认真贯彻实施。\n"
        "某省发展和改革委员会\n2022年10月18日\n某省现代流通体系建设实施方案\n"
        "为加快建设现代流通体系,结合我省实际,制定本方案。\n"
    )
    page, body = _page(text)
    assert page.title is None and page.date is None
    assert body.startswith("各市(州)人民政府")


def test_flattened_disclosure_table_rows_are_metadata_and_the_title_row_loses_its_bar():
    text = (
        "索引号 | K16059504/2024-117342 | ||\n组配分类 | 计划总结 | 发布机构 | 某某街道 |\n"
        "生成日期 | 2024-03-21 | 公开方式 | 主动公开 |\n公开范围 | 面向全社会 |\n"
        "某某街道2023年工作总结和2024年工作思路 |\n发布日期: 2024-03-21 11:04 信息来源: 某某街道 |\n"
        "一、2023年工作回顾 2023年是开局之年。全年实现地区生产总值60.3亿元。\n"
    )
    page, body = _page(text)
    assert page.title == "某某街道2023年工作总结和2024年工作思路"
    assert page.date == "2024-03-21"
    assert body.startswith("一、2023年工作回顾")


def test_table_row_date_alone_and_a_bar_inside_a_title_kept():
    page, body = _page("主题分类 | 政务公开 | 生成日期 | 2023-05-06 |\n某某区召开会议\n会议指出,要抓好落实。\n")
    assert (page.title, page.date) == ("某某区召开会议", "2023-05-06")
    assert body.startswith("会议指出")
    page, _ = _page("就业观察｜强化就业优先导向\n2025-03-06\n来源：某报\n各地出台措施。\n")
    assert page.title == "就业观察｜强化就业优先导向"


def test_document_number_and_brackets_around_a_database_title_and_its_repetition():
    text = (
        "鲁政发〔2014〕20号《某省人民政府关于深化预算管理制度改革的实施意见》\n\n"
        "浏览量:          时间:2016-01-17 23:45:19\n\n某省人民政府关于深化预算管理制度改革的实施意见\n\n"
        "鲁政发〔2014〕20号\n\n各市人民政府,省政府各部门:\n现代预算制度是现代财政制度的基础。\n"
    )
    page, body = _page(text)
    assert page.title == "某省人民政府关于深化预算管理制度改革的实施意见"
    assert page.date == "2016-01-17" and page.views is None
    assert not body.startswith("某省人民政府关于")  # the bare title repeated is head, not body


def test_document_site_blurb_and_the_reposted_articles_own_header():
    text = (
        "推进农村党组织书记队伍建设(共五则范文)\n\n时间:2019-05-12 16:19:27下载本文作者:会员上传\n"
        "简介:某某文库小编为你整理了多篇相关的《推进农村党组织书记队伍建设》,但愿对你有帮助。\n\n"
        "第一篇:推进农村党组织书记队伍建设\n\n推进农村党组织书记队伍建设\n\n"
        "时间:2010年08月10日 11时20分来源:《党建研究》作者:张某某\n\n字号:『 大字体 中字体 小字体 』\n\n"
        "近年来,我们把加强村党组织书记队伍建设作为重中之重。\n"
    )
    page, body = _page(text)
    assert (page.title, page.date, page.author) == ("推进农村党组织书记队伍建设", "2010-08-10", "张某某")
    assert body.lstrip().startswith("近年来")


def test_a_meeting_notice_time_field_is_no_second_header():
    text = "某某会议通知\n发布时间:2024-03-01\n\n关于召开某某会议的通知\n"
    text += "时间:2024年3月5日\n地点:某某会议室\n请准时参加。\n"
    page, body = _page(text)
    assert page.date == "2024-03-01"
    assert body.startswith("关于召开某某会议的通知")


def test_image_alt_text_and_markup_remnant_above_a_breadcrumb_label_are_no_title():
    text = (
        "图片\n\n-->\n您当前的位置:首页> 政务动态 > 区县要闻\n\n某某区召开理论学习中心组学习会议\n\n"
        "发布时间:2024-04-13 09:04来源:某某发布\n【字体: 打印\n\n  4月12日,某某区召开会议。\n"
    )
    page, body = _page(text)
    assert page.title == "某某区召开理论学习中心组学习会议"
    assert (page.date, page.breadcrumb) == ("2024-04-13", ["首页", "政务动态", "区县要闻"])
    assert body.strip().startswith("4月12日") and "发布时间" not in body


def test_breadcrumb_labels_and_arrow_separators():
    for line, crumbs in [
        (
            "您现在所在的位置: 网站首页> 信息公开 > 某县人民政府办公室> 政府工作报告",
            ["网站首页", "信息公开", "某县人民政府办公室", "政府工作报告"],
        ),
        ("当前位置: 新闻中心 -> 图片新闻", ["新闻中心", "图片新闻"]),
        ("当前位置：首页 » 工作动态 › 正文", ["首页", "工作动态", "正文"]),
        ("首页 -> 通知公告", ["首页", "通知公告"]),
    ]:
        page, _ = _page(
            f"设为首页 / 添加收藏\n{line}\n\n某某法院召开工作会议\n发布时间:2019-05-16 17:25:18\n"
            "会议强调，要做好工作。\n"
        )
        assert page.breadcrumb == crumbs
        assert page.title == "某某法院召开工作会议"


def test_disclosure_rows_above_the_title_are_chrome_and_the_lines_above_the_breadcrumb_too():
    text = (
        "• 无障碍\n  • 长辈版\n您现在所在的位置: 网站首页> 政府信息公开 > 政府工作报告\n"
        "索引号: 003257952/200808-00011 组配分类: 政府工作报告\n"
        "名称: 2007年政府工作报告 文号: 200808_PF0010\n发布日期: 2007-03-02 00:00\n2007年政府工作报告\n"
        "发布时间:2007-03-02 00:00 来源:某县人民政府 浏览次数: 字体:[ ]\n\n"
        "——2007年2月8日在某县人民代表大会上\n   一、过去四年政府工作回顾\n   过去四年，经济增长。\n"
    )
    page, body = _page(text)
    assert (page.title, page.date) == ("2007年政府工作报告", "2007-03-02")
    assert body.startswith("——2007年2月8日") and "名称" not in body


def test_site_name_line_above_a_notice_title_is_the_site():
    text = "政策法规宣传网\n\n某部关于印发《某某工作方案》的通知\n\n各省、自治区、直辖市有关部门:\n\n现印发你们。\n"
    page, body = _page(text)
    assert (page.title, page.site) == ("某部关于印发《某某工作方案》的通知", "政策法规宣传网")
    assert body.startswith("各省")
    # A short headline ending in 网 over the body (no title-like line after it) is still the title.
    page, _ = _page("织密安全防护网\n\n3月5日，我区召开安全生产工作会议，部署全年工作任务。\n")
    assert page.title == "织密安全防护网"


def test_site_line_that_names_the_footer_site():
    text = (
        "某某市律师协会\n\n某某律所成立党支部\n\n会议在广州召开，律师代表出席。\n\n某某市律师协会版权所有 ©2017-2024\n"
    )
    page, _ = _page(text)
    assert page.title == "某某律所成立党支部"


def test_publication_line_and_e_paper_tools_above_the_head():
    text = (
        "某某日报新媒体\n通版阅读请点击:\n展开通版\n收缩通版\n当前版:02版:要闻\n发布日期:2022年03月23日\n"
        "某院召开党组会议传达学习会议精神\n\n本报讯 (记者 张某某)3月21日下午,某院召开党组会议。\n"
    )
    page, body = _page(text)
    assert (page.title, page.date, page.author) == ("某院召开党组会议传达学习会议精神", "2022-03-23", "张某某")
    assert page.site is None  # a publication's name is not the site's
    assert body.startswith("本报讯")
    # A short headline ending in 日报 over the body is still the title.
    page, _ = _page("学习强国平台入驻某某日报\n\n3月5日，某某日报与学习强国平台签约合作。\n")
    assert page.title == "学习强国平台入驻某某日报"


def test_document_title_over_two_lines_is_joined():
    text = (
        "发布时间:2024-11-01 21:09:52\n某部关于推动某某地区高质量发展\n奋力开创某某工作新局面的意见\n"
        "某发〔2023〕16号\n各省、自治区、直辖市人民政府:\n现提出如下意见。\n"
    )
    page, body = _page(text)
    assert page.title == "某部关于推动某某地区高质量发展奋力开创某某工作新局面的意见"
    assert body.startswith("某发〔2023〕16号")
    # A complete document title keeps its own line; a short first body line is not glued to a headline.
    page, body = _page("某区关于加强安全生产的通知\n某区印发实施方案\n\n各街道：现印发你们。\n")
    assert page.title == "某区关于加强安全生产的通知"
    page, _ = _page("某区召开安全生产工作会议\n会议部署全年工作\n\n3月5日，我区召开会议。\n")
    assert page.title == "某区召开安全生产工作会议"


def test_editor_credit_closing_the_page_is_chrome():
    for credit in ("编辑:丁浩然", "（责任编辑：王某  审核：李某某）", "编辑：张三 校对：李四"):
        _, body = _page(f"某院办案数据公开\n2022-07-18 11:12:00  来源:某某检察院\n\n  收到判决75件。\n\n  {credit}\n")
        assert body.endswith("收到判决75件。")
    # A sentence that mentions an editor is body.
    _, body = _page("某院新闻\n2022-07-18\n\n  编辑部：全年出版刊物12期，发行量稳中有升。\n")
    assert body.endswith("稳中有升。")


def test_a_teaser_list_after_the_article_is_chrome():
    text = (
        "律师协会召开新闻发布会\n全省律师行业党组织覆盖率达到100%，发展党员21名。\n"
        "新闻推荐\n他103岁，依然硬朗矍铄，与记者谈话一个多小时。\n四川新闻，新鲜有料。世界很大，期待在此相遇。"
    )
    assert _page(text)[1].endswith("发展党员21名。")
    # A heading of the same words high in a long text introduces the article's own part.
    lines = "\n".join(f"第{i}段，工作稳步推进。" for i in range(12))
    assert _page(f"标题\n相关新闻\n{lines}")[1].endswith("第11段，工作稳步推进。")


def test_a_signature_in_brackets_closing_the_last_paragraph_is_the_author():
    page, _ = _page("近日，市律师协会召开新闻发布会。\n全市共有律师事务所120家。(张明)\n")
    assert page.author == "张明"
    page, _ = _page("近日，市律师协会召开新闻发布会。\n全市共有律师事务所120家。（王丽 李强）\n")
    assert page.author == "王丽 李强"


def test_brackets_closing_the_text_that_name_no_author():
    for note in ("（未完待续）", "（新华社）", "（人民日报）", "（有删节）"):
        page, _ = _page(f"近日，市律师协会召开新闻发布会。\n全市共有律师事务所120家。{note}\n")
        assert page.author is None, note
    page, _ = _page("近日，市律师协会召开新闻发布会。\n全市共有律所120家（含分所）\n")
    assert page.author is None  # no stop before the brackets: a note inside the sentence


def test_a_signature_on_a_line_of_its_own_closing_the_text():
    page, _ = _page("近日，市律师协会召开新闻发布会。\n全市共有律师事务所120家。\n（张明）\n")
    assert page.author == "张明"
    page, _ = _page("近日，市律师协会召开新闻发布会。\n全市共有律师事务所120家。\n（附件）\n")
    assert page.author is None


def test_a_markdown_list_mark_before_a_metadata_line():
    page, body = _page("某某街道2022年工作总结\n- 时间:2023-02-24\n一、2022年工作回顾\n全年完成财政收入12.8亿元。\n")
    assert page.date == "2023-02-24"
    assert body.startswith("一、2022年工作回顾")


def test_names_in_brackets_after_xun_are_the_author():
    page, body = _page("本网讯(王俊杰)近日，市建投集团将主题党日搬进居民区。\n活动增强了社区凝聚力。\n")
    assert page.author == "王俊杰" and body.startswith("本网讯")
    page, _ = _page("本报讯（通讯员）近日，市建投集团将主题党日搬进居民区。\n活动增强了社区凝聚力。\n")
    assert page.author is None


def test_markdown_page_breadcrumb_links_heading_title_share_box_and_related_link():
    text = (
        "[首页](https://www.example.gov.cn/) > [政务公开](https://www.example.gov.cn/xxgk/) > "
        "[通知](https://www.example.gov.cn/xxgk/tz/)\n\n"
        "## 关于推进某某领域数字化转型的指导意见(某改发〔2025〕12号)\n\n发布时间：2025/03/04\n\n来源：规划司\n\n"
        "![](https://www.example.gov.cn/images/print.png)\\[ 打印 \\]\n\n分享到微信朋友圈x\n\n"
        "![Scan me!](<Base64-Image-Removed>)\n\n打开微信，点击底部的“发现”，\n\n"
        "使用“扫一扫”即可将网页分享至朋友圈。\n\n"
        "微博微信\n\n**某某部关于推进某某领域数字化转型的指导意见**\n\n各省、自治区、直辖市发展改革委：\n\n"
        "现提出如下意见。\n\n附件：\n\n相关政策与解读\n\n"
        "- [新闻发言人就《某某部关于推进某某领域数字化转型的指导意见》答记者问](https://www.example.gov.cn/jd/1.html)\n"
    )
    page, body = _page(text)
    assert page.breadcrumb == ["首页", "政务公开", "通知"]
    assert page.title == "关于推进某某领域数字化转型的指导意见(某改发〔2025〕12号)"
    assert page.date == "2025-03-04"
    assert body.startswith("**某某部关于")
    assert "答记者问" not in body


def test_front_matter_states_title_and_date_and_a_closing_author_in_parentheses():
    text = (
        "---\ntitle: '某省这十年：经济总量连跨3个台阶，共同富裕稳步推进'\ncategories: \n - 财经\n - 国内\n"
        "author: 某某财经\ncomments: false\ndate: Wed, 31 Aug 2022 07:10:00 GMT\n---\n\n"
        "　　8月31日，某省举行主题新闻发布会。\n　　会上介绍了十年来的发展成就。\n　　（作者：王某某 ）\n\n"
        "责任编辑：李某 \n"
    )
    page, body = _page(text)
    assert page.title == "某省这十年：经济总量连跨3个台阶，共同富裕稳步推进"
    assert page.date == "2022-08-31"
    assert page.author == "王某某"
    assert body.lstrip().startswith("8月31日")


def test_front_matter_title_set_again_as_the_heading_keeps_the_pages_punctuation():
    text = (
        "---\ntitle: '某某：未来五年是关键时点，拼谁能_稳住_'\ndate: 2021-04-05 08:00:00\n---\n\n"
        "　　某某：未来五年是关键时点，拼谁能“稳住”\n　　来源：某某研究院\n　　今天跟大家分享我们的研究。\n"
    )
    page, body = _page(text)
    assert page.title == "某某：未来五年是关键时点，拼谁能“稳住”"
    assert page.date == "2021-04-05"
    assert body.lstrip().startswith("今天")


def test_a_dashed_line_not_followed_by_keys_is_no_front_matter():
    page, body = _page("---\n某某区召开工作会议\n---\n会议强调要抓好落实。\n")
    assert page.date is None
    assert "会议强调" in body


def test_a_bidding_reference_line_under_the_headline_is_metadata():
    text = (
        "当前位置：首页 > 采购信息 > 采购公告\n某某集团2020年服务器维保采购的询价公告\n项目编号:ZB2020-017\n"
        "2020-05-12\n  5月10日，某某集团召开年度工作会议，总结成绩，部署任务。\n"
    )
    page, body = _page(text)
    assert page.title == "某某集团2020年服务器维保采购的询价公告"
    assert page.date == "2020-05-12"
    assert body.lstrip().startswith("5月10日")


def test_a_breadcrumb_of_the_site_name_and_a_source_date_line():
    text = (
        "手机版\n某某网 > 新闻中心 > 社会新闻 > 正文\n\n某省法院:去年审结案件1万件\n\n"
        "某某省高级人民法院   2021-04-02 09:15\n\n  【去年审结案件1万件】记者从发布会获悉,全省法院去年审结案件1万件。\n"
    )
    page, body = _page(text)
    assert page.breadcrumb == ["某某网", "新闻中心", "社会新闻", "正文"]
    assert page.site == "某某网"
    assert page.title == "某省法院:去年审结案件1万件"
    assert page.date == "2021-04-02"
    assert body.lstrip().startswith("【去年")


def test_a_newspaper_and_time_line_dates_the_page_but_a_signature_does_not():
    page, body = _page("某市政府工作报告\nXin Min Wan Bao·2025-01-20 07:30\n各位代表:现在,我代表市人民政府报告工作。\n")
    assert page.title == "某市政府工作报告"
    assert page.date == "2025-01-20"
    assert body.startswith("各位代表")
    assert chrome._source_date("某某区人民政府 2023年3月28日") is None
    assert chrome._source_date("某某区人民政府 2023年3月28日 10:42") == "2023-03-28"


def test_a_red_head_banner_and_document_number_stand_above_the_title():
    text = (
        "某某县人民政府办公室文件\n某县政办发〔2021〕7号\n某某县人民政府办公室关于印发《某某县防汛工作方案》的通知\n\n"
        "各乡镇人民政府,县直各部门:\n现将《某某县防汛工作方案》印发给你们,请认真贯彻执行。\n"
    )
    page, body = _page(text)
    assert page.title == "某某县人民政府办公室关于印发《某某县防汛工作方案》的通知"
    assert body.startswith("各乡镇人民政府")
    page, _ = _page("某某县人民政府文件\n这份文件的要点如下\n全县上下要认真学习。\n")
    assert page.title == "某某县人民政府文件"


def test_access_count_label_gives_the_views():
    text = "某县召开安全生产工作会议\n作者: 王明 发布时间:2021-06-18 访问次数:1024\n6月17日,某县召开会议。\n"
    page, body = _page(text)
    assert (page.title, page.date, page.author, page.views) == ("某县召开安全生产工作会议", "2021-06-18", "王明", 1024)
    assert body.startswith("6月17日")
    page, _ = _page("某某通知\n发布日期:2022-05-09访问次数: 信息来源:某某办公室\n各单位:\n现将有关事项通知如下。\n")
    assert (page.date, page.views) == ("2022-05-09", None)


def test_a_breadcrumb_with_spaces_only_between_its_items():
    page, _ = _page(
        "当前位置:首页 党建工作\n某市召开会议\n时间:2023-04-27点击数:1304来源:市政府办公室\n\n 会议指出,要做好工作。\n"
    )
    assert page.breadcrumb == ["首页", "党建工作"]


def test_a_reporter_named_between_jizhe_and_baodao_after_the_dateline():
    text = (
        "某省经济增长目标确定\n\n来源:本网专稿作者:时间:2024-02-28\n\n"
        "某某网讯 记者李明报道 近日,某省人代会开幕。会议听取了报告。\n"
    )
    page, _ = _page(text)
    assert page.author == "李明"
    page, _ = _page("某市召开会议\n\n本报讯 近日,市委召开会议,回答记者提问。\n")
    assert page.author is None


def test_a_unit_tag_at_the_titles_end_that_the_source_line_names():
    page, _ = _page("某局召开党风廉政建设会议 (局办公室)\n时间:2023-04-27来源:局办公室\n\n 会议指出,要做好工作。\n")
    assert page.title == "某局召开党风廉政建设会议"
    page, _ = _page("关于开展调研的通知(征求意见稿)\n时间:2023-04-27来源:局办公室\n\n 各单位要做好工作。\n")
    assert page.title == "关于开展调研的通知(征求意见稿)"


def test_a_catalogue_name_field_in_a_flattened_table_is_the_title():
    text = (
        "索 引 号: | 000012345/2023-00088 | 信息分类: | |\n发布机构: | 生成日期: | 2023-03-15 09:12:40 | |\n"
        "名 称: | 县人民政府办公室关于印发某县农村人居环境整治实施方案的通知 |\n"
        "各乡镇人民政府,县直各部门:\n现将《某县农村人居环境整治实施方案》印发给你们,请认真贯彻执行。\n"
    )
    page, body = _page(text)
    assert page.title == "县人民政府办公室关于印发某县农村人居环境整治实施方案的通知"
    assert page.date == "2023-03-15"
    assert body.startswith("各乡镇人民政府")


def test_a_fabiao_riqi_label_with_spaces_inside_its_date():
    page, body = _page("某区召开党建工作推进会\n发表日期: 2023 年 06 月 08 日\n\n  近日,区委组织部召开会议。\n")
    assert (page.title, page.date) == ("某区召开党建工作推进会", "2023-06-08")
    assert body.lstrip().startswith("近日")
    page, body = _page(
        "新闻公告  NEWS\n新闻动态\n党建促所建|永为所联合党支部“三联”党建工作法促发展\n发表日期: 2022 年 03 月 24 日\n\n"
        "  近年来,市律师行业党委以政治建设为统领。\n"
    )
    assert (page.title, page.date) == ("党建促所建|永为所联合党支部“三联”党建工作法促发展", "2022-03-24")
    assert body.lstrip().startswith("近年来")


def test_column_names_above_the_headline_with_its_metadata_run_into_its_line():
    text = (
        "新闻中心\n集团要闻\n基层动态\n媒体聚焦\n李某某到所属企业检查安全生产工作来源：某某报  发布时间：2023-05-16\n"
        "\u00a0 \u00a0\u00a0本报讯 记者王小明报道：5月15日，李某某到企业检查工作。\n"
    )
    page, body = _page(text)
    assert (page.title, page.date, page.author) == ("李某某到所属企业检查安全生产工作", "2023-05-16", "王小明")
    assert body.lstrip().startswith("本报讯")
    text = (
        "新闻中心\n公司要闻\n企业动态\n国资动态\n张玉卓到集团公司驻陕西内蒙古企业调研来源：中国石化报\u00a0\u00a0发布时间：2020-12-11\n"
        "\u00a0 \u00a0\u00a0 \u00a0\u00a0本报讯 记者赵士振报道：12月8日~9日，集团公司董事长张玉卓到企业调研。\n"
    )
    page, _ = _page(text)
    assert (page.title, page.date, page.author) == ("张玉卓到集团公司驻陕西内蒙古企业调研", "2020-12-11", "赵士振")


def test_a_column_name_with_its_english_gloss_is_no_title():
    page, _ = _page("通知公告  NOTICE\n某某协会召开年度会员大会\n\n  近日,协会召开会员大会。\n")
    assert page.title == "某某协会召开年度会员大会"
    page, _ = _page("新闻中心\n公司要闻\n企业动态\n国资动态\n某某集团召开年度工作会议\n\n  近日,集团召开会议。\n")
    assert page.title == "某某集团召开年度工作会议"


def test_a_title_line_with_a_colon_but_no_date_label_keeps_its_colon():
    page, _ = _page("学习贯彻党的二十大精神：某某区在行动\n2023-02-01\n\n  近日,区委召开会议。\n")
    assert (page.title, page.date) == ("学习贯彻党的二十大精神：某某区在行动", "2023-02-01")


def test_a_kicker_ending_in_a_colon_over_the_headline_and_a_bare_date_time_line():
    text = (
        "全国人大代表、某省人民检察院检察长李某做客“检察长访谈”:\n“阳光检务”让群众看得见\n2021-03-08 10:15:32\n"
        "     某某网讯 (王小红)  3月8日,李某做客访谈节目。\n"
    )
    page, body = _page(text)
    assert (page.title, page.date, page.author) == ("“阳光检务”让群众看得见", "2021-03-08", "王小红")
    assert "检察长访谈" not in body
    text = (
        "全国人大代表、安徽省高级人民法院院长董开军做客“大法官访谈”:\n“江淮风暴”执行攻坚狂飙突进\n2019-03-04 19:07:56\n"
        "     中国法院网讯 (董星雨)  “安徽法院执行攻坚行动命名为‘江淮风暴’。”3月4日,董开军做客节目。\n"
    )
    page, _ = _page(text)
    assert (page.title, page.date, page.author) == ("“江淮风暴”执行攻坚狂飙突进", "2019-03-04", "董星雨")


def test_an_address_line_over_a_short_line_still_opens_the_body():
    page, body = _page("各乡镇人民政府,县直各部门:\n现将有关事项通知如下\n2023年1月5日\n")
    assert page.title is None
    assert body.startswith("各乡镇人民政府")


def test_a_sites_label_and_name_around_a_scraped_title_are_chrome():
    page, _ = _page(
        "---\ntitle: 某某大学->学校召开党委理论学习中心组学习会 | news.example.edu.cn\n"
        "date: 2023-04-11\n---\n近日,学校召开会议。\n"
    )
    assert page.title == "学校召开党委理论学习中心组学习会"
    page, _ = _page("某区召开安全生产工作会议_某某区人民政府网\n2023-04-11\n\n  近日,区政府召开会议。\n")
    assert page.title == "某区召开安全生产工作会议"
    text = (
        "---\ntitle: 南开大学->学校党委常委会（扩大）会议传达学习习近平总书记在中国人民大学考察时的重要讲话精神"
        " | nankai.info\n"
        "date: 2022-05-12 01:21:48.309626\n---\n5月6日，学校召开党委常委会（扩大）会议。\n"
    )
    page, _ = _page(text)
    assert page.title == "学校党委常委会（扩大）会议传达学习习近平总书记在中国人民大学考察时的重要讲话精神"


def test_a_bar_or_an_arrow_inside_a_title_stays():
    page, _ = _page("党建促所建|某某所党支部“三联”工作法促发展\n2022-03-24\n\n  近年来,党支部不断强化党建引领。\n")
    assert page.title == "党建促所建|某某所党支部“三联”工作法促发展"
    page, _ = _page("发挥1+1>>2的合力推动基层治理\n2022-03-24\n\n  近年来,党支部不断强化党建引领。\n")
    assert page.title == "发挥1+1>>2的合力推动基层治理"


def test_a_link_to_the_companion_interpretation_under_the_metadata_is_chrome():
    text = (
        "某市人民政府办公室关于印发某某实施方案的通知\n发布时间: 2023-06-01 浏览量:\n打印 分享到 :\n"
        "《某某实施方案》图解\n\n各区县人民政府:\n现将《某某实施方案》印发给你们。\n"
    )
    _, body = _page(text)
    assert body.startswith("各区县人民政府")
    text = (
        "2021年10月政府工作报告\n\n文章来源:某县 发布时间: 2021-11-02 21:22 浏览量:\n\n打印 分享到 :\n\n"
        "2021年10月《政府工作报告》解读\n\n2021年10月27日在某县第十八届人民代表大会\n\n第一次会议上\n\n各位代表:\n"
    )
    page, body = _page(text)
    assert page.title == "2021年10月政府工作报告"
    assert body.startswith("2021年10月27日")


def test_a_body_line_that_mentions_an_interpretation_stays():
    _, body = _page("某某通知\n发布时间: 2023-06-01\n市政府召开新闻发布会,对《实施方案》进行解读。\n会议指出。\n")
    assert body.startswith("市政府召开新闻发布会")


def test_a_title_ending_in_shijian_before_its_colon_is_not_cut():
    page, _ = _page("关于调整夏季作息时间：自2023年5月1日起执行\n2023-04-28\n\n  各科室:经研究决定调整作息时间。\n")
    assert page.title == "关于调整夏季作息时间：自2023年5月1日起执行"


def test_an_occasion_line_first_on_the_page_is_no_title_and_its_date_stays_in_the_body():
    page, body = _page("——2019年3月5日在某市第十五届人民代表大会第三次会议上\n市长 张三\n各位代表:\n现在报告工作。\n")
    assert page.title is None
    assert body.startswith("——2019年3月5日")
    art = extract("——2021年12月16日在某区第十六届人民代表大会第一次会议上\n某区人民检察院检察长 李四\n各位代表:\n")
    assert [d.value for d in art.dates] == ["2021-12-16"]


def test_a_first_line_with_half_width_commas_is_a_sentence_not_a_title():
    page, body = _page("部门干部组成服务小分队,分赴各地开展调研,听取意见,解决难\n题;安排干部到一线锻炼。\n")
    assert page.title is None
    assert body.startswith("部门干部")


def test_a_boxed_byline_and_the_authors_note_above_the_text():
    page, body = _page("□ 张明华\n(作者系某县县委常委、宣传部长)\n2020年,某县以学习教育为契机,推动工作落实。\n")
    assert (page.title, page.author) == (None, "张明华")
    assert body.startswith("2020年")
    page, body = _page("以项目化管理抓基层党建\n■ 罗开敏\n项目化“选题”,结合基层组织建设年抓党建。\n")
    assert (page.title, page.author) == ("以项目化管理抓基层党建", "罗开敏")


def test_a_category_glued_to_the_title_by_a_bar():
    page, _ = _page("乡镇政府工作总结|乡镇人民政府五年工作总结\n\n五年来,镇政府做了大量工作。\n")
    assert page.title == "乡镇人民政府五年工作总结"
    page, _ = _page("心得体会｜2019年党员学习十九大精神心得体会\n\n通过学习,我深受教育。\n")
    assert page.title == "2019年党员学习十九大精神心得体会"
    page, _ = _page("工作动态|某街道开展消防安全检查\n\n近日,街道开展检查。\n")
    assert page.title == "某街道开展消防安全检查"
    # A headline's own bar, and a title before the site's name, stay as written.
    page, _ = _page("就业观察｜强化就业优先导向\n\n各地出台措施。\n")
    assert page.title == "就业观察｜强化就业优先导向"
    page, _ = _page("某区召开安全生产工作会议|某区人民政府\n\n会议要求,做好工作。\n")
    assert page.title == "某区召开安全生产工作会议|某区人民政府"


def test_two_item_trail_under_a_site_name():
    # holdout15: a news portal's `站名>>频道` and a classifieds site's `站名 > 频道` (two items, not three).
    for text, crumb in (
        (
            "东方网\n东方网>>上海频道\n\n某区召开经济工作会议\n2024年01月22日14:31 | 来源:东方网\n"
            "会议指出，今年要稳中求进。\n",
            ["东方网", "上海频道"],
        ),
        (
            "免费发信息\n某某分类信息网 > 本地新闻网\n\n某区开展普法宣传\n会上通报了全年工作情况。\n",
            ["某某分类信息网", "本地新闻网"],
        ),
    ):
        page, _ = _page(text)
        assert page.breadcrumb == crumb
    page, body = _page(
        "东方网\n东方网>>上海频道\n\n某区召开经济工作会议\n2024年01月22日14:31 | 来源:东方网\n会议指出，今年要稳。\n"
    )
    assert page.title == "某区召开经济工作会议"
    assert page.date == "2024-01-22"  # the date before `| 来源:`
    assert body.startswith("会议指出")


def test_view_count_lines_and_an_editor_credit_in_the_head():
    # holdout15: `某某网小编整理` under the headline, a bare date, `193人看过`; and `…0:00:00发布79次查看`.
    page, body = _page("关于加强社区治理的意见\n法律网小编整理\n2024-11-21 17:20\n56人看过\n各区要加强社区治理。\n")
    assert (page.title, page.date, page.views) == ("关于加强社区治理的意见", "2024-11-21", 56)
    assert body.startswith("各区要")
    page, body = _page("某区召开座谈会\n\n2018-1-11 0:00:00发布79次查看\n\n会议由区长主持。\n")
    assert (page.title, page.date, page.views) == ("某区召开座谈会", "2018-01-11", 79)
    assert body.startswith("会议由")


def test_fields_closing_the_page_give_its_date():
    # holdout15: a reposted newspaper article whose date stands in `时间：… / 来源：… / 链接：…` at the bottom.
    text = (
        "某县办好民生实事\n王明 李华 本报记者 张伟\n喝上干净水，是群众的期盼。\n"
        "某县今年新建便民服务中心3个，群众办事更方便了。\n"
        "时间：2015年12月13日 04:16:45\n来源：某某日报 \n链接：http://news.example.com/local/2015-12/13/c_1.htm\n"
    )
    page, body = _page(text)
    assert page.date == "2015-12-13"
    assert body.endswith("更方便了。")


def test_topic_and_source_labels_before_colons_leave_the_headline():
    # holdout15: `律协直选专题:经济观察报:北京律协直选争议`; a headline's own colon stays.
    page, _ = _page("乡村振兴专题：农民日报：某县蔬菜产业带富一方\n\n某县今年种植蔬菜十万亩，带动农户增收。\n")
    assert page.title == "某县蔬菜产业带富一方"
    page, _ = _page("律协直选专题:经济观察报:北京律协直选争议\n\n8月26日，一份倡议书打破了平静。\n")
    assert page.title == "北京律协直选争议"
    page, _ = _page("王毕强：律师协会直选争议：各方说法\n\n8月26日，一份倡议书打破了平静。\n")
    assert page.title == "王毕强：律师协会直选争议：各方说法"  # no label names a source


def test_a_menu_line_and_a_line_of_several_labels_with_an_empty_count():
    text = (
        "首页 新闻动态 政策法规 办事指南 下载中心 联系我们\n\n会员之声\n\n"
        "某市律师行业年度发展综述 执业律师突破三千人\n\n"
        "来源: 某某在线 作者:王晓明 人气: 发布时间:2019-01-08\n"
        "12月27日,某市律师协会召开年度总结大会,回顾一年来的工作。\n"
    )
    page, body = _page(text)
    assert page.title == "某市律师行业年度发展综述 执业律师突破三千人"
    assert (page.date, page.author) == ("2019-01-08", "王晓明")
    assert body.startswith("12月27日")


def test_a_document_site_s_notice_bullets_and_a_date_before_its_label():
    text = (
        "- 31.20 KB\n- 2022-03-15 发布\n- 1、本文档由用户上传,本站整理发布。\n- 2、本文档内容版权归属内容提供方。\n"
        "- 客服QQ:12345678\n街道办事处上半年工作总结\n今年以来,街道坚持以党建为引领,较好地完成了各项任务。\n"
    )
    page, body = _page(text)
    assert page.title == "街道办事处上半年工作总结"
    assert page.date == "2022-03-15"
    assert body.startswith("今年以来")


def test_a_breadcrumb_going_on_over_the_next_line_and_an_author_after_the_body():
    text = (
        "首页\n>工作动态>基层风采\n\n某镇召开人大主席团会议\n\n发布日期: 2023-05-06 09:12:10 浏览次数: \n\n"
        "5月5日上午,某镇召开人大主席团会议,研究部署年度重点工作。\n\n作者:陈某某\n\n【打印本页】【关闭窗口】\n"
    )
    page, body = _page(text)
    assert page.breadcrumb == ["首页", "工作动态", "基层风采"]
    assert (page.title, page.date, page.author) == ("某镇召开人大主席团会议", "2023-05-06", "陈某某")
    assert "作者" not in body


def test_masked_line_and_an_outline_heading_are_no_title():
    # holdout16: a masked `****` first line, then the summary's first 一、 heading: no title, the heading is body.
    text = "****\n一、2023年社区工作回顾\n今年在街道党工委的领导下,社区完成了以下工作:\n(一)党建工作\n发展党员2名。\n"
    page, body = _page(text)
    assert page.title is None
    assert body.startswith("一、2023年社区工作回顾")
    page, _ = _page("某社区2023年工作总结\n一、工作回顾\n今年社区完成了以下工作。\n")
    assert page.title == "某社区2023年工作总结"
    sections = extract(text).sections
    assert [(s.level, s.title) for s in sections] == [(1, "2023年社区工作回顾"), (2, "党建工作")]


def test_source_line_of_spaced_cells_and_an_unlabelled_closing_stamp_date_the_page():
    # holdout16: `http://…  某某网   2014年01月05日 07:56   【 】 【打印` under the headline, and a date-time
    # closing a line of fields after the read count.
    text = (
        "某区成立志愿服务队\n\nhttp://www.example.com.cn  某某新闻网   2021年03月08日 09:15   【 】 【打印\n\n"
        "  某某新闻网讯 志愿服务队昨天在某区成立。\n"
    )
    page, body = _page(text)
    assert (page.title, page.date) == ("某区成立志愿服务队", "2021-03-08")
    assert "2021年03月08日" not in body
    page, body = _page(
        "某法庭巡回审理一起案件\n来源:张三 阅读量:2300 2022-06-14 08:30:05\n\n6月10日,法官到村里开庭。\n"
    )
    assert (page.date, page.views) == ("2022-06-14", 2300)
    assert body.startswith("6月10日")
    page, _ = _page("某区人民政府关于某事的通知\n\n某区人民政府  2023年3月28日\n各街道：现将有关事项通知如下。\n")
    assert page.date is None  # a signature's date in words, without a time, is not the page's stamp


def test_reporters_in_brackets_after_the_last_stop_are_the_author():
    text = "某区成立服务团\n2014-01-05\n服务团昨天成立。\n现场进行了认领活动。(记者王小明 李华)\n\n编辑: 赵六\n"
    page, _ = _page(text)
    assert page.author == "王小明 李华"


def test_text_crumb_set_off_by_a_space_is_its_own_item():
    page, _ = _page("您当前的位置 :某某网 > 新闻中心 > 本地新闻 正文\n\n某区召开会议\n\n会议强调，要抓好落实。\n")
    assert page.breadcrumb == ["某某网", "新闻中心", "本地新闻", "正文"]


def test_a_papers_closing_line_gives_the_page_date_and_is_no_body():
    text = (
        "某某村的变化（深度关注·基层治理③）\n　　今年4月，村里召开村民大会。\n"
        "　　今年7月，全村通了公路。\n　　《 某某日报 》（ 2020年08月25日 17 版）\n"
    )
    page, body = _page(text)
    assert page.date == "2020-08-25"
    assert body.rstrip().endswith("全村通了公路。")
    result = extract(text)
    assert [d.value for d in result.dates] == ["2020-04", "2020-07"]
    assert result.documents == []
    page, _ = _page(text.replace("《 某某日报 》（ 2020年08月25日 17 版）", "（《某某日报》2020年8月25日 17版）"))
    assert page.date == "2020-08-25"


def test_a_double_escaped_title_gives_way_to_its_decoded_repeat():
    text = (
        "某校党委关于深化“品牌工程”建设&nbsp;开展争优活动的意见\n文章来源：本站原创 发布时间：2012年05月04日\n"
        "某校党委关于深化“品牌工程”建设 开展争优活动的意见\n根据上级部署，结合我校实际，提出如下意见。\n"
    )
    page, body = _page(text)
    assert page.title == "某校党委关于深化“品牌工程”建设 开展争优活动的意见"
    assert body.startswith("根据上级部署")


def test_a_site_name_and_its_address_before_the_fields_name_the_site():
    text = (
        "某厅召开党建工作会议\n"
        "某省司法行政网：http://www.example.gov.cn    来源：机关党委  发布时间：2019/4/8 9:30:12\n"
        "　　4月8日上午，某厅召开党建工作会议。\n"
    )
    page, body = _page(text)
    assert (page.title, page.date, page.site) == ("某厅召开党建工作会议", "2019-04-08", "某省司法行政网")
    assert body.startswith("　　4月8日")


def test_an_anonymous_author_field_names_no_author():
    page, _ = _page("某单位工作总结\n作者:佚名   来源:本站   时间:2011/5/17 8:48:57\n一年来，我们做了大量工作。\n")
    assert (page.author, page.date) == (None, "2011-05-17")


def test_a_bracketed_line_of_fields_split_by_bars_dates_the_page():
    text = (
        "您的位置:\n首页 >> 新闻动态 >> 政法动态\n某县人民法院工作报告获一致通过\n"
        "[ 来源: | 作者:admin | 发布时间:2024-01-18 | 浏览:677次 ]\n1月18日上午,县人民法院院长作工作报告。\n"
    )
    page, body = _page(text)
    assert (page.title, page.date, page.views, page.author) == (
        "某县人民法院工作报告获一致通过",
        "2024-01-18",
        677,
        None,
    )
    assert body.startswith("1月18日上午")
    page, _ = _page(
        "某县工作报告获通过\n来源: | 作者:admin | 发布时间:2024-01-18 | 浏览:677次\n1月18日上午,县长作报告。\n"
    )
    assert (page.date, page.views) == ("2024-01-18", 677)


def test_a_reposts_label_before_the_headline_is_no_part_of_the_title():
    page, body = _page("原标题：某省：监督执纪“进行时”\n今年3月，某市查处一批案件，群众拍手称快。\n")
    assert page.title == "某省：监督执纪“进行时”"
    assert body.startswith("今年3月")


def test_a_paragraph_about_reporting_channels_is_body_not_a_contact_footer():
    text = (
        "某市开展专项整治\n某市近日开展专项整治，成效明显。\n"
        "督导组进驻后，在第一时间公布举报电话和邮政信箱的基础上，还专设并公布电子邮箱，建立起电话、信件、网络"
        "举报平台，拓宽群众监督举报途径。据悉，公布后66小时内，共接到群众举报1503件。\n"
        "地址：某市某路1号 电话：0571-1234567\n"
    )
    _, body = _page(text)
    assert body.rstrip().endswith("1503件。")
    assert "地址" not in body


def test_a_bar_framed_row_of_traditional_labels_with_a_reading_after_one():
    text = (
        "| 2023-01-04 08:10:03 編輯: 某某 審核人:某某某 閱讀次數(shù):2964 |\n"
        "縣政協(xié)十一屆二次會議于1月4日在城召開,委員陸續(xù)報到。\n"
    )
    page, body = _page(text)
    assert (page.title, page.date, page.views) == (None, "2023-01-04", 2964)
    assert body.startswith("縣政協")


def test_a_breadcrumb_carried_on_by_a_line_opening_with_its_separator():
    text = (
        "当前位置:首页\n> 党群工作 > 党建动态\n\n某公司党委开展联建\n\n"
        "发布日期:2024-11-15 作者:某某\n\n某公司党委下设7个党支部。\n"
    )
    page, body = _page(text)
    assert page.breadcrumb == ["首页", "党群工作", "党建动态"]
    assert page.title == "某公司党委开展联建"
    assert body.startswith("某公司党委下设")


def test_an_epaper_page_masthead_page_line_and_closing_record():
    text = (
        "某某日报 数字报纸\n\n\n00004版:特别报道\n\n文章导航\n\n建立首个楼道党支部\n\n"
        "  2002年7月18日,全国第一个楼道党支部诞生。党员每月开展一次活动。\n\n评分\n\n"
        "某某日报报业集团主办 | © 某某日报报业集团版权所有 | 联系方式\n\nICP备:浙B2-20080242\n\n"
        "某某日报 特别报道 00004 建立首个楼道党支部 2024-09-25 某某日报2024-09-2500049 2 2024年09月25日 星期三\n"
    )
    page, body = _page(text)
    assert (page.title, page.site, page.date) == ("建立首个楼道党支部", "某某日报", "2024-09-25")
    assert body.strip().startswith("2002年7月18日") and body.rstrip().endswith("一次活动。")
