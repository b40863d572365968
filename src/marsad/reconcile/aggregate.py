"""A canonical event's fields from its mentions: ACLED columns, fatality range, sources, grade, explanation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from marsad.store.models import (
    ACLED_FIELDS,
    GRADE_CONTESTED,
    GRADE_PERPETRATOR,
    GRADE_SEVERAL,
    GRADE_SINGLE,
    CanonicalEvent,
    Claim,
    Event,
)

#: stances whose figures count as credible only when no other source gives one
PARTISAN_STANCES = frozenset({"perpetrator-affiliated", "party", "loyalist", "government", "official"})
PERPETRATOR_STANCES = frozenset({"perpetrator-affiliated"})
#: two figures conflict when the higher is more than this many times the lower and at least CONFLICT_MIN_GAP apart
CONFLICT_RATIO = 2.0
CONFLICT_MIN_GAP = 3
RULE = (
    "blocking: same country, event dates within ±1 day (±7 when known to the week, ±31 to the month); "
    "then same admin1, same place id or <= 25 km, compatible event types, shared actors "
    "(different actors only within 5 km on the same day); never two events of one report"
)


def anchor_order(ev: Event) -> tuple[Any, ...]:
    """The mention whose ACLED columns the canonical event takes: most precise place, most confident, first."""
    return (ev.geo_precision or 9, ev.time_precision or 9, -(ev.confidence or 0.0), ev.document.doc_key, ev.seq)


def source_key(c: Claim) -> str:
    return c.source_id or c.source


def sources_of(members: Sequence[Event]) -> list[dict[str, Any]]:
    """Distinct sources (``{name, id, stance}``) of the mentions' claims; a mention without claims counts its outlet."""
    found: dict[str, dict[str, Any]] = {}
    for ev in members:
        for c in ev.claims:
            found.setdefault(source_key(c), {"name": c.source, "id": c.source_id, "stance": c.source_stance})
        if not ev.claims:
            name = ev.document.outlet or ev.source or ev.document.doc_key
            found.setdefault(name, {"name": name, "id": None, "stance": None})
    return sorted(found.values(), key=lambda s: (str(s["name"]), str(s["id"])))


def _figure(c: Claim) -> int | None:
    return c.killed_min if c.killed_min is not None else c.killed_max


def fatality_range(members: Sequence[Event]) -> tuple[int, int | None, int | None, int | None]:
    """``(fatalities, low, best, high)``: ACLED's lowest credible figure and the UCDP-style range of all claims.

    Credible figures are those of non-partisan sources when any gives one; ``best`` is their median.
    """
    claims = [c for ev in members for c in ev.claims if _figure(c) is not None]
    if not claims:
        lows = [ev.fatalities_low for ev in members if ev.fatalities_low is not None]
        highs = [ev.fatalities_high for ev in members if ev.fatalities_high is not None]
        bests = sorted(ev.fatalities_best for ev in members if ev.fatalities_best is not None)
        fat = min((ev.fatalities or 0) for ev in members) if members else 0
        return (
            fat,
            (min(lows) if lows else None),
            (bests[len(bests) // 2] if bests else None),
            (max(highs) if highs else None),
        )
    credible = [c for c in claims if c.source_stance not in PARTISAN_STANCES] or claims
    figures = sorted(f for f in (_figure(c) for c in credible) if f is not None)
    low = min(f for f in (c.killed_min if c.killed_min is not None else _figure(c) for c in claims) if f is not None)
    high = max(f for f in (c.killed_max if c.killed_max is not None else _figure(c) for c in claims) if f is not None)
    return figures[0], low, figures[len(figures) // 2], high


def grade(members: Sequence[Event], sources: list[dict[str, Any]]) -> tuple[str, list[str]]:
    """The Airwars-style grade and the reasons for it."""
    authors = {ev.actor1 for ev in members if ev.actor1}

    def perpetrator(s: dict[str, Any]) -> bool:
        # an agency of the author ("Amaq") or the author speaking for itself ("أعلن تنظيم داعش")
        return s["stance"] in PERPETRATOR_STANCES or (s["stance"] == "party" and s["name"] in authors)

    if sources and all(perpetrator(s) for s in sources):
        return GRADE_PERPETRATOR, ["every source is the perpetrator or affiliated with it"]
    reasons: list[str] = []
    if len(sources) >= 2:
        attributions = sorted({ev.actor1_id for ev in members if ev.actor1_id})
        if len(attributions) > 1:
            reasons.append("reports attribute the event to different actors: " + ", ".join(attributions))
        by_source: dict[str, int] = {}
        for ev in members:
            for c in ev.claims:
                f = _figure(c)
                if f is not None:
                    by_source[source_key(c)] = min(f, by_source.get(source_key(c), f))
        if len(by_source) > 1:
            lo, hi = min(by_source.values()), max(by_source.values())
            if hi - lo >= CONFLICT_MIN_GAP and hi > CONFLICT_RATIO * max(lo, 0):
                reasons.append(f"sources' fatality figures conflict ({lo} vs {hi})")
        if reasons:
            return GRADE_CONTESTED, reasons
        return GRADE_SEVERAL, [f"{len(sources)} distinct sources agree"]
    return GRADE_SINGLE, ["one source"]


def apply(canon: CanonicalEvent, members: Sequence[Event]) -> None:
    """Recompute every derived field of ``canon`` from its (current) mentions, keeping merge reasons of members."""
    ordered = sorted(members, key=anchor_order)
    anchor = ordered[0]
    for name in ACLED_FIELDS:
        setattr(canon, name, getattr(anchor, name))
    for name in ("actor1_id", "actor2_id", "place_id"):
        setattr(canon, name, getattr(anchor, name))
    sources = sources_of(members)
    fat, low, best, high = fatality_range(members)
    canon.fatalities, canon.fatalities_low, canon.fatalities_best, canon.fatalities_high = fat, low, best, high
    canon.sources = sources
    canon.number_of_sources = len(sources)
    canon.number_of_reports = len({ev.document_id for ev in members})
    canon.source = "; ".join(dict.fromkeys(s["name"] for s in sources if s["name"]))
    if len(members) > 1:
        canon.notes = f"{anchor.notes} [reconciled from {canon.number_of_reports} reports]".strip()
    canon.grade, reasons = grade(members, sources)
    ids = {ev.id for ev in members}
    old = canon.explanation or {}
    merges = [m for m in old.get("merges", []) if m.get("mention") in ids and m.get("with") in ids]
    canon.explanation = {
        "rule": RULE,
        "anchor": anchor.id,
        "mentions": [
            {
                "event_id": ev.id,
                "document_id": ev.document_id,
                "doc_key": ev.document.doc_key,
                "source": ev.source,
                "event_date": ev.event_date.isoformat() if ev.event_date else None,
                "location": ev.location,
                "fatalities": ev.fatalities,
            }
            for ev in sorted(members, key=lambda e: (e.document.doc_key, e.seq))
        ],
        "merges": merges,
        "grade": reasons,
    }
