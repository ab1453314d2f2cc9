"""Organisations on short snippets."""

from __future__ import annotations

from xuhui_extract import extract, orgs
from xuhui_extract.document import Document


def _names(text: str) -> list[str]:
    doc = Document.from_text(text)
    found = orgs.extract(doc)
    for o in found:
        assert all(doc.slice(s) == o.name for s in o.spans)
    return [o.name for o in found]


def test_suffix_runs_stop_at_function_words():
    got = _names("区司法局会同区市场监管局共同建立了区商事调解中心。")
    assert {"区司法局", "区市场监管局", "区商事调解中心"} <= set(got)


def test_verb_between_name_words_and_numeral_inside_a_name():
    got = _names("9月25日，国家新一代人工智能治理专业委员会发布了规范。宁夏盲人按摩医院建成。")
    assert "国家新一代人工智能治理专业委员会" in got
    assert "宁夏盲人按摩医院" in got


def test_suffix_as_its_own_token_and_titles_after_the_name():
    got = _names(
        "交通运输部部长刘伟：\n国家市场监督管理总局局长罗文：\n同志们，北京共产主义组织仅仅是在十个月以前才产生的。"
    )
    assert {"交通运输部", "国家市场监督管理总局", "北京共产主义组织"} <= set(got)


def test_brackets_and_hyphens_inside_names():
    got = _names("华润怡宝（河源）万绿湖饮料有限公司内一片忙碌。三是中国-中亚荒漠化防治合作中心落户宁夏。")
    assert "华润怡宝（河源）万绿湖饮料有限公司" in got
    assert "中国-中亚荒漠化防治合作中心" in got


def test_known_bodies_and_lists_called_organisations():
    got = _names(
        "坚决落实党中央、国务院决策部署。经验在联合国相关大会交流。华润怡宝、农夫山泉、娃哈哈等一批知名企业入驻。"
    )
    assert {"党中央", "国务院", "联合国", "华润怡宝", "农夫山泉", "娃哈哈"} <= set(got)


def test_common_words_and_verbs_are_not_organisations():
    got = _names("优化产业布局，约束性指标全部完成，搭建重要平台，区委组织开展活动，避险案例获应急管理部表扬。")
    assert got == ["区委", "应急管理部"]


def test_traditional_script_suffixes():
    assert "中華全國總工會" in _names("中華全國總工會召開會議。")
    assert "香港特別行政區政府教育局" in _names("香港特別行政區政府教育局表示。")


def test_parties_named_alone_but_not_their_members():
    assert _names("中國共產黨和國民黨合作。") == ["中國共產黨", "國民黨"]
    assert _names("他是一名共产党员。") == []


def test_new_suffixes_and_a_name_ending_in_a_verb_before_punctuation():
    got = _names("倡议成立世界某某合作组织。推动甘肃种业实验室提档升级。有一个马克思主义研究会。成立“爭取民權同盟”。")
    assert {"世界某某合作组织", "甘肃种业实验室", "马克思主义研究会", "爭取民權同盟"} <= set(got)


def test_a_name_never_starts_inside_someone_elses_parentheses():
    got = _names("某某社上海7月26日电（记者王某某、龚某）国务院总理李某出席。设立中国（甘肃）某某研究院。")
    assert "国务院" in got and "中国（甘肃）某某研究院" in got
    assert not any("）国务院" in n for n in got)


def test_connectives_determiners_and_list_markers_open_no_name():
    got = _names("可是共产国际执行委员会的代表说服了与会者。这里没有任何组织。许多工会受到影响。\n①工会学校\n")
    assert "共产国际执行委员会" in got
    assert not any(n.startswith(("可是", "任何", "许多", "①")) for n in got)


def test_a_verb_before_a_level_body_starts_the_name_there():
    got = _names("一是葛冰传达县委组织部文件精神。县长主持县政府全面工作。我向大会报告区人民法院工作。")
    assert {"县委组织部", "县政府", "区人民法院"} <= set(got)
    assert not any(n.startswith(("一是", "葛冰", "县长主持", "大会")) for n in got)


def test_bodies_named_by_kind_court_divisions_and_task_forces():
    got = _names("坚决支持纪检监察机关执纪。刑事审判庭和民事审判第一庭获评先进。县工作专班领导刘某讲话。")
    assert {"纪检监察机关", "刑事审判庭", "民事审判第一庭", "县工作专班"} <= set(got)


