"""Normalisation folds and the NormText offset map (src/marsad/text/normalise.py)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.normalise import DROPPED, NormText, is_definite, normalise

TATWEEL = "\u0640"
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0653))  # fathatan .. sukun


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أحمد", "احمد"),
        ("إدلب", "ادلب"),
        ("آمنة", "امنه"),
        ("ٱلله", "الله"),
        ("مصطفى", "مصطفي"),
        ("علي", "علي"),
        ("مدرسة", "مدرسه"),
        ("ایران", "ايران"),  # Persian yeh
        ("کرد", "كرد"),  # Persian kaf
        ("مؤسسة", "موسسه"),
        ("رئيس", "رييس"),
        ("هيئة", "هييه"),
    ],
)
def test_letter_folds(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_tatweel_removed() -> None:
    assert normalise("الجـــيش") == "الجيش"
    assert normalise("هـ") == "ه"


@pytest.mark.parametrize("mark", list(DIACRITICS))
def test_each_diacritic_removed(mark: str) -> None:
    assert normalise("ب" + mark + "ت") == "بت"


def test_fully_vocalised_word() -> None:
    assert normalise("الجَيْشُ السُّورِيُّ") == "الجيش السوري"
    assert normalise("قُتِلَ") == "قتل"
    assert normalise("شُهَدَاءً") == "شهداء"


def test_arabic_indic_digits() -> None:
    assert normalise("٠١٢٣٤٥٦٧٨٩") == "0123456789"
    assert normalise("قتل ٢٤ شخصا") == "قتل 24 شخصا"


def test_persian_digits() -> None:
    assert normalise("۰۱۲۳۴۵۶۷۸۹") == "0123456789"
    assert normalise("۱۵ تیر") == "15 تير"


def test_ascii_case_and_separators() -> None:
    assert normalise("ISIS March") == "isis march"
    assert normalise("١٬٥٠٠") == "1,500"
    assert normalise("٢٫٥") == "2.5"


def test_zero_width_and_bidi_controls_removed() -> None:
    assert normalise("ال\u200cجيش\u200f") == "الجيش"


def test_normalise_idempotent() -> None:
    s = "الجَيْشُ إِلى مدرسةٍ ١٢ ۳ أمسِ"
    assert normalise(normalise(s)) == normalise(s)


def test_normtext_no_drops_is_identity() -> None:
    nt = NormText.of("قوات النظام 12")
    assert nt.norm == "قوات النظام 12"
    assert [nt.to_orig(i) for i in range(len(nt.norm) + 1)] == list(range(len(nt.norm) + 1))
    assert nt.span(0, 4) == (0, 4)


def test_normtext_span_over_diacritics() -> None:
    text = "هاجم الجَيْشُ السّوري البلدة"
    nt = NormText.of(text)
    start = nt.norm.index("الجيش السوري")
    end = start + len("الجيش السوري")
    a, b = nt.span(start, end)
    assert text[a:b] == "الجَيْشُ السّوري"
    assert normalise(text[a:b]) == "الجيش السوري"


def test_normtext_span_starts_on_letter_after_tatweel() -> None:
    text = "الـجيش"
    nt = NormText.of(text)
    assert nt.norm == "الجيش"
    a, b = nt.span(2, 5)
    assert text[a:b] == "جيش"
    a, b = nt.span(0, 2)
    assert text[a:b] == "ال"


def test_normtext_leading_and_trailing_drops() -> None:
    text = "\u064eبَ\u0640"
    nt = NormText.of(text)
    assert nt.norm == "ب"
    a, b = nt.span(0, 1)
    assert text[a:b] == "ب"
    assert nt.to_orig(1) == len(text)


_LETTERS = (
    [chr(c) for c in range(0x0621, 0x063B)]
    + [chr(c) for c in range(0x0641, 0x064B)]
    + list("ٱیکۃڪگڤې")
)
_ALPHABET = (
    _LETTERS
    + list(DIACRITICS)
    + [TATWEEL, "\u200c", "\u200f", " ", " ", "\n"]
    + list("0123456789")
    + [chr(0x0660 + i) for i in range(10)]
    + [chr(0x06F0 + i) for i in range(10)]
    + list(".،؟!,:؛()«»-/٬٫")
)
texts = st.text(alphabet=st.sampled_from(_ALPHABET), max_size=60)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_normtext_matches_normalise(text: str) -> None:
    nt = NormText.of(text)
    assert nt.original == text
    assert nt.norm == normalise(text)
    assert len(nt.norm) == len(text) - sum(ch in DROPPED for ch in text)


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_normtext_span_roundtrip(text: str, data: st.DataObject) -> None:
    nt = NormText.of(text)
    n = len(nt.norm)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    a, b = nt.to_orig(start), nt.to_orig_end(end)
    assert normalise(text[a:b]) == nt.norm[start:end]
    assert nt.span(start, end) == (a, b)
    if end > start:
        assert 0 <= a < b <= len(text)
        # the mapped span starts and ends on kept characters
        assert text[a] not in DROPPED
        assert text[b - 1] not in DROPPED


@settings(max_examples=300, deadline=None)
@given(texts)
def test_to_orig_monotonic_and_pointwise(text: str) -> None:
    nt = NormText.of(text)
    positions = [nt.to_orig(i) for i in range(len(nt.norm) + 1)]
    assert all(x < y for x, y in itertools.pairwise(positions))
    for i in range(len(nt.norm)):
        assert normalise(text[positions[i]]) == nt.norm[i]
        assert nt.to_orig_end(i + 1) == positions[i] + 1
    assert nt.to_orig_end(0) == 0
    assert positions[-1] <= len(text)


def test_patterns_over_normalised_text_are_folded_like_it() -> None:
    """A regular expression that runs on the normalised view must not spell a letter that normalisation folds away
    ("مسؤول", "على", "طائرات"): it would never match. Such patterns are built with ``arabic_pattern``."""
    import importlib
    import re

    from marsad.text.normalise import _LETTER_TABLE, arabic_pattern

    assert arabic_pattern("مسؤول|على|طائرات|أن").pattern == "مسوول|علي|طايرات|ان"
    folded = {chr(c) for c in _LETTER_TABLE}
    modules = ["marsad.assemble.claims", "marsad.assemble.events", "marsad.assemble.merge", "marsad.assemble.sides", "marsad.assemble.roles", "marsad.assemble.mentions",
               "marsad.assemble.where", "marsad.assemble.when", "marsad.assemble.background",
               "marsad.recognise.figures", "marsad.recognise.places", "marsad.recognise.unlisted", "marsad.recognise.locating", "marsad.recognise.triggers",
               "marsad.recognise.actors", "marsad.recognise.sources", "marsad.recognise.markers", "marsad.text.dates",
               "marsad.text.numbers", "marsad.text.segment", "marsad.text.matcher"]
    bad = [
        f"{name}.{attr}"
        for name in modules
        for attr, value in vars(importlib.import_module(name)).items()
        if isinstance(value, re.Pattern) and set(value.pattern) & folded
    ]
    assert not bad, bad


def test_definite_words_carry_the_article_after_their_clitics() -> None:
    assert all(is_definite(w) for w in ("الغارات", "وبالقصف", "للغارات", "فالانفجار", "التفجيرين"))
    assert not any(is_definite(w) for w in ("انفجار", "غارات", "اشتباكات", "قصف"))
