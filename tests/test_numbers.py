"""Number expressions: digits, cardinal words, vague amounts and qualifiers (src/marsad/text/numbers.py)."""

from __future__ import annotations

import pytest

from marsad.text.normalise import normalise
from marsad.text.numbers import Quantity, find_quantities


def quantities(text: str) -> list[Quantity]:
    return find_quantities(normalise(text))


def one(text: str) -> Quantity:
    qs = quantities(text)
    assert len(qs) == 1, qs
    return qs[0]


def test_ascii_digits() -> None:
    norm = normalise("قتل 12 شخصا")
    q = one("قتل 12 شخصا")
    assert (q.low, q.high, q.acled, q.kind) == (12, 12, 12, "exact")
    assert q.exact
    assert norm[q.start:q.end] == "12"


@pytest.mark.parametrize(("text", "value"), [("قتل ٣٥ شخصا", 35), ("قتل ۳۵ شخصا", 35), ("٧ قتلى", 7)])
def test_arabic_indic_digits_after_normalisation(text: str, value: int) -> None:
    q = one(text)
    assert (q.low, q.high, q.acled) == (value, value, value)


def test_mixed_digit_scripts() -> None:
    assert [q.acled for q in quantities("قتل ٣ وجرح 4 وفقد ۵")] == [3, 4, 5]


def test_thousands_separator() -> None:
    q = one("نزوح 1,500 شخص")
    assert (q.low, q.acled) == (1500, 1500)
    q = one("نزوح ١٬٥٠٠ شخص")
    assert (q.low, q.acled) == (1500, 1500)
    assert normalise("نزوح 1,500 شخص")[q.start:q.end] == "1,500"


def test_decimals_are_not_counts() -> None:
    assert quantities("قذيفة عيار 2.5 انش") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("أربعة وعشرين", 24),
        ("ثلاثة عشر", 13),
        ("مئتين وخمسين", 250),
        ("ثلاثمئة", 300),
        ("ثلاثمائة", 300),
        ("اثنا عشر", 12),
        ("إحدى عشرة", 11),
        ("خمسة", 5),
        ("عشرة", 10),
        ("عشرون", 20),
        ("مئة", 100),
        ("مائة وخمسون", 150),
        ("ألف", 1000),
        ("ألفين وخمسمئة", 2500),
        ("ثلاثة آلاف", 3000),
        ("عشرة آلاف", 10000),
        ("خمسة آلاف وثلاثمئة", 5300),
        ("ثلاث مئة", 300),
        ("مئة ألف", 100000),
        ("سبعة وثلاثين", 37),
    ],
)
def test_cardinal_words(text: str, value: int) -> None:
    q = one(text)
    assert (q.low, q.high, q.acled, q.kind) == (value, value, value, "exact")
    assert (q.start, q.end) == (0, len(normalise(text)))


def test_word_number_in_sentence_offsets() -> None:
    text = "قتل أربعة وعشرين مدنيا وجرح خمسة"
    norm = normalise(text)
    qs = find_quantities(norm)
    assert [q.acled for q in qs] == [24, 5]
    assert [norm[q.start:q.end] for q in qs] == ["اربعه وعشرين", "خمسه"]


def test_conjunction_clitic_on_first_word() -> None:
    norm = normalise("قتل رجل وخمسة أطفال")
    (q,) = find_quantities(norm)
    assert q.acled == 5
    assert norm[q.start:q.end] == "خمسه"


@pytest.mark.parametrize(
    ("text", "low", "high", "acled"),
    [
        ("العشرات", 12, 99, 12),
        ("عشرات", 12, 99, 12),
        ("عشرات من القتلى", 12, 99, 12),
        ("مئات", 100, 999, 100),
        ("المئات", 100, 999, 100),
        ("آلاف", 1000, None, 1000),
        ("عدد من", 3, None, 3),
        ("عددا من", 3, None, 3),
        ("العديد من", 10, None, 10),
    ],
)
def test_vague_amounts(text: str, low: int, high: int | None, acled: int) -> None:
    q = one(text)
    assert (q.low, q.high, q.acled, q.kind) == (low, high, acled, "vague")
    assert not q.exact


