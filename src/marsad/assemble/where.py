"""Where an event happened: the place a mention names, the coordinated places of one telling ("في بلدتي الفوعة
وكفريا"), a town referred back to ("المدينة", "البلدتين"), an unlisted village placed by its governorate, and the place
a later sentence gives to the event just told ("المنطقة المستهدفة كانت ...")."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from marsad.assemble.draft import EventDraft
from marsad.assemble.mentions import Mention
from marsad.knowledge.loader import KnowledgeBase, Place
from marsad.recognise.context import Context
from marsad.recognise.locating import DEEP, SITES, km
from marsad.schema import Span
from marsad.text.normalise import DASH_GAP, arabic_pattern
from marsad.text.segment import Segment


def choose_place(ctx: Context, m: Mention) -> tuple[Place | None, int, Span | None, str | None]:
    """The mention's place, its precision, the span that shows it and the name of an unlisted village placed by a
    reference ("قرية X بريف حلب"): a modified own place first, else a reference place, else "المدينة"."""
    kb = ctx.kb
    own = [p for p in m.get("place") if not p.attrs.get("reference")]
    # "ضربات على مواقع في دمشق ردا على هجوم كيميائي على مدينة دوما": the place of the event recalled is not this one's
    recalled = [t.ne for t in m.get("trigger") if t.attrs.get("recalled")]

    def told_with_recalled(p: Span) -> bool:
        return any(0 <= p.ns - e <= 40 and not _PUNCT_STOP.search(ctx.norm, e, p.ns) for e in recalled)

    # A mention that tells its own event first never takes the recalled one's place ("الغارات التي نفذتها أميركا ...
    # ردا على هجوم كيماوي في دوما"); otherwise that place is kept when it is the only one: "وجاءت هذه القذائف غداة
    # اقتحام القنصلية الإيرانية في البصرة، وإضرام النار فيها" names the shells again ("هذه") and tells the storming
    # and the arson it recalls there, and an arrest for a bombing is placed where the bombing was ("اعتقال المتورطين
    # بالتفجير الذي استهدف ناحية بني سعد").
    first_recalled = min((t.ns for t in m.get("trigger") if t.attrs.get("recalled")), default=None)
    own_first = first_recalled is not None and any(
        not t.attrs.get("recalled") and not t.attrs.get("told") and t.value != "Arrests" and t.ns < first_recalled
        for t in m.get("trigger"))
    kept = [p for p in own if not told_with_recalled(p)]
    own = kept if own_first else (kept or own)
    unknown = m.get("place_unknown")
    if own and unknown and unknown[0].attrs.get("in_list") and own[0].ns < unknown[0].ns:
        unknown = []  # "قرى الحواش والقاهرة": the known head of the list places the event, the rest are siblings
    if unknown:
        u = unknown[0]
        ref = list_reference(m, u)
        if ref is not None:
            return kb.places[ref.value], max(2, ref.attrs["precision"]), ctx.span("place", u.ns, ref.ne), u.value
    if own:
        own = [p for p in own if not _locates(kb, p, own)] or own
        # a named site ("قاعدة الشعيرات الجوية") is as precise as a town
        # (of two as coarse, an area is more precise than its governorate: "صرح ضابط في الأنبار عن ... تفجير ... في
        # منطقة الثرثار")
        best = max(own, key=lambda p: (bool(p.attrs.get("modifiers")),
                                       -(1 if kb.places[p.value].kind in SITES else p.attrs["precision"]),
                                       kb.places[p.value].kind != "admin1", -p.ns))
        inner = _town_of_source(ctx, m, best)
        if inner is not None:
            return kb.places[inner.value], inner.attrs["precision"], inner, None
        return kb.places[best.value], best.attrs["precision"], best, None
    refs = [p for p in m.get("place") if not told_with_recalled(p)]
    if refs:
        return kb.places[refs[0].value], max(2, refs[0].attrs["precision"]), refs[0], None
    found = _anaphoric_place(ctx, m)
    if found[0] is None and unknown:
        return _unknown_in_province(ctx, m, unknown[0])
    return found


LOCATOR_REACH = 40  # "مطار التيفور العسكري في ريف حمص": characters between a place and the countryside that locates it


def _locates(kb: KnowledgeBase, p: Span, own: list[Span]) -> bool:
    """``p`` is a countryside ("ريف حمص") that only locates a place named just before it in the same governorate
    ("مطار التيفور العسكري في ريف حمص", "بلدة تفتناز بريف إدلب"): that place, not the countryside, is the event's."""
    if p.attrs.get("modifiers") != ["vicinity"] or "ريف" not in p.text:
        return False  # (not "في محيط السوسة" after "هجين": the vicinity of a village is a place of its own)
    area = kb.places[p.value]
    return any(not q.attrs.get("modifiers") and q.ne <= p.ns and p.ns - q.ne <= LOCATOR_REACH
               and kb.places[q.value].admin1_en == area.admin1_en and q.value != p.value for q in own)


