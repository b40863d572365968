"""Merge the drafts of one report: the same incident told twice (headline, lead, body) is one event that keeps
every claim; one event per type, place and day (ACLED atomicity)."""

from __future__ import annotations

from typing import Any

from marsad.assemble.draft import DEMO_ORDER, Claim, EventDraft, armed_target
from marsad.assemble.sides import flies, force_on_protesters
from marsad.recognise.locating import km
from marsad.text.normalise import is_definite

MERGE_THRESHOLD = 3
#: a lead told around a town ("ضاحية شرقي العاصمة السورية دمشق") summarises a body event this close to the town,
#: whatever the governorate (Jaramana is in Rif Dimashq, Damascus is its own)
AROUND_KM = 15
#: a lead's toll in an area is the sum of the body's tolls there when these reach it to within this factor (sources
#: round and revise: "35 مدنيا" for 11 + 20 + 5)
ROLL_UP_SLACK = 1.1
#: gazetteer kinds of place that are areas whatever their precision ("الغوطة الشرقية" is precise to a district)
REGIONS = frozenset({"region", "mountain", "desert"})
#: two places whose governorate the gazetteer does not know (towns abroad) lie in one area only this close
UNKNOWN_ADMIN1_KM = 60


def _merge_score(kb: Any, a: EventDraft, b: EventDraft) -> int:
    """How sure we are that two drafts tell the same incident (below the threshold: different events)."""
    if not _possible(kb, a, b):
        return -1
    score = 0
    if a.place is not None and b.place is not None:
        score += 3 if a.place.id == b.place.id else (1 if a.place.admin1_en == b.place.admin1_en else 0)
    if a.sub_event_type == b.sub_event_type:
        score += 1
    if a.agents and b.agents and a.agents[0] == b.agents[0]:
        score += 1
    if a.targets and b.targets and a.targets[0] == b.targets[0]:
        score += 1
    if a.explicit.get("date") and b.explicit.get("date") and a.date == b.date:
        score += 1
    if any(ca.source.id and ca.source.id == cb.source.id for ca in a.claims for cb in b.claims):
        score += 1
    return score


def _possible(kb: Any, a: EventDraft, b: EventDraft, known: bool = False) -> bool:
    if a.background != b.background:
        return False
    if a.earlier != b.earlier and not (a.explicit.get("date") and b.explicit.get("date") and a.date == b.date):
        return False  # the pluperfect tells an earlier incident than the one the report is about (unless it names
        # the same day: "وكان عناصر داعش قد أطلقوا مساء أمس نحو ثمانية صواريخ" retells yesterday's shelling)
    ta, tb = kb.sub_event(a.sub_event_type), kb.sub_event(b.sub_event_type)
    generic = {"Armed clash", "Attack"}
    if a.sub_event_type != b.sub_event_type and not (
        (a.sub_event_type in generic and (a.trigger is None or a.trigger.value.startswith("@")))
        or (b.sub_event_type in generic and (b.trigger is None or b.trigger.value.startswith("@")))
        or _same_spot_and_day(a, b)
        or _one_bombing(a, b)
        or (a.sub_event_type in DEMO_ORDER and b.sub_event_type in DEMO_ORDER and a.date == b.date)
    ):
        return False
    if ta.disorder_type != tb.disorder_type:
        return False
    if a.explicit.get("date") and b.explicit.get("date") and a.date != b.date and not _told_later(a, b):
        return False
    # a battle told from both sides ("اشتباكات بين الجيش وداعش" / "هاجم داعش مواقع الجيش") is one battle
    swapped = bool(a.agents and b.agents and a.targets and b.targets and a.agents[0] in b.targets
                   and b.agents[0] in a.targets)
    # (not the shelling of the people of a village and the fighting at its front: "قصفت قوات الأسد قرى أم شرشوح
    # والهلالية، ما أسفر عن إصابة مدنيين" and "اشتباكات بين المعارضة وقوات الأسد على جبهات القريتين")
    on_people = any(d.sub_event_type != "Armed clash" and d.targets and set(d.targets) <= {"civilians"} for d in (a, b))
    two_sided = ("Armed clash" in (a.sub_event_type, b.sub_event_type) and (_same_spot_and_day(a, b) or swapped)
                 and not on_people)
    if (a.agents and b.agents and a.agents[0] != b.agents[0] and a.explicit.get("agent") and b.explicit.get("agent")
            and not two_sided and "unidentified" not in (a.agents[0], b.agents[0])
            and not set(kb.lineage(a.agents[0])) & set(kb.lineage(b.agents[0]))):
        # two named authors: two events (an inferred author, a battle's two sides, "مسلحين مجهولين" against the
        # group that claimed the killing, or a unit and its army, "الحرس الثوري" / "الصواريخ الإيرانية", do not block)
        return False
    if a.unknown_place != b.unknown_place and ((a.unknown_place and b.unknown_place) or any(
            not d.unknown_place and d.precision == 1 and not d.area for d in (a, b))):
        # two unlisted villages located by the same known place are two places, and so are an unlisted village
        # and the town that locates it ("وكحيل ... والنعيمة"); not a village and its area told again ("بريف درعا")
        return False
    pa, pb = a.place, b.place
    if pa is None or pb is None:
        return True
    if pa.id == pb.id:
        return True
    if a.mention is b.mention:
        return False  # "خمس غارات قرب الموصل وثلاث قرب سنجار": the places one telling lists are apart
    if pa.country != pb.country:
        return False
    if _around(a, b) or _around(b, a):
        return True
    if pa.admin1_en and pb.admin1_en and pa.admin1_en != pb.admin1_en:
        return False
    if not (pa.admin1_en and pb.admin1_en) and km((pa.lat, pa.lon), (pb.lat, pb.lon)) > UNKNOWN_ADMIN1_KM:
        return False  # a town abroad with no governorate known (Doğubayazıt, Midyat): only a near one is the same area
    # different places are one incident only when a headline/lead summary names the area ("بريف حمص",
    # "بادية حمص") and the body the precise spot; two precise places in the body are two events, and so are the
    # places of a list ("خمس غارات قرب الموصل وثلاث قرب الرمادي": no summary)
    if a.mention.sent is b.mention.sent and max((a, b), key=lambda d: d.mention.start).mention.contrast:
        return known  # "قصفت قوات النظام مناطق في جرود القلمون ... بينما قصفت مناطق في بلدة بيت جن": the clause set
        # against the one before tells another place's event, not the detail of a summary
    return known or (a.lead and a.area and a.share == 1) or (b.lead and b.area and b.share == 1)


