"""Matching rules between two event mentions, with their thresholds (documented in docs/store.md)."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any, Protocol

#: days either side by ACLED ``time_precision`` (1 = day, 2 = week, 3 = month)
DATE_WINDOW_DAYS = {1: 1, 2: 7, 3: 31}
MAX_WINDOW_DAYS = max(DATE_WINDOW_DAYS.values())
#: two mentions farther apart than this are different incidents (unless they name the same place id)
MAX_DISTANCE_KM = 25.0
#: actor sets that do not overlap merge only when this close, on the same day and of the same event type
#: (contested attribution)
DISJOINT_ACTORS_MAX_KM = 5.0


class MentionLike(Protocol):
    """What the rules read from an event mention (an :class:`~marsad.store.models.Event`)."""

    event_date: dt.date | None
    time_precision: int | None
    country: str
    admin1: str
    latitude: float | None
    longitude: float | None
    place_id: str | None
    event_type: str
    sub_event_type: str
    actor1_id: str | None
    actor2_id: str | None
    document_id: int


@dataclass(frozen=True, slots=True)
class Match:
    """Why two mentions are taken as one incident."""

    distance_km: float
    date_gap_days: int
    type: str
    actors: str
    score: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "distance_km": round(self.distance_km, 2),
            "date_gap_days": self.date_gap_days,
            "type": self.type,
            "actors": self.actors,
            "score": round(self.score, 3),
        }


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def window_days(a: MentionLike, b: MentionLike) -> int:
    """Allowed date gap: ±1 day, wider when either date is only known to the week or month."""
    return max(DATE_WINDOW_DAYS.get(a.time_precision or 1, 1), DATE_WINDOW_DAYS.get(b.time_precision or 1, 1))


def type_match(a: MentionLike, b: MentionLike) -> tuple[str, float] | None:
    """("same sub-event type", 1.0), or None: mentions of different sub-event types are different incidents.

    Measured on 344 hand-labelled candidate pairs (docs/store.md, eval/reconcile/): also merging the same event
    type or compatible types (a clash coded as shelling) fused different incidents of one day and province far more
    often than it joined two codings of one (pairwise precision .37 -> .68, recall .53 -> .44)."""
    if a.sub_event_type and a.sub_event_type == b.sub_event_type:
        return "same sub-event type", 1.0
    return None


def actor_ids(m: MentionLike) -> set[str]:
    return {x for x in (m.actor1_id, m.actor2_id) if x}


def match(a: MentionLike, b: MentionLike) -> Match | None:
    """A :class:`Match` when ``a`` and ``b`` can be the same incident, else None."""
    if a.document_id == b.document_id:  # the extractor already merged repeats within one report
        return None
    if a.event_date is None or b.event_date is None or not a.country or a.country != b.country:
        return None
    gap = abs((a.event_date - b.event_date).days)
    window = window_days(a, b)
    if gap > window:
        return None
    same_place = bool(a.place_id) and a.place_id == b.place_id
    if not same_place and a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return None
    if same_place:
        dist = 0.0
    elif None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    else:
        dist = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
        if dist > MAX_DISTANCE_KM:
            return None
    tm = type_match(a, b)
    if tm is None:
        return None
    type_label, type_w = tm
    xa, xb = actor_ids(a), actor_ids(b)
    if xa and xb:
        shared = xa & xb
        if shared:
            actors = "shared: " + ", ".join(sorted(shared))
            actor_w = len(shared) / len(xa | xb)
        elif dist <= DISJOINT_ACTORS_MAX_KM and gap == 0 and a.event_type == b.event_type:
            actors = "different actors named (" + ", ".join(sorted(xa)) + " / " + ", ".join(sorted(xb)) + ")"
            actor_w = 0.0
        else:
            return None
    else:
        actors = "actors unknown in one report"
        actor_w = 0.5
    score = type_w + (1 - dist / MAX_DISTANCE_KM) + (1 - gap / (window + 1)) + actor_w + (0.25 if same_place else 0)
    return Match(dist, gap, type_label, actors, score)


def fits_all(a: MentionLike, members: list[MentionLike]) -> bool:
    """Complete linkage on time and space: ``a`` is within the date window and the distance of *every* member.

    Stops chains (a report of the 19th joined to one of the 20th, then the 21st...) from drifting.
    """
    for m in members:
        if a.event_date is None or m.event_date is None:
            return False
        if abs((a.event_date - m.event_date).days) > window_days(a, m):
            return False
        if a.place_id and a.place_id == m.place_id:
            continue
        if None in (a.latitude, a.longitude, m.latitude, m.longitude):
            return False
        if haversine_km(a.latitude, a.longitude, m.latitude, m.longitude) > MAX_DISTANCE_KM:  # type: ignore[arg-type]
            return False
    return True
