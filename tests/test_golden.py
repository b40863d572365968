"""Golden files: real reports and what must / must not come out of them (tests/golden/cases.yaml)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import extract_text

HERE = Path(__file__).resolve().parent / "golden"
CASES = yaml.safe_load((HERE / "cases.yaml").read_text(encoding="utf-8"))["cases"]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def _claim_ok(want: dict[str, Any], claim: dict[str, Any]) -> bool:
    for k, v in want.items():
        if k == "materiel":
            have = {m["type"]: m["count"] for m in claim["materiel"]}
            if any(have.get(t) != n for t, n in v.items()):
                return False
        elif claim.get(k) != v:
            return False
    return True


def matches(want: dict[str, Any], ev: dict[str, Any]) -> bool:
    for k, v in want.items():
        if k == "claims":
            if not all(any(_claim_ok(w, c) for c in ev["claims"]) for w in v):
                return False
        elif k == "near":
            if _km(v[0], v[1], ev["latitude"], ev["longitude"]) > v[2]:
                return False
        elif ev.get(k) != v:
            return False
    return True


def _result(case: dict[str, Any]) -> dict[str, Any]:
    text = (HERE / case["file"]).read_text(encoding="utf-8")
    return extract_text(text, published=case.get("published"), outlet=case.get("outlet"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"].rsplit("/", 1)[-1] for c in CASES])
def test_golden(case: dict[str, Any]) -> None:
    result = _result(case)
    events = result["events"]
    for want in case.get("must_contain", []):
        assert any(matches(want, e) for e in events), f"no event matches {want}:\n" + "\n".join(
            f"  {e['sub_event_type']} {e['actor1_id']}->{e['actor2_id']} {e['location']} {e['event_date']} "
            f"{[(c['source_id'], c['killed_min'], c['killed_max']) for c in e['claims']]}" for e in events)
    for want in case.get("background_must_contain", []):
        assert any(matches(want, e) for e in result["background"]), f"no background event matches {want}"
    for bad in case.get("must_not_contain", []):
        hits = [e for e in events if matches(bad, e)]
        assert not hits, f"unexpected new event(s) matching {bad}: {[e['location'] for e in hits]}"