def _known(kb: Any, events: list[EventDraft], d: EventDraft) -> EventDraft | None:
    """"وتابعت الوكالة أن الغارة التي استهدفت البلدة الواقعة في ريف دير الزور ...": the body names an event as known
    (a definite event word and a relative clause) in an area of the governorate where the one event of that type the
    report has told took place: it is that event, told again (with several or none, nothing is known)."""
    if not d.named_again or d.lead or d.background or d.place is None or not d.area:
        return None
    same = [e for e in events if not e.background and e.sub_event_type == d.sub_event_type]
    if len(same) != 1:
        return None
    e = same[0]
    pe, pd = e.place, d.place
    if (pe is None or e.precision > d.precision or pe.country != pd.country or not pe.admin1_en
            or pe.admin1_en != pd.admin1_en or not _possible(kb, e, d, known=True)):
        return None
    return e


def _told_later(a: EventDraft, b: EventDraft) -> bool:
    """One telling is dated only by the day of its statement and the other names the day before or the same week's
    earlier day ("أعلنت القوات العراقية، الجمعة، إحباط هجوم ... جرى الخميس"): the same event, told later."""
    if a.date is None or b.date is None or a.explicit.get("statement_day") == b.explicit.get("statement_day"):
        return False
    stated, told = (a, b) if a.explicit.get("statement_day") else (b, a)
    assert stated.date is not None and told.date is not None
    return 0 < (stated.date - told.date).days <= 2


BOMBINGS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED"})


def _around(lead: EventDraft, d: EventDraft) -> bool:
    """A headline or lead that places an event around a town (a direction or the vicinity of it) and a body event
    within :data:`AROUND_KM` of that town."""
    p, q = lead.place, d.place
    around = lead.area or bool(lead.place_span is not None
                               and "direction" in lead.place_span.attrs.get("modifiers", []))
    return (lead.lead and around and p is not None and q is not None and p.kind != "admin1"
            and d.precision < lead.precision and km((p.lat, p.lon), (q.lat, q.lon)) <= AROUND_KM)


