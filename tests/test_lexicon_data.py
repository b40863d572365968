"""Structure checks for the knowledge files triggers.yaml and lexicon.yaml (the pydantic schema is tested elsewhere)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

DATA = Path(__file__).resolve().parent.parent / "src" / "marsad" / "data"

# ACLED sub-event types in ACLED precedence order: (name, event_type, disorder_type).
ACLED = [
    ("Government regains territory", "Battles", "Political violence"),
    ("Non-state actor overtakes territory", "Battles", "Political violence"),
    ("Armed clash", "Battles", "Political violence"),
    ("Chemical weapon", "Explosions/Remote violence", "Political violence"),
    ("Air/drone strike", "Explosions/Remote violence", "Political violence"),
    ("Suicide bomb", "Explosions/Remote violence", "Political violence"),
    ("Shelling/artillery/missile attack", "Explosions/Remote violence", "Political violence"),
    ("Remote explosive/landmine/IED", "Explosions/Remote violence", "Political violence"),
    ("Grenade", "Explosions/Remote violence", "Political violence"),
    ("Sexual violence", "Violence against civilians", "Political violence"),
    ("Attack", "Violence against civilians", "Political violence"),
    ("Abduction/forced disappearance", "Violence against civilians", "Political violence"),
    ("Excessive force against protesters", "Protests", "Demonstrations"),
    ("Protest with intervention", "Protests", "Demonstrations"),
    ("Peaceful protest", "Protests", "Demonstrations"),
    ("Violent demonstration", "Riots", "Demonstrations"),
    ("Mob violence", "Riots", "Demonstrations"),
    ("Agreement", "Strategic developments", "Strategic developments"),
    ("Arrests", "Strategic developments", "Strategic developments"),
    ("Change to group/activity", "Strategic developments", "Strategic developments"),
    ("Disrupted weapons use", "Strategic developments", "Strategic developments"),
    ("Headquarters or base established", "Strategic developments", "Strategic developments"),
    ("Looting/property destruction", "Strategic developments", "Strategic developments"),
    ("Non-violent transfer of territory", "Strategic developments", "Strategic developments"),
    ("Other", "Strategic developments", "Strategic developments"),
]
PSEUDO = {"@attack"}

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك", "ؤ": "و", "ئ": "ي"}
)


def norm(term: str) -> str:
    """The matcher's normalisation (enough of it to find duplicates that only differ in spelling)."""
    return " ".join(_DIACRITICS.sub("", term).translate(_FOLD).split())


def duplicates(terms: list[str]) -> list[str]:
    counts = Counter(norm(t) for t in terms)
    return sorted(t for t, n in counts.items() if n > 1)


@pytest.fixture(scope="module")
def triggers() -> dict[str, Any]:
    with (DATA / "triggers.yaml").open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def lexicon() -> dict[str, Any]:
    with (DATA / "lexicon.yaml").open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, dict)
    return data


# ------------------------------------------------------------------------------------------------ triggers.yaml
def test_triggers_version(triggers: dict[str, Any]) -> None:
    assert triggers["version"] == 1


def test_all_sub_event_types_in_acled_order(triggers: dict[str, Any]) -> None:
    got = [(s["name"], s["event_type"], s["disorder_type"]) for s in triggers["sub_event_types"]]
    assert got == ACLED


def test_every_sub_event_type_has_a_trigger(triggers: dict[str, Any]) -> None:
    covered = {t["sub_event_type"] for t in triggers["triggers"] if t["terms"]}
    missing = [name for name, _, _ in ACLED if name not in covered]
    assert not missing, missing


def test_trigger_entries_well_formed(triggers: dict[str, Any]) -> None:
    known = {name for name, _, _ in ACLED} | PSEUDO
    for entry in triggers["triggers"]:
        assert entry["sub_event_type"] in known, entry["sub_event_type"]
        assert entry["strength"] in {"strong", "weak"}
        assert isinstance(entry["terms"], list) and entry["terms"]
        for flag in ("requires_actor", "state_actor", "non_state_actor"):
            assert isinstance(entry.get(flag, False), bool)
        assert not (entry.get("state_actor") and entry.get("non_state_actor"))
        for term in entry["terms"]:
            assert isinstance(term, str) and term.strip() == term and term
            assert "*" not in term.rstrip("*"), term  # only a trailing * is allowed


def test_no_duplicate_term_within_a_trigger_list(triggers: dict[str, Any]) -> None:
    for entry in triggers["triggers"]:
        assert not duplicates(entry["terms"]), (entry["sub_event_type"], duplicates(entry["terms"]))


def test_kill_is_not_a_trigger(triggers: dict[str, Any]) -> None:
    assert "@kill" not in {t["sub_event_type"] for t in triggers["triggers"]}