ZONE_REACH_KM = 30  # a town this close to a region's centre, in its governorate, lies in it


def _town_of_source(ctx: Context, m: Mention, zone: Span) -> Span | None:
    """"أعلنت مصادر طبية في دوما مقتل 47 شخصا ... في الغوطة الشرقية": when the event's own place is only a region,
    the town its source speaks from, inside that region, is where it happened."""
    z = ctx.kb.places[zone.value]
    if z.kind not in ("region", "admin1") or zone.attrs.get("modifiers"):
        return None
    for p in m.get("place"):
        t = ctx.kb.places[p.value]
        if (p.attrs.get("reference") and p.attrs["precision"] == 1 and t.admin1_en == z.admin1_en
                and km((t.lat, t.lon), (z.lat, z.lon)) <= ZONE_REACH_KM):
            return p
    return None


def list_reference(m: Mention, u: Span) -> Span | None:
    """The known place right after an unlisted name ("قرية X بريف حلب"), or after the list it belongs to ("قرى
    القاهرة والعنكاوي بسهل الغاب")."""
    end = u.attrs.get("list_end", u.ne)
    return next((p for p in m.get("place") if p.ns >= end and p.ns - end <= 30 and p.ns >= u.ne), None)


def listed_unknowns(ctx: Context, m: Mention, first: Span | None, unknown: str | None) -> list[tuple[Span, Span]]:
    """The other unlisted names of the list that the event's place heads ("قرى الحواش والقاهرة والعنكاوي بسهل
    الغاب": al-Qahira and al-Ankawi beside al-Hawash), each with the known place that locates the list: ACLED codes
    one event per village."""
    if first is None:
        return []
    in_list = [u for u in m.get("place_unknown") if u.attrs.get("in_list") and u.value != unknown]
    listed = [u for u in in_list if u.ns >= first.ns]
    out: list[tuple[Span, Span]] = []
    if unknown is None:
        # "4 قرى هي شقرا والحصان والجيعة": the unlisted names of the list before its known village, joined to it
        # by "و" or commas alone (past one another)
        before = [u for u in in_list if u.ne <= first.ns]
        for u in before:
            rest = [v for v in before if v.ns >= u.ns]
            if _UNLISTED_GAP.fullmatch(_blanked(ctx.norm, u.ns, first.ns, rest)) is not None:
                at = list_reference(m, u) or first
                if ctx.kb.places[at.value].country in DEEP:
                    out.append((u, at))
    for u in listed:
        ref = list_reference(m, u)
        # (the event's own span runs from its unlisted village to the place that locates the list: that place counts)
        if ref is None or (ref.ns < first.ne and unknown is None):
            # no place after the list: its known head locates the villages named with it ("نوى وكحيل والسهوة")
            head = u.attrs.get("list_head")
            ref = next((p for p in m.get("place") if p.ns == head), None) if head is not None else None
        if ref is None and first.attrs.get("placed_by"):
            ref = first  # the governorate that placed the list's first village places the others
        if ref is not None and ctx.kb.places[ref.value].country in DEEP:
            out.append((u, ref))
    return out


