"""Tolls told place by place, and a toll told for a zone split over the towns the report names in it (ACLED
atomicity, docs/annotation.md).

"مخلفا ثلاثة شهداء بقرية الموزرة، وخمسة شهداء بقرية أرنبة": each village has its own event and its own dead.

"ارتفعت حصيلة القتلى المدنيين في غوطة دمشق الشرقية، يوم الأحد، إلى 52 شخصا ... وتركز القصف على الأحياء السكنية في
مدن وبلدات حرستا ودوما وعربين وزملكا وعين ترما": the 52 dead are those of the five towns' events, split evenly (the
remainder to the first named), each keeping the source's figure in its claim; the zone is no event of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from marsad.assemble.draft import EventDraft
from marsad.assemble.mentions import Mention
from marsad.assemble.merge import merge_claims, toll_of
from marsad.knowledge.schemas import TERRITORY
from marsad.recognise.context import Context
from marsad.schema import Span
from marsad.text.normalise import arabic_pattern, normalise

# between a count of dead (and its wounded: "ثلاثة شهداء وعشرة جرحى") and the place it is told for: "في", "داخل",
# "على", or the clitic "ب" of the place itself ("بقرية الموزرة"), after up to four words of how they died ("في
# غارات جوية على كفرنبل")
_TOLL_PLACE_GAP = arabic_pattern(r"\s*(?:[\u0621-\u064a]+\s+){0,4}?(?:(?:في|داخل|على)\s+)?")
_PREPOSITION_LAST = arabic_pattern(r"(?<![\u0621-\u064a])(?:في|داخل|على)\s+$")
_TOLL_WOUNDED_GAP = re.compile(r"\s*و\s*")
TOLL_PLACES_MIN = 2  # a telling splits into places only when two or more places have a toll of their own


def place_tolls(ctx: Context, m: Mention) -> list[tuple[Span, list[Span]]]:
    """The places of a mention that each come right after a count of dead of their own, in text order, with the
    figures told for each ("قتل ثلاثة مدنيين في كفرنبل وخمسة في سراقب"): empty unless there are at least
    :data:`TOLL_PLACES_MIN` distinct places."""
    figures = sorted(m.get("figure"), key=lambda f: f.ns)
    if sum(f.value == "killed" and f.attrs.get("low") is not None for f in figures) < TOLL_PLACES_MIN:
        return []  # (every mention comes here: most have one toll or none)
    norm = ctx.norm
    places = sorted([p for p in m.get("place") if not p.attrs.get("reference")] + m.get("place_unknown"),
                    key=lambda p: p.ns)
    out: list[tuple[Span, list[Span]]] = []
    for i, f in enumerate(figures):
        if f.value != "killed" or f.attrs.get("low") is None:
            continue
        told, end = [f], f.ne
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        if nxt is not None and nxt.value == "wounded" and _TOLL_WOUNDED_GAP.fullmatch(norm, end, nxt.ns):
            told, end = [f, nxt], nxt.ne
        q = next((p for p in places if p.ns >= end), None)
        if q is None or any(end <= g.ns < q.ns for g in figures):
            continue
        if _TOLL_PLACE_GAP.fullmatch(norm, end, q.ns) is None or not (
                _PREPOSITION_LAST.search(norm, end, q.ns) or norm.startswith("ب", q.ns)):
            continue
        if all(q.value != p.value for p, _ in out):
            out.append((q, told))
    return out if len(out) >= TOLL_PLACES_MIN else []

_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
MIN_TOWNS = 2  # a zone's toll is split only over two or more of its towns


def _numbered(d: EventDraft) -> bool:
    """Some claim of the event gives its dead as a number (a vague "dozens" or a lumped "killed and wounded" does not
    count: beside a number it lowers nothing)."""
    return any(c.killed[0] is not None and not c.vague for c in d.claims)


def _violent(kb: Any, d: EventDraft) -> bool:
    return kb.sub_event(d.sub_event_type).event_type in _VIOLENT and d.sub_event_type not in TERRITORY


_ZONES = ("region", "admin1", "desert", "broad", "district")


def _zone(d: EventDraft) -> bool:
    """The event's place is a zone: a region, a governorate, a desert, a town's countryside."""
    return d.area or (d.place is not None and d.place.kind in _ZONES)


def _governorate_named(d: EventDraft) -> bool:
    """The event's place is a town named as its governorate is ("على درعا جنوب سوريا"), not told as a city."""
    p, span = d.place, d.place_span
    if p is None or span is None or not p.admin1_ar or p.kind in _ZONES:
        return False
    name = normalise(span.text).split()
    if any(w.endswith(("مدينه", "المدينه")) for w in name):
        return False  # "مدينة درعا": the city itself
    return bool(name) and name[-1].removeprefix("و").removeprefix("ب").removeprefix("ل") == normalise(p.admin1_ar)


