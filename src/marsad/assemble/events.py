"""Turn mentions into event drafts: type, actors, place, date, claims; flag background.

Where each event happened is chosen by :mod:`marsad.assemble.where`, when by :mod:`marsad.assemble.when`, what is a
recap by :mod:`marsad.assemble.background`; the drafts of one report are merged afterwards
(:mod:`marsad.assemble.merge`).
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import Any

from marsad.assemble.background import (
    aside_only,
    commemoration,
    past_perfect,
    pluperfect,
    recap,
    recent_day,
    stale,
)
from marsad.assemble.claims import (
    SourceRef,
    governing_sources,
    outlet_source,
    sentence_source,
    sentence_speakers,
    source_for,
)
from marsad.assemble.draft import DEMO_ORDER, Claim, EventDraft, armed_target
from marsad.assemble.mentions import CAMPAIGN_SCOPES, Mention, numbered_kill, sentence_mentions
from marsad.assemble.merge import BOMBINGS
from marsad.assemble.roles import MEMBER_WORDS, assign_roles, canonical, in_toll, opens_pair
from marsad.assemble.sides import (
    DEMONSTRATORS,
    actors_named,
    demonstration,
    enemy_of,
    infer_sides,
    military_of,
    no_air_force,
    of_them,
    people_hit,
    police_facing_protesters,
    police_of,
    split_sides,
)
from marsad.assemble.tolls import TOLL_PLACES_MIN, place_tolls
from marsad.assemble.when import choose_date, document_day, reference_date, statement_only
from marsad.assemble.where import (
    area_of,
    at_place,
    choose_place,
    coordinated_places,
    listed_known,
    listed_unknowns,
    recapped_place,
)
from marsad.knowledge.loader import Place
from marsad.knowledge.schemas import TERRITORY
from marsad.recognise.context import Context
from marsad.schema import Span
from marsad.text.normalise import arabic_pattern, is_definite

TALLY_MIN = 150  # a toll this high with no day of its own is a running total (measured on dev: 500 kept 488s)


# the stances of a source that speaks for the side it is affiliated with (sources.yaml)
_SPEAKS_FOR_A_SIDE = frozenset({"official", "government", "party", "perpetrator-affiliated"})


def _air_power_abroad(kb: Any, actor: str, place: Place) -> bool:
    """``actor`` is a foreign state force (inter 8) with an air force unit in the registry, acting outside its
    country."""
    a = kb.actors.get(actor)
    return (a is not None and a.inter == 8 and bool(a.country) and bool(place.country) and a.country != place.country
            and a.id in kb.air_arms)


def _no_named_author(agents: list[str]) -> bool:
    """No author is named: none, or only "مسلحون مجهولون" (the unidentified armed group)."""
    return all(a == "unidentified" for a in agents)


def _purpose(ctx: Context, t: Span) -> bool:
    """"لاستعادة السيطرة", "للسيطرة على": taking territory as an aim, not as a fact."""
    return t.value in TERRITORY and ctx.norm[t.ns:t.ne].startswith(("ل", "ول", "فل"))


# "المعارك" with the article: the fighting already going on ("وسط المعارك", "وتيرة المعارك"), a battle word that
# needs a side named to tell an event, as "قتال" and "معركة" do
_BATTLE_NOUN = arabic_pattern(r"[وفبل]*ال(?:معارك)")
# "بمساندة الحشد الشعبي والطيران العسكري", "تحت غطاء جوي": air power in support of a ground operation, not the event
_SUPPORT = arabic_pattern(r"(?<![\u0621-\u064a])[وب]{0,2}(?:مسانده|دعم|اسناد|غطاء|مدعوم\w*)(?:\s+(?:من|جوي))?"
                          r"(?:\s+[\u0621-\u064a]+){0,3}\s+و?$")
# one strike, told in the singular ("الضربة الجوية", "غارة"): near two towns it hit one spot, not each of them
_ONE_STRIKE = arabic_pattern(r"[وفبل]*(?:ال)?(?:غاره|ضربه)(?:\s+(?:ال)?جويه)?")


def _dated_before(kb: Any, ev: EventDraft, last: EventDraft | None) -> bool:
    """The event just told is of the same type, by the same or an allied author, dated by its own day, one or two
    days before ``ev``'s statement day, and told for an area or a place that holds ``ev``'s (not another town:
    "أعدم الخميس 22 جنديا في الحي الصناعي" then "أعلن مصدر الجمعة أن داعش أعدم أربعة سائقين في الشرقاط")."""
    return (last is not None and not last.background and last.explicit.get("date", False)
            and not last.explicit.get("statement_day") and last.sub_event_type == ev.sub_event_type
            and bool(ev.agents) and bool(last.agents) and kb.allied(last.agents[0], ev.agents[0])
            and last.date is not None and ev.date is not None and 0 < (ev.date - last.date).days <= 2
            and (last.area or last.place is None or ev.place is None or last.place.id == ev.place.id))


def _soldiers_hit(ctx: Context, m: Mention, agents: list[str]) -> list[str]:
    """Soldiers (lexicon.yaml ``soldier_nouns``) killed or wounded with no side named as hit, and no nationality or
    force with them: the state forces of the one country the mention's places lie in (not when a state is the author:
    they may be its own)."""
    kb = ctx.kb
    if any(kb.actors[a].inter in (1, 8) for a in agents if a in kb.actors):
        return []  # a state's operation abroad: the soldiers may be its own ("مقتل جندي" in the Afrin offensive)
    if not any(f.value in ("killed", "wounded") and f.attrs.get("acled") and kb.soldiers.search(ctx.norm, f.ns, f.ne)
               for f in m.get("figure")):
        return []
    countries = {kb.places[p.value].country for p in m.get("place")}
    if len(countries) != 1:
        return []  # (the soldiers of the country the event is placed in)
    state = military_of(kb, countries.pop())
    return [state] if state is not None and state not in agents else []


def _support(ctx: Context, t: Span) -> bool:
    """Aircraft named as the support of a ground operation ("وبمساندة الحشد الشعبي والطيران العسكري"); the strikes
    themselves ("مدعومة بغارات مكثفة من التحالف") are still told as strikes."""
    return bool(t.attrs.get("requires_actor")) and _SUPPORT.search(ctx.norm, max(0, t.ns - 30), t.ns) is not None


_PARTIAL = arabic_pattern(
    # (the subject and the day may come between: 'سيطر تنظيم "الدولة الإسلامية" اليوم الجمعة على أجزاء من')
    r"(?:[\s\"«»“”،,]+[\u0621-\u064a]+){0,6}?[\s\"«»“”،,]+(?:علي|من)\s+(?:ال)?(?:اجزاء|جزء|بعض|اطراف|اجزاء\s+واسعه|"
    r"احياء\s+في|(?:العديد|عدد)\s+من\s+(?:احيا|اجزا)[\u0621-\u064a]*|"
    # a position, a hill or a checkpoint taken is a battle's gain, not a place changing hands
    r"مواقع|موقع|مواقع\s+عسكريه|نقاط|نقطه|تله|تلال|حاجز|حواجز|"
    # a building taken in a street fight ("وسيطرت على أبنية غربي الحي", "على مبنى ناحية الحجر الأسود")
    r"ابنيه|مبني|مباني|مبان)"
    r"(?![\u0621-\u064a])"
    # a building stormed ("اقتحم 3 مسلحين مبنى المحافظة", "اقتحموا مقر القنصلية"): an attack, no place taken
    r"|(?:[\s\"«»“”،,]+[\u0621-\u064a\d]+){0,3}?[\s\"«»“”،,]+(?:الي\s+)?(?:ال)?"
    r"(?:مبني|مباني|مقر|مقرات|سجن|منزل|منازل|مستشفي|مدرسه|شرفه)(?![\u0621-\u064a])"
)


def _type(
    ctx: Context, m: Mention, agents: list[str], targets: list[str], civ_victims: bool, agent_span: Span | None = None
) -> tuple[str, Span | None]:
    prec = ctx.kb.precedence
    kb = ctx.kb
    trig = [t for t in m.get("trigger") if not t.value.startswith("@") and not _purpose(ctx, t)
            and not _support(ctx, t)]
    # "بعد نجاح الجيش في استعادة السيطرة": a recalled event word types the mention only when nothing else does
    trig = [t for t in trig if not t.attrs.get("recalled")] or trig
    # "ترافقت الاشتباكات مع قصف الطيران المروحي لمناطق في قرى ...": the battle told before is what the bombardment
    # goes with; the bombardment, at places of its own, is the news of the clause
    trig = [t for t in trig if not (t.value == "Armed clash" and _definite(ctx, t) and _ACCOMPANIED.match(
        ctx.norm, t.ne) and any(u.value in _BOMBARDMENTS and u.ns > t.ne for u in trig))] or trig
    harm = any(f.value in ("killed", "wounded") and f.attrs.get("acled") for f in m.get("figure"))
    violent = harm or any(t.value.startswith("@") for t in m.get("trigger"))
    # a device named with the verb that stopped it ("تصدت لهجوم صاروخي استهدف المطار") overrides the attack word
    # that tells what it was aimed at, but not a harm done
    overriding = [t for t in trig
                  if t.attrs.get("overrides") and (not violent or (t.attrs.get("stopped") and not harm))]
    if overriding:
        # "أبطل خبراء متفجرات مفعول عبوة ناسفة": the bomb named is the one that was defused
        trig = overriding
    elif violent or any(kb.sub_event(t.value).disorder_type == "Political violence" for t in trig):
        # a convoy, a deployment or a sweep named beside an attack does not make it a strategic development
        # (an attack word with no harm told, "اعتقال المتورطين بالتفجير الذي استهدف", does not erase the arrest
        # it is the backdrop of)
        trig = [t for t in trig if kb.sub_event(t.value).disorder_type != "Strategic developments"] or (
            ([] if harm else [t for t in trig if t.value == "Arrests"]) if violent else trig
        )
    if violent and not DEMONSTRATORS & {*agents, *targets} and armed_target(kb, [*agents, *targets]):
        # "أغارت القوات على مجموعة ... وتمكنت من قتل خمسة منهم وحرق ثلاث مركبات": burning by armed forces in a
        # fight is no riot; a weak demonstration word needs demonstrators
        trig = [t for t in trig if t.attrs.get("strength") == "strong"
                or kb.sub_event(t.value).disorder_type != "Demonstrations"]
    strong = [t for t in trig if t.attrs.get("strength") == "strong"] or trig
    civilians_only = (civ_victims or "civilians" in targets) and not armed_target(kb, targets)
    if (not civilians_only and all(t.value == "Attack" for t in strong)
            and _MILITARY_SITE.search(ctx.norm, m.start, m.end)):
        # "اعتدى التحالف على أحد مواقعنا العسكرية في بلدة الهري": an attack on a military position is no violence
        # against civilians; it is typed as an attack word that names no weapon
        strong = []
    if civilians_only:
        # "قتل 12 مدنيا في قصف ... المعارك": civilians alone are hit by the shelling, not by a battle
        strong = ([t for t in strong if t.value != "Armed clash"] or [t for t in trig if t.value != "Armed clash"]
                  or strong)
    if strong:
        best = min(strong, key=lambda t: (DEMO_ORDER.get(t.value, -1), prec.get(t.value, 99)))
        riot = next((t for t in trig if t.value == "Violent demonstration"), None)
        if riot is not None and best.value in ("Peaceful protest", "Protest with intervention"):
            best = riot  # protesters burning or storming: a riot, even when the violent word is a weak trigger
        name = best.value
        if name in ("Peaceful protest", "Protest with intervention") and any(
            f.value == "killed" and f.attrs.get("acled") for f in m.get("figure")
        ):
            # "حصيلة ضحايا التظاهرات ... قتيلين": a protest that left dead is no peaceful one
            name = "Violent demonstration"
        if name in TERRITORY and _PARTIAL.match(ctx.norm, best.ne):
            # "سيطر الجيش على أجزاء واسعة من حي القدم": a partial advance is a battle, only a place taken is a
            # change of territory (docs/annotation.md)
            name = "Armed clash"
        a1 = kb.actors.get(agents[0]) if agents else None
        named = kb.actors.get(agent_span.value) if agent_span is not None else None
        if (name == "Shelling/artillery/missile attack" and best.attrs.get("strength") != "strong"
                and ((a1 is not None and a1.air) or (named is not None and named.air))):
            # "في قصف للتحالف الدولي": a bombardment that names no weapon, by an air power, is an air strike; so is
            # one by an air force named as such ("طيران النظام قصف مناطق في محيط مطار أبو الضهور")
            name = "Air/drone strike"
        if name == "Government regains territory" and a1 is not None and a1.inter not in (1, 3, 8):
            name = "Non-state actor overtakes territory"
        elif name == "Non-state actor overtakes territory" and a1 is not None and a1.inter == 1:
            name = "Government regains territory"
        return name, best
    generic = next((t for t in m.get("trigger") if not _support(ctx, t)), None)
    air = {canonical(kb, a.value) for a in m.get("actor") if a.value in kb.actors and kb.actors[a.value].air}
    if agents and agents[0] in air and generic is not None:
        return "Air/drone strike", generic  # "استهدفت طائرات التحالف": an unspecified attack from the air
    if civilians_only:
        return "Attack", generic
    # "قتل مسلحون مجهولون 3 أشخاص": unknown gunmen killing people not told to be fighters, with no event word and no
    # side hit, attack civilians (ACLED), not a battle with nobody
    killed = [f for f in m.get("figure") if f.value == "killed" and f.attrs.get("acled")]
    if (generic is None and not targets and agents and _no_named_author(agents) and killed
            and all(f.attrs.get("category") == "person" for f in killed)):
        return "Attack", generic
    return "Armed clash", generic


# a sentence that goes on with the one before ("كما لقي ما لا يقل عن 115 مسلحا حتفهم ..." after a tally of ten months)
_ALSO_OPENS = arabic_pattern(r"\s*[وف]?كما\s")
_ALONGSIDE = arabic_pattern(r"(?:بالتزامن|تزامنا|بالتوازي)\s+مع\s")
# "الغارة التي استهدفت البلدة": a definite event word that a relative clause describes names an event as known
_RELATIVE = arabic_pattern(r"\s+(?:التي|الذي|اللتين|اللذين)\s")
_ACCOMPANIED = arabic_pattern(r"\s+مع\s+(?:ال)?(?:قصف|غارات|غاره|ضربات)(?![\u0621-\u064a])")


def _claims(ctx: Context, m: Mention, src: SourceRef, govs: list[tuple[Span, SourceRef]]) -> list[Claim]:
    """One claim per source: each figure goes to the source whose verb or attribution governs it."""
    groups: dict[int, list[Span]] = {}
    refs: dict[int, SourceRef] = {}
    for item in [*m.get("figure"), *m.get("materiel")]:
        ref = source_for(item.ns, govs, src)
        groups.setdefault(id(ref), []).append(item)
        refs[id(ref)] = ref
    if not groups:
        return [Claim(src)]
    return [_claim(ctx, refs[k], items) for k, items in groups.items()]


# "بمقتل عنصر من حركة أحرار الشام وإصابة 14 آخرين، إضافة إلى مقتل مدني": a second toll added to the first
_ADDED = arabic_pattern(r"(?<![\u0621-\u064a])(?:اضافه|بالاضافه|فضلا|علاوه)\s+(?:الي|عن|علي)\s+"
                        r"(?:[\u0621-\u064a]+\s+){0,3}$")


def _added(ctx: Context, killed: list[Span]) -> tuple[tuple[int | None, int | None, int], list[Span]] | None:
    """The largest sum of killed figures joined by "إضافة إلى" / "فضلا عن" in one sentence (``killed`` in text
    order) and the figures summed, or None when no figure is added to another."""
    best: tuple[tuple[int | None, int | None, int], list[Span]] | None = None
    chain: list[Span] = []
    for a, b in pairwise(killed):
        if not (_ADDED.search(ctx.norm, max(a.ne, b.ns - 30), b.ns) and "." not in ctx.norm[a.ne:b.ns]):
            chain = []
            continue
        chain = [*(chain or [a]), b]
        lows, highs = [f.attrs["low"] for f in chain], [f.attrs["high"] for f in chain]
        total = (None if None in lows else sum(lows), None if None in highs else sum(highs),
                 sum(f.attrs["acled"] for f in chain))
        if best is None or total[2] > best[0][2]:
            best = (total, chain)
    return best


def _claim(ctx: Context, src: SourceRef, items: list[Span]) -> Claim:
    c = Claim(src, evidence=None)
    figures = [f for f in items if f.kind == "figure"]
    killed = [f for f in figures if f.value == "killed" and f.attrs.get("acled") is not None]
    wounded = [f for f in figures if f.value == "wounded" and f.attrs.get("acled") is not None]
    captured = [f for f in figures if f.value == "captured" and f.attrs.get("acled") is not None]
    if killed:
        exact = [f for f in killed if f.attrs["kind"] not in ("vague", "lumped")] or killed
        f = max(exact, key=lambda f: f.attrs["acled"])
        c.killed = (f.attrs["low"], f.attrs["high"], f.attrs["acled"])
        c.vague = f.attrs["kind"] in ("vague", "lumped")
        c.figure_spans.append(f)
        more = _added(ctx, sorted(exact, key=lambda x: x.ns))
        if more is not None and more[0][2] > f.attrs["acled"]:
            c.killed, c.figure_spans = more[0], list(more[1])
    if wounded:
        f = max(wounded, key=lambda f: f.attrs["acled"])
        c.wounded = (f.attrs["low"], f.attrs["high"])
        c.figure_spans.append(f)
    if captured:
        c.captured = max(f.attrs["acled"] for f in captured)
    for mat in (i for i in items if i.kind == "materiel"):
        c.materiel[mat.value] = c.materiel.get(mat.value, 0) + mat.attrs.get("count", 1)
    if c.figure_spans:
        s = min(f.ns for f in c.figure_spans)
        e = max(f.ne for f in c.figure_spans)
        c.evidence = ctx.span("claim", s, e)
    return c


# "تسيطر على 95 في المئة من الغوطة": the share of land a side holds
_SHARE_HELD = arabic_pattern(r"(?<![\d\u0621-\u064a])\d+(?:[.,]\d+)?\s*"
                             r"(?:في\s+(?:ال)?(?:ميه|مئه|مايه|مائه)|بال(?:ميه|مئه|مايه|مائه)|%)\s*"
                             r"(?:من|منها|منه)(?![\u0621-\u064a])"
                             # "السيطرة على نصف الغوطة الشرقية تقريبا", "على معظم مساحة المحافظة"
                             r"|(?<![\u0621-\u064a])(?:علي|على)\s+(?:اكثر\s+من\s+)?(?:نصف|ثلث|ثلثي|ربع|معظم|غالبيه|اغلب)"
                             r"(?![\u0621-\u064a])")

_REMOTE = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                     "Suicide bomb", "Grenade", "Chemical weapon"})


def _continues(ctx: Context, m: Mention, last: EventDraft, sent: Any) -> bool:
    """A mention that only adds a killed figure to the previous event of the same or the next paragraph."""
    has_kill = any(numbered_kill(f) for f in m.get("figure"))
    return (has_kill and not m.own_places and not last.background
            and sent.paragraph - last.mention.sent.paragraph <= 1 and all(_definite(ctx, t) for t in m.get("trigger")))


# a definite place noun with no name of its own ("دخول حرم الجامعة", "عند أطراف المدينة الشمالية", "المحيطة
# بالعاصمة"): the place of an event told before
_PLACE_BACK = arabic_pattern(
    r"(?<![\u0621-\u064a])[وفبل]?(?:ال|لل)(?:مدينه|بلده|قريه|جامعه|مخيم|حي|ناحيه|قضاء|عاصمه)(?![\u0621-\u064a])"
)


def _inherits_place(ctx: Context, m: Mention, last: EventDraft, sent: Any, sub: str) -> bool:
    """A mention with no place of its own is placed where the event told just before it happened: within the same
    paragraph always; from the previous paragraph only when it tells more of the same (the same sub-event type, or
    more of the same demonstration) or points back with a definite place noun ("تمكنت من دخول حرم الجامعة"). A new
    kind of event in a new paragraph is not put at the last place ("ويشن التحالف غارات على العراق وسوريا",
    "وقتل 30 شخصا في سلسلة تفجيرات استهدفت مناطق مختلفة في العراق" after strikes in Anbar)."""
    here, there = sent.paragraph, last.mention.sent.paragraph
    if there == here:
        return True
    if there != here - 1:
        return False
    kind, last_kind = ctx.kb.sub_event(sub), ctx.kb.sub_event(last.sub_event_type)
    return (sub == last.sub_event_type or kind.disorder_type == last_kind.disorder_type == "Demonstrations"
            or _PLACE_BACK.search(ctx.norm, m.start, m.end) is not None)


_COUNTED_BEFORE = arabic_pattern(
    r"(?<![\u0621-\u064a])(?:\d+|عشرات|العشرات|عدد)\s+(?:من\s+)?(?:" + MEMBER_WORDS + r"\s+)?$"
)


_WITH_BEFORE = arabic_pattern(r"(?<![\u0621-\u064a])مع\s+(?:[\u0621-\u064a]+\s+)?$")


def _counted(ctx: Context, actor: Span) -> bool:
    """The party's men are counted ("19 من عناصر تنظيم داعش", "مقتل أربعة جنود روس"): its losses."""
    return bool(actor.attrs.get("counted")) or bool(_COUNTED_BEFORE.search(ctx.norm, max(0, actor.ns - 30), actor.ns))


