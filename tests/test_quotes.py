"""Documents, terms and quotations on short snippets."""

from __future__ import annotations

from xuhui_extract import extract, quotes
from xuhui_extract.document import Document


def _speakers(text: str) -> list[tuple[str | None, str]]:
    doc = Document.from_text(text)
    out = quotes.quotations(doc)
    for q in out:
        assert doc.slice(q.span) == q.text
    return [(q.speaker, q.text[:6]) for q in out]


def _terms(text: str) -> list[str]:
    return [t.text for t in quotes.terms(Document.from_text(text))]


def test_speaker_before_the_quote():
    assert _speakers("习近平总书记在会上强调，“法治是最好的营商环境，要坚持依法办事。”") == [
        ("习近平总书记", "法治是最好的")
    ]


def test_speaker_after_the_quote():
    text = (
        "“去年我们统筹推进防风险、强监管、促发展。”李云泽表示。\n"
        "“公司新招技术人员130名，缺口还很大。”公司人事行政负责人何小慧告诉记者，岗位需求将持续增长。"
    )
    assert _speakers(text) == [("李云泽", "去年我们统筹"), ("何小慧", "公司新招技术")]


def test_speaker_is_the_name_after_unit_and_title():
    # The speaker is the person: the unit and the title before the name are dropped (not a name the
    # dictionary knows as a word, nor a title with no name after it).
    text = (
        "“现在有了网格，党支部建到网格上，我们就是联系群众的主心骨。”鲁谷街道双锦园社区网格党支部书记熊焱说。\n"
        "“新建的养老驿站离家近，老人吃饭看病都方便了。”城关镇东风社区党委书记、居委会主任王秀梅说。\n"
        "习近平总书记强调，“要坚持以人民为中心的发展思想，不断满足人民日益增长的美好生活需要。”"
    )
    assert _speakers(text) == [("熊焱", "现在有了网格"), ("王秀梅", "新建的养老驿"), ("习近平总书记", "要坚持以人民")]


def test_speaker_named_after_with_a_verb_ending_in_dao():
    text = (
        "“网格长的解释答复我很满意，解决安全隐患效率很高，好使！”居民孙瑛赞赏道。\n"
        "“窗口办事一次就办成了，再也不用来回跑，真是太方便了！”前来办事的市民刘建国感叹道。"
    )
    assert _speakers(text) == [("孙瑛", "网格长的解释"), ("刘建国", "窗口办事一次")]


def test_speaker_named_with_a_title_in_the_sentence_around_the_quote():
    # In the rest of the sentence after the quote; in the sentence before it, a person the page
    # names with a title elsewhere; a quote opening a paragraph with no one named stays unattributed.
    text = (
        "“执行攻坚行动命名为‘江淮风暴’,体现我们攻坚克难的坚定决心。”3月4日,安徽省高级人民法院院长董开军做客访谈节目。\n"
        "“数据和事例说明是最有力的,成绩来自全体干警的努力。”在过去的一年,法院共受理各类案件1185681件。\n"
        "不少执行干警的事迹给董开军留下了深刻的印象。“从他们身上,我看到了法治信仰、事业激情和岗位奉献。”\n"
        "座谈会上，区委书记张卫东听取了汇报。“基层治理要久久为功，把服务送到群众家门口。”"
    )
    assert _speakers(text) == [
        ("董开军", "执行攻坚行动"),
        (None, "数据和事例说"),
        ("董开军", "从他们身上,"),
        ("张卫东", "基层治理要久"),
    ]


def test_speaker_before_a_colon_without_speech_verb():
    text = "报名学习35天的美发课程后，郭树珍又申请了新一期免费培训：“希望学到手艺后能找到合适的工作。”"
    assert _speakers(text) == [("郭树珍", "希望学到手艺")]


def test_unattributed_speech_has_no_speaker():
    assert _speakers("墙上写着：“黄河水甜、共产党亲、总书记好”。") == [(None, "黄河水甜、共")]


def test_short_quotes_are_terms_and_formulas_of_parts_too():
    text = "推行“行政执法协调监督+检察公益诉讼”模式，落实“四个意识”，坚持“两学一做”。"
    assert _terms(text) == ["行政执法协调监督+检察公益诉讼", "四个意识", "两学一做"]
    assert _speakers(text) == []