def test_traditional_text_is_segmented_as_simplified_and_与_breaks_a_name():
    got = _names("特區政府與國家衛生健康委員會保持溝通。政府從財政儲備和澳門基金會分別撥出款項。")
    assert {"特區政府", "國家衛生健康委員會", "澳門基金會"} <= set(got)
    assert "特區政府與國家衛生健康委員會" not in got


def test_a_sub_district_written_together_with_its_community_names_both():
    assert _names("龙洲湾街道龙海社区召开会议，枫泾镇新义村开展活动。") == [
        "龙洲湾街道",
        "龙海社区",
        "枫泾镇",
        "新义村",
    ]
    assert _names("城市街道整洁社区安宁，乡镇村干部深入街道社区走访。") == []


def test_a_national_body_inside_an_ordinal_meeting_name():
    assert _names("第十四届全国人民代表大会第三次会议在北京开幕。") == ["全国人民代表大会"]


def test_short_names_of_courts_are_organisations_and_common_words_are_not():
    got = _names("市中院新收各类案件，各项指标均优于省高院确定的合理区间。据市高院统计，产业布局更加合理。")
    assert {"市中院", "省高院"} <= set(got)
    assert not any(n.startswith("据") or n.endswith("布局") for n in got), got


def test_no_verb_glued_to_the_left_edge():
    got = _names("会议特邀吉林省委党校公共管理教研部教授作报告。全镇紧紧围绕县委决策部署开展工作。")
    assert {"吉林省委党校", "吉林省委党校公共管理教研部", "县委"} <= set(got)
    assert not any(n.startswith(("特邀", "全镇")) for n in got)


def test_short_ministries_in_a_list_and_offices():
    got = _names("得到了中组部和司法部的肯定。中央宣传部、司法部、全国普法办制定方案。区委巡察办负责人参加。")
    assert {"中组部", "司法部", "中央宣传部", "全国普法办", "区委巡察办"} <= set(got)
    assert _names("优化产业布局和全部平台，东北部和西南部。为群众办好事，马上就办。") == []


def test_a_study_group_of_a_committee():
    assert "区委理论学习中心组" in _names("区委理论学习中心组召开学习会议。")


def test_unit_names_in_a_list_school_squad_and_lone_suo():
    got = _names("执法中队、市场监管所、学区学校、相公中学、卫生院等负责人参加会议。")
    assert {"执法中队", "市场监管所", "相公中学"} <= set(got)


def test_particle_suo_ends_no_name():
    assert _names("为人民所用的学校。群众所盼，政府所为。") == []


def test_zones_after_a_place_name():
    got = _names("长沙县、长沙经开区、黄花综保区获评先进单位。")
    assert {"长沙经开区", "黄花综保区"} <= set(got)


def test_sub_district_opening_a_clause_as_its_subject():
    assert "相公庄街道" in _names("8月6日下午,相公庄街道召开2021年半年工作总结会议。")
    assert "白杨街道" in _names("白杨街道在区委、区政府的坚强领导下，取得成效。")
    assert "花桥镇" in _names("今年，花桥镇在全县率先完成任务。")


def test_generic_or_one_character_heads_before_a_seat_are_no_office():
    got = _names("辖区街道召开会议。该镇以产业为抓手。今年，小城镇建设加快。全市各街道在党委领导下开展工作。")
    assert got == []


def test_joint_and_temporary_branches_keep_their_kind():
    got = _names("下午,车队联合党支部开展活动。机关党支部、餐饮联合党支部、项目临时党支部参加。两单位联合开展培训。")
    assert {"车队联合党支部", "机关党支部", "餐饮联合党支部", "项目临时党支部"} <= set(got)


def test_a_list_of_companies_before_a_kind_with_a_field_and_a_verb_before_a_place():
    got = _names("扶持星河数据科技、云岭软件等信息技术公司。这将促进市律师协会加强自律。")
    assert {"星河数据科技", "云岭软件", "市律师协会"} <= set(got)
    assert "促进市律师协会" not in got


def test_the_paper_that_opens_a_dateline():
    assert _names("江南法治报-法治在线5月12日讯5月10日,某市召开会议。")[:1] == ["江南法治报"]
    assert _names("本报北京5月12日电 会议召开。") == []