def _side_hit(ctx: Context, m: Mention, actor: str) -> bool:
    """Some of the party's men are counted dead or wounded in the mention ("قتل خلاله جندي تركي", "مقتل أربعة من
    عناصر داعش")."""
    return any((canonical(ctx.kb, a.value) or a.value) == actor and (_counted(ctx, a) or in_toll(ctx, a))
               for a in m.get("actor"))


def _dates_the_last(ctx: Context, m: Mention, last: EventDraft, sent: Any) -> bool:
    """A mention that only gives the day of the event just told, which had only its statement's day: definite event
    words alone ("أن إحباط الهجوم جرى الخميس"), no figure, a day of its own up to a week before the statement's,
    in the same or the next paragraph."""
    if (not last.explicit.get("statement_day") or last.background or last.date is None or m.get("figure")
            or sent.paragraph - last.mention.sent.paragraph > 1):
        return False
    triggers = m.get("trigger")
    days = [d for d in m.get("date") if d.attrs.get("precision") == 1 and isinstance(d.value, dt.date)]
    return (bool(triggers) and all(_definite(ctx, t) for t in triggers) and len(days) == 1
            and 0 < (last.date - days[0].value).days <= 7)


_BARE_BOMBARDMENT = frozenset({"القصف", "بالقصف", "للقصف", "والقصف", "وبالقصف", "فالقصف"})
# "قصف جوي وصاروخي مكثف ... وقالت مصادر إن القصف تركز على بلدات ...": the bare "القصف" is more of either
_BOMBARDMENTS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
_BOMBS = BOMBINGS | {"Grenade"}  # a device set off or thrown by someone on the ground
_MILITARY_SITE = arabic_pattern(
    r"(?<![\u0621-\u064a])[وبل]?(?:ال)?(?:مطار\s+(?:[\u0621-\u064a\-]+\s+){0,2}(?:ال)?عسكري|قاعده\s+(?:ال)?جويه|"
    # ("أحد مواقعنا العسكرية": the speaker's own)
    r"قاعده\s+(?:ال)?عسكريه|موقع(?:نا|ه|ها)?\s+(?:ال)?عسكري|مواقع(?:نا|ه|ها|هم)?\s+(?:ال)?عسكريه|ثكنه|ثكنات|"
    r"مقر\s+(?:ال)?لواء|مقر\s+(?:ال)?فرقه)"
    r"(?![\u0621-\u064a])")