def test_formulations_inside_numbers_or_titles_are_not_terms():
    text = "第十一条 印发《五一节》，打造二十一景，落实十四五规划，庆祝十一。"
    assert _terms(text) == ["十四五", "十一"]


def test_documents_once_each():
    doc = Document.from_text("印发《实施意见》和《伦理规范》，再次强调《实施意见》。")
    assert [d.title for d in quotes.documents(doc)] == ["实施意见", "伦理规范"]


def test_an_attachment_file_name_cites_no_document():
    doc = Document.from_text("学习了《实施办法》。\n详见附件:\n附件1《某某办法》(全文).PDF\n《年度计划》.docx 下载\n")
    assert [d.title for d in quotes.documents(doc)] == ["实施办法", "年度计划"]


def test_traditional_script_speech_in_corner_brackets():
    text = (
        "行政長官在記者會上強調：「香港的發展離不開國家的支持，我們要把握機遇。」\n"
        "「政府會繼續推動經濟發展，改善民生。」財政司司長表示。落實「一國兩制」。"
    )
    assert _speakers(text) == [("行政長官", "香港的發展離"), ("財政司司長", "政府會繼續推")]
    assert "一國兩制" in _terms(text)


def test_terms_with_footnote_markers_broken_over_lines():
    text = "增强“四个意识”\n[\n1\n]\n，坚定“四个自信”［2］，做到“两个维护”。\n"
    doc = Document.from_text(text)
    assert "\n" not in doc.view.rstrip("\n")
    assert _terms(text) == ["四个意识", "四个自信", "两个维护"]


def test_speaker_head_line_before_a_quoted_paragraph():
    text = (
        "交通运输部部长刘伟：\n“我国交通运输服务保障能力得到明显提升，人民群众获得感增强。”\n"
        "各位代表：\n“这是一段没有说话人的引文，内容很长。”他说。"
    )
    assert _speakers(text) == [("交通运输部部长刘伟", "我国交通运输"), (None, "这是一段没有")]


def test_a_term_cut_by_a_pdf_line_break_keeps_its_characters():
    lead = "各地要按照职责分工抓好落实，确保各项工作按时保质完成，定期报送工作进展情况，亳州市聚力打造“AI+"
    rest = (
        "中医药产业”应用高地；黄山市积极承办全国大赛的专项赛，助力黄山文旅全域数字化，对发现的问题建立台账、"
        "限期整改、逐项销号，推动工作落地见效，各部门要加强协调配合，形成工作合力，确保目标任务全面完成。"
    )
    width = len(lead) // 2
    paragraph = lead[-2 * width :] + rest
    lines = [paragraph[i : i + width] for i in range(0, len(paragraph), width)]
    assert lines[1].endswith("“AI+")
    doc = Document.from_text("\n".join(lines) + "\n")
    assert "AI+中医药产业" in doc.view  # the PDF line break is out of the view
    found = {t.text: t for t in quotes.terms(doc)}
    assert "AI+\n中医药产业" in found
    assert all(doc.slice(s) == "AI+\n中医药产业" for s in found["AI+\n中医药产业"].spans)
    # Spaces inside the quote marks are not part of the term.
    assert _terms("要增强“ 四个意识 ”。") == ["四个意识"]


def test_parallel_slogan_and_long_honour_names_are_terms_not_speech():
    text = (
        "我院贯彻“公正司法,一心为民”的方针，坚持“严防严控，不惜代价”，被评为“上海市化解拆迁矛盾工作先进集体”。"
        "他说：“为了国家富强，应当这样做”。群众说“银川多民族社区居民亲如一家”。"
    )
    assert _terms(text) == ["公正司法,一心为民", "严防严控，不惜代价", "上海市化解拆迁矛盾工作先进集体"]
    assert [t for _, t in _speakers(text)] == ["为了国家富强", "银川多民族社"]


def test_publication_in_a_byline_is_no_cited_document():
    doc = Document.from_text(
        "《某刊》记者/李某某 报道。\n《某某日报》记者 张某 王某\n据《某某日报》记者近日走访，《实施意见》已出台。\n"
    )
    assert [d.title for d in quotes.documents(doc)] == ["某某日报", "实施意见"]