def test_vague_in_sentence() -> None:
    norm = normalise("سقط العشرات من القتلى وعدد من الجرحى")
    qs = find_quantities(norm)
    assert [(q.acled, q.kind) for q in qs] == [(12, "vague"), (3, "vague")]
    assert norm[qs[0].start:qs[0].end] == "العشرات"


def test_vague_not_inside_word() -> None:
    assert quantities("المعشرات") == []


@pytest.mark.parametrize(
    ("text", "low", "high", "acled", "kind"),
    [
        ("نحو 30", 30, 30, 30, "approx"),
        ("حوالي 30", 30, 30, 30, "approx"),
        ("أكثر من 50", 50, None, 50, "more"),
        ("ما لا يقل عن 24", 24, None, 24, "atleast"),
        ("مالا يقل عن 24", 24, None, 24, "atleast"),
        ("لا يقل عن 24", 24, None, 24, "atleast"),
        ("قرابة 40", 36, 40, 40, "below"),
        ("أقل من 10", 0, 10, 9, "less"),
        ("ما يصل إلى 20", 1, 20, 20, "upto"),
        ("ما يزيد عن 100", 100, None, 100, "more"),
        ("نحو ثلاثين", 30, 30, 30, "approx"),
        ("أكثر من خمسين", 50, None, 50, "more"),
    ],
)
def test_qualifiers(text: str, low: int, high: int | None, acled: int, kind: str) -> None:
    q = one(text)
    assert (q.low, q.high, q.acled, q.kind) == (low, high, acled, kind)
    assert (q.start, q.end) == (0, len(normalise(text)))
    assert not q.exact


def test_qualifier_span_in_sentence() -> None:
    norm = normalise("قتل ما لا يقل عن 24 مدنيا")
    (q,) = find_quantities(norm)
    assert norm[q.start:q.end] == "ما لا يقل عن 24"


def test_qualifier_must_be_adjacent() -> None:
    q = one("نحو المدينة قتل 30")
    assert (q.kind, q.acled) == ("exact", 30)


@pytest.mark.parametrize("text", ["عام 2019", "في 2020", "منذ 1990"])
def test_years_are_not_counts(text: str) -> None:
    assert quantities(text) == []


def test_year_skipped_count_kept() -> None:
    qs = quantities("قتل 7 أشخاص في عام 2019")
    assert [q.acled for q in qs] == [7]


def test_window() -> None:
    norm = normalise("قتل 3 وجرح 4")
    qs = find_quantities(norm, 5)
    assert [q.acled for q in qs] == [4]
    assert find_quantities(norm, 0, 4) == []


def test_sorted_by_position() -> None:
    qs = quantities("عشرات الجرحى و 5 قتلى وثلاثة مفقودين")
    assert [q.start for q in qs] == sorted(q.start for q in qs)
    assert [q.acled for q in qs] == [12, 5, 3]


def test_two_numbers_joined_by_wa_are_not_one_compound() -> None:
    # "مئة وعشرون" is 120, but "مئة ومئتي" and "خمسة وستة" are two numbers
    def lows(text: str) -> list[int | None]:
        return [q.low for q in find_quantities(normalise(text))]

    assert lows("مئة وعشرين قتيلا") == [120]
    assert lows("مئة وثلاثة وعشرون") == [123]
    assert lows("ألف ومئتان وخمسون") == [1250]
    assert lows("خمسة وستة") == [5, 6]


def test_between_two_numbers_is_a_range() -> None:
    qs = find_quantities(normalise("سقط بين مئة ومئتي قتيل"))
    assert [(q.low, q.high, q.acled, q.kind) for q in qs] == [(100, 200, 100, "range")]
    qs = find_quantities(normalise("ما بين 10 و15 قتيلا"))
    assert [(q.low, q.high, q.acled) for q in qs] == [(10, 15, 10)]