def _bare_bombardment(ctx: Context, trig: Span | None) -> bool:
    """The trigger is the definite "القصف" alone, which says nothing of the weapon: after air strikes it is them."""
    return trig is not None and ctx.norm[trig.ns:trig.ne] in _BARE_BOMBARDMENT


def _more_of_the_same(ctx: Context, m: Mention, last: EventDraft, sent: Any) -> bool:
    """A definite event word of the previous event's kind (the bare "القصف" after strikes or shelling), with places
    of its own and no party, in the same or the next paragraph ("شنت قوات التحالف خمس غارات قرب الموصل. وجرت
    الضربات الأخرى قرب كركوك"): the same author's other strikes of that campaign."""
    triggers = m.get("trigger")
    known = [ctx.kb.places[p.value] for p in m.own_places if p.kind == "place"]
    return (not last.background and bool(triggers) and bool(m.own_places)
            and sent.paragraph - last.mention.sent.paragraph <= 1
            and not (last.sub_event_type == "Armed clash" and last.place is not None and bool(known) and all(
                # a battle in another governorate ("بموازاة تصاعد وتيرة القتال في ريف دمشق" after fighting in Homs)
                _other_governorate(p, last.place) for p in known))
            and all(_definite(ctx, t) and (t.value == last.sub_event_type or (
                _bare_bombardment(ctx, t) and last.sub_event_type in _BOMBARDMENTS)) for t in triggers))


