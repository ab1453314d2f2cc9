"""The shared document's view: which line breaks only wrap a sentence."""

from __future__ import annotations

from xuhui_extract import extract
from xuhui_extract.document import Document


def test_pdf_line_ending_on_a_closing_quote_inside_a_sentence_is_joined():
    paragraph = (
        "今年全省继续推进各项重点工作，在算力方面建设全国首个“四算合一”算力平台，"
        "各地各部门要按照职责分工抓好落实，确保各项工作按时保质完成，定期报送进展情况。"
        "对工作推进不力的单位要及时通报，“确保年度目标任务全面完成。”"
        "各地还要总结经验做法，形成一批可复制可推广的典型案例和制度成果。"
        "同时要加强督促检查和跟踪问效，对发现的问题建立台账、限期整改、逐项销号，推动工作落地见效。"
    )
    # Wrapped at 32 characters, the first line ends on the closing quote of “四算合一”.
    lines = [paragraph[i : i + 32] for i in range(0, len(paragraph), 32)]
    assert lines[0].endswith("“四算合一”")
    doc = Document.from_text("\n".join(lines) + "\n")
    assert "“四算合一”算力平台" in doc.view
    # Not inside one-paragraph-per-line text: there a closing quote keeps its line break.
    doc = Document.from_text("会议提出“四个意识”\n各单位要抓好落实。\n")
    assert doc.view == "会议提出“四个意识”\n各单位要抓好落实。\n"


def test_traditional_text_is_segmented_as_its_simplified_copy_but_keeps_its_characters():
    doc = Document.from_text("政府從財政儲備和澳門基金會分別撥出款項。")
    words = [t.word for t in doc.tokens]
    assert "基金會" in words and "澳門" in words
    assert all(doc.view[t.start : t.end] == t.word for t in doc.tokens)
    # Simplified text is segmented as it stands.
    assert [t.word for t in Document.from_text("澳门基金会分别拨出款项。").tokens][:2] == ["澳门", "基金会"]


def test_typeset_spaces_around_numbers_leave_the_view_but_spans_keep_them():
    text = "共压减 95.9 万个案件。与\r\n2018 年相比分别下降 80% 和 95.8%。IPv6 协议 A B。"
    doc = Document.from_text(text)
    assert doc.view == "共压减95.9万个案件。与\n2018年相比分别下降80%和95.8%。IPv6协议 A B。"
    for piece, original in (("95.9万个", "95.9 万个"), ("2018年", "2018 年"), ("80%和95.8%", "80% 和 95.8%")):
        start = doc.view.index(piece)
        assert doc.slice(doc.span(start, start + len(piece))) == original


def test_a_number_cut_from_its_scale_is_joined():
    doc = Document.from_text("全区地区生产总值5696\n亿元，增长5.3%。\n")
    assert "5696亿元" in doc.view
    # A heading or a line of its own after a number keeps its break.
    doc = Document.from_text("会议代表共500\n各单位要抓好落实。\n")
    assert "500\n各单位" in doc.view


def test_a_br_tag_left_in_the_text_ends_a_line():
    text = (
        "某区司法局开展普法活动\n发布:某区司法局 2019-05-06 10:20:00 <BR> <BR> 作者:李明<br/>"
        "5月6日,区司法局在广场举办普法宣传活动。"
    )
    doc = Document.from_text(text)
    assert [doc.slice(ln) for ln in doc.lines][1:] == [
        "发布:某区司法局 2019-05-06 10:20:00 ",
        " ",
        " 作者:李明",
        "5月6日,区司法局在广场举办普法宣传活动。",
    ]
    assert doc.view.count("\n") == 4 and "<" not in doc.view and "BR" not in doc.view
    # The view maps back over the tags: the body's sentence slices out of the text.
    at = doc.view.index("5月6日")
    assert doc.slice(doc.span(at, at + 4)) == "5月6日"
    assert doc.slice(doc.span(doc.view.index("作者"), at + 4)) == "作者:李明<br/>5月6日"
    # A page's chrome reads the tagged line as lines: the date and the author.
    page = extract(text).meta
    assert (page.date, page.author) == ("2019-05-06", "李明")
    # No tag, no change: a < that opens none leaves the text's lines alone.
    assert Document.from_text("a<b\n第二行").view == "a<b\n第二行"
