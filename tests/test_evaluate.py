"""The scorer's pairing helpers (src/marsad/evaluate/match.py)."""

from __future__ import annotations

from typing import Any

from marsad.evaluate.match import actor_ids


def test_gold_new_actor_resolves_to_a_registry_actor_with_that_acled_name() -> None:
    gold = {"actor1": "new:Police Forces of Turkey", "actor2": "isis"}
    assert actor_ids(gold) == ("turkey-police", "isis")


def test_gold_new_actor_unknown_to_the_registry_stays_as_written() -> None:
    gold = {"actor1": "new:Abu Amara Battalion", "actor2": None}
    assert actor_ids(gold) == ("new:Abu Amara Battalion", None)


def test_predicted_events_use_their_ids() -> None:
    pred = {"actor1": "Police Forces of Turkey (2016-)", "actor1_id": "turkey-police", "actor2_id": None}
    assert actor_ids(pred) == ("turkey-police", None)


def test_a_unit_that_acled_codes_as_its_parent_counts_as_the_parent() -> None:
    """"syria-air-force" has the ACLED names of "syria-military": a gold event that names the air force and a
    predicted one that names the army code the same ACLED actor."""
    assert actor_ids({"actor1": "syria-air-force", "actor2": "iraq-air-force"}) == ("syria-military", "iraq-military")
    assert actor_ids({"actor1_id": "israel-air-force", "actor2_id": "civilians"}) == ("israel-military", "civilians")


def test_a_party_speaking_for_itself_matches_its_arabic_name() -> None:
    """The extractor names a party that speaks for itself by its ACLED name; the gold writes it as in the text."""
    from marsad.evaluate.score import _source_ok

    pred = {"source": "Military Forces of Turkey (2016-)", "source_id": None, "source_stance": "party"}
    assert _source_ok(pred, {"source": "الجيش التركي", "killed_min": 23}, "Sky News Arabia")
    assert not _source_ok(pred, {"source": "حزب العمال الكردستاني", "killed_min": 23}, "Sky News Arabia")


def test_a_gold_claim_credited_to_part_of_the_outlets_arabic_name_matches_the_outlet() -> None:
    from marsad.evaluate.score import _source_ok

    pred = {"source": "Al-Watan (Saudi)", "source_id": "al-watan-saudi", "source_stance": "media", "killed_min": 3}
    assert _source_ok(pred, {"source": "الوطن", "killed_min": 3}, "Al-Watan (Saudi)")
    assert not _source_ok(pred, {"source": "الوطن", "killed_min": 3}, "Okaz")  # not this report's outlet
    assert not _source_ok(pred, {"source": "المرصد", "killed_min": 3}, "Al-Watan (Saudi)")


def test_a_labelled_mention_merged_into_another_event_maps_to_that_event() -> None:
    from marsad.evaluate.pairs import _canonical_of

    events = {"doc": [(0, 7, "Air/drone strike", (30, 1180)), (2000, 9, "Armed clash", (2010,))]}
    # the mention at 1159-1300 was drafted into the event that starts at 0 (its claim's evidence is at 1180)
    assert _canonical_of({"doc_key": "doc", "start": 1159, "end": 1300, "sub_event_type": "Air/drone strike"},
                         events) == 7
    assert _canonical_of({"doc_key": "doc", "start": 1990, "end": 2100, "sub_event_type": "Armed clash"}, events) == 9
    assert _canonical_of({"doc_key": "doc", "start": 1500, "end": 1600, "sub_event_type": "Armed clash"}, events) is None


def _errors_tool() -> object:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "tools" / "errors.py"
    spec = importlib.util.spec_from_file_location("errors_tool", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_error_analysis_tool_reports_extra_missed_and_changed_events() -> None:
    """tools/errors.py on the gold's own events: nothing extra or missed; an event taken away shows as missed, as a
    diff, and a wrong actor as a confusion."""
    tool: Any = _errors_tool()
    row = next(r for r in tool._rows("dev") if len(r["events"]) >= 2)
    events = [dict(e, actor1_id=e["actor1"], actor2_id=e.get("actor2")) for e in row["events"]]
    perfect = {row["id"]: {"events": events}}
    assert not [x for x in tool.extra(perfect, "dev", False) if x.startswith(row["id"])]
    assert not [x for x in tool.missed(perfect, "dev") if x.startswith(row["id"])]
    fewer = {row["id"]: {"events": events[1:]}}
    assert [x for x in tool.missed(fewer, "dev") if x.startswith(row["id"])]
    assert [x for x in tool.diff(perfect, fewer, "dev") if x.startswith(row["id"])]
    wrong = {row["id"]: {"events": [dict(events[0], actor1_id="no-such-actor"), *events[1:]]}}
    assert any("pred=no-such-actor" in line for line in tool.confusion(wrong, "dev", "actor1", 50))


def test_a_pair_whose_mentions_are_a_recap_and_no_incident_lost_nothing() -> None:
    """Why a labelled pair maps to no event: a mention judged no specific incident ("general") beside one that is now
    a recap counts as background, not as an incident the extractor lost (before: "unmapped", which the CI gate caps);
    a mention that maps to nothing and is neither is still unmapped."""
    from marsad.evaluate.pairs import gone_reason

    recaps = {"d": [(1000, None, "Air/drone strike", ())]}
    threat = {"doc_key": "d", "start": 0, "end": 200, "sub_event_type": "Air/drone strike", "general": True}
    recap = {"doc_key": "d", "start": 990, "end": 1100, "sub_event_type": "Air/drone strike"}
    lost = {"doc_key": "d", "start": 400, "end": 500, "sub_event_type": "Air/drone strike"}
    lens = {"d": 2000}
    assert gone_reason([recap, threat], lens, recaps) == "background"
    assert gone_reason([threat], lens, recaps) == "general"
    assert gone_reason([recap], lens, recaps) == "background"
    assert gone_reason([recap, lost], lens, recaps) == "unmapped"
    assert gone_reason([dict(lost, start=2100)], lens, recaps) == "chrome"