def listed_known(ctx: Context, m: Mention, first: Span | None, taken: list[Span]) -> list[Span]:
    """The gazetteer villages of the lists of villages that the mention names after the event's place ("استهدفوا
    مدينة السويداء من ثلاثة محاور ... في قرى طربا والكسيب والغيضة"): a list's head and its members, one event at
    each (ACLED), as for the unlisted names of those lists (``listed_unknowns``). ``taken``: places already coded."""
    if first is None:
        return []
    # the stretch of each list of villages: from its head (or first name) to its end
    lists: dict[int, int] = {}
    for u in m.get("place_unknown"):
        if u.attrs.get("in_list") and u.ns >= first.ns and "list_end" in u.attrs:
            head = u.attrs.get("list_head")
            end = u.attrs["list_end"]
            lists[end] = min(lists.get(end, u.ns), u.ns if head is None else head)
    for p in m.get("place"):
        if "known_list" in p.attrs and p.ns > first.ns:
            start, end = p.attrs["known_list"]
            lists[end] = min(lists.get(end, start), start)  # a list of gazetteer villages only
    kb = ctx.kb
    seen = {first.value, *(p.value for p in taken)}
    out: list[Span] = []
    for p in m.get("place"):
        if (p.ns < first.ns or p.attrs.get("reference") or p.value in seen
                or not any(start <= p.ns < end for end, start in lists.items())
                or kb.places[p.value].kind not in _LISTED_KINDS or kb.places[p.value].country not in DEEP):
            continue
        seen.add(p.value)
        out.append(p)
    return out


def _unknown_in_province(ctx: Context, m: Mention, u: Span) -> tuple[Place | None, int, Span | None, str | None]:
    """An unlisted village its mention places nowhere lies near the last place its sentence named before it
    (precision 2), else in the governorate named in the sentence before or after it ("في هجوم استهدف سرية عسكرية في
    قرية زينون. ... في محافظة درعا"; precision 3; a list of villages also by the paragraph before). The span returned
    covers the village and is marked ``placed_by``: the other villages of its list are placed the same way."""
    kb = ctx.kb
    i = m.sent.index
    # "استهدفت الفصائل آلية في منطقة الزيارة في سهل الغاب في ريف حماة، في حين دارت اشتباكات في محيط قرى المشيك
    # وتل واسط": the place named last before it in its sentence, at a lower precision
    before_it = [p for p in ctx.in_sentence("place", m.sent) if p.ne <= u.ns and kb.places[p.value].country in DEEP]
    if before_it:
        p = before_it[-1]
        return (kb.places[p.value], max(2, p.attrs["precision"]),
                ctx.span("place", u.ns, u.ne, p.value, precision=max(2, p.attrs["precision"]), placed_by=True), u.value)
    # (a list of villages, "4 قرى هي شقرا والحصان ...", also by the sentence closing the paragraph before)
    before = m.sent.paragraph - (1 if u.attrs.get("in_list") else 0)
    near = [s for s in ctx.sents[max(0, i - 1):i + 2] if before <= s.paragraph <= m.sent.paragraph + 1
            and s.index != i]
    provinces = _provinces(ctx, near)
    if not provinces and u.attrs.get("in_list"):
        # "4 قرى شرق نهر الفرات هي (الجنينة ـ الجيعة ...)" three sentences after "المعارك في محافظة دير الزور":
        # a list of villages the report's sentences just before place in one governorate
        provinces = _provinces(ctx, ctx.sents[max(0, i - LIST_PROVINCE_REACH):i])
    if len(provinces) != 1:
        return None, 0, None, None
    p = next(iter(provinces.values()))
    return kb.places[p.value], 3, ctx.span("place", u.ns, u.ne, p.value, precision=3, placed_by=True), u.value


def _provinces(ctx: Context, sents: list[Segment]) -> dict[str, Span]:
    """The governorates (admin1 places) the sentences name, one span each."""
    kb = ctx.kb
    return {kb.places[p.value].id: p for s in sents for p in ctx.in_sentence("place", s)
            if kb.places[p.value].kind == "admin1"}