def test_a_studio_before_its_head_is_a_body():
    assert "人大代表工作室" in _names("座谈会由人大代表工作室主任王某主持。")
    assert _names("他在工作室里画画。") == []


def test_a_measure_word_that_is_a_suffix_inside_a_name():
    assert "规划发展处党支部" in _names("近日，规划发展处党支部开展主题党日活动。")
    got = _names("街道建成5处党群服务站，新建三处便民服务站。")
    assert not any("处" in n for n in got)


def test_a_court_abbreviation_keeps_the_level_jieba_glued_to_the_word_before():
    assert "市高院" in _names("据市高院通报，全市法院结案率上升。")


def test_fellowship_and_promotion_associations_are_bodies():
    assert "区律师界知联会" in _names("3日，区律师界知联会召开理事会。")
    assert "市民营经济促进会" in _names("市民营经济促进会举办活动。")


def test_verbs_of_inviting_and_visiting_open_no_name():
    got = _names("报告会邀请上海市委党校教授做专题讲座，区领导走访慰问区人民医院。")
    assert "上海市委党校" in got and "区人民医院" in got
    assert not any(n.startswith(("报告会", "慰问", "走访")) for n in got)


def test_latin_acronyms_of_international_bodies_and_a_presidium():
    got = _names("近期IMF和OECD上调了增长预测，WTO也发布报告。IMFS系统与who无关。")
    assert [n for n in got if n.isascii()] == ["IMF", "OECD", "WTO"]
    assert "大会主席团" in _names("大会主席团常务主席主持会议。")


def test_bureaus_by_their_short_names_and_a_field_before_the_suffix():
    got = _names("牵头单位:县发改局\n责任单位:县财政局、县工信局\n会议强调要优化产业布局,形成新格局。")
    assert {"县发改局", "县财政局", "县工信局"} <= set(got)
    assert not any(n.endswith(("布局", "格局")) for n in got)


def test_a_supervision_team_and_a_board_of_supervisors_are_bodies():
    got = _names("省纪委第三督导组组长王某及成员,省属重点企业监事会主席李某参加会议。")
    assert {"省纪委第三督导组", "省属重点企业监事会"} <= set(got)


def test_two_fields_joined_by_he_inside_one_office():
    got = _names("市委党史和地方志研究室副主任李明作专题辅导。区委政策研究室牵头起草。")
    assert "市委党史和地方志研究室" in got
    assert "区委政策研究室" in got
    got = _names("区委组织部和区人社局联合举办招聘会。")
    assert {"区委组织部", "区人社局"} <= set(got)
    assert not any("和" in name for name in got)


def test_a_quoted_short_name_ending_in_a_suffix_is_a_body():
    got = _names("律所党总支与“所办公室”共同组织义务咨询。街道推动建设“五个中心”,成立“红色物业联盟”。")
    assert "所办公室" in got
    assert "红色物业联盟" in got
    assert "五个中心" not in got


def test_newspapers_and_broadcasters_in_a_list_of_media():
    got = _names("发布会邀请了人民日报、湖南日报、芒果卫视、潇湘晨报、长沙晚报等6家中央和省级主流媒体参加。")
    assert {"人民日报", "湖南日报", "芒果卫视", "长沙晚报"} <= set(got)
    assert not any(name.startswith(("发布会", "邀请")) for name in got)


def test_a_list_the_text_calls_bodies_with_a_modifier_before_the_kind():
    got = _names("观看了由中央党校、人民网等专业机构制作的学习视频。")
    assert {"中央党校", "人民网"} <= set(got)
    assert "由中央党校" not in got


def test_a_list_closed_by_a_count_of_companies_and_a_factory():
    got = _names("今年新培育规模企业永兴纸箱厂,引进宏达电子、鑫源物流2户企业。")
    assert "宏达电子" in got and "鑫源物流" in got
    assert any(name.endswith("永兴纸箱厂") and not name.startswith(("新", "培育")) for name in got)
    assert _names("改造厂房三处,建设工厂一座。") == []


def test_a_list_of_verbs_before_a_count_names_no_bodies():
    assert _names("今年新建、改扩建3所医院。") == []