def _asked_whether(m: Mention, markers: list[Span]) -> bool:
    """Every event word of the mention comes after "ما إذا" (lexicon ``whether_words``): whether it happened is the
    question; an event told before it happened, whatever is asked of it ("قصفا جويا استهدف مدينة نوى، دون تحديد ما
    إذا كان مصدر القصف النظام أم القوات الروسية")."""
    asks = [mk.ns for mk in markers if mk.value == "negation" and mk.attrs.get("scope") == "whether"]
    return bool(asks) and all(t.ns > asks[0] for t in m.get("trigger"))


def _claims_earlier(ctx: Context, m: Mention, last: EventDraft | None, sent: Any) -> bool:
    """A claim of responsibility for the event just told: only definite event words ("الهجوم", "التفجير"), no
    place or figure of its own, the previous event at most two paragraphs before and without a named author."""
    triggers = m.get("trigger")
    return (last is not None and not last.background and bool(triggers)
            and all(_definite(ctx, t) for t in triggers) and not m.own_places and not m.get("figure")
            and sent.paragraph - last.mention.sent.paragraph <= 2
            and _no_named_author(last.agents))


_RESPONSIBILITY = arabic_pattern(r"(?<![\u0621-\u064a])(?:[وف]?(?:ال)?مسؤولي[هت](?:ه|ها)?\s+عن|[وف]?[يت]?تبن[يىت])")


CLAIM_REACH = 3  # paragraphs back that a claim of responsibility reaches ("وأعلن التنظيم المسؤولية عنها")


def _claimant(ctx: Context, sent: Any, src: SourceRef, last: EventDraft | None) -> str | None:
    """A party that claims the events just told in a sentence with no event word of its own ("وأعلن التنظيم
    المسؤولية عنها"): the previous event, at most :data:`CLAIM_REACH` paragraphs before, has no named author yet."""
    if (src.actor is None or src.id is not None or not src.claims_responsibility or last is None or last.background
            or sent.paragraph - last.mention.sent.paragraph > CLAIM_REACH
            or not _no_named_author(last.agents)):
        return None
    return src.actor if _RESPONSIBILITY.search(ctx.norm, sent.start, sent.end) else None


def _credit(out: list[EventDraft], claimant: str, sent: Any) -> None:
    """The claimant is the author of the events just told that name none: the last one and those before it (the
    villages of one attack told as a list, the other tellings of the bombing), back to an event with a named author
    or more than :data:`CLAIM_REACH` paragraphs before the claim."""
    for d in reversed(out):
        if d.background:
            continue
        if sent.paragraph - d.mention.sent.paragraph > CLAIM_REACH or not _no_named_author(d.agents):
            break
        d.agents = [claimant, *[a for a in d.agents if a not in (claimant, "unidentified")]]
        d.explicit["agent"] = True


def _told_again(ctx: Context, m: Mention, out: list[EventDraft], subs: set[str]) -> None:
    """A mention that names an event already told ("هذه الغارات") is more evidence of the last event told of that
    sub-event type (none when no such event was told: it is then dropped)."""
    d = next((d for d in reversed(out) if not d.background and d.sub_event_type in subs), None)
    if d is not None:
        span = ctx.span("evidence", m.start, m.end)
        if span != d.evidence and span not in d.told_again:
            d.told_again.append(span)


def _same_source(src: SourceRef | None, d: EventDraft | None) -> bool:
    """The mention's source already gave a claim to draft ``d``: the same registry source, or the same party speaking
    for itself ("قال التحالف في بيان ..." then "وقال البيان ...")."""
    if src is None or d is None:
        return False
    if src.id is not None:
        return any(c.source.id == src.id for c in d.claims)
    return src.actor is not None and any(c.source.id is None and c.source.actor == src.actor for c in d.claims)


def _battle_elsewhere(sub: str, trig: Span | None, place: Place | None, pspan: Span | None,
                      prior: EventDraft) -> bool:
    """A battle word placed in another governorate than the prior event ("وجاءت هذه العملية بموازاة تصاعد وتيرة
    القتال في ريف دمشق الغربي" after ISIS's attacks in Homs): fighting there is not that author's (a bare attack word,
    "استهداف مبنى في الميادين" after coalition strikes, goes on a campaign)."""
    return (sub == "Armed clash" and trig is not None and not trig.value.startswith("@")
            and place is not None and pspan is not None and pspan.kind == "place" and prior.place is not None
            and _other_governorate(place, prior.place))


def _speaker_still_telling(ctx: Context, sent: Any, prev: SourceRef | None) -> SourceRef | None:
    """A sentence that names no source of its own, right after the one that named the last speaker or later in its
    paragraph, is still that speaker's telling ("قالت مصادر بالشرطة ومسعفون إن ..." then "وقتل ثمانية أشخاص آخرين في
    ..."); a party speaking for itself is not carried on (its own later figures are its claims only when it says so)."""
    if prev is None or prev.span is None or prev.actor is not None:
        return None
    at = ctx.sentence_at(prev.span.ns)
    if at is None or at.index >= sent.index:
        return None
    if sent.index - at.index == 1 or at.paragraph == sent.paragraph:
        return prev
    # "ولم يتمكن المرصد بعد من تأكيد ..." then "وقتل 40 مدنيا الجمعة": the sentence right before names it again
    before = ctx.sents[sent.index - 1]
    return prev if prev.id is not None and any(s.value == prev.id for s in ctx.in_sentence("source", before)) else None


def _other_governorate(place: Place, other: Place) -> bool:
    """Both places lie in one country, in different first-level divisions."""
    return place.country == other.country and bool(place.admin1_en) and place.admin1_en != other.admin1_en


