"""Event drafts and their claims: what assembly builds from each mention and merging combines."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from marsad.assemble.claims import SourceRef
from marsad.assemble.mentions import Mention
from marsad.knowledge.loader import Place
from marsad.schema import Span


@dataclass
class Claim:
    source: SourceRef
    killed: tuple[int | None, int | None, int | None] = (None, None, None)  # low, high, acled
    wounded: tuple[int | None, int | None] = (None, None)
    captured: int | None = None
    materiel: dict[str, int] = field(default_factory=dict)
    evidence: Span | None = None
    figure_spans: list[Span] = field(default_factory=list)
    vague: bool = False  # the killed figure is a vague amount ("العشرات", "عدد من")


@dataclass
class EventDraft:
    sub_event_type: str
    agents: list[str]
    targets: list[str]
    place: Place | None
    precision: int
    place_span: Span | None
    date: dt.date | None
    time_precision: int
    date_span: Span | None
    claims: list[Claim]
    trigger: Span | None
    mention: Mention
    background: bool = False
    actor_spans: dict[str, Span] = field(default_factory=dict)
    unknown_place: str | None = None
    explicit: dict[str, bool] = field(default_factory=dict)
    evidence: Span | None = None
    lead: bool = False  # told in the headline or the first paragraph (a summary of the report's main event)
    area: bool = False  # the place is a region or the countryside of a town ("ريف", "بادية", a governorate)
    scattered: bool = False  # a summary of scattered incidents in its place ("في حوادث متفرقة في بعقوبة")
    absorbed: list[str] = field(default_factory=list)  # sub-event types of the drafts merged into this one
    tactic_words: dict[str, Span] = field(default_factory=dict)  # their event words, by type (evidence on a retype)
    earlier: bool = False  # told in the pluperfect with a recent day ("وكان التنظيم قد أطلق مساء الأربعاء ...")
    share: int = 1  # the places its figures are told for together ("قتل المتمردون جنديين في فان واغري": 2)
    share_index: int = 0  # its place's rank among them (0: the first named takes the remainder of a split toll)
    told_again: list[Span] = field(default_factory=list)  # the mentions of the drafts merged into this one
    named_again: bool = False  # a definite event word and a relative clause ("الغارة التي استهدفت البلدة")


# within demonstrations a protest that turns violent is a riot (ACLED codes the violent side), unless the state's
# lethal force is what happened: ACLED's listing order is for tactics of political violence, not for this choice
DEMO_ORDER = {"Excessive force against protesters": 0, "Violent demonstration": 1, "Mob violence": 2,
               "Protest with intervention": 3, "Peaceful protest": 4}


def armed_target(kb: Any, targets: list[str]) -> bool:
    """Some side hit is an armed actor (not civilians, protesters or rioters)."""
    return any(kb.actors[t].inter not in (6, 7) for t in targets if t in kb.actors)