# ------------------------------------------------------------------------------------------------ lexicon.yaml
LEXICON_KEYS = [
    "killed",
    "wounded",
    "captured",
    "materiel",
    "persons",
    "reporting_verbs",
    "attribution",
    "background",
    "directions",
    "vicinity",
    "place_cues",
    "negation",
]


def test_lexicon_keys(lexicon: dict[str, Any]) -> None:
    assert lexicon["version"] == 1
    for key in LEXICON_KEYS:
        assert isinstance(lexicon.get(key), list) and lexicon[key], key


def _terms(items: list[Any]) -> list[str]:
    return [item if isinstance(item, str) else item["term"] for item in items]


@pytest.mark.parametrize("key", [k for k in LEXICON_KEYS if k != "materiel"])
def test_no_duplicate_term_within_a_lexicon_list(lexicon: dict[str, Any], key: str) -> None:
    terms = _terms(lexicon[key])
    assert all(isinstance(t, str) and t.strip() == t and t for t in terms)
    assert not duplicates(terms), duplicates(terms)


@pytest.mark.parametrize("key", ["killed", "wounded", "captured"])
def test_figure_terms_have_position(lexicon: dict[str, Any], key: str) -> None:
    for item in lexicon[key]:
        assert item["position"] in {"after", "before", "both"}, item
        implies = item.get("implies", 1)
        assert (isinstance(implies, int) and implies > 0) or implies == "several", item


def test_materiel_forms_unique(lexicon: dict[str, Any]) -> None:
    types = [m["type"] for m in lexicon["materiel"]]
    assert len(types) == len(set(types))
    forms = [f for m in lexicon["materiel"] for f in m["forms"]]
    assert all(isinstance(f, str) and f.strip() == f and f for f in forms)
    assert not duplicates(forms), duplicates(forms)


def test_persons_unique_and_well_formed(lexicon: dict[str, Any]) -> None:
    for item in lexicon["persons"]:
        assert item["category"] in {"combatant", "civilian", "person", "child", "woman", "protester"}, item
        assert item["number"] in {1, 2, "plural"}, item
    assert not duplicates(_terms(lexicon["persons"]))


def test_materiel_and_persons_do_not_overlap(lexicon: dict[str, Any]) -> None:
    forms = {norm(f) for m in lexicon["materiel"] for f in m["forms"]}
    persons = {norm(t) for t in _terms(lexicon["persons"])}
    assert not forms & persons, sorted(forms & persons)


def test_reporting_verbs_kinds(lexicon: dict[str, Any]) -> None:
    for item in lexicon["reporting_verbs"]:
        assert item["kind"] in {"say", "claim", "mourn", "document", "continue"}, item


def test_background_scope(lexicon: dict[str, Any]) -> None:
    for item in lexicon["background"]:
        assert item["scope"] in ("sentence", "next", "aside", "anniversary"), item
    # "كان آخرهم" introduces the latest (possibly new) event: it must not be a background marker.
    assert "كان آخرهم" not in _terms(lexicon["background"])


def test_directions_bearings(lexicon: dict[str, Any]) -> None:
    for item in lexicon["directions"]:
        assert isinstance(item["bearing"], int) and 0 <= item["bearing"] < 360, item


def test_negation_kinds(lexicon: dict[str, Any]) -> None:
    for item in lexicon["negation"]:
        assert item["kind"] in {"negation", "hypothetical", "purpose", "casualties"}, item


def test_nationalities_name_known_countries_once(lexicon: dict[str, Any]) -> None:
    codes = {line.split("\t")[0] for line in (DATA / "countries.tsv").read_text(encoding="utf-8").splitlines()[1:]}
    terms = [t for n in lexicon["nationalities"] for t in n["terms"]]
    assert all(n["country"] in codes for n in lexicon["nationalities"])
    assert terms and not duplicates(terms), duplicates(terms)


def test_force_nouns_are_distinct_and_states_have_forces(lexicon: dict[str, Any]) -> None:
    words = lexicon["force_nouns"] + lexicon["strike_nouns"] + lexicon["member_nouns"]
    assert words and not duplicates(words), duplicates(words)
    assert lexicon["force_modifiers"] and not duplicates(lexicon["force_modifiers"])
    # fighters and gunmen are no state's forces ("مقاتلين عراقيين" are not the Iraqi army)
    assert not {"مقاتلين", "مسلحين", "مقاتلة"} & set(words)
    forces = {n["country"]: n.get("forces") for n in lexicon["nationalities"]}
    assert forces["RU"] == "russia-military" and forces["TR"] == "turkey-military"
    # soldiers of no named state: no advisers or experts (they serve abroad), no fighters or gunmen
    soldiers = lexicon["soldier_nouns"]
    assert soldiers and not duplicates(soldiers) and not {"مستشارين", "خبراء", "مقاتلين", "مسلحين"} & set(soldiers)


