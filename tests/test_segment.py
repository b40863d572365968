"""Sentence and clause segmentation (src/marsad/text/segment.py)."""

from __future__ import annotations

from marsad.text.normalise import normalise
from marsad.text.segment import Segment, clauses, sentences


def sent_texts(text: str) -> list[str]:
    norm = normalise(text)
    return [norm[s.start:s.end] for s in sentences(norm)]


def clause_texts(text: str) -> list[list[str]]:
    norm = normalise(text)
    return [[norm[c.start:c.end] for c in clauses(norm, s)] for s in sentences(norm)]


def test_split_on_stops() -> None:
    assert sent_texts("قتل مدني. جرح اثنان؟ نعم! انتهى") == ["قتل مدني", "جرح اثنان", "نعم", "انتهي"]


def test_split_on_latin_question_and_semicolon() -> None:
    assert sent_texts("هل قتل? نعم؛ ثلاثة") == ["هل قتل", "نعم", "ثلاثه"]


def test_repeated_punctuation() -> None:
    assert sent_texts("ماذا؟!! لا أعرف...  ثم") == ["ماذا", "لا اعرف", "ثم"]


def test_a_full_stop_with_its_space_misplaced_still_ends_the_sentence() -> None:
    """"غربي العراق .وأفاد مصدر", "مع العراق.ففي هجوم": a stop with the space before it, or none, between words;
    not an abbreviation ("ت.غ") nor a site name ("العربية.نت"), nor a decimal point."""
    assert sent_texts("قتلوا في حوادث أمنية غربي العراق .وأفاد مصدر في القيادة") == [
        "قتلوا في حوادث امنيه غربي العراق", "وافاد مصدر في القياده"]
    assert sent_texts("وعلى الحدود مع العراق.ففي هجوم مفاجئ") == ["وعلي الحدود مع العراق", "ففي هجوم مفاجي"]
    assert sent_texts("وقال لموقع العربية.نت في الساعة 9:00 ت.غ إن 2.5 كم") == [
        "وقال لموقع العربيه.نت في الساعه 9:00 ت.غ ان 2.5 كم"]


def test_two_dots_are_a_pause_not_an_end() -> None:
    """"صباح اليوم الأحد.. من التقدم": two dots mark a pause inside an Arabic sentence; three dots or two dots at a
    line's end still end it."""
    assert sent_texts("تمكنت القوات الأحد.. من التقدم. ثم") == ["تمكنت القوات الاحد.. من التقدم", "ثم"]
    assert sent_texts("قتل مدنيان..\nثم") == ["قتل مدنيان", "ثم"]


def test_decimal_point_does_not_split() -> None:
    assert sent_texts("قتل 2.5 شخص. ثم") == ["قتل 2.5 شخص", "ثم"]


def test_newline_splits_without_stop() -> None:
    assert sent_texts("عنوان الخبر\nقتل مدني") == ["عنوان الخبر", "قتل مدني"]


def test_indices_and_offsets() -> None:
    norm = normalise("  قتل مدني.   جرح اثنان.  ")
    segs = sentences(norm)
    assert [s.index for s in segs] == [0, 1]
    for s in segs:
        assert norm[s.start:s.end] == norm[s.start:s.end].strip()
        assert s.start < s.end


def test_empty_and_blank() -> None:
    assert sentences("") == []
    assert sentences("   \n\n  ") == []
    assert sentences("...") == []


def test_paragraphs_counted() -> None:
    norm = normalise("أ ب. ج د.\n\nه و. ز ح\n\n\nط ي")
    segs = sentences(norm)
    assert [norm[s.start:s.end] for s in segs] == ["ا ب", "ج د", "ه و", "ز ح", "ط ي"]
    assert [s.paragraph for s in segs] == [0, 0, 1, 1, 2]


def test_single_newline_is_a_paragraph_step() -> None:
    segs = sentences("عنوان\nنص اول. نص ثان")
    assert [s.paragraph for s in segs] == [0, 1, 1]


def test_leading_blank_lines_do_not_count() -> None:
    segs = sentences("\n\nنص اول\n\nنص ثان")
    assert [s.paragraph for s in segs] == [0, 1]


def test_clauses_on_commas() -> None:
    assert clause_texts("قصفت الطائرات البلدة، وقتل مدنيان, وجرح ثلاثة") == [
        ["قصفت الطايرات البلده", "وقتل مدنيان", "وجرح ثلاثه"]
    ]


def test_clauses_on_connectives() -> None:
    assert clause_texts("قصف الجيش البلدة بينما اشتبكت الفصائل فيما قتل مدني") == [
        ["قصف الجيش البلده", "بينما اشتبكت الفصايل", "فيما قتل مدني"]
    ]
    assert clause_texts("انفجرت عبوة في حين قتل جندي") == [["انفجرت عبوه", "في حين قتل جندي"]]


def test_clause_connective_with_hamza_and_alef_maqsura() -> None:
    # patterns are compared with the normalised text, where "إلى" reads "الي"
    assert clause_texts("قتل مدني إضافة إلى جرح آخرين") == [["قتل مدني", "اضافه الي جرح اخرين"]]


def test_connective_inside_word_does_not_split() -> None:
    assert clause_texts("قصف الجيش فيمابعد البلدة") == [["قصف الجيش فيمابعد البلده"]]


def test_clauses_keep_paragraph_and_stay_inside_sentence() -> None:
    norm = normalise("مقدمة.\n\nقتل مدني، وجرح آخر. ثم")
    segs = sentences(norm)
    second = segs[1]
    cls = clauses(norm, second)
    assert [norm[c.start:c.end] for c in cls] == ["قتل مدني", "وجرح اخر"]
    assert all(c.paragraph == second.paragraph == 1 for c in cls)
    assert all(second.start <= c.start < c.end <= second.end for c in cls)
    assert [c.index for c in cls] == [0, 1]


def test_clause_without_boundary_returns_sentence() -> None:
    norm = "قتل مدني"
    (s,) = sentences(norm)
    assert clauses(norm, s) == [Segment(0, len(norm), 0, 0)]
    # only separators: the sentence itself comes back
    norm2 = "،،"
    seg = Segment(0, 2, 0, 0)
    assert clauses(norm2, seg) == [seg]


def test_split_on_a_simultaneous_action() -> None:
    # "بالتزامن مع قصف جوي على عربين": a second strike at another place, told in the same sentence
    assert clause_texts("استهدفت الطائرات مدينة زملكا بالتزامن مع قصف جوي على عربين") == [
        ["استهدفت الطايرات مدينه زملكا", "بالتزامن مع قصف جوي علي عربين"]
    ]


def test_the_complementizer_opens_a_reported_clause_and_is_a_word() -> None:
    """"أن", "إنه", "بأنها" open what a speaker said; "الآن", "بيان", "لبنان" only contain the letters."""
    from marsad.text.normalise import normalise
    from marsad.text.segment import COMPLEMENTIZER

    for word in ("أن", "إن", "أنه", "إنها", "أنهم", "بأن", "بأنه", "بأنها"):
        assert COMPLEMENTIZER.fullmatch(normalise(word)), word
    assert not COMPLEMENTIZER.search(normalise("قال الآن في بيان من لبنان"))