def test_a_long_quoted_activity_name_is_a_term_not_speech():
    text = (
        "开展律所党支部“标准化示范党支部、品牌化党支部建设”活动。"
        "社区开展“巴南区直机关在职党员‘进社区,进小区’双报到座谈会”。"
        "他在会上说：“我们要加强党的建设，推动各项工作。”"
    )
    # (双报到, a formulation, stands only inside the quoted name: the name is listed whole.)
    assert _terms(text) == ["标准化示范党支部、品牌化党支部建设", "巴南区直机关在职党员‘进社区,进小区’双报到座谈会"]
    assert [t for _, t in _speakers(text)] == ["我们要加强党"]


def test_a_long_quote_that_a_name_noun_follows_is_a_term_not_speech():
    text = (
        "围绕“全面提升司法质量、效率和公信力”工作主线，开展“学习贯彻习近平新时代中国特色社会主义思想”主题教育。"
        "院长强调“要把群众的小事当作自己的大事来办好”的要求。"
        "他说：“全面提升司法质量、效率和公信力，要靠大家。”要求各部门落实。"
    )
    assert _terms(text) == ["全面提升司法质量、效率和公信力", "学习贯彻习近平新时代中国特色社会主义思想"]
    assert [t for _, t in _speakers(text)] == ["要把群众的小", "全面提升司法"]


def test_a_quote_that_de_and_a_charge_noun_follow_is_a_term_unless_said():
    text = (
        "全面落实“疫情要防住、经济要稳住、发展要安全”的重要要求。"
        "院长强调“要把群众的小事当作自己的大事来办好”的重要要求。"
        "坚持“小事不出村、大事不出镇、矛盾不上交”的部署。"
    )
    assert _terms(text) == ["疫情要防住、经济要稳住、发展要安全", "小事不出村、大事不出镇、矛盾不上交"]
    assert [t for _, t in _speakers(text)] == ["要把群众的小"]


def test_unquoted_party_building_formulations_are_terms():
    assert _terms("局机关严格落实第一议题制度，全力办好两件大事。") == ["第一议题", "两件大事"]


def test_a_quote_a_counted_noun_names_is_a_term_not_speech():
    text = "建立“村党支部-网格党小组-党员中心户”三级组织架构，好。他说“我们要把工作做好做实做细做到位”三个月后再看。"
    assert _terms(text) == ["村党支部-网格党小组-党员中心户"]
    assert [q for _, q in _speakers(text)] == ["我们要把工作"]


def test_n_da_after_its_listed_items_is_a_formulation():
    text = "实施“头雁培育”“骨干锻造”三大工程，培育宣纸、电机等四大主导产业。数据是发展的三大核心要素。"
    assert _terms(text) == ["头雁培育", "骨干锻造", "三大工程", "四大主导产业"]


def test_a_short_comma_slogan_that_names_an_activity_is_a_term():
    text = (
        "项目部党支部开展“抓安全、促生产,党旗别样红”主题党日活动。他说,“抓安全、促生产,我们一刻也不能松懈”主题很明确。"
    )
    assert _terms(text) == ["抓安全、促生产,党旗别样红"]
    assert [q for _, q in _speakers(text)] == ["抓安全、促生"]


def test_long_names_lists_and_honours_no_one_says_are_not_speech():
    text = (
        "组织开展“学《条例》,深入贯彻党的十九届四中全会精神”主题党日活动。"
        "落实“亮身份、唱国歌、交党费、学党章、谈体会、做承诺”6项制度。"
        "书记指出,“要把主题党日活动办成党员的加油站”三个要点。"
        "该县入选“2021年度全国县域数字乡村建设百强县”。"
    )
    assert [q for _, q in _speakers(text)] == ["要把主题党日"]


def test_n_da_as_one_item_of_a_list_of_names_is_a_formulation():
    assert _terms("推进乡村振兴、五大强基、三大工程等9项重点工作。") == ["五大强基", "三大工程"]
    assert _terms("新建广场、三大公园，投资5亿元。") == []  # the list's last item, no 等: it may count


