"""Clitic-aware whole-word matching (src/marsad/text/matcher.py)."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.matcher import PREFIXES, Matcher, MatcherGroup, boundary_view
from marsad.text.normalise import NormText, normalise

PATTERNS = [
    ("الجيش السوري", "sy_army"),
    ("داعش", "isis"),
    ("قوات النظام", "regime"),
    ("قوات النظام السوري", "regime_sy"),
    ("اشتباك*", "clash"),
    ("قصف", "shelling"),
    ("إدلب", "idlib"),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher[str]:
    return Matcher(PATTERNS)


def values(m: Matcher[str], text: str) -> list[str]:
    return [x.value for x in m.find(normalise(text))]


def test_whole_word(matcher: Matcher[str]) -> None:
    assert values(matcher, "هجوم لتنظيم داعش في المنطقة") == ["isis"]
    assert values(matcher, "داعش") == ["isis"]
    assert values(matcher, "(داعش)") == ["isis"]


@pytest.mark.parametrize("text", ["مداعش", "داعشي", "الداعشيون", "قصفت", "تقصف"])
def test_no_match_inside_words(matcher: Matcher[str], text: str) -> None:
    assert values(matcher, text) == []


@pytest.mark.parametrize(
    "text",
    ["وداعش", "فداعش", "بداعش", "لداعش", "كداعش", "وبداعش", "فلداعش", "الداعش", "والداعش", "وبالداعش"],
)
def test_proclitics(matcher: Matcher[str], text: str) -> None:
    hits = matcher.find(normalise(text))
    assert [h.value for h in hits] == ["isis"]
    h = hits[0]
    assert h.word_start == 0
    assert normalise(text)[h.start:h.end] == "داعش"


def test_prefix_set() -> None:
    assert {"", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "وبال", "لل", "ولل", "فلل"} <= PREFIXES


@pytest.mark.parametrize("text", ["للجيش السوري", "وللجيش السوري", "فللجيش السوري"])
def test_contracted_article(matcher: Matcher[str], text: str) -> None:
    hits = matcher.find(normalise(text))
    assert [h.value for h in hits] == ["sy_army"]
    assert hits[0].pattern == "الجيش السوري"
    assert hits[0].word_start == 0
    assert hits[0].end == len(text)


@pytest.mark.parametrize("text", ["والجيش السوري", "بالجيش السوري", "وبالجيش السوري", "الجيش السوري"])
def test_article_pattern_with_clitics(matcher: Matcher[str], text: str) -> None:
    assert values(matcher, text) == ["sy_army"]


@pytest.mark.parametrize("text", ["بلجيش السوري", "ملجيش السوري", "لجيش السوري"])
def test_contracted_form_needs_lam_prefix(matcher: Matcher[str], text: str) -> None:
    assert values(matcher, text) == []


def test_prefix_pattern(matcher: Matcher[str]) -> None:
    norm = normalise("اندلعت اشتباكات عنيفة والاشتباك مستمر")
    hits = matcher.find(norm)
    assert [h.value for h in hits] == ["clash", "clash"]
    assert norm[hits[0].start:hits[0].end] == "اشتباكات"  # extended to the end of the word
    assert norm[hits[1].word_start:hits[1].end] == "والاشتباك"


def test_prefix_pattern_still_needs_word_start(matcher: Matcher[str]) -> None:
    assert values(matcher, "ماشتباكات") == []


def test_leftmost_longest(matcher: Matcher[str]) -> None:
    norm = normalise("قصفت قوات النظام السوري المدينة")
    hits = matcher.find(norm)
    assert [h.value for h in hits] == ["regime_sy"]
    assert norm[hits[0].start:hits[0].end] == "قوات النظام السوري"
    assert values(matcher, "قوات النظام في ادلب") == ["regime", "idlib"]


def test_overlapping_raw_hits(matcher: Matcher[str]) -> None:
    raw = {m.value for m in matcher.iter_raw(normalise("قوات النظام السوري"))}
    assert raw == {"regime", "regime_sy"}


def test_matches_sorted_and_disjoint(matcher: Matcher[str]) -> None:
    norm = normalise("قصف داعش ادلب، ثم قوات النظام السوري وداعش")
    hits = matcher.find(norm)
    assert [h.value for h in hits] == ["shelling", "isis", "idlib", "regime_sy", "isis"]
    for a, b in itertools.pairwise(hits):
        assert a.end <= b.word_start


def test_diacritics_in_text_and_offsets(matcher: Matcher[str]) -> None:
    text = "هاجم الجَيْش السّوري مواقع «داعـــش» في إدلب"
    nt = NormText.of(text)
    hits = matcher.find(nt.norm)
    assert [h.value for h in hits] == ["sy_army", "isis", "idlib"]
    spans = [text[slice(*nt.span(h.start, h.end))] for h in hits]
    assert spans == ["الجَيْش السّوري", "داعـــش", "إدلب"]


def test_contracted_offsets_mapped_to_original(matcher: Matcher[str]) -> None:
    text = "التابعة للجَيْش السوري"
    nt = NormText.of(text)
    (hit,) = matcher.find(nt.norm)
    a, b = nt.span(hit.start, hit.end)
    assert text[a:b] == "لجَيْش السوري"
    wa, _ = nt.span(hit.word_start, hit.end)
    assert text[wa:b] == "للجَيْش السوري"


def test_pattern_normalisation() -> None:
    m = Matcher([("  قوّات   النِّظام ", 1), ("هيئة تحرير الشام", 2)])
    assert [h.value for h in m.find(normalise("قوات النظام وهيئه تحرير الشام"))] == [1, 2]


def test_several_values_per_pattern() -> None:
    m = Matcher([("داعش", "a"), ("داعش", "b")])
    raw = sorted(h.value for h in m.iter_raw("داعش"))
    assert raw == ["a", "b"]
    assert len(m.find("داعش")) == 1


def test_empty_matcher() -> None:
    m: Matcher[int] = Matcher([])
    assert m.size == 0
    assert m.find("داعش") == []
    assert Matcher([("*", 1), ("  ", 2)]).size == 0


def test_start_end_window(matcher: Matcher[str]) -> None:
    norm = normalise("داعش ثم داعش ثم داعش")
    hits = matcher.find(norm, 5, 12)
    assert [(h.start, h.end) for h in hits] == [(8, 12)]


_ALPHABET = "ابتثجحخدذرسشصضطظعغفقكلمنهوي ال 0123456789.,،؛:()«»-\n\t\u00a0\u200b\u0651½²_"


@given(st.text(alphabet=_ALPHABET, max_size=80) | st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_boundary_view_is_the_regex_view(text: str) -> None:
    """The fast view (one replace per common non-letter) equals the plain regex definition on any text."""
    assert boundary_view.__wrapped__(text) == re.sub(r"[\W\d_]", " ", text) + " "


def test_group_answers_like_each_matcher_alone() -> None:
    """Matchers joined in a group (one automaton, one scan) give exactly what each gives on its own."""
    text = normalise(
        "وقال المرصد إن قوات النظام السوري قصفت إدلب، والاشتباكات مستمرة مع داعش قرب الشرقية24 منذ الأحد."
    )
    specs = {
        "a": PATTERNS,
        "b": [("المرصد", "sohr"), ("الشرقية24", "sh24"), ("قصف*", "shell"), ("إدلب", "place")],
        "c": [("الأحد", "sun"), ("منذ", "since"), ("داعش", "isis-again")],
    }
    alone = {k: Matcher(v) for k, v in specs.items()}
    grouped = {k: Matcher(v) for k, v in specs.items()}
    MatcherGroup(grouped)
    for k in specs:
        assert grouped[k].find(text) == alone[k].find(text)
        assert grouped[k].find(text) == alone[k].find(text)  # the memoised answer is the same
        assert grouped[k].find_groups(text) == alone[k].find_groups(text)
        for start, end in ((0, 20), (10, 60), (30, len(text))):
            assert grouped[k].find(text, start, end) == alone[k].find(text, start, end)
    other = normalise("قصفت قوات النظام إدلب")
    assert grouped["a"].find(other) == alone["a"].find(other)  # a new text is scanned afresh


def test_a_quoted_tail_matches_when_asked() -> None:
    """'منظمة "بدر"', 'قوات «سوريا الديمقراطية»': with ``quoted`` a name of several words matches with its tail in
    quotes (the actor registry is compiled so); without it, only as written."""
    from marsad.text.normalise import normalise

    text = normalise('قتل برصاص حراس مقر منظمة "بدر" وسيطرت قوات «سوريا الديمقراطية» على القرية')
    quoted = Matcher([("منظمة بدر", "badr"), ("قوات سوريا الديمقراطية", "sdf")], quoted=True)
    assert [m.value for m in quoted.find(text)] == ["badr", "sdf"]
    plain = Matcher([("منظمة بدر", "badr"), ("قوات سوريا الديمقراطية", "sdf")])
    assert plain.find(text) == []