def test_a_bar_association_by_its_short_name():
    assert "省律协" in _names("省律协副秘书长张某出席会议。")
    assert "市律协" in _names("市律协组织律师开展义务法律咨询。")


def test_departments_with_two_fields_joined_by_he():
    got = _names(
        "成都市发展和改革委员会 成都市规划和自然资源局 成都市住房和城乡建设局 关于印发方案的通知。"
        "国家发展和改革委员会、市文化和旅游局、北京市人力资源和社会保障局联合发文，区委和区政府参加。"
    )
    for name in ("成都市发展和改革委员会", "成都市规划和自然资源局", "成都市住房和城乡建设局"):
        assert name in got
    for name in ("国家发展和改革委员会", "市文化和旅游局", "北京市人力资源和社会保障局", "区委", "区政府"):
        assert name in got


def test_streets_and_their_communities_of_several_words():
    got = _names(
        "北京市石景山区八角街道八角南路社区在推行停车管理。“…”老山街道玉泉西路社区党委书记说。"
        "苹果园街道下庄社区居民王健看到。城关镇东关村、龙洲湾街道龙海社区，全区三个街道和社区。"
    )
    for name in (
        "八角街道",
        "八角南路社区",
        "老山街道",
        "玉泉西路社区",
        "苹果园街道",
        "下庄社区",
        "城关镇",
        "龙海社区",
    ):
        assert name in got
    assert not any(n.startswith("三个") for n in got)


def test_short_names_offices_and_news_sites():
    got = _names(
        "     中国法院网讯 (董星雨)  记者获悉。张玉卓到中国石化陕西公司调研。党委网信办、纪委办、研究生院参加。"
        "建成投产豪杰摩托、凤生股份生活用纸等项目。区委办实事。"
    )
    for name in ("中国法院网", "中国石化", "纪委办", "党委网信办", "凤生股份"):
        assert name in got
    assert "区委办" not in got


def test_the_clause_verb_before_a_name_is_no_part_of_it():
    got = _names("查找、更新都得回办公室翻台账。快来看看浙江永为律师事务所联合党支部。监督委员会和调解中心成立。")
    assert "浙江永为律师事务所联合党支部" in got
    assert not any(n.startswith(("得", "回", "来", "看看")) for n in got)
    assert {"监督委员会", "调解中心"} <= set(got)


def test_short_names_listed_after_a_named_body():
    got = _names(
        "深入陕西石油、新星公司、华北油气、中天合创、内蒙古石油生产一线。市发改委、财政局、教育、卫生、各街道参加。"
    )
    assert {"新星公司", "华北油气", "中天合创", "市发改委", "财政局"} <= set(got)
    assert not {"教育", "卫生", "各街道", "内蒙古石油生产一线"} & set(got)


def test_trade_verbs_inside_company_names_and_factories_after_a_trade():
    got = _names("7月3日，江苏华通建设监理有限公司召开会议。签约项目有两个：一是华康制药厂，二是远大投资集团。")
    assert {"江苏华通建设监理有限公司", "华康制药厂", "远大投资集团"} <= set(got)


def test_committees_offices_and_cinemas_named_by_their_kind():
    got = _names(
        "她积极配合村委会做好群众工作。市纪委监委设立民生监督室，紧盯民生资金。据市律师协会会长王某介绍，"
        "通报了“北京市华星影城违规发放购物卡问题”。"
    )
    assert {"村委会", "民生监督室", "北京市华星影城"} <= set(got)
    assert any(n.endswith("律师协会") for n in got)


def test_the_issuers_named_in_a_notices_title_line_are_organisations():
    text = (
        "某市财政局 某市人力资源和社会保障局 关于印发某市就业补助资金管理办法的通知\n"
        "各区财政局：\n现将《某市就业补助资金管理办法》印发给你们，请认真贯彻执行。\n"
    )
    got = extract(text)
    assert got.meta.title.startswith("某市财政局")
    names = [o.name for o in got.organizations]
    assert names[:2] == ["某市财政局", "某市人力资源和社会保障局"]
    for o in got.organizations:
        assert all(text[a:b] == o.name for a, b in o.spans)
    # A title with no issuer before 关于 adds none.
    assert [o.name for o in extract("关于开展安全检查的通知\n各街道：\n请做好准备。\n").organizations] == []