def test_listed_one_for_each_pairs_are_a_term_not_speech():
    text = "推行“一村一品、一镇一业”发展模式，落实“一户一策、一人一档”。他说：“一定要把工作做好、一定要抓落实”。"
    assert {"一村一品、一镇一业", "一户一策、一人一档"} <= set(_terms(text))  # (and the listed formulations)
    assert [q for _, q in _speakers(text)] == ["一定要把工作"]


def test_a_dash_chained_formula_is_a_term_not_speech():
    text = "构建“风险识别—分级预警—闭环处置”工作链条，推动“数据共享-业务协同”。"
    assert _terms(text) == ["风险识别—分级预警—闭环处置", "数据共享-业务协同"]
    assert _speakers(text) == []


def test_a_bracketed_numeral_heading_marker_is_no_formulation():
    assert _terms("（十一）完善考核机制。各地要在十一前完成自查。") == ["十一"]
    assert [t.spans[0][0] for t in quotes.terms(Document.from_text("（十一）完善考核机制。"))] == []


def test_n_da_after_a_plain_list_and_one_for_each_policies():
    text = (
        "数字经济、生物医药、新能源三大产业集群加快成长。楼市调控坚持一城一策。推动两大平原建设。"
        "人才、资本与技术是三大关键要素。"
    )
    assert _terms(text) == ["三大产业集群", "一城一策"]


def test_a_comma_slogan_before_de_and_a_principle_is_words_quoted():
    text = "支部始终秉承“立足岗位抓党建，抓好党建促服务”的原则，开展“亮身份、作表率，服务暖人心”主题党日活动。"
    assert _terms(text) == ["亮身份、作表率，服务暖人心"]
    assert [q for _, q in _speakers(text)] == ["立足岗位抓党"]


def test_a_list_before_a_general_requirement_a_counted_goal_or_a_study_is_a_term():
    text = (
        "按照“学思想、强党性、重实践、建新功”的总要求，扎实推进各项工作。"
        "围绕“绿色、开放、协调、共享、创新”五个A类发展目标，全力攻坚。"
        "开展“新时代基层社会治理在本市的探索与实践”研究，形成成果。"
    )
    assert _terms(text) == [
        "学思想、强党性、重实践、建新功",
        "绿色、开放、协调、共享、创新",
        "新时代基层社会治理在本市的探索与实践",
    ]
    assert _speakers(text) == []


def test_long_quoted_slogan_lists_inside_a_noun_phrase_are_terms():
    text = (
        "全区围绕“现代物流枢纽、科技创新高地、宜居生态新城”发展定位,"
        "以“工业强区、商贸活区、文旅兴区”的发展思路推动发展,"
        "构建“部门联动、条块结合,社区参与、群防群控”工作格局。"
    )
    assert _terms(text) == [
        "现代物流枢纽、科技创新高地、宜居生态新城",
        "工业强区、商贸活区、文旅兴区",
        "部门联动、条块结合,社区参与、群防群控",
    ]
    assert _speakers(text) == []


def test_a_quoted_list_after_a_speech_verb_stays_speech():
    text = "他强调,“工业强区、商贸活区,文旅兴区、生态美区”工作格局要一以贯之。"
    assert [t for _, t in _speakers(text)] == ["工业强区、商"]
    assert _terms(text) == []


def test_the_last_of_a_run_of_quoted_sentences_before_a_count_is_like_the_others():
    text = "讲座围绕“为什么要坚持党的全面领导?”“怎样才能坚持好党的全面领导呢”两个问题展开。"
    assert _terms(text) == []
    assert [t for _, t in _speakers(text)] == ["为什么要坚持", "怎样才能坚持"]


def test_party_congresses_by_any_number():
    assert _terms("深入学习党的十六大和十六届三中全会精神。") == ["十六大"]
    assert _terms("党的七大在延安召开。") == ["七大"]
    assert _terms("重点培育十二大重点产业。") == []


def test_a_term_quoted_with_the_same_marks_inside_speech():
    text = "“今年能和同志们一起过“政治生日”,我很激动。入党二十年,初心不改。”座谈中,老党员李华回顾了入党经历。"
    assert [t for _, t in _speakers(text)] == ["今年能和同志"]
    assert _terms(text) == ["政治生日"]
    assert _terms("开展“三会一课”和“主题党日”活动。") == ["三会一课", "主题党日"]