LIST_PROVINCE_REACH = 3  # sentences before a list of unlisted villages where its one governorate may be named
_ANAPHOR_CUES = frozenset({"مدينه", "بلده", "قريه"})
_DUAL_CUES = frozenset({"مدينتين", "مدينتان", "بلدتين", "بلدتان"})


# "بين البوكمال والباغوز", "من الرقة إلى دير الزور": two ends (not the partitive "في عدد من المدن كالبصرة والناصرية")
_BETWEEN = arabic_pattern(r"(?<![\u0621-\u064a])(?:بين|(?<!عدد\s)(?<!بعض\s)(?<!العديد\s)(?<!عده\s)من)\s+"
                          r"(?:[\u0621-\u064a]+\s+){0,3}$")
_TO_END = arabic_pattern(r"(?<![\u0621-\u064a])(?:الى|حتي|وصولا)\s")  # "من البوكمال ... إلى الميادين"
TO_END_REACH = 60  # characters after the first place where the far end of a "من ... إلى" stretch is looked for
_TWO_PROVINCES = arabic_pattern(r"(?<![\u0621-\u064a])[وفبل]?(?:اقليمي|ولايتي|محافظتي|مقاطعتي)\s")
_LISTED_KINDS = frozenset({"town", "city", "capital", "village", "neighbourhood", "airport", "base", "crossing",
                           "oilfield", "dam", "camp"})
_LIST_GAP = re.compile(r"\s*[،,]?\s*")
_UNLISTED_GAP = re.compile(r"[\sو،,]*")  # what is left between two names once the unlisted names between are cut out
_PUNCT_STOP = re.compile(r"[.:؛;]")
_NEAR = frozenset({"direction", "vicinity"})
# between two places of a count of strikes ("خمس غارات قرب الموصل وثلاث قرب الرمادي"): "و" and the next count
_COUNTED_GAP = arabic_pattern(
    r"\s*[،,]?\s*و\s?(?:\d+|واحده|اثنتين|اثنتان|غارتين|غارتان|ضربتين|ضربتان|ثلاث|اربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر)"
    r"(?:ه)?(?:\s+(?:غارات|غاره|ضربات|ضربه))?\s+")


def coordinated_places(ctx: Context, m: Mention, first: Span | None) -> list[Span]:
    """The places joined to ``first`` by "و" or a comma ("في قرى طربا والكسيب والغيضة", "بإقليمي فان واغري"):
    ACLED codes one event per place. Not the two ends of a road, bridge or front ("بين البوكمال والباغوز")."""
    kb = ctx.kb
    if first is None or first.kind != "place" or kb.places[first.value].kind not in _LISTED_KINDS:
        return []
    norm = ctx.norm
    start = first.attrs.get("name_ns", first.ns)
    if first.attrs["precision"] == 3 and not _TWO_PROVINCES.search(norm, first.ns, start):
        return []  # a list of governorates or regions sums up a campaign: no event of its own at each (but two
        # provinces named by a dual, "في هجومين منفصلين بإقليمي فان واغري", have one each)
    ends = _BETWEEN.search(norm, max(0, start - 30), start)
    if ends and (ends.group().startswith("بين") or _TO_END.search(norm, start, start + TO_END_REACH)):
        return []  # (not the partitive "على أجزاء واسعة من قريتي البحصة والمشيك": no "إلى" after it)
    out: list[Span] = []
    prev = first
    unlisted = [u for u in m.get("place_unknown") if u.attrs.get("in_list")]
    for p in m.get("place"):
        if p.ns < prev.ne:
            continue
        gap = norm[prev.ne:p.ns]
        # "مدن وبلدات نوى وكحيل والسهوة ونصيب": a name of a cued list, past names the gazetteer does not hold
        joined = p.attrs.get("in_list") and not p.attrs.get("reference") and not _PUNCT_STOP.search(gap)
        # "بلدات في الغوطة هي مسرابا وجسرين وكفربطنا": past the unlisted names of a list read after its pronoun
        between = [u for u in unlisted if u.ns >= prev.ne and u.ne <= p.ns]
        joined = joined or (norm[p.ns] == "و" and bool(between)
                            and _UNLISTED_GAP.fullmatch(_blanked(norm, prev.ne, p.ns, between)) is not None)
        # "خمس غارات قرب الموصل وثلاث قرب الرمادي": a count of strikes at each place, each placed alike
        mods = set(p.attrs.get("modifiers", ()))
        counted = bool(_NEAR & mods) and mods == set(prev.attrs.get("modifiers", ())) and bool(
            _COUNTED_GAP.fullmatch(gap))
        if not (counted or joined) and (
                not _LIST_GAP.fullmatch(gap) or (norm[p.ns] != "و" and "،" not in gap and "," not in gap
                                                 and DASH_GAP not in gap)):  # ("الجنينة ـ الجيعة")
            break
        # (an area of a few villages may follow the first town: "على مدينة تلبيسة وقرى الحولة وأم شرشوح")
        area = (kb.places[p.value].kind == "region" and p.attrs["precision"] <= 2
                and (bool(p.attrs.get("in_list")) or "cue" in p.attrs.get("modifiers", ())))
        if (p.attrs.get("reference") or p.value == first.value or any(q.value == p.value for q in out)
                or (kb.places[p.value].kind not in _LISTED_KINDS and not area)):
            return []
        if _NEAR & mods and not counted:
            break  # "في قضاء الزبير، جنوب غرب البصرة": where the first place lies, not another place
        out.append(p)
        prev = p
    return out