def _one_bombing(a: EventDraft, b: EventDraft) -> bool:
    """"انفجرت سيارة مفخخة قرب بيجي ... انتحاريا يقود سيارة ممتلئة بالمتفجرات": a car bomb and the suicide bomber
    who drove it at one place on one day are one bombing (ACLED's order makes it a suicide bomb)."""
    if {a.sub_event_type, b.sub_event_type} != BOMBINGS or a.date != b.date:
        return False
    if a.place is None or b.place is None:
        # a lead that names no place ("الهجوم الانتحاري الذي قتل 14 ... في جنوبي سوريا") and the bombing the body places
        return any(d.place is None and d.lead for d in (a, b))
    # or a headline/lead that tells it at the level of its region ("في محافظة صلاح الدين")
    return a.place.id == b.place.id or (a.place.admin1_en == b.place.admin1_en
                                        and any(d.lead and d.area for d in (a, b)))


def _one_kind(a: EventDraft, b: EventDraft) -> bool:
    """Same sub-event type, or the two kinds of bombing (a car bomb and the suicide bomber who drove it)."""
    return a.sub_event_type == b.sub_event_type or {a.sub_event_type, b.sub_event_type} == BOMBINGS


def _names_again(d: EventDraft) -> bool:
    """The draft's event word is definite ("التفجيرين", "الانفجار"): an event already told, named again."""
    w = d.trigger.text if d.trigger is not None else ""
    return is_definite(w) or d.named_again


def _same_spot_and_day(a: EventDraft, b: EventDraft) -> bool:
    """Several tactics at one place on one day are one ACLED event (the first sub-event in ACLED's order wins)."""
    return (a.place is not None and b.place is not None and a.place.id == b.place.id and not a.area
            and not b.area and a.date == b.date)


def merge_events(kb: Any, drafts: list[EventDraft], unplaced: list[EventDraft] | None = None) -> list[EventDraft]:
    """Merge drafts of the same incident (compatible type, place, date and actors) into one; the headline and lead
    drafts that name no place and join no event are added to ``unplaced`` (a toll told for the whole report)."""
    out: list[EventDraft] = []
    floating: list[EventDraft] = []
    for d in drafts:
        if d.place is None:
            floating.append(d)
            continue
        scored = [(_merge_score(kb, e, d), -i, e) for i, e in enumerate(out)]
        best = max(scored, key=lambda x: (x[0], x[1]), default=None)
        if best is not None and best[0] >= MERGE_THRESHOLD:
            _absorb(kb, best[2], d)
            continue
        known = _known(kb, out, d)
        if known is not None:
            _absorb(kb, known, d)
        else:
            out.append(d)
    # a draft without a place below country level is not an ACLED event by itself, but a headline or lead that
    # names no town often carries the toll of the event the body places: it joins that event, or is dropped
    for d in floating:
        cands = [(_merge_score(kb, e, d), -i, e) for i, e in enumerate(out) if _possible(kb, e, d)]
        best = max(cands, key=lambda x: (x[0], x[1]), default=None)
        if best is not None and best[0] >= 2 and (d.lead or best[0] >= MERGE_THRESHOLD):
            _absorb(kb, best[2], d)
            continue
        # the lead tells a bombing "في شمال العراق" and the body places the one bombing of the report: the same one
        # (a suicide bombing and the car bomb it was are one bombing)
        same = [e for _, _, e in cands if _one_kind(e, d)]
        if d.lead and len(same) == 1:
            _absorb(kb, same[0], d)
            continue
        # "وأضاف المصدر أن التفجيرين تسببا في قتل 21": a toll the body gives to the bombing it names again (a
        # definite event word, no place) is that of the one bombing told before it
        if d.sub_event_type in BOMBINGS and not d.background and _names_again(d) and toll_of(d):
            told = [e for e in out if not e.background and e.mention.start < d.mention.start and _one_kind(e, d)]
            if len(told) == 1 and told[0].date == d.date:
                _absorb(kb, told[0], d)
                continue
        if d.lead and unplaced is not None:
            unplaced.append(d)
    # a merge can make an area's event precise ("ريف إدلب" -> "خان شيخون"): events that now coincide are one
    merged: list[EventDraft] = []
    for e in out:
        twin = next((k for k in merged if _coincide(kb, k, e)), None)
        if twin is not None:
            _absorb(kb, twin, e)
        else:
            merged.append(e)
    merged = _lead_summaries(kb, merged)
    _scattered_summaries(merged)
    for e in merged:
        e.claims = merge_claims(e.claims)
        _no_battle_on_civilians(kb, e)
    return merged


