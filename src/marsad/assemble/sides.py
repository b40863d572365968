"""Who is on which side: demonstrators, armed groups without an air force, allies and adversaries, the side an
event inherits from the one told before it (knowledge from actors.yaml: inter codes, camps, parents)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

from marsad.assemble.draft import EventDraft
from marsad.assemble.mentions import Mention
from marsad.knowledge.schemas import TERRITORY
from marsad.recognise.context import Context
from marsad.schema import Span
from marsad.text.normalise import arabic_pattern, normalise

DEMONSTRATORS = frozenset({"protesters", "rioters"})


def demonstration(kb: Any, sub: str, agents: list[str], targets: list[str], lethal: bool = False,
                  protesters_hit: bool = False) -> tuple[str, list[str], list[str]]:
    """Clashes that involve protesters are demonstrations (ACLED): rioters vs. the forces facing them; protesters
    killed (``lethal``; ``protesters_hit``: the dead are counted as protesters) by a named armed side are the victims
    of its excessive force."""
    if protesters_hit and "protesters" in agents and len(agents) > 1:
        # "وقتل أحد المحتجين برصاص ميليشيات عصائب أهل الحق": the protesters counted dead are the side hit
        agents = [a for a in agents if a != "protesters"]
        targets = [*targets, "protesters"] if "protesters" not in targets else targets
    if sub == "Excessive force against protesters":
        return sub, *force_on_protesters(agents, targets)
    involved = set(agents) | set(targets)
    demo_type = kb.sub_event(sub).disorder_type == "Demonstrations"
    if not involved & DEMONSTRATORS and not demo_type:
        return sub, agents, targets
    others = [a for a in [*agents, *targets] if a not in DEMONSTRATORS and a != "civilians"]
    shooters = [a for a in agents if a in others and a in kb.actors and kb.actors[a].inter not in (5, 6, 7)]
    if (lethal and "protesters" in targets and shooters and not set(agents) & DEMONSTRATORS
            and "rioters" not in involved):
        # "قتل أحد المحتجين برصاص ميليشيات عصائب أهل الحق": an armed side that shot the protesters used excessive
        # force against them (ACLED: by state forces or others), it did not face rioters
        return "Excessive force against protesters", shooters[:1], ["protesters"]
    if kb.sub_event(sub).event_type in ("Battles", "Violence against civilians") or sub in (
        "Shelling/artillery/missile attack",
        "Grenade",
    ):
        return "Violent demonstration", ["rioters"], others[:1]
    if demo_type:
        if sub == "Peaceful protest" and "rioters" in involved:
            sub = "Violent demonstration"  # "محتجون ملثمون أقاموا نقاط تفتيش": the text calls them rioters
        # the demonstrators are actor1 even when the text names only the police facing them; actor2 is the state
        # force facing them, never an armed group they march against
        first = "rioters" if kb.sub_event(sub).event_type == "Riots" else "protesters"
        facing = [a for a in others if a in kb.actors and kb.actors[a].inter in (1, 8)]
        return sub, [first], facing[:1]
    return sub, agents, targets


def force_on_protesters(agents: list[str], targets: list[str]) -> tuple[list[str], list[str]]:
    """The roles of excessive force (ACLED): the force that used it is actor1 ("تصدت ميليشيات بدر للمتظاهرين، فقتلت
    متظاهرين": the side that confronted them), the protesters are actor2, also when the text names no force ("مقتل
    متظاهر": actor1 is then left to the unidentified default)."""
    force = [a for a in (*agents, *targets) if a not in DEMONSTRATORS and a != "civilians"]
    return force[:1], ["protesters", *[t for t in targets if t not in DEMONSTRATORS and t not in force[:1]]]


_SECURITY = arabic_pattern(r"(?:قوات|القوات|رجال)\s+(?:ال)?امن")


def police_facing_protesters(kb: Any, sub: str, targets: list[str], actor_spans: dict[str, Span]) -> list[str]:
    """"اشتباكات بين محتجين وقوات الأمن", "قتل ثلاثة من المتظاهرين برصاص قوات الأمن": the security forces that face
    a demonstration (the first of ``targets``, or of the agents) are the country's police (ACLED), unless the army
    itself is named; only the generic word is read as the police."""
    if not targets or kb.sub_event(sub).disorder_type != "Demonstrations":
        return targets
    force, span = kb.actors.get(targets[0]), actor_spans.get(targets[0])
    if force is None or span is None or not span.attrs.get("anaphora") or not _SECURITY.search(normalise(span.text)):
        return targets
    police = police_of(kb, force.country)
    return [police, *targets[1:]] if police is not None and force.inter == 1 else targets


def _police(kb: Any, actor: str) -> bool:
    """A police force (ACLED names every one "Police Forces of ..."; the registry ids end in "-police")."""
    a = kb.actors.get(actor)
    return a is not None and a.names[0].name.startswith("Police Forces")


def police_of(kb: Any, country: str | None) -> str | None:
    """The police of a country in the registry, if it has one."""
    return next((a.id for a in kb.actors.values() if a.country == country and _police(kb, a.id)), None)


def military_of(kb: Any, country: str | None) -> str | None:
    """The state forces of a country in the registry (the "<country>-military" actor), if it has one: a force coded
    as foreign (inter 8: Turkey's, Israel's, Jordan's army, which the registry knows from their operations abroad) is
    still the state's at home ("قتل جنديان في هجوم في إقليم فان")."""
    forces = [a for a in kb.actors.values()
              if a.country == country and a.inter in (1, 8) and a.id.endswith("-military")]
    return min(forces, key=lambda a: a.inter).id if forces else None


_DRONE = arabic_pattern(r"مسير|بدون\s+طيار|دون\s+طيار|درون")


def no_air_force(ctx: Context, m: Mention, agents: list[str], targets: list[str], doc_actors: Counter[str],
                  date: dt.date | None) -> tuple[list[str], list[str]]:
    """An armed group has no air force: an air strike "by" a rebel group or ISIS (named next to the strikes, often
    as their target) was flown by the state or foreign air force the report names most, else by unidentified
    military forces; the group is the side hit. Drones are the exception ("طائرة مسيرة")."""
    kb = ctx.kb
    a = kb.actors.get(agents[0]) if agents else None
    if a is None or a.air or a.inter not in (2, 3, 4):
        return agents, targets
    if any(_DRONE.search(ctx.norm, t.ns, t.ne) for t in m.get("trigger")):
        return agents, targets
    hit = agents[0]
    year = date.year if date else None
    # the roles were swapped ("غارات ... داعش ... التحالف"): an air force named as the side hit is the author
    swapped = [t for t in targets if t in kb.actors and kb.actors[t].air]
    flyers = swapped or [x for x, _ in doc_actors.most_common() if x in kb.actors and x != hit
                         and (kb.actors[x].air or kb.actors[x].inter in (1, 8)) and kb.adversaries(x, hit, year)]
    author = flyers[0] if flyers else "unidentified-military"
    return [author, *[x for x in agents[1:] if x != author]], [*[t for t in targets if t != author and t != hit], hit]


def actors_named(ctx: Context) -> Counter[str]:
    """How often the report names each actor (the basis of every guess at a side it leaves implicit)."""
    return Counter(a.value for a in ctx.spans.get("actor", []))


def _armed_by_mentions(kb: Any, doc_actors: Counter[str]) -> list[str]:
    """The armed actors the report names, the most named first (the candidates for a side it leaves implicit)."""
    return [a for a, _ in doc_actors.most_common() if a in kb.actors and kb.actors[a].inter in _ARMED]


def enemy_of(kb: Any, agent: str, targets: list[str], date: dt.date | None) -> list[str]:
    """The armed side the same author hit in the event just told, when it is not on the author's side."""
    year = date.year if date else None
    return [t for t in targets if t != "civilians" and t != agent and not kb.allied(agent, t, year)][:1]


def people_hit(figures: list[Span]) -> bool:
    """Casualties counted as people or civilians (not fighters): their side is not inherited from the last event."""
    return any(f.value in ("killed", "wounded") and f.attrs.get("category") != "combatant" for f in figures)


_OF_THEM = arabic_pattern(r"\s*(?:منهم|منهن)(?![\u0621-\u064a])")


def of_them(ctx: Context, figures: list[Span]) -> bool:
    """A killed or wounded figure counted "of them" ("قتل 29 منهم"): its victims are the side named just before."""
    return any(f.value in ("killed", "wounded") and _OF_THEM.match(ctx.norm, f.ne) for f in figures)


_ARMED = (1, 2, 3, 8)
_TWO_SIDED = ("Battles", "Explosions/Remote violence")


def _related(kb: Any, a: str, b: str) -> bool:
    """Same actor, or one a unit of the other (the Syrian air force and the Syrian army are one side)."""
    if a == b:
        return True
    pa, pb = kb.actors.get(a), kb.actors.get(b)
    return bool(pa and pb and (pa.parent == b or pb.parent == a or (pa.parent and pa.parent == pb.parent)))


def split_sides(kb: Any, sub: str, agents: list[str], targets: list[str],
                 year: int | None) -> tuple[list[str], list[str]]:
    """Two adversaries named as authors and no target ("كبدت الفرقة الذهبية تنظيم داعش خسائر"): the first named
    acts, its adversaries (actors.yaml camps) are the other side, not its associates."""
    if targets or len(agents) < 2 or (kb.sub_event(sub).event_type not in _TWO_SIDED and sub not in TERRITORY):
        return agents, targets
    foes = [a for a in agents[1:] if kb.adversaries(agents[0], a, year)]
    return [a for a in agents if a not in foes], foes


def infer_sides(kb: Any, sub: str, agents: list[str], targets: list[str],
                 doc_actors: Counter[str]) -> tuple[list[str], list[str]]:
    """Fill a missing author of a battle or a strike with the report's main armed actor on the other side.

    Reports name the sides once and then tell "the clashes", "the strikes": the adversary most mentioned in the
    report is the best guess, and it is only used when the text of the event names no one for that side."""
    etype = kb.sub_event(sub).event_type
    if etype not in _TWO_SIDED:
        return agents, targets
    ranked = _armed_by_mentions(kb, doc_actors)
    if sub == "Air/drone strike":
        ranked = [a for a in ranked if not _police(kb, a)]  # (a report's police force flew no strike)
    if targets and not agents and sub in ("Air/drone strike", "Armed clash", "Shelling/artillery/missile attack",
                                          "Chemical weapon"):
        other = next((a for a in ranked if not any(_related(kb, a, t) for t in targets)), None)
        if other is not None and doc_actors[other] >= 2:
            agents = [other]
    return agents, targets


def blamed_by_government(kb: Any, drafts: list[EventDraft], doc_actors: Counter[str]) -> None:
    """Shells that only a government's own media say hit civilians ("قذيفة صاروخية أطلقت من منطقة الغوطة الشرقية
    على ضاحية ... حسب وسائل إعلام حكومية") were fired by that state's adversaries: when the text names no author,
    the one guessed from the report is not the state's forces but their adversary the report names most, else
    unidentified. Runs on each telling before merging."""
    told = [(d, d.place) for d in drafts if d.sub_event_type == "Shelling/artillery/missile attack"
            and d.place is not None and not d.explicit.get("agent") and d.targets[:1] == ["civilians"] and d.claims
            and all(c.source.stance == "government" for c in d.claims)]
    # the telling that gives the toll decides; another telling of shells on the same place follows it ("وقالت
    # وكالة سانا إن القذيفة سقطت على سوق مزدحم في جرمانا", then "وأشارت إلى أن القذيفة قتلت 20 شخصا")
    hit = {place.id for d, place in told if any(c.killed[0] or c.wounded[0] for c in d.claims)}
    for d, place in told:
        if place.id not in hit:
            continue
        year = d.date.year if d.date else None
        state = military_of(kb, place.country)
        if state is None or (d.agents and d.agents[0] != state and not kb.allied(d.agents[0], state, year)):
            continue
        foes = [a for a, _ in doc_actors.most_common() if a in kb.actors and kb.adversaries(state, a, year)]
        d.agents = foes[:1] or ["unidentified"]


def _home_flyer(kb: Any, d: EventDraft, flyers: list[str]) -> str | None:
    """The state forces of the country the strike hit, when the report names them among its air powers."""
    home = military_of(kb, d.place.country) if d.place is not None else None
    return home if home in flyers else None


def _may_be_there(kb: Any, actor: str, d: EventDraft) -> bool:
    """A guessed side can have fought at the event's place: a state's own forces (inter 1) only in their country
    (a report of bombings in Baghdad that also tells Syrian army strikes near Aleppo)."""
    a = kb.actors.get(actor)
    return (a is None or a.inter != 1 or not a.country or d.place is None or not d.place.country
            or a.country == d.place.country)


# events whose other side a report often leaves to the reader ("وسيطرت القوات العراقية على مناطق شرق الرمادي")
TARGET_FILL = ("Armed clash", "Disrupted weapons use", "Arrests", *TERRITORY)


# after a place, who holds it: "حي الحجر الأسود معقل التنظيم", "مدينة دوما التي تسيطر عليها الفصائل", "بلدات الخاضعة
# لسيطرة داعش", "الواقعة تحت سيطرة المعارضة" (not "المعقل السابق": a former holder, nor "التي كانت تسيطر عليها")
_HOLDER_AFTER_PLACE = arabic_pattern(
    r"\s*[،,]?\s*(?:(?:التي|الذي)\s+[يت]سيطر\s+عليه(?:ا|م)?|(?:ال)?خاضع(?:ه)?\s+ل?سيطره|(?:ال)?واقع(?:ه)?\s+تحت\s+"
    r"سيطره|(?:ال)?معقل(?:\s+(?:الابرز|الرئيسي|الاخير|الاهم|الاساسي))?)\s+")
_HOLDER_GAP = 2  # characters between the phrase and the holder's name: its clitic ("لتنظيم داعش")


# before the places, in the present tense: "يشار إلى أن داعش يسيطر على أحياء مخيم اليرموك والعسالي والحجر الأسود"
# (not "سيطر": a capture, an event of its own)
_HOLDS = arabic_pattern(r"\s+(?:لا\s+[يت]زال\s+|ما\s+[زا]ال(?:ت)?\s+)?[يت]سيطر\s+علي\s+")
_HELD_LIST_END = re.compile(r"[.؛:\n]")
_HELD_LIST_MAX = 120  # characters a list of held places may run on for


def held_places(ctx: Context) -> dict[str, str]:
    """The places the report says an actor holds, by place id: the actor named right after the place with "معقل",
    "التي تسيطر عليها", "الخاضعة لسيطرة" or "الواقعة تحت سيطرة", or before the places with "يسيطر على" (the last
    telling wins)."""
    actors = [a for a in ctx.spans.get("actor", []) if a.value in ctx.kb.actors and a.value != "civilians"]
    places = ctx.spans.get("place", [])
    found: list[tuple[int, Span, str]] = []
    for p in places:
        m = _HOLDER_AFTER_PLACE.match(ctx.norm, p.ne)
        if m is None:
            continue
        holder = next((a for a in actors if m.end() <= a.ns + 1 and a.ns <= m.end() + _HOLDER_GAP), None)
        if holder is not None:
            found.append((p.ns, p, holder.value))
    for a in actors:
        m = _HOLDS.match(ctx.norm, a.ne)
        if m is None:
            continue
        stop = _HELD_LIST_END.search(ctx.norm, m.end(), m.end() + _HELD_LIST_MAX)
        end = stop.start() if stop is not None else m.end() + _HELD_LIST_MAX
        found.extend((p.ns, p, a.value) for p in places if m.end() <= p.ns < end)
    return {ctx.kb.places[p.value].id: holder for _, p, holder in sorted(found, key=lambda x: x[0])}


def opposing_side(kb: Any, drafts: list[EventDraft], doc_actors: Counter[str],
                  held: dict[str, str] | None = None) -> None:
    """A battle, a capture, a disrupted weapon, arrests or a foreign air force's strike with an author and no other
    side: the side is the author's adversary that the report names most (at least twice), as an analyst reading the
    whole report would code it; an air strike with no side named at all is flown by the one air power the report names
    or, of several, by the state forces of the country hit (when that is a foreign air force, aimed at its adversary as
    above); a government that regains a place with no author named is the state of the place's country; fighting with
    no side named is between the two adversaries the report names most; a violent event with an author and no side hit
    is on the author's adversary that ``held`` (:func:`held_places`) says holds its place. Runs after merging, so a
    side told by another telling of the same event wins."""
    ranked = _armed_by_mentions(kb, doc_actors)
    flyers = [a for a in doc_actors if flies(kb, a)]
    for d in drafts:
        if d.sub_event_type in ("Suicide bomb", "Chemical weapon") and not d.targets:
            # "فجر انتحاري نفسه في سوق شعبي": a suicide bombing that names no armed target hit the people around it;
            # so did poison gas dropped on a town ("قصف النظام السوري على الغوطة الشرقية بغاز الكلور")
            d.targets = ["civilians"]
            continue
        if (d.sub_event_type == "Air/drone strike" and d.agents in ([], ["unidentified"])
                and not set(d.targets) <= {"civilians"}):
            # "تتعرض مدن حوض اليرموك الخاضعة لسيطرة داعش لقصف جوي": no author named and an armed side hit: the state
            # forces of the country hit when the report names them among its air powers, else ACLED's Unidentified
            # Military Forces (an unnamed armed group flies no aircraft)
            home = _home_flyer(kb, d, flyers)
            d.agents = [home] if home is not None and home not in d.targets else ["unidentified-military"]
            continue
        if d.sub_event_type == "Air/drone strike" and not d.agents and set(d.targets) <= {"civilians"}:
            # "أسفرت غارات جوية على دوما عن مقتل 8 مدنيين": the one air power the report names flew them; with
            # several, the state forces of the country hit when they are among them; else Unidentified Military
            # Forces (ACLED's actor for an unattributed strike)
            home = _home_flyer(kb, d, flyers)
            d.agents = [flyers[0]] if len(flyers) == 1 else [home] if home is not None else ["unidentified-military"]
            if d.targets:
                continue
        year = d.date.year if d.date else None
        if d.sub_event_type == "Government regains territory" and not d.agents and d.place is not None:
            # "وتمت استعادة السيطرة على جنوب العاصمة": a government regained it, the state of the place's country
            d.agents = [a for a in (military_of(kb, d.place.country),) if a is not None and a not in d.targets]
        if d.sub_event_type == "Armed clash" and not d.agents and not d.targets:
            # "واحتدمت المعارك البرية في محيط الغوطة الشرقية": fighting with no side named is between the two
            # adversaries the report names most (each at least twice)
            pair = [(a, b) for a in ranked[:1] for b in ranked[1:] if kb.adversaries(a, b, year)
                    and _may_be_there(kb, a, d) and _may_be_there(kb, b, d)][:1]
            if pair and doc_actors[pair[0][1]] >= 2:
                # the state's forces first, as ACLED lists a battle the text does not say who began
                a, b = sorted(pair[0], key=lambda x: kb.actors[x].inter != 1)
                d.agents, d.targets = [a], [b]
            continue
        holder = (held or {}).get(d.place.id) if d.place is not None else None
        if (d.agents and not d.targets and holder is not None and kb.adversaries(d.agents[0], holder, year)
                and kb.sub_event(d.sub_event_type).event_type in _TWO_SIDED and d.sub_event_type not in TERRITORY):
            # "شنت قوات النظام غارات جوية على محاور الحجر الأسود" in a report that calls it "معقل التنظيم": the
            # author's adversary that holds the place is the side hit
            d.targets = [holder]
            continue
        if not d.agents or d.targets or not (d.sub_event_type in TARGET_FILL or _foreign_strike(kb, d)):
            continue
        foes = [a for a in ranked if kb.adversaries(d.agents[0], a, year) and _may_be_there(kb, a, d)]
        # named twice, or the one adversary of the author the report names at all ("غارات ... ضد أهداف تابعة لتنظيم
        # الدولة الإسلامية" once in the lead of a strike report)
        if foes and (doc_actors[foes[0]] >= 2 or len(foes) == 1):
            d.targets = [foes[0]]


# "تبنى تنظيم داعش الهجوم", "«داعش» يتبنى تفجيرا", "وأعلن تنظيم الدولة الإسلامية (داعش) مسؤوليته عن الهجوم": the side
# that claims an attack (not "لم تعلن أي جهة مسؤوليتها", "نفى ... مسؤوليته", "حملت ... المسؤولية")
_ADOPTS = r"(?:تبني|تبنت|يتبني|تتبني)"
# ("هجمات تبنى بعضها داعش": it claimed some of them, not which)
_CLAIM_BEFORE = arabic_pattern(r"(?<![\u0621-\u064a])[وف]?(?:قد\s+)?" + _ADOPTS
                               + r"\s+(?:(?!بعض|معظم|اغلب|احد)[\u0621-\u064a]+\s+)?$")
_CLAIM_NEXT = arabic_pattern(r"[\"»”)]?\s+[وف]?" + _ADOPTS + r"(?![\u0621-\u064a])")
_ANNOUNCED = arabic_pattern(r"(?<![\u0621-\u064a])[وف]?(?:قد\s+)?(?:اعلن|اعلنت)\s+(?:[\u0621-\u064a]+\s+)?$")
_RESPONSIBILITY_AFTER = arabic_pattern(r"[^.،,\n]{0,50}?(?<![\u0621-\u064a])(?:مسؤوليته|مسؤوليتها|المسؤوليه|مسؤوليه)\s+"
                                       r"(?:عن|هذه|الهجوم|التفجير)")
_CLAIMABLE = ("Suicide bomb", "Remote explosive/landmine/IED", "Attack")  # what a side claims: bombings, attacks


def claimant(ctx: Context) -> str | None:
    """The one side the report says claimed an attack ("أعلن تنظيم داعش مسؤوليته عن الهجوم"), if only one does."""
    norm = ctx.norm
    found = set()
    for a in ctx.spans.get("actor", []):
        before = norm[max(0, a.ns - 30):a.ns]
        if (_CLAIM_BEFORE.search(before) or _CLAIM_NEXT.match(norm, a.ne)
                or (_ANNOUNCED.search(before) and _RESPONSIBILITY_AFTER.match(norm, a.ne))):
            found.add(a.value)
    return next(iter(found)) if len(found) == 1 else None


def claimed(drafts: list[EventDraft], author: str | None) -> None:
    """The one bombing or attack of the report, its author not named, was carried out by the one side the report
    says claimed it (with several, the claim may be any one of them: "«داعش» يتبنى تفجيرا ببغداد" over a report of
    bombings in three towns)."""
    told = [d for d in drafts if d.sub_event_type in _CLAIMABLE and not d.background]
    if author is not None and len(told) == 1 and not told[0].agents and author not in told[0].targets:
        told[0].agents = [author]


LEAVER_REACH = 12  # characters between a leaving word and the side it names


def hand_over(kb: Any, drafts: list[EventDraft], doc_actors: Counter[str]) -> None:
    """A place left or handed over ("بدأ مقاتلو المعارضة الانسحاب من جيب", "إجلاء مسلحي فيلق الرحمن", trigger flag
    ``leaver_first``): ACLED's non-violent transfer has the side that takes the place over as actor1 and the one that
    leaves as actor2; the taker is an adversary named in the event, else the one the report names most."""
    ranked = _armed_by_mentions(kb, doc_actors)
    for d in drafts:
        if (d.sub_event_type != "Non-violent transfer of territory" or d.trigger is None
                or not d.trigger.attrs.get("leaver_first") or not d.agents):
            continue
        year = d.date.year if d.date else None
        trig = d.trigger
        # the leaver is the side named with the word ("انسحاب المعارضة منها", "بدأ مقاتلو المعارضة الانسحاب"),
        # not the subject of another verb of the clause ("وتتقدم القوات الحكومية ... بعد انسحاب المعارضة منها")
        named = [a for a, s in d.actor_spans.items() if a in d.agents
                 and (0 <= s.ns - trig.ne <= LEAVER_REACH or 0 <= trig.ns - s.ne <= LEAVER_REACH)]
        if not named:
            continue
        leaver = named[0]
        takers = [a for a in [*d.targets, *ranked] if kb.adversaries(leaver, a, year)]
        d.agents, d.targets = takers[:1], [leaver, *[t for t in d.targets if t not in takers[:1]]]


def _foreign_strike(kb: Any, d: EventDraft) -> bool:
    """An air strike by a foreign air force ("غارات التحالف قرب الرمادي"): it is aimed at an armed group; a state's
    strikes on its own country often hit civilians, so their other side is not guessed."""
    a = kb.actors.get(d.agents[0]) if d.agents else None
    return (d.sub_event_type == "Air/drone strike" and a is not None and d.place is not None
            and a.country != d.place.country)


def flies(kb: Any, actor_id: str) -> bool:
    """An air power: an actor that acts from the air, a foreign military, or a state's military."""
    a = kb.actors.get(actor_id)
    return a is not None and (a.air or a.inter == 8 or (a.inter == 1 and actor_id.endswith("-military")))