def _blanked(norm: str, start: int, end: int, spans: list[Span]) -> str:
    """``norm[start:end]`` with the text of ``spans`` (lying inside it) cut out."""
    parts, pos = [], start
    for u in sorted(spans, key=lambda x: x.ns):
        parts.append(norm[pos:u.ns])
        pos = u.ne
    parts.append(norm[pos:end])
    return " ".join(parts)


def _anaphoric_place(ctx: Context, m: Mention) -> tuple[Place | None, int, Span | None, str | None]:
    """"وفي وسط المدينة، تجمع المئات الجمعة": a definite "المدينة"/"البلدة"/"القرية" with no name after it is the
    town the report has named most (the latest on a tie) before this mention. Only for a mention that gives its own
    day: investigations and backgrounders say "المدينة" about its history all the time."""
    kb, norm = ctx.kb, ctx.norm
    places = ctx.spans.get("place", [])
    if not m.get("date"):
        return None, 0, None, None  # only a mention that tells its own day ("تجمع المئات بعد ظهر الجمعة")
    for g in kb.matchers["geo"].find(norm, m.start, m.end):
        definite = norm[g.word_start:g.start].endswith(("ال", "لل"))
        dual = g.pattern in _DUAL_CUES
        if (g.pattern not in _ANAPHOR_CUES and not dual) or g.value[0] != "cue" or not definite:
            continue
        if any(0 <= p.ns - g.end <= 2 for p in places):
            continue  # "المدينة القديمة في حلب" / a name follows: not an anaphor
        if dual:
            # "بقصف البلدتين": the last two towns named together before it ("بلدتا الفوعة وكفريا")
            pairs = [(a, b) for a, b in pairwise(places) if b.ne <= g.word_start and b.attrs.get("listed")
                     and not b.attrs.get("reference") and a.value != b.value
                     and kb.places[a.value].kind != "admin1" and kb.places[b.value].kind != "admin1"]
            if not pairs:
                continue
            first, second = pairs[-1]
            ante = kb.places[first.value]
            span = ctx.span("place_anaphor", g.word_start, g.end, pair=second)
            return ante, first.attrs["precision"], span, None
        before = [p for p in places if p.ne <= g.word_start and kb.places[p.value].kind != "admin1"]
        # the town itself ("مدينة دوما"), not the one it was placed by ("قرب دمشق")
        named = [p for p in before if not p.attrs.get("reference") and not set(p.attrs.get("modifiers", ()))
                 & {"vicinity", "direction"}]
        before = named or before
        if before:
            # the town the report keeps coming back to, the latest on a tie ("طريقا بين البصرة والعاصمة بغداد ...
            # المباني الحكومية في المدينة" is Basra in a report about Basra)
            count = Counter(p.value for p in before)
            ante = kb.places[max(reversed(before), key=lambda p: count[p.value]).value]
            return ante, ante.precision, ctx.span("place_anaphor", g.word_start, g.end), None
    return None, 0, None, None