def _zone_toll(kb: Any, d: EventDraft) -> bool:
    """A new violent event with a numbered toll at a zone (or at a governorate's town named as the governorate)."""
    return (not d.background and (_zone(d) or _governorate_named(d)) and d.place is not None and d.share == 1
            and _violent(kb, d) and _numbered(d) and toll_of(d) > 0)


def _in_zone(kb: Any, zone: EventDraft, d: EventDraft) -> bool:
    """A new event of the same day and author, at a town of the zone's governorate, with no toll of its own (towns
    named together, "حرستا ودوما وعربين", share none)."""
    z, p = zone.place, d.place
    return (d is not zone and not d.background and not _zone(d) and p is not None and z is not None
            and p.id != z.id and bool(z.admin1_en) and p.admin1_en == z.admin1_en
            and d.date == zone.date and d.agents[:1] == zone.agents[:1] and _violent(kb, d) and not _numbered(d))


def _spread(zone: EventDraft, towns: list[EventDraft]) -> None:
    """Give the zone's toll to the towns' events, split evenly in text order (the first named takes the remainder)."""
    towns.sort(key=lambda d: d.mention.start)
    for k, d in enumerate(towns):
        # each town keeps the source's figure in a claim of its own (merging changes claims)
        told = [replace(c, materiel=dict(c.materiel), figure_spans=list(c.figure_spans)) for c in zone.claims]
        d.claims = merge_claims([*d.claims, *told])
        # the zone's telling is evidence of each town's event (its toll)
        d.told_again.extend(x for x in (zone.evidence, *zone.told_again) if x is not None and x not in d.told_again)
        d.share, d.share_index = len(towns), k


def _report_toll(kb: Any, lead: EventDraft, drafts: list[EventDraft]) -> list[EventDraft]:
    """"أسفرت هجمات تفجيرية جنوبي سوريا عن مقتل 215 شخصا" and, in the body, attacks on the city and eight villages of
    one governorate that day, with no toll of their own: the lead's toll is theirs (the tolls the body does give add
    up to less)."""
    if not (_violent(kb, lead) and _numbered(lead) and lead.share == 1):
        return []
    day = [d for d in drafts if not d.background and d.place is not None and d.date == lead.date and _violent(kb, d)]
    towns = [d for d in day if not _zone(d) and not _numbered(d)
             and (not lead.agents or d.agents[:1] == lead.agents[:1])]
    told = sum(toll_of(d) for d in day if _numbered(d))
    if (len(towns) < MIN_TOWNS or len({d.place.admin1_en for d in towns if d.place is not None}) != 1
            or toll_of(lead) <= told):
        return []
    return towns


def split_zone_tolls(kb: Any, drafts: list[EventDraft], unplaced: Sequence[EventDraft] = ()) -> list[EventDraft]:
    """Split each zone's toll evenly over the events at the towns of that zone told the same day by the same author
    (at least ``MIN_TOWNS`` of them), and drop the zone's own event; so is the toll of a headline or lead that names
    no place (``unplaced``, left over by merging) over the body's towns of one governorate; runs after merging."""
    dropped: set[int] = set()
    for zone in drafts:
        if id(zone) in dropped or not _zone_toll(kb, zone):
            continue
        towns = [d for d in drafts if id(d) not in dropped and _in_zone(kb, zone, d)]
        if len(towns) < MIN_TOWNS:
            continue
        _spread(zone, towns)
        dropped.add(id(zone))
    out = [d for d in drafts if id(d) not in dropped]
    for lead in unplaced:
        towns = _report_toll(kb, lead, out)
        if towns:
            _spread(lead, towns)
            break  # (one toll for the report)
    return out