def test_yi_da_pi_after_deng_is_a_quantity_not_a_numbered_name():
    assert extract("全市涌现出优秀教师王某等一大批先进典型。").terms == []


def test_an_n_da_name_whose_items_follow_its_colon_is_a_term():
    assert _terms("并完善了三大保障机制:一是组织保障机制。") == ["三大保障机制"]
    assert _terms("打造了四大平台：（一）政务服务平台。") == ["四大平台"]
    # A colon that closes something else, or no list after it, leaves the count alone.
    assert _terms("打造了四大平台，主要内容如下：一是政务服务。") == []
    assert _terms("建成三大基地：分别位于城东、城西和城南。") == []


def test_a_list_of_clauses_before_de_and_an_idea_is_neither_term_nor_speech():
    text = (
        "我们按照“把基层党建工作的薄弱点问题化、把突出问题重点化、把重点工作项目化”的思路,摸清问题。"
        "坚持“生态立镇、农业稳镇、产业强镇、旅游兴镇、和谐安镇”的发展思路。"
        "确立“以党建引领基层治理现代化、以服务凝聚群众人心”的工作思路。"
    )
    assert _terms(text) == ["生态立镇、农业稳镇、产业强镇、旅游兴镇、和谐安镇"]
    assert _speakers(text) == []


def test_a_formulation_only_inside_a_quoted_term_is_not_listed_apart():
    text = "开展“畅谈新变化、喜迎十九大”主题党日活动。全面落实“三会一课”制度。"
    assert _terms(text) == ["畅谈新变化、喜迎十九大", "三会一课"]
    text = "开展“喜迎二十大、建功新时代”活动。深入学习党的二十大精神。"
    assert _terms(text) == ["喜迎二十大、建功新时代", "二十大"]


def test_a_long_dash_chain_of_levels_is_neither_term_nor_speech_unless_counted():
    text = (
        "形成“区委—街道党工委—社区党组织—网格党支部”一贯到底的组织体系。"
        "构建“市委—县委—乡镇党委—村党组织”上下贯通的责任链条。"
        "建立“党员中心户-网格员-村(社区)干部-乡镇领导”四级联系服务机制，推行“1+3+N+X”工作法。"
    )
    assert _terms(text) == ["党员中心户-网格员-村(社区)干部-乡镇领导", "1+3+N+X"]
    assert _speakers(text) == []


def test_a_list_of_parallel_phrases_is_a_term():
    text = (
        "做到“沟通心灵、启智润心、激扬斗志”，坚持“政治引领、标准提升、基础规范”，"
        "“黄河水甜、共产党亲、总书记好”成为共同心声，做到“早发现、早报告、早隔离、早治疗”。"
    )
    assert _terms(text) == ["沟通心灵、启智润心、激扬斗志", "政治引领、标准提升、基础规范"]
    assert _speakers(text) == [(None, "黄河水甜、共"), (None, "早发现、早报")]


def test_speaker_after_the_quote_without_the_manner_adverb():
    # holdout15: `…村民黄文河感激地说`: the name after the role, not `…感激地`.
    text = (
        "“现在看病方便多了。”家住某某镇某村的居民王秀英高兴地说。\n"
        "“要不是政府出钱给我们铺好水管，我们现在还要挑水喝。”家住某县某镇某村上屋组村民黄文河感激地说。"
    )
    assert _speakers(text) == [("王秀英", "现在看病方便"), ("黄文河", "要不是政府出")]


def test_single_quoted_terms_inside_speech_and_a_service_window_set_up():
    # holdout15: ‘芯片’ and ‘强芯’ inside a quoted sentence; 设立“…服务窗口”，免费为…介绍…: a name, not speech.
    text = "“他们就如同高科技产品中的‘芯片’,此次培训也是一个‘强芯’之举。”县委书记李明说。"
    assert {"芯片", "强芯"} <= set(_terms(text))
    text = "同时，专门设立“退役军人就业创业服务窗口”，免费为退役军人提供政策咨询、职业介绍等服务。"
    assert _terms(text) == ["退役军人就业创业服务窗口"]
    assert _speakers(text) == []