def test_an_organising_committee_and_a_universitys_attached_school():
    # holdout16: 大赛组委会, 清华附中.
    got = _names("由大赛组委会邀请专家组成评审组。北大附中组织学生观看直播。")
    assert {"大赛组委会", "北大附中"} <= set(got)


def test_a_bodys_branch_named_after_it_is_a_name_too():
    # holdout16: `灵璧县人民法院灵西人民法庭`: the court and its tribunal, each named.
    got = _names("近日，某县人民法院城西人民法庭法官前往某村。某县公安局城关派出所民警到场。")
    assert {"某县人民法院", "城西人民法庭", "某县公安局", "城关派出所"} <= set(got)
    assert "理论中心" not in _names("校党委理论中心组成员观看直播。")


def test_a_congress_number_opens_the_name_of_its_bodies():
    # holdout16: `十九大主席团`, not `大主席团` with the congress's number left out as a count.
    got = _names("他当选为十九大代表资格审查委员会委员和十九大主席团成员。")
    assert {"十九大代表资格审查委员会", "十九大主席团"} <= set(got)


def test_a_verb_whose_object_is_a_body_opens_no_name():
    names = _names("他代表市委组织部致辞。要拥护中国共产党领导。检察院建议市场监管局整改。")
    assert "市委组织部" in names and "中国共产党" in names and "市场监管局" in names
    assert not [n for n in names if n.startswith(("代表", "拥护", "建议"))]
    assert "全国人民代表大会" in _names("全国人民代表大会召开会议。")


def test_national_news_sites_are_bodies():
    assert _names("据新华网消息,人民网也作了报道。") == ["新华网", "人民网"]


def test_a_body_glued_to_its_secretarys_title_after_a_level():
    assert _names("每次开会，镇纪委书记伍长安都指派干部。") == ["镇纪委"]
    assert _names("县党委书记李四强调。") == ["县党委"]
    assert _names("支部书记王五说。") == []


def test_a_verb_after_a_body_and_a_preposition_glued_to_a_name_are_no_part_of_it():
    assert _names("黑龙江煤矿安监局负责对龙煤集团开展专项监察。") == ["黑龙江煤矿安监局", "龙煤集团"]
    assert _names("人工智能治理专业委员会成立。") == ["人工智能治理专业委员会"]


def test_short_names_of_peoples_bodies_and_carrying_out_verbs_before_a_body():
    names = _names(
        "由市科协、市残联组织开展活动。驻厅纪检组和厅机关全体党员干部参加会议。"
        "华中街道认真贯彻落实区委、区政府的部署，认真贯彻市委办、市府办的通知。"
    )
    assert {"市科协", "市残联", "驻厅纪检组", "区委", "区政府", "市委办", "市府办"} <= set(names)
    assert not [n for n in names if "贯彻" in n]


def test_communities_and_residents_areas_as_bodies_and_short_department_names():
    got = _names(
        "在龙华街道红馨居民区的花苑，强生居民区成立了议事小组。\n建国路社区党员张桂英参与活动。"
        "业委会主任王祥荣介绍。省人社厅召开厅务会。城市社区党员参加活动。省住建厅、区网信办、区资规局参加。"
        "\n街道社区创建文明城区工作总结\n以听政会的形式，面向社区居民征集“金点子”。"
    )
    assert {"红馨居民区", "强生居民区", "建国路社区", "业委会", "省人社厅", "省住建厅", "区网信办", "区资规局"} <= set(
        got
    )
    assert not [n for n in got if n.startswith(("城市", "街道", "面向"))]


def test_a_converters_reading_after_a_names_last_character_is_part_of_it():
    text = "縣政協(xié)十一屆二次會議于1月4日召開。“我是來自工商聯(lián)界別的政協(xié)委員。”"
    assert _names(text) == ["縣政協(xié)"]


def test_an_adverb_glued_to_an_action_verb_ends_a_names_run():
    got = _names("某区委全面推广社区党组织为民服务工作法。")
    assert "某区委" in got
    assert not any("推广" in name for name in got)


def test_an_ordinal_in_digits_numbers_a_team_inside_its_name():
    assert "中央扫黑除恶第5督导组" in _names("特别是中央扫黑除恶第5督导组8月底进驻山东后，各地全面动员。")