def test_civilian_places_are_distinct(lexicon: dict[str, Any]) -> None:
    words = lexicon["civilian_places"]
    assert "الأحياء السكنية" in words and not duplicates(words), duplicates(words)


def test_disruption_kinds_pair_verbs_with_devices(lexicon: dict[str, Any]) -> None:
    """Every disruption verb has a kind the recogniser pairs with devices, every device kind is acted on by some verb
    kind; no term twice."""
    from marsad.recognise.triggers import _DISRUPTS

    verbs, devices = lexicon["disruption_verbs"], lexicon["disruption_devices"]
    assert {v["kind"] for v in verbs} == set(_DISRUPTS) == {"bomb", "seize", "intercept"}
    assert {d["kind"] for d in devices} == {k for kinds in _DISRUPTS.values() for k in kinds}
    assert not duplicates(_terms(verbs)) and not duplicates(_terms(devices))


def test_commentary_title_words_are_distinct_and_apart(lexicon: dict[str, Any]) -> None:
    """Title cues of analysis pieces and reaction stories: no duplicates, and no word both a reaction and a question."""
    groups = [lexicon["analysis_titles"], lexicon["news_questions"], lexicon["reaction_titles"],
              lexicon["reaction_leads"], lexicon["feature_titles"]]
    assert all(g and not duplicates(g) for g in groups), [duplicates(g) for g in groups]
    assert not set(groups[4]) & (set(groups[0]) | set(groups[2]))
    assert all(len(w.split()) == 1 for w in lexicon["reaction_leads"])  # matched as one of the first two words
    assert not set(groups[0]) & set(groups[2])
    assert all(q.split()[0] in groups[0] for q in groups[1])  # a news question starts with a question word


def test_words_that_are_no_unlisted_name_are_single_distinct_words(lexicon: dict[str, Any]) -> None:
    """``unlisted_not_names`` ends an unlisted name word by word ("قرية القرقور الواقعة"): one word each, no
    duplicates, with the relative pronouns and prepositions that follow names most."""
    words = lexicon["unlisted_not_names"]
    assert words and not duplicates(words), duplicates(words)
    assert all(len(w.split()) == 1 for w in words), [w for w in words if len(w.split()) != 1]
    assert {"التي", "الذي", "في", "على", "الواقعة"} <= set(words)


def test_place_cue_kinds_name_what_follows(lexicon: dict[str, Any]) -> None:
    """A place word's kind says what a name the gazetteer lacks after it is: an unlisted place, an area, a list."""
    kinds = {c["kind"] for c in lexicon["place_cues"] if isinstance(c, dict) and c.get("kind")}
    assert kinds == {"unlisted", "unlisted_area", "unlisted_list", "unlisted_pair"}
    by_kind = {c["term"]: c["kind"] for c in lexicon["place_cues"] if isinstance(c, dict) and c.get("kind")}
    assert by_kind["قرية"] == "unlisted" and by_kind["منطقة"] == "unlisted_area" and by_kind["قرى"] == "unlisted_list"
    assert by_kind["بلدتي"] == "unlisted_pair"  # a dual: a list of two


def test_agreement_verbs_are_single_words(lexicon: dict[str, Any]) -> None:
    """Each ``agreement_verbs`` entry is one word (matched with its clitics and the article)."""
    assert lexicon["agreement_verbs"] and all(len(w.split()) == 1 for w in lexicon["agreement_verbs"])


def test_speaker_heads_are_single_words_and_no_statement(lexicon: dict[str, Any]) -> None:
    """Each ``speaker_heads`` entry is one word; "بيان" and "تقرير" are left out (a statement is its issuer's)."""
    heads = lexicon["speaker_heads"]
    assert heads and all(len(w.split()) == 1 for w in heads)
    assert not {"بيان", "تقرير", "تقارير"} & set(heads)


def test_protest_reference_heads_are_single_words(lexicon: dict[str, Any]) -> None:
    """Each ``protest_reference_heads`` entry is one word (matched with its clitics and the article)."""
    heads = lexicon["protest_reference_heads"]
    assert heads and all(len(w.split()) == 1 for w in heads)


def test_topic_shifts_are_phrases_of_another_story(lexicon: dict[str, Any]) -> None:
    """Each ``topic_shifts`` entry is a phrase of two or three words ("على صعيد آخر"); "في سياق متصل" (a related
    story) is not one."""
    shifts = lexicon["topic_shifts"]
    assert shifts and all(2 <= len(w.split()) <= 3 for w in shifts)
    assert "في سياق متصل" not in shifts