def test_quoted_case_names_and_a_thing_put_out_are_no_speech():
    text = (
        "“某省某县林业局违规发放补贴问题”“某市某区住建局干部违规收受礼品问题”……国庆期间，省纪委网站推出"
        "“节日期间违反中央八项规定精神问题曝光专区”，集中通报曝光。"
        "“作风建设永远在路上，我们一刻也不能松懈。”该负责人表示。"
    )
    assert _speakers(text) == [("该负责人", "作风建设永远")]


def test_a_short_quote_opening_with_we_is_speech_not_a_term():
    text = "“我们早就盼着这一天了”，几位老党员说起新建的活动室都很高兴。社区还开展了“我们的节日”主题活动。"
    assert _terms(text) == ["我们的节日"]
    assert _speakers(text) == [("几位老党员", "我们早就盼着")]


def test_a_theme_announced_in_quotes_is_no_speech():
    text = "本次论坛的主题是“创新驱动 绿色发展 共建美丽家园新篇章”。他说：“我们要把群众的事当成自己的事来办好。”"
    assert _speakers(text) == [(None, "我们要把群众")]


def test_a_pronoun_speaker_stands_for_the_person_the_sentence_before_names():
    # holdout16: `…本科生某某是一名藏族同学，她对…。她说：“…”`: the person the sentence before opens with.
    text = "社区网格员王芳是一名退役军人，她每天走访居民。她说：“这份工作虽然辛苦，但我很喜欢它带来的充实感。”"
    assert _speakers(text) == [("王芳", "这份工作虽然")]
    # A pronoun with nothing before it to stand for stays without a speaker.
    assert _speakers("她说：“这份工作虽然辛苦，但我很喜欢它带来的充实感。”") == [(None, "这份工作虽然")]


def test_words_on_a_banner_are_no_speech():
    # holdout16: `“…胜利召开”的横幅`: the words put up, with no one said to speak them.
    text = "在会场，“热烈庆祝全市第八次党代会胜利召开”的横幅格外醒目。会场内“不忘初心”字样清晰可见。"
    assert _speakers(text) == []
    said = "书记强调，“热烈庆祝全市第八次党代会胜利召开”的横幅要挂好。"
    assert [t for _, t in _speakers(said)] == ["热烈庆祝全市"]


def test_a_couplet_of_six_character_halves_is_a_term_its_comma_not_counted():
    # holdout16: `“小事不出支部,大事不出街道”` (ASCII comma): two halves of six, a slogan, not speech.
    text = "建立问题台账，做到“小事不出社区,大事不出街道”。"
    assert _terms(text) == ["小事不出社区,大事不出街道"]
    assert _speakers(text) == []
    assert _terms("他说，“今天的会议开得很好，大家都要认真落实。”") == []


def test_the_person_named_before_guanyu_is_the_speaker():
    said = _speakers(
        "要认真学习贯彻习建国书记关于“把基层党组织建设成为坚强战斗堡垒，推动各项工作落实”重要讲话精神。"
        "深入落实王立新部长关于“各级党组织要抓好学习，推动工作落实见效”的指示要求。"
        "落实会议关于“加快推进城乡融合发展，全面推进乡村振兴工作”的部署要求。"
    )
    assert [s for s, _ in said] == ["习建国书记", "王立新部长", None]


def test_a_speaker_named_at_the_end_of_the_sentence_after_the_quote():
    got = _speakers("“只要你们不吃亏。”入户做工作的村民小组长，同时也是村里理事会副会长的徐兴平说。")
    assert [s for s, _ in got] == ["徐兴平"]
    got = _speakers("“最后还闹成那样呢？”这个想不通的人，是某某县某某村老支书宋先才。")
    assert [s for s, _ in got] == ["宋先才"]
    got = _speakers("“最后还闹成那样呢？”这个问题，是大家的心病。")
    assert [s for s, _ in got] == [None]


def test_village_affairs_made_public_is_a_formulation_unquoted():
    assert _terms("党务、村务、财务三公开不够，群众有意见。") == ["三公开"]