def _lead_summaries(kb: Any, events: list[EventDraft]) -> list[EventDraft]:
    """"انفجرت سيارة مفخخة في محافظة صلاح الدين ... 5 قتلى" and, in the body, the one bombing near Bayji that day: a
    headline or lead that tells an event only at the level of its region summarises the one event of that kind the
    body places in the region on that day (it joins it); with several or none it stays as told."""
    out = list(events)
    for e in events:
        if not (e.lead and e.place is not None and not e.background and (e.area or e.place.kind in REGIONS)):
            continue
        same = [k for k in out if k is not e and not k.background and k.place is not None
                and k.precision < e.precision
                and ((k.place.admin1_en == e.place.admin1_en and k.place.country == e.place.country)
                     or _around(e, k))
                and k.date == e.date and _one_kind(k, e)]
        if e.area and len(same) == 1 and _possible(kb, same[0], e):
            _absorb(kb, same[0], e)
            out.remove(e)
        elif (len(same) > 1 and all(0 < toll_of(k) < toll_of(e) for k in same)
              and toll_of(e) <= sum(toll_of(k) for k in same) * ROLL_UP_SLACK):
            # "ارتفاع عدد القتلى إلى 35 مدنيا ... بغارات على الغوطة" then 11 in Harasta, 20 in Duma, 5 in Arbin: the
            # lead's toll is the sum of the body's; it tells no incident of its own (kept as background)
            e.background = True
    return out


def _day_or_night_before(k: EventDraft, e: EventDraft) -> bool:
    return k.date is not None and e.date is not None and 0 <= (e.date - k.date).days <= 1


def _scattered_summaries(events: list[EventDraft]) -> None:
    """"مقتل 13 من داعش و13 عراقيا في حوادث متفرقة في بعقوبة", then the strike and the bombings it sums up: a summary
    of scattered incidents, when the report tells incidents in its governorate on its day or the night before, tells
    none of its own (it is kept as background)."""
    for e in events:
        if e.scattered and not e.background and e.place is not None and any(
                k is not e and not k.background and k.place is not None and _day_or_night_before(k, e)
                and k.place.country == e.place.country and k.place.admin1_en == e.place.admin1_en for k in events):
            e.background = True


def toll_of(d: EventDraft) -> int:
    """The highest ACLED figure of killed among the draft's claims (0 when none gives one)."""
    return max((c.killed[2] or 0 for c in d.claims), default=0)


def _no_battle_on_civilians(kb: Any, e: EventDraft) -> None:
    """A battle is fought between armed groups: an "Armed clash" whose only side hit is civilians came from a merge
    with a battle word ("المعارك") of the same place and day; the merged tactic that hit them is the event's type
    ("قصف ... استهدف سوقا شعبية"), else it is an attack on civilians."""
    if e.sub_event_type != "Armed clash" or "civilians" not in e.targets or armed_target(kb, e.targets):
        return
    other = [t for t in e.absorbed if kb.sub_event(t).event_type in ("Explosions/Remote violence",
                                                                      "Violence against civilians")]
    prec = kb.precedence
    e.sub_event_type = min(other, key=lambda t: prec.get(t, 99)) if other else "Attack"
    e.trigger = e.tactic_words.get(e.sub_event_type, e.trigger)  # the evidence of the type is the tactic's own word


def _coincide(kb: Any, a: EventDraft, b: EventDraft) -> bool:
    """Same sub-event type, place and day, and nothing against one incident (ACLED atomicity)."""
    return (a.place is not None and b.place is not None and a.place.id == b.place.id
            and a.sub_event_type == b.sub_event_type and a.date == b.date and _possible(kb, a, b))


def merge_claims(claims: list[Claim]) -> list[Claim]:
    """One claim per source and figure: repeats of the same source's figures collapse, materiel adds up."""
    out: list[Claim] = []
    for c in claims:
        same = next(
            (
                o
                for o in out
                if o.source.name == c.source.name
                and (o.killed == c.killed or c.killed[2] is None or o.killed[2] is None)
            ),
            None,
        )
        if same is None:
            out.append(c)
            continue
        if same.killed[2] is None:
            same.killed, same.figure_spans, same.evidence = c.killed, c.figure_spans + same.figure_spans, c.evidence
            same.vague = c.vague
        if same.wounded[0] is None:
            same.wounded = c.wounded
        for k, v in c.materiel.items():
            same.materiel[k] = same.materiel.get(k, 0) + v
        same.captured = same.captured or c.captured
    return out


def _anaphor(d: EventDraft) -> bool:
    return d.place_span is not None and d.place_span.kind == "place_anaphor"


