"""Reconciliation across reports: one incident reported twice becomes one canonical event; two incidents stay apart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from marsad.cli import app
from marsad.reconcile.rules import MAX_DISTANCE_KM, fits_all, haversine_km, match, window_days
from marsad.store.db import open_db
from marsad.store.ingest import ingest
from marsad.store.models import GRADE_PERPETRATOR, GRADE_SEVERAL, GRADE_SINGLE, CanonicalEvent, Event
from tests.store_helpers import OTHER, SAME_1, SAME_2, write_jsonl


def _canonicals(engine: Any) -> list[CanonicalEvent]:
    with Session(engine) as s:
        return list(s.scalars(select(CanonicalEvent).order_by(CanonicalEvent.key)))


def test_two_reports_of_one_incident_make_one_canonical_event(tmp_path: Path) -> None:
    engine = open_db(f"sqlite:///{tmp_path / 'r.sqlite'}")
    ingest(engine, [str(write_jsonl(tmp_path / "a.jsonl", [SAME_1, OTHER]))], workers=1)
    # the second report arrives later: reconciled incrementally into the existing event
    stats = ingest(engine, [str(write_jsonl(tmp_path / "b.jsonl", [SAME_2]))], workers=1)
    assert stats.reconcile.merged == 1 and stats.reconcile.created == 0
    canon = _canonicals(engine)
    assert len(canon) == 2
    ariha = next(c for c in canon if c.admin1 == "Idlib")
    assert ariha.number_of_reports == 2 and ariha.number_of_sources == 2
    assert (ariha.fatalities, ariha.fatalities_low, ariha.fatalities_high) == (5, 5, 7)
    assert ariha.fatalities_best in (5, 7)
    assert ariha.grade == GRADE_SEVERAL
    assert {s["stance"] for s in ariha.sources} == {"monitor", "local"}
    merge = ariha.explanation["merges"][0]
    assert merge["distance_km"] == 0.0 and merge["date_gap_days"] == 0
    assert merge["type"] == "same sub-event type" and "syria-military" in merge["actors"]
    assert {m["doc_key"] for m in ariha.explanation["mentions"]} == {"r1", "r2"}
    other = next(c for c in canon if c is not ariha)
    assert other.number_of_reports == 1 and other.grade == GRADE_SINGLE
    with Session(engine) as s:
        ids = {e.canonical_id for e in s.scalars(select(Event).where(Event.is_background.is_(False)))}
    assert ids == {c.id for c in canon}
    engine.dispose()


def test_reconcile_from_scratch_is_deterministic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'd.sqlite'}"
    engine = open_db(url)
    ingest(engine, [str(write_jsonl(tmp_path / "a.jsonl", [SAME_2, OTHER, SAME_1]))], workers=1)

    def snapshot() -> list[tuple[Any, ...]]:
        return [
            (c.key, c.fatalities, c.fatalities_low, c.fatalities_high, c.number_of_sources, c.grade,
             tuple(m["doc_key"] for m in c.explanation["mentions"]))
            for c in _canonicals(engine)
        ]  # fmt: skip

    first = snapshot()
    for _ in range(2):
        res = CliRunner().invoke(app, ["reconcile", "--db", url])
        assert res.exit_code == 0, res.output
        assert snapshot() == first
    assert len(first) == 2
    engine.dispose()


def _m(**kw: Any) -> Any:
    base = {
        "event_date": dt.date(2020, 9, 1), "time_precision": 1, "country": "Syria", "admin1": "Idlib",
        "latitude": 35.81, "longitude": 36.61, "place_id": "p1", "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack", "actor1_id": "syria-military", "actor2_id": None,
        "document_id": 1,
    }  # fmt: skip
    base.update(kw)
    return SimpleNamespace(**base)


def test_rules_thresholds() -> None:
    a = _m()
    assert match(a, _m(document_id=2)) is not None
    assert match(a, _m(document_id=1)) is None  # one report's events are never merged
    assert match(a, _m(document_id=2, event_date=dt.date(2020, 9, 3))) is None  # 2 days apart
    assert match(a, _m(document_id=2, event_date=dt.date(2020, 9, 5), time_precision=2)) is not None  # week
    assert window_days(a, _m(time_precision=3)) == 31
    # ~40 km away, another place: different incidents
    far = _m(document_id=2, place_id="p2", latitude=35.81, longitude=37.05)
    assert haversine_km(35.81, 36.61, 35.81, 37.05) > MAX_DISTANCE_KM
    assert match(a, far) is None
    near = _m(document_id=2, place_id="p3", latitude=35.85, longitude=36.65)
    found = match(a, near)
    assert found is not None and 0 < found.distance_km < MAX_DISTANCE_KM
    assert match(a, _m(document_id=2, event_type="Protests", sub_event_type="Peaceful protest")) is None
    assert match(a, _m(document_id=2, admin1="Aleppo", place_id="p9")) is None
    assert match(a, _m(document_id=2, actor1_id="isis", place_id="p9", latitude=35.9)) is None
    # complete linkage on dates: a report two days after the first member does not join
    assert not fits_all(_m(document_id=3, event_date=dt.date(2020, 9, 3)), [a, _m(document_id=2, event_date=dt.date(2020, 9, 2))])


def test_perpetrator_claim_only_grade() -> None:
    from marsad.reconcile.aggregate import grade

    assert grade([], [{"name": "Amaq", "id": "amaq", "stance": "perpetrator-affiliated"}])[0] == GRADE_PERPETRATOR


def test_author_speaking_for_itself_counts_as_perpetrator_claim() -> None:
    from types import SimpleNamespace

    from marsad.reconcile.aggregate import grade

    member = SimpleNamespace(actor1="Islamic State (Syria)", actor1_id="isis", claims=[])
    sources = [{"name": "Islamic State (Syria)", "id": None, "stance": "party"},
               {"name": "Amaq News Agency", "id": "amaq", "stance": "perpetrator-affiliated"}]
    assert grade([member], sources)[0] == GRADE_PERPETRATOR  # type: ignore[list-item]
    sources.append({"name": "SOHR", "id": "sohr", "stance": "monitor"})
    assert grade([member], sources)[0] != GRADE_PERPETRATOR  # type: ignore[list-item]