_TARGET_RECAP = arabic_pattern(
    r"(?<![\u0621-\u064a])[وف]?(?:المنطقه|الموقع|المكان|المقر|القريه|البلده)\s+المستهدف(?:ه)?\s"
    # "ونسبت إلى المتحدث قوله إن الضربات وقعت في بلدة الهرى": the event just told, and where it happened
    r"|(?<![\u0621-\u064a])(?:الضربات|الضربه|الغارات|الغاره|الهجوم|الهجمات|القصف|التفجير|التفجيرات|الانفجار|"
    r"الاشتباكات|المعارك|الحادث|الحادثه)\s+(?:قد\s+)?(?:وقع|وقعت|حصل|حصلت|جري|جرت)\s+(?:[^.،,]{1,30}[،,]\s*)?في\s"
    # "وانطلقت الصواريخ من كرمانشاه ... لتصل إلى أهدافها في مدينة البوكمال": where the weapons hit
    r"|(?<![\u0621-\u064a])(?:الي|اصابت|اصاب|اصابه|طالت|ضربت)\s+(?:اهدافها|اهدافه|هدفها|هدفه)\s+في\s"
)


def recapped_place(ctx: Context, sent_index: int) -> tuple[Place | None, int, Span | None, str | None]:
    """"استهدفت غارات مواقع شرقي سوريا. وذكر المرصد أن المنطقة المستهدفة كانت جنوب مدينة البوكمال": one of the next
    two sentences of the paragraph names the place of the event just told, by the definite "the targeted area" or
    "the strikes happened in"."""
    here = ctx.sents[sent_index]
    for nxt in ctx.sents[sent_index + 1:sent_index + 3]:
        if nxt.paragraph > here.paragraph + 1:
            break
        cue = _TARGET_RECAP.search(ctx.norm, nxt.start, nxt.end)
        if cue is None:
            continue
        after = [p for p in ctx.in_sentence("place", nxt) if p.ns >= cue.end() and not p.attrs.get("reference")]
        if after:
            p = after[0]
            return ctx.kb.places[p.value], p.attrs["precision"], p, None
        # "وأكد نائب محافظ صلاح الدين أن الهجوم وقع ... في قرية الفرحاتية": a village missing from the gazetteer is
        # placed by the one place its sentence names, at a lower precision
        unknown = [u for u in ctx.in_sentence("place_unknown", nxt) if u.ns >= cue.end()]
        refs = {p.value: p for p in ctx.in_sentence("place", nxt)}
        if unknown and len(refs) == 1:
            p = next(iter(refs.values()))
            return ctx.kb.places[p.value], max(2, p.attrs["precision"]), p, unknown[0].value
        break
    return None, 0, None, None


def at_place(ev: EventDraft, place: Place, span: Span, unknown: str | None = None, index: int = 0) -> EventDraft:
    """A copy of ``ev`` at another of the places it was told for (its own lists and claims: merging changes them);
    ``unknown``: the unlisted village that ``place`` locates; ``index``: the place's rank in the list."""
    return replace(
        ev, unknown_place=unknown, share_index=index, agents=list(ev.agents), targets=list(ev.targets), place=place,
        precision=span.attrs["precision"],
        place_span=span, claims=[replace(c, materiel=dict(c.materiel), figure_spans=list(c.figure_spans))
                                 for c in ev.claims],
        actor_spans=dict(ev.actor_spans), explicit=dict(ev.explicit), absorbed=list(ev.absorbed),
        tactic_words=dict(ev.tactic_words),
        told_again=list(ev.told_again), area=area_of(span.attrs["precision"], span),
    )


def area_of(precision: int, span: Span | None) -> bool:
    """The place is a region or the countryside of a town ("ريف", "بادية", a governorate)."""
    return precision == 3 or bool(span is not None and "vicinity" in span.attrs.get("modifiers", []))