def _absorb(kb: Any, e: EventDraft, d: EventDraft) -> None:
    prec = kb.precedence
    e.absorbed.extend([d.sub_event_type, *d.absorbed])
    for kind, word in ((d.sub_event_type, d.trigger), *d.tactic_words.items()):
        if word is not None:
            e.tactic_words.setdefault(kind, word)
    e.told_again.extend(x for x in (d.evidence, *d.told_again) if x is not None and x != e.evidence
                        and x not in e.told_again)
    e_generic = e.trigger is None or e.trigger.value.startswith("@")
    d_generic = d.trigger is None or d.trigger.value.startswith("@")
    # a draft placed only by "المدينة" adds its figures and sources; the type comes from the one that names its place
    d_anaphor, e_anaphor = _anaphor(d), _anaphor(e)
    if e.sub_event_type in DEMO_ORDER and d.sub_event_type in DEMO_ORDER:
        # one demonstration told as a protest and as a riot: the violent side of it is the event
        retype = DEMO_ORDER[d.sub_event_type] < DEMO_ORDER[e.sub_event_type]
    elif not d_generic and d_anaphor != e_anaphor:
        retype = e_anaphor
    else:
        retype = (e_generic and not d_generic) or (
            not d_generic and prec.get(d.sub_event_type, 99) < prec.get(e.sub_event_type, 99)
        )
    if retype:
        e.absorbed.append(e.sub_event_type)  # (the type given up is one of the tactics told)
        if e.trigger is not None:
            e.tactic_words.setdefault(e.sub_event_type, e.trigger)
        e.sub_event_type, e.trigger = d.sub_event_type, d.trigger
        if (e_generic and d.sub_event_type == "Air/drone strike" and d.agents and e.agents
                and d.explicit.get("agent") and flies(kb, d.agents[0]) and not flies(kb, e.agents[0])
                and kb.adversaries(d.agents[0], e.agents[0], e.date.year if e.date else None)):
            # "استأنفت الفصائل استهداف الفوعة، بينما نفذ الطيران الحربي السوري غارات على محيطها": the strikes are
            # the air power's, so it is actor1, and the group of the vague attack (it has no aircraft) is the side hit
            e.targets = [*e.agents[:1], *[t for t in e.targets if t not in d.agents]]
            e.agents = [*d.agents, *[a for a in e.agents[1:] if a not in d.agents and a not in e.targets]]
    if d.place is not None and (e.place is None or d.precision < e.precision or (e.area and not d.area)):
        e.place, e.precision, e.place_span, e.unknown_place = d.place, d.precision, d.place_span, d.unknown_place
        e.area = d.area
    if d.explicit.get("date") and (not e.explicit.get("date") or (
            e.explicit.get("statement_day") and not d.explicit.get("statement_day"))):
        e.explicit["statement_day"] = d.explicit.get("statement_day", False)
        e.date, e.time_precision, e.date_span = d.date, d.time_precision, d.date_span
        e.explicit["date"] = True
    for a in d.agents:
        if a not in e.agents and a not in e.targets:
            e.agents.append(a)
    if "unidentified" in e.agents and len(e.agents) > 1:
        e.agents = [a for a in e.agents if a != "unidentified"]  # a merged telling names the unknown author
    for t in d.targets:
        if t not in e.targets and t not in e.agents:
            e.targets.append(t)
    for k, v in d.actor_spans.items():
        e.actor_spans.setdefault(k, v)
    if e.share > 1 and d.share == 1 and toll_of(d):
        # "خرج الآلاف في البصرة والناصرية والديوانية" then "مقتل متظاهر" in Diwaniya: a toll told for this place
        # alone is its own, not a share of the list's
        e.share, e.share_index = 1, 0
    e.claims.extend(d.claims)
    if retype and e.sub_event_type in DEMO_ORDER:
        _demonstrators(kb, e)


def _demonstrators(kb: Any, e: EventDraft) -> None:
    """After a merge the demonstrators are named as the type has them: rioters in a riot, protesters otherwise."""
    if e.sub_event_type == "Excessive force against protesters":
        # "خرج الآلاف في الديوانية" then "تصدت ميليشيات بدر للمتظاهرين، فقتلت متظاهرين": the protest told first is
        # now the force's excessive force against the protesters
        e.agents, e.targets = force_on_protesters(e.agents, e.targets)
        return
    riot = kb.sub_event(e.sub_event_type).event_type == "Riots"
    old, new = ("protesters", "rioters") if riot else ("rioters", "protesters")
    if old in e.agents:
        e.agents = list(dict.fromkeys(new if a == old else a for a in e.agents))
