"""The shared document's view: which line breaks only wrap a sentence."""

from __future__ import annotations

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


def test_a_number_cut_from_its_scale_is_joined():
    doc = Document.from_text("全区地区生产总值5696\n亿元，增长5.3%。\n")
    assert "5696亿元" in doc.view
    # A heading or a line of its own after a number keeps its break.
    doc = Document.from_text("会议代表共500\n各单位要抓好落实。\n")
    assert "500\n各单位" in doc.view