def _elsewhere(ctx: Context, m: Mention, last: EventDraft) -> bool:
    """The mention places itself in a country other than that of the previous event's place ("غارات على مواقع
    لتنظيم داعش في سوريا" after arrests in Istanbul): it does not happen where that event did (a country named as a
    party, "روسيا تنفي", places nothing)."""
    if last.place is None:
        return False
    norm = ctx.norm
    return any(m.start <= c.ns < m.end and c.value != last.place.country
               and (c.attrs.get("clitic", "").endswith("ب") or _IN_COUNTRY.search(norm, max(0, c.ns - 8), c.ns))
               for c in ctx.spans.get("country", ()))


def _all_over(ctx: Context, m: Mention) -> bool:
    """The mention tells events all over a country ("قتل 30 شخصا في سلسلة تفجيرات استهدفت مناطق مختلفة في
    العراق") or in several places it does not name ("لقي عدد من عناصر داعش مصرعهم في عدد من المدن العراقية", "في
    حوادث أمنية متفرقة"): a summary of the day, not an event at one place."""
    norm = ctx.norm
    return _SCATTERED.search(norm, m.start, m.end) is not None or any(
        m.start <= c.ns < m.end and _ALL_OVER.search(norm, max(0, c.ns - 30), c.ns) is not None
        for c in ctx.spans.get("country", ()))


_INCIDENTS = r"(?:ال)?(?:حوادث|هجمات|عمليات|اعتداءات)\s+(?:(?:ال)?امنيه\s+|(?:ال)?مسلحه\s+)?"
_SCATTERED = arabic_pattern(
    r"(?<![\u0621-\u064a])(?:(?:عدد|عده)\s+(?:من\s+)?(?:ال)?(?:مدن|مناطق|محافظات|بلدات|قري)|"
    r"(?:ال)?(?:مدن|محافظات)\s+(?:ال)?(?:عده|عديده|مختلفه|متفرقه)|" + _INCIDENTS + r"(?:ال)?متفرقه)(?![\u0621-\u064a])"
)
# "في حوادث متفرقة في بعقوبة", "في أعمال عنف متفرقة شهدتها مدينة بعقوبة": scattered incidents summed up for a place
_INCIDENTS_SCATTERED = arabic_pattern(
    r"(?<![\u0621-\u064a])(?:" + _INCIDENTS + r"|اعمال\s+(?:ال)?عنف\s+)(?:ال)?متفرقه(?![\u0621-\u064a])"
)
_IN_COUNTRY = arabic_pattern(r"(?<![\u0621-\u064a])(?:في|داخل)\s+$")
_ALL_OVER = arabic_pattern(
    r"(?<![\u0621-\u064a])(?:(?:ال)?مناطق\s+(?:مختلفه|متفرقه|عده|عديده)|عده\s+مناطق|مختلف\s+(?:ال)?مناطق|"
    r"(?:جميع\s+|كل\s+)?انحاء|عموم|ارجاء)\s+(?:من\s+|في\s+)?$"
)


_CIVILIANS = frozenset({"civilian", "child", "woman"})  # figure categories of non-combatants
_PEOPLE = _CIVILIANS | {"person"}


def _definite(ctx: Context, trig: Span | None) -> bool:
    """A definite event noun ("الغارات", "وبالقصف") points back to an event already told; an indefinite one
    ("انفجار لغم") introduces a new one."""
    if trig is None:
        return False
    w = ctx.norm[trig.ns : trig.ne]
    return is_definite(w)


def _own_noun(actor: Span, trig: Span) -> bool:
    """The actor is the trigger's own noun with a nationality ("طائرات سورية", "المدفعية السورية")."""
    return bool(actor.attrs.get("force")) and actor.ns <= trig.ns < actor.ne


def _told_per_place(ctx: Context, m: Mention, ev: EventDraft, src: SourceRef,
                    prev_src: SourceRef | None) -> list[EventDraft]:
    """The event at each place the mention gives a toll of its own (:func:`place_tolls`), each with the claims of
    its own figures; an unlisted village is placed where the telling is (at a lower precision). Empty when the
    mention tells no such list."""
    tolls = place_tolls(ctx, m)
    if not tolls:
        return []
    govs = governing_sources(ctx, m, prev_src)
    out: list[EventDraft] = []
    for k, (q, figures) in enumerate(tolls):
        if q.kind == "place":
            e = at_place(ev, ctx.kb.places[q.value], q, index=k)
        elif ev.place is not None and ev.place_span is not None and ev.place_span.kind == "place":
            at = ctx.span("place", q.ns, q.ne, ev.place_span.value, precision=max(2, ev.precision))
            e = at_place(ev, ev.place, at, q.value, index=k)
        else:
            continue
        e.claims = _claims(ctx, Mention(m.sent, m.start, m.end, {**m.spans, "figure": figures, "materiel": []}),
                           src, govs)
        e.share = 1
        out.append(e)
    return out if len(out) >= TOLL_PLACES_MIN else []


def _goes_on(ctx: Context, sent: Any) -> bool:
    """The sentence goes on with the one before ("كما لقي ما لا يقل عن 115 مسلحا حتفهم ..."): it opens with "كما",
    names no day of the last few days and no speaker ("كما أفاد العيساوي بأن ...": a new statement)."""
    also = _ALSO_OPENS.match(ctx.norm, sent.start)
    return also is not None and not recent_day(ctx, sent) and not any(
        r.value == "verb" and r.ns <= also.end() + 1 for r in ctx.in_sentence("report", sent))