def test_a_caller_after_the_quote_and_a_speaker_who_says_so():
    got = _speakers(
        "“我想申请解除保全，那个案子已经调解了。”4月1日，承办法官办公室收到了当事人吴某的电话，语气难掩喜悦。"
    )
    assert [s for s, _ in got] == ["吴某"]
    assert [s for s, _ in _speakers("“案结不等于事了。”承办法官如是说。")] == ["承办法官"]


def test_quoted_questions_that_n_fangmian_counts_and_a_general_requirement_are_terms():
    text = (
        "他围绕“学习全会精神要学什么”以及“贯彻落实全会精神究竟要做些什么”两方面谈了体会。"
        "牢牢把握“讲政治、顾大局、谋发展、重自强”总体要求。"
        "他说，“抓落实、求实效，我们要做到两方面”。"
    )
    assert _terms(text) == ["学习全会精神要学什么", "贯彻落实全会精神究竟要做些什么", "讲政治、顾大局、谋发展、重自强"]
    assert [q for _, q in _speakers(text)] == ["抓落实、求实"]


def test_a_congress_number_is_no_holiday_and_san_xian_san_bian_is_a_formulation():
    assert _terms("传达省委十一届九次全会精神，开展三线三边城乡环境综合治理。") == ["三线三边"]
    assert _terms("国庆十一期间开展活动。") == ["十一"]


def test_n_da_whose_items_open_the_next_lines_is_a_formulation():
    text = "开展四大主题活动：\n\u3000\u30001、启动仪式\n2、爱心传递\n支撑发展的三大核心要素。"
    assert _terms(text) == ["四大主题活动"]


def test_one_speaker_between_two_quotes_and_a_speaker_before_a_quoted_name_in_his_clause():
    text = (
        "“专班不包办。”居委会主任王丽总结道，“专班只负责抓方向，具体事情由居民小组来决定。”\n"
        "“专班不包办。”吴菊玲总结道，“专班只负责抓方向，具体事情由居民小组来决定。”\n"
        "社区党员张桂英参与“红色传承”主题活动时谈到：“我入党三十年了，第一次参加这种学习会，形式很好。”"
    )
    assert _speakers(text) == [
        ("王丽", "专班不包办。"),
        ("王丽", "专班只负责抓"),
        ("吴菊玲", "专班不包办。"),
        ("吴菊玲", "专班只负责抓"),
        ("张桂英", "我入党三十年"),
    ]


def test_a_list_before_de_and_the_overall_idea_is_a_term_not_speech():
    text = "街道按照“多元融合、同心共创、资源共享、互助互促”的总体思路推进工作。"
    assert _speakers(text) == []
    assert _terms(text) == ["多元融合、同心共创、资源共享、互助互促"]


def test_n_major_classes_after_deng_are_no_numbered_name():
    assert _terms("开展法律咨询、爱心帮扶、邻里调解等七大类服务项目。加工和深加工等四大主导产业。") == ["四大主导产业"]


def test_the_speaker_of_a_time_clause_is_its_actor_not_the_clause():
    text = (
        "社区党员张桂英参加座谈会时说：“我入党三十年了，第一次参加这种学习会，形式很好。”\n"
        "王晓明调研时感慨：“我们将继续努力，为群众提供更好的司法服务。”\n"
        "这是院长王晓明第一次来村里。他在参加“七一”活动时说：“我们将继续努力，为群众提供更好的服务。”"
    )
    assert [s for s, _ in _speakers(text)] == ["张桂英", "王晓明", "王晓明"]


def test_a_title_and_a_name_alone_before_a_colon_speak_the_quote():
    text = (
        "两会召开前,委员陆续报到。\n主持人劉世恒:“ 我现在是在报到现场,委员们正陆续报到,他们将认真履职。”\n"
        "报到现场秩序井然。报到须知:“今年报到的委员请先登记签到,再领取材料,然后办理入住。”\n"
    )
    assert _speakers(text) == [("劉世恒", " 我现在是在"), (None, "今年报到的委")]


def test_a_quote_after_a_verb_of_posting_is_what_was_put_up_not_speech():
    text = "村中不少地方张贴有“某镇扫黑除恶专项斗争联系卡”，注明了联系方式。村民说：“大家都知道遇到事该找谁。”"
    assert _speakers(text) == [("村民", "大家都知道遇")]