def draft_events(ctx: Context) -> list[EventDraft]:
    """All event drafts of a document, in text order, before merging."""
    kb = ctx.kb
    out: list[EventDraft] = []
    default_src = outlet_source(ctx)
    prev_src: SourceRef | None = None
    last: EventDraft | None = None
    told: EventDraft | None = None  # the last event told, a running total included (only to name an author)
    published = ctx.doc.published or document_day(ctx)
    undated = published
    outlet = kb.outlet_for(ctx.doc.outlet)
    if published is not None and ctx.doc.published and outlet is not None and outlet.print_daily:
        undated = published - dt.timedelta(days=1)  # a printed daily's issue carries yesterday's news
    ref_date = reference_date(ctx) if ctx.doc.published else None
    doc_actors = actors_named(ctx)
    topic = 0  # the index in ``out`` of the first event of the story being told
    recap_before = False  # the last sentence that told events recalled earlier ones
    # a statement's day (by its offsets) found to date only the statement, with the day of the events it details
    restated: dict[tuple[int, int], tuple[dt.date | None, int, Span | None]] = {}
    for si, sent in enumerate(ctx.sents):
        if kb.topic_shift.match(ctx.norm, sent.start):
            # "على صعيد آخر، أفاد المرصد ...": another story; nothing told before names its author, place or speaker
            last = told = prev_src = None
            topic = len(out)
        mentions = sentence_mentions(ctx, sent)
        if not mentions:
            # a sentence with no event can still name the speaker that the next one continues ("وأضاف أن")
            speakers = sentence_speakers(ctx, sent, prev_src)
            if speakers:
                prev_src = speakers[-1][1]
                claimant = _claimant(ctx, sent, speakers[-1][1], last)
                if claimant is not None:
                    # "وأعلن تنظيم الدولة الإسلامية المسؤولية عنها": the author of the attacks just told
                    _credit(out, claimant, sent)
            continue
        sent_dates = ctx.in_sentence("date", sent)
        sent_markers = ctx.in_sentence("marker", sent)
        sent_background = recap(ctx, sent, sent_markers) or (recap_before and _goes_on(ctx, sent))
        told_before = len(out)
        told_earlier = past_perfect(ctx, sent.start, sent.end)  # "وكان ... قد", recent or not
        for m in mentions:
            if not sent_background and pluperfect(ctx, sent, m.start):
                continue  # "..., وكان الجيش قد شن هجومه": a clause recalling an earlier event
            markers = m.get("marker")
            if any(mk.value == "generic" and mk.attrs.get("scope") not in CAMPAIGN_SCOPES for mk in markers):
                continue
            if any(mk.value == "negation" and mk.attrs.get("scope") == "hypothetical" for mk in markers):
                continue  # threats, plans, charges: nothing happened (yet)
            if _asked_whether(m, markers):
                continue  # "ولم يوضح المصدر ما إذا كان يشتبه في مشاركته في القتال": an open question
            if not m.get("figure") and any(mk.value == "negation" and mk.attrs.get("scope") not in
                                           ("purpose", "casualties", "whether") for mk in markers):
                continue  # denied, and no casualty figure told with it ("نفت الوزارة سقوط قذيفة")
            src = sentence_source(ctx, m, prev_src)
            if src is not None:
                prev_src = src
            # a party announcing its own operation is its author; one that merely reports is not
            claim_actor = src.actor if src is not None and src.id is None and src.claims_responsibility else None
            agents, targets, actor_spans = assign_roles(ctx, m, claim_actor)
            if (not agents and not targets and last is not None and last.mention.sent is sent and last.agents
                    and _ALONGSIDE.match(ctx.norm, m.start)):
                # "شنت مقاتلات روسية وسورية غارات على ...، بالتزامن مع قصف عنيف استهدف أحياء اليرموك والحجر الأسود":
                # the bombardment told alongside, naming no side, is by the same author against the same side
                agents = list(last.agents)
                targets = list(last.targets)
            triggers = m.get("trigger")
            also = (not agents and last is not None and last.mention.sent is sent and not last.background
                    and bool(last.agents) and last.sub_event_type in _REMOTE and bool(triggers)
                    and all(t.value.startswith("@") for t in triggers) and _ALSO_OPENS.match(ctx.norm, m.start))
            if also and last is not None:
                # "الصواريخ طالت مواقع عدة في محيط دمشق، كما استهدفت مواقع تابعة لحزب الله جنوب غرب حمص": a target
                # added to a strike in the same sentence, naming no author, is hit by the same hand the same way
                agents = list(last.agents[:1])
            if not targets:
                targets = _soldiers_hit(ctx, m, agents)
            figures = m.get("figure")
            if claim_actor is not None and _claims_earlier(ctx, m, last, sent):
                # "وأعلن تنظيم داعش مسؤوليته عن الهجوم": the claimant is the author of the attack just told
                _credit(out, claim_actor, sent)
                continue
            civ = any(f.attrs.get("category") in _CIVILIANS for f in figures)
            if triggers and not figures and all(t.attrs.get("told") for t in triggers):
                # "سيكون لهذه الضربات أثر عميق ... في الرمادي": the strikes already told, named again with nothing
                # new; the mention is more evidence of that event, not an event of its own
                _told_again(ctx, m, out, {t.value for t in triggers})
                continue
            fighting = [] if m.get("date") else [  # ("واحتدمت المعارك في محيط بلدة حرستا أمس": dated, news)
                t for t in triggers if _BATTLE_NOUN.fullmatch(ctx.norm, t.ns, t.ne) and _definite(ctx, t)]
            strong = any(t.attrs.get("strength") == "strong" and not t.attrs.get("requires_actor") and t not in fighting
                         for t in triggers)
            # a weak event word needs a party other than its own nationality ("الطائرات السورية" is no strike); the
            # fighting already going on ("وسط المعارك"), undated, needs an armed side named
            parties = [actor_spans[a] for a in (*agents, *targets) if a in actor_spans]
            armed = armed_target(kb, [a for a in (*agents, *targets) if a not in DEMONSTRATORS])
            weak_ok = any(((not t.attrs.get("requires_actor") or any(not _own_noun(p, t) for p in parties)
                            or (not parties and (agents or targets))) and (t not in fighting or armed))
                          for t in triggers)
            kill_ok = any(numbered_kill(f) for f in figures) and (agents or targets or civ)
            # "إن 30 رجلا بينهم زعيم عشيرة خطفوا في خان بني سعد": people counted as abducted, by nobody named
            kill_ok = kill_ok or (any(t.value == "Abduction/forced disappearance" for t in triggers) and any(
                f.value == "captured" and f.attrs.get("low") and f.attrs.get("category") in _PEOPLE for f in figures))
            continuation = False
            if (not (strong or (weak_ok and (agents or targets)) or kill_ok) and not agents and not targets
                    and last is not None and _more_of_the_same(ctx, m, last, sent)):
                # "وجرت الضربات الأخرى قرب كركوك والفلوجة": more of the strikes just told, at places of their own
                agents, targets, strong = list(last.agents), list(last.targets), True
            if not (strong or (weak_ok and (agents or targets)) or kill_ok):
                # "وقالت مصادر محلية إن الانفجار أسفر عن مقتل 9": a new figure for the event just told, by
                # another source, with no place or trigger of its own
                if last is not None and _continues(ctx, m, last, sent):
                    continuation = True
                elif last is not None and _dates_the_last(ctx, m, last, sent):
                    # "أعلنت القوات العراقية، الجمعة، إحباط هجوم ..." then "أن إحباط الهجوم جرى الخميس": the day of
                    # the event just told, which only had its statement's day
                    date, tprec, dspan = choose_date(m, ctx.in_sentence("date", sent), ctx.norm)
                    for d in out:
                        if d.mention is last.mention:
                            d.date, d.time_precision, d.date_span = date, tprec, dspan
                            d.explicit["statement_day"] = False
                    continue
                elif not (triggers and any(f.attrs.get("category") in ("person", None) and numbered_kill(f)
                                           for f in figures)):
                    continue  # else people killed by a named kind of violence ("مقتل 32 شخصا جراء تفجير")
            sub, trig = _type(ctx, m, agents, targets, civ, actor_spans.get(agents[0]) if agents else None)
            if (sub == "Shelling/artillery/missile attack" and last is not None and not last.background
                    and last.sub_event_type == "Air/drone strike" and _bare_bombardment(ctx, trig)
                    and sent.paragraph - last.mention.sent.paragraph <= 1):
                sub = last.sub_event_type  # "الغارات الجوية التركية ... وتشير تقارير إلى أن القصف التركي قتل 43"
            if also and last is not None:
                sub = last.sub_event_type
            if continuation and last is not None:
                sub, trig, agents, targets = last.sub_event_type, last.trigger, list(last.agents), list(last.targets)
            elif (m.contrast and not triggers and not agents and last is not None and last.mention.sent is sent
                  and not last.background):
                # "قتل 20 مدنيا بقصف على دوما، بينما قتل خمسة مدنيين في مدينة عربين": the same kind of violence, by
                # the same hand, at another place
                sub, trig, agents = last.sub_event_type, last.trigger, list(last.agents)
            if (any(f.attrs.get("category") == "protester" and f.value in ("killed", "wounded") for f in figures)
                    and not DEMONSTRATORS & {*agents, *targets}):
                targets = [*targets, "protesters"]  # "قتل محتج في اشتباكات مع قوات الأمن": a demonstration
            # (protesters killed in a clash, "اشتباكات بين محتجين وقوات الأمن قتل فيها متظاهر", were rioting)
            killed = [f for f in figures if f.value == "killed" and f.attrs.get("acled")]
            clash = any(t.value == "Armed clash" for t in triggers)
            sub, agents, targets = demonstration(kb, sub, agents, targets, lethal=bool(killed) and not clash,
                                                 protesters_hit=any(f.attrs.get("category") == "protester"
                                                                    for f in killed))
            targets = police_facing_protesters(kb, sub, targets, actor_spans)
            agents = police_facing_protesters(kb, sub, agents, actor_spans)  # "برصاص قوات الأمن": they fired
            place, precision, pspan, unknown = choose_place(ctx, m)
            if place is None:
                place, precision, pspan, unknown = recapped_place(ctx, si)
            summary = next((d for d in reversed(out) if d.scattered and not d.background), None)
            if (summary is not None and summary.place is not None and summary.place_span is not None
                    and m.get("place_unknown") and 0 <= sent.paragraph - summary.mention.sent.paragraph <= 2
                    and (place is None or (unknown is not None and not ctx.in_sentence("place", sent)))):
                # "مقتل 11 مدنيا في أعمال عنف متفرقة شهدتها مدينة بعقوبة" then "مقتل 11 مدنيا في انفجار مزدوج ...
                # في منطقة العروبة": an unlisted quarter of one of the incidents summed up lies in the summary's place,
                # not by a place another sentence named
                place, pspan = summary.place, summary.place_span
                precision, unknown = max(2, summary.precision), m.get("place_unknown")[0].value
            if place is None and _all_over(ctx, m):
                continue
            explicit_place = place is not None and pspan is not None and pspan.kind != "place_anaphor"
            if (sub == "Shelling/artillery/missile attack" and trig is not None
                    and trig.attrs.get("strength") != "strong" and agents and place is not None
                    and _air_power_abroad(kb, agents[0], place)):
                # "الصواريخ الإسرائيلية استهدفت مواقع ... في محيط دمشق": a foreign state's unnamed weapon, in another
                # country, when the registry has that state's air force, struck from the air
                sub = "Air/drone strike"
            if (place is None and last is not None and _inherits_place(ctx, m, last, sent, sub)
                    and not _elsewhere(ctx, m, last)):
                place, precision, pspan, unknown = last.place, last.precision, last.place_span, last.unknown_place
            date, tprec, dspan = choose_date(m, sent_dates, ctx.norm)
            explicit_date = date is not None
            same_source = _same_source(src, last)
            if date is None and last is not None and (last.mention.sent.paragraph == sent.paragraph or same_source):
                date, tprec, dspan = last.date, last.time_precision, last.date_span
            if date is None and ref_date is not None:
                date, tprec, dspan = ref_date.value, ref_date.attrs["precision"], ref_date
            if date is None and published is not None:
                date, tprec = undated, 2  # the report's day, approximate (docs/annotation.md)
            old_year = any(d.attrs.get("precision") == 4 for d in m.get("date") or sent_dates)
            # "مقتل 2927 من التنظيم جراء الضربات": a toll in the hundreds with no day of its own is a running total
            tally = not m.get("date") and any(
                f.value == "killed" and (f.attrs.get("acled") or 0) >= TALLY_MIN for f in m.get("figure")
            )
            # "قتل أكثر من ألف مدني خلال 3 أسابيع من القصف": a toll over weeks, and no toll of a day beside it
            tally = tally or (not m.get("date") and any(mk.value == "total" for mk in markers)
                              and not any(f.value == "killed" for f in m.get("figure")))
            # "وباتت قوات النظام تسيطر على 95 في المئة من الغوطة": who holds how much is a state of the war, not
            # the capture of a day (unless the sentence names a recent day: "سيطرت قوات النظام الأحد على 25 بالمئة")
            tally = tally or (sub in TERRITORY and _SHARE_HELD.search(ctx.norm, m.start, m.end) is not None
                              and not recent_day(ctx, sent))
            fresh = [t for t in triggers if not t.attrs.get("told")]  # "ويأتي هذا التفجير بعد أيام من تفجير ..."
            # (an event word typing the mention is recalled and the others are bare attack words: "استهدف الاعتداء
            # ... إعمار كوباني المدمرة من جراء المعركة التي دارت ... من أيلول إلى كانون الثاني" tells no new battle)
            recalled = bool(fresh) and (all(t.attrs.get("recalled") for t in fresh) or (
                trig is not None and bool(trig.attrs.get("recalled"))
                and all(t.value.startswith("@") for t in fresh if not t.attrs.get("recalled"))))
            background = (
                (sent_background and not (commemoration(ctx, sent, sent_markers, triggers) and not figures))
                or recalled
                or old_year
                or tally
                or stale(published, date, tprec)
            )
            if not agents and not background:
                # the report's earlier event of the same kind names the side ("غارات التحالف ... وفي الرقة، قتلت
                # الغارات ..."): undated follow-ups inherit it
                kin = next(
                    (
                        d
                        for d in reversed(out[topic:])
                        if not d.background
                        and d.agents
                        and kb.sub_event(d.sub_event_type).event_type == kb.sub_event(sub).event_type
                    ),
                    None,
                )
                if (kin is not None and kin.agents[0] not in targets and _definite(ctx, trig)
                        and not _battle_elsewhere(sub, trig, place, pspan, kin)):
                    agents = [kin.agents[0]]
                    if not targets and not people_hit(figures):
                        targets = enemy_of(kb, agents[0], kin.targets, date)  # the same campaign's enemy
            # the author told just before, also by a running total ("مقتل 51 من داعش خلال 48 ساعة جراء قصف طائرات
            # التحالف ... حيث أشار إلى مقتل 11 جراء استهداف مبنى في الميادين")
            prior = told  # the last event, or a running total told after it
            prior_source = _same_source(src, prior)
            if (
                not agents
                and prior is not None
                and not background
                and prior.agents
                and (prior.agents[0] not in DEMONSTRATORS or sub in DEMO_ORDER)  # (protesters set off no bomb)
                # (nor does a power that acts from the air: "قصف طيران التحالف ..." then "انفجار مزدوج بعبوة ناسفة")
                and not (sub in _BOMBS and prior.agents[0] in kb.actors and kb.actors[prior.agents[0]].air)
                and (prior.mention.sent.paragraph == sent.paragraph or prior_source)
                and (_definite(ctx, trig) or prior_source)
                and not _battle_elsewhere(sub, trig, place, pspan, prior)
            ) and (sub != "Attack" or prior.agents[0] != (targets[0] if targets else None)):
                agents = [a for a in prior.agents if a not in targets][:1]
                if not targets and not people_hit(figures) and prior.sub_event_type == sub and agents:
                    targets = enemy_of(kb, agents[0], prior.targets, date)
            if sub == "Arrests" and not agents and place is not None:
                # arrests with no named force: the police of the country where they happened
                police = police_of(kb, place.country)
                agents = [police] if police is not None else []
            if (not targets and len(agents) <= 1 and last is not None and last.targets and not background
                    and of_them(ctx, figures)):
                targets = last.targets[:1]  # "بينما قتل 29 منهم في استهداف ...": the side hit just before
            if civ and not targets:
                targets = ["civilians"]  # civilian victims of a strike or shelling are its actor2 (ACLED)
            elif (civ and sub in _REMOTE and targets[0] != "civilians"
                  and not any(f.value in ("killed", "wounded") and f.attrs.get("category") == "combatant"
                              for f in figures)):
                # "استهداف سوق الأتارب ومخفر الشرطة بثلاث ضربات جوية تسببت بمقتل 69 مدنيا": the dead are civilians,
                # the police station hit beside them is an associate of actor2
                targets = ["civilians", *[t for t in targets if t != "civilians"]]
            elif (not targets and sub in _BOMBARDMENTS and place is not None and not civ
                  and _MILITARY_SITE.search(ctx.norm, m.start, m.end)):
                # "المطار استهدف بعدة صواريخ ... وأدت إلى سقوط عدد من القتلى": strikes on a military airport, base or
                # position that name no side hit the state forces of the country it lies in, unless the state or its
                # ally struck (then the site is its adversary's, left to the report's other side)
                state = military_of(kb, place.country)
                year = date.year if date else None
                if state is not None and not any(a == state or kb.allied(a, state, year) for a in agents):
                    targets = [state]
            elif not targets and sub in _REMOTE and any(
                f.value in ("killed", "wounded") and (f.attrs.get("category") == "person" or (
                    f.attrs.get("category") is None and f.attrs.get("kind") != "none" and sub in _BOMBARDMENTS))
                for f in figures
            ):
                # "مقتل 19 شخصا" in a bombing, "سقوط عشرات القتلى والجرحى" after strikes on towns: people, not
                # fighters, were hit (nobody named as the side hit; not "لم يسفر القصف عن قتلى")
                targets = ["civilians"]
            agents, targets = split_sides(kb, sub, agents, targets, date.year if date else None)
            if (sub == "Armed clash" and not agents and len(targets) >= 2
                    and kb.adversaries(targets[0], targets[1], date.year if date else None)):
                # "قتل 19 من قوات النظام وفصائل المعارضة في اشتباكات": both sides counted, none named as acting; the
                # first named is actor1, as ACLED lists a battle's sides; but when only the first is counted ("قتل 19
                # من عناصر داعش في اشتباكات مع القوات العراقية"), the side it fought killed them and is actor1
                first, second = actor_spans.get(targets[0]), actor_spans.get(targets[1])
                if (first is not None and second is not None and _counted(ctx, first) and not _counted(ctx, second)
                        and _WITH_BEFORE.search(ctx.norm, max(0, second.ns - 20), second.ns)):
                    agents, targets = [targets[1]], [targets[0], *targets[2:]]
                else:
                    agents, targets = [targets[0]], targets[1:]
            elif (sub == "Armed clash" and len(agents) == 1 and targets and agents[0] in actor_spans
                  and opens_pair(ctx, actor_spans[agents[0]])
                  and kb.adversaries(agents[0], targets[0], date.year if date else None)
                  and _side_hit(ctx, m, agents[0]) and not _side_hit(ctx, m, targets[0])):
                # "تبادل لإطلاق النار بين الجيش التركي ومقاتلي داعش قتل خلاله جندي تركي": of the two sides of a
                # battle, only the first lost men; the other killed them and is actor1
                agents, targets = [targets[0]], [agents[0], *targets[1:]]
            if sub == "Disrupted weapons use" and targets and not agents:
                # "الجهد الهندسي للشرطة يعمل على تفكيك العبوات", "أسقطت طائرة تابعة للقوات البريطانية طائرة مسيرة":
                # the only force named is the one that defused or intercepted
                agents, targets = targets[:1], targets[1:]
            if (sub == "Armed clash" and targets and not agents and src is not None and src.actor is not None
                    and src.stance in _SPEAKS_FOR_A_SIDE
                    and kb.adversaries(src.actor, targets[0], date.year if date else None)):
                # "وأوضحت قيادة العمليات المشتركة أن 7 عناصر من تنظيم داعش قتلوا": the enemy fighters a side's own
                # command or media count dead were killed by that side
                agents = [src.actor]
            agents, targets = infer_sides(kb, sub, agents, targets, doc_actors)
            if not targets and sub in _REMOTE and kb.matchers["civilian_places"].find(ctx.norm, m.start, m.end):
                # "استهدفت الغارات الأحياء السكنية": homes and markets hit are civilians (after the sides are
                # inferred: a guessed author is no better for civilian homes hit)
                targets = ["civilians"]
            if (sub in ("Armed clash", "Attack") and (trig is None or trig.value.startswith("@")) and agents
                    and agents[0] in kb.actors and kb.actors[agents[0]].air):
                # "مقتل 11 من داعش جراء استهداف مبنى في الميادين" after "قصف طائرات التحالف": an unspecified attack by
                # an author that acts from the air, named in an earlier sentence, is an air strike too
                sub = "Air/drone strike"
            if sub == "Air/drone strike":
                agents, targets = no_air_force(ctx, m, agents, targets, doc_actors, date)
            if sub in ("Attack", "Abduction/forced disappearance", "Sexual violence") and "civilians" not in targets:
                targets = ["civilians", *[t for t in targets if kb.actors.get(t) and kb.actors[t].inter == 7]]
            told_by = src or _speaker_still_telling(ctx, sent, prev_src) or default_src
            claims = _claims(ctx, m, told_by, governing_sources(ctx, m, prev_src))
            ev = EventDraft(
                sub,
                agents,
                targets,
                place,
                precision,
                pspan,
                date,
                tprec,
                dspan,
                claims,
                trig,
                m,
                background,
                actor_spans,
                unknown,
                {"place": explicit_place, "date": explicit_date, "source": src is not None},
            )
            ev.evidence = ctx.span("evidence", m.start, m.end)
            ev.explicit["statement_day"] = explicit_date and statement_only(m, dspan, ctx.norm)
            if ev.explicit["statement_day"] and _dated_before(kb, ev, last):
                # "شنت 16 غارة جوية في العراق يوم السبت" then "وقالت في بيان اليوم الأحد إن غارات العراق شملت ...":
                # the strikes the statement details are those just told, on the day told
                assert last is not None and dspan is not None
                ev.date, ev.time_precision, ev.date_span = last.date, last.time_precision, last.date_span
                ev.explicit["statement_day"] = False
                restated[(dspan.ns, dspan.ne)] = (last.date, last.time_precision, last.date_span)
            elif dspan is not None and (dspan.ns, dspan.ne) in restated:
                # "... خمس غارات قرب الرمادي ...، فضلا عن قصف أربع غارات ... قرب طوز خورماتو": the statement's other
                # strikes are of the day told too
                ev.date, ev.time_precision, ev.date_span = restated[(dspan.ns, dspan.ne)]
                ev.explicit["statement_day"] = False
            ev.earlier = not background and told_earlier
            ev.explicit["agent"] = bool(agents) and agents[0] in actor_spans
            ev.lead = sent.paragraph <= 1
            ev.named_again = trig is not None and _definite(ctx, trig) and bool(_RELATIVE.match(ctx.norm, trig.ne))
            ev.area = area_of(precision, pspan)
            ev.scattered = _INCIDENTS_SCATTERED.search(ctx.norm, m.start, m.end) is not None
            out.append(ev)  # a draft with no place (a headline's "في سوريا") only survives by merging
            per_place = [] if background else _told_per_place(ctx, m, ev, told_by, prev_src)
            if per_place:
                out[-1:] = per_place  # "ثلاثة شهداء بقرية الموزرة، وخمسة شهداء بقرية أرنبة": one event per village
                last = told = per_place[-1]
                continue
            siblings = coordinated_places(ctx, m, pspan) if unknown is None and pspan in m.get("place") else []
            one_spot = trig is not None and _ONE_STRIKE.fullmatch(ctx.norm, trig.ns, trig.ne) is not None and (
                "vicinity" in (pspan.attrs.get("modifiers", ()) if pspan is not None else ()))
            if one_spot:
                siblings = []  # "الضربة الجوية أصابت المنطقة الواقعة قرب بلدتي السوسة والباغوز": one strike, one spot
            if pspan is not None and pspan.kind == "place_anaphor" and "pair" in pspan.attrs:
                siblings = [pspan.attrs["pair"]]  # "البلدتين": one event at each of the two towns
            unlisted = listed_unknowns(ctx, m, pspan, unknown)
            if pspan is not None and pspan.kind == "place" and not one_spot:
                siblings = siblings + listed_known(ctx, m, pspan, siblings)
            if siblings or unlisted:
                ev.share = len(siblings) + len(unlisted) + 1
                out.extend(at_place(ev, kb.places[p.value], p, index=k) for k, p in enumerate(siblings, 1))
                for k, (u, ref) in enumerate(unlisted, len(siblings) + 1):
                    at = ctx.span("place", u.ns, u.ne, ref.value, precision=max(2, ref.attrs["precision"]))
                    out.append(at_place(ev, kb.places[ref.value], at, u.value, index=k))
            if not background:
                last = ev
            if not background or (tally and not sent_background):
                told = ev
        # an aside ("يذكر أن المدينة تتعرض لقصف منذ ...") is no story that a "كما" sentence goes on with
        recap_before = (len(out) > told_before and all(d.background for d in out[told_before:])
                        and not aside_only(sent_markers))
    return out
