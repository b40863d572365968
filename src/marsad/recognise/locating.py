"""Places read in the light of the places around them: the town a name is located by ("حي الخالدية شمال حلب",
"في بعقوبة" after a list of neighbourhoods), and list members the gazetteer only holds in another country. A name
read as a far namesake becomes the namesake near its reference, or an unlisted place (never a wrong town)."""

from __future__ import annotations

import itertools
import math
from typing import Any

from marsad.knowledge.loader import Place
from marsad.recognise.context import Context
from marsad.schema import Span
from marsad.text.normalise import arabic_pattern

#: the countries whose gazetteer goes down to villages
DEEP = frozenset({"SY", "IQ"})


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Distance in km between two (lat, lon) points (equirectangular: exact enough within a country)."""
    dlat = math.radians(b[0] - a[0])
    dlon = math.radians(b[1] - a[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    return 6371.0 * math.hypot(dlat, dlon)


#: a place described from a town farther than this ("X شمال حلب") is not that town's neighbour: districts of Iraq are
#: large ("مخمور شرق الموصل" is 70 km, "طوز خورماتو جنوب كركوك" 75 km)
REFERENCE_FAR_KM = 150
LIST_REACH_KM = 50  # a village of a list lies this close to the place that locates the list, or in its governorate
LIST_SPAN = 120  # characters from a list's first name to the place after the list that locates it


# (and the facilities that have one name in the country: "التنف جنوب غربي البوكمال" is the base 200 km away)
_ORIENTED = frozenset({"city", "capital", "admin1", "broad", "desert", "region", "mountain", "base", "airport",
                       "crossing", "oilfield", "dam"})


def _beyond(a: Place, b: Place, reach_km: float) -> bool:
    """In another country, or in another governorate and farther than ``reach_km``."""
    return a.country != b.country or (a.admin1_en != b.admin1_en and km((a.lat, a.lon), (b.lat, b.lon)) > reach_km)


def _far_apart(a: Place, b: Place, oriented: bool = False) -> bool:
    """Not the same area: another governorate (or country) and more than :data:`REFERENCE_FAR_KM` away; with
    ``oriented`` (a direction from town ``b``: "منطقة حصيبة شرق الرمادي") more than that away in any governorate (the
    Husaybah of al-Qaim is 240 km off in vast Anbar; "السخنة بريف حمص" is in the governorate's countryside)."""
    if oriented and a.country == b.country:
        return km((a.lat, a.lon), (b.lat, b.lon)) > REFERENCE_FAR_KM
    return _beyond(a, b, REFERENCE_FAR_KM)


# "في ناحية العبارة وحيي اليرموك والأملاك في بعقوبة": the town after a cued place (or a list of them) and "في" says
# where they lie; it is no place of the event itself
_LOCATED_LIST = arabic_pattern(r"(?:\s*[،,]?\s*و[\u0621-\u064a]+){0,6}\s+(?:في|داخل|وسط)\s+")
# "قاعدة الشعيرات الجوية في حمص", "مطار التيفور العسكري في محافظة حمص": a site (an air base, a dam, an oil field)
# is located by the town or governorate after it, past the adjective of its kind; the event is at the site
SITES = ("airport", "base", "dam", "oilfield", "crossing")
_SITE_LOCATED = arabic_pattern(r"(?:\s+(?:ال)?(?:جويه|جوي|عسكريه|عسكري|نفطي|الحدودي)){0,2}\s+(?:في|داخل|وسط)\s+"
                               r"(?:(?:ال)?(?:محافظه|مدينه)\s+)?")


# "منطقة السيدة زينب وسط قضاء سنجار": a district or town word before the second name (it locates the first)
_DISTRICT_CUE = arabic_pattern(r"[وفبل]?(?:ال)?(?:قضاء|ناحيه|مدينه|بلده)\s")
_NAME_CUE = arabic_pattern(r"[وفبل]?(?:ال)?(?:حي|قريه|بلده|مدينه|منطقه|ناحيه|مخيم|قضاء)\s+(?=\S)")
# a neighbourhood or a village word before a name: what it names is no city, whatever the gazetteer's namesake is
_SMALL_CUE = arabic_pattern(r"(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:حي|حيي|احياء|قريه|قريتي|قري|مزرعه|مزارع)\s")
# a district word before a town's name: the district is large, and only oriented by the far city after it ("قضاء
# البعاج شمال غرب بغداد" is Ba'aj in Nineveh, 400 km away)
_DISTRICT_WORD = arabic_pattern(r"(?<![\u0621-\u064a])[وفبل]?(?:ال)?قضاء\s")


def _oriented(ctx: Context, p: Span, place: Place) -> bool:
    """A city, a region, a mountain or a district is only located by a far place ("كركوك شمالي بغداد"); not a city
    named as a neighbourhood or a village ("حي المحمودية في عفرين" is no Mahmudiya of Baghdad)."""
    name_ns = p.attrs.get("name_ns", p.ns)
    if _SMALL_CUE.search(ctx.norm, p.ns, name_ns):
        return False
    return place.kind in _ORIENTED or _DISTRICT_WORD.search(ctx.norm, p.ns, name_ns) is not None


def _located_by_town(ctx: Context, out: list[Span]) -> None:
    """Mark as a reference the town that locates the cued place (or list) right before it ("بحي الشعلة في بغداد"), or
    the town or governorate that locates a named site ("قاعدة الشعيرات الجوية في حمص")."""
    kb = ctx.kb
    places = [s for s in out if s.kind == "place"]
    for p, q in itertools.pairwise(places):
        if (kb.places[p.value].kind in SITES and not q.attrs.get("reference")
                and kb.places[q.value].kind in ("city", "capital", "town", "admin1")
                and _SITE_LOCATED.fullmatch(ctx.norm, p.ne, q.ns)):
            q.attrs["reference"] = True
            continue
        if (p.attrs.get("cued") and (not q.attrs.get("cued") or _DISTRICT_CUE.match(ctx.norm, q.ns))
                and not q.attrs.get("reference")
                and kb.places[q.value].kind in ("city", "capital", "town") and not _oriented(ctx, p, kb.places[p.value])
                and _LOCATED_LIST.fullmatch(ctx.norm, p.ne, q.ns)):
            q.attrs["reference"] = True


def _placed_by_reference(ctx: Context, out: list[Span], namesakes: dict[int, list[int]]) -> list[Span]:
    """"حي الخالدية شمال حلب", "قرية الدوما شرق السويداء": the place named right after a name says where it is. A
    name read as a town in another governorate, far away, is the namesake there, or else an unlisted place that the
    reference locates (never a wrong town)."""
    kb = ctx.kb
    places = [s for s in out if s.kind == "place"]
    swap: dict[int, Span] = {}
    for p, q in itertools.pairwise(places):
        if p.attrs.get("reference") or not q.attrs.get("reference") or not (
                0 <= q.ns - p.ne <= 20 or _LOCATED_LIST.fullmatch(ctx.norm, p.ne, q.ns)):
            continue
        ref, here = kb.places[q.value], kb.places[p.value]
        direction = "direction" in q.attrs.get("modifiers", [])
        if _oriented(ctx, p, here) or ref.country not in DEEP or not _far_apart(here, ref, direction):
            continue  # "كركوك شمالي بغداد": a city is only oriented by a far one
        if ref.kind == "broad" and ref.country == here.country:
            continue  # "مدينة حلبجة شمال العراق": a part of the country is no point to measure from
        swap[id(p)] = _near_or_unlisted(ctx, p, namesakes, ref, oriented=direction)
    return [swap.get(id(s), s) for s in out] if swap else out


def _of_a_list(p: Span) -> bool:
    """``p`` is one of a list of places: joined to the one before it ("قرى طربا والكسيب") or named under a cued
    list's head."""
    return bool(p.attrs.get("listed") or p.attrs.get("in_list"))


def _near_or_unlisted(ctx: Context, p: Span, namesakes: dict[int, list[int]], ref: Place,
                      reach_km: float = REFERENCE_FAR_KM, oriented: bool = False) -> Span:
    """The namesake of ``p`` nearest ``ref`` and in its area (its governorate or within ``reach_km``; only within
    :data:`REFERENCE_FAR_KM` when ``oriented`` from it), or else ``p`` as an unlisted place."""
    kb = ctx.kb
    near = [i for i in namesakes.get(id(p), []) if not _beyond(kb.places[i], ref, reach_km)
            and not (oriented and _far_apart(kb.places[i], ref, oriented))]
    if near:
        best = min(near, key=lambda i: km((kb.places[i].lat, kb.places[i].lon), (ref.lat, ref.lon)))
        return ctx.span("place", p.ns, p.ne, best, **p.attrs)
    # the name without the place word the gazetteer's alias may carry ("حي الخالدية", "منطقة السيدة زينب")
    a = p.attrs.get("name_ns", p.ns)
    cue = _NAME_CUE.match(ctx.norm, a)
    # (one of a list, "قريتي المشيك والبحصة وأطراف بلدة المنصورة", stays one: an event of its own)
    listed = {"in_list": True} if _of_a_list(p) else {}
    return ctx.span("place_unknown", p.ns, p.ne, ctx.span("name", cue.end() if cue else a, p.ne).text, **listed,
                    **_destination(p))


def _listed_abroad(ctx: Context, out: list[Span], namesakes: dict[int, list[int]]) -> list[Span]:
    """"قرى الحواش والحويجة وقسطون بسهل الغاب": a name listed after places of one country that the gazetteer only
    holds in another (Iraq's Hawija) is the namesake in that country, or an unlisted village of the list; so is a
    village of a cued list that the gazetteer holds far from the list's head, in another governorate."""
    kb = ctx.kb
    head: Span | None = None
    swap: dict[int, Span] = {}
    for p in out:
        if p.kind != "place":
            continue
        if not _of_a_list(p) or head is None:
            head = p
            continue
        country = kb.places[head.value].country
        here, first = kb.places[p.value], kb.places[head.value]
        if (p.attrs.get("in_list") and here.country == country and country in DEEP
                and here.kind in _NAMESAKE_KINDS and _far_apart(here, first)):
            # "مدن وبلدات نوى ... واليادودة وتل السمن": a village of a cued list far from its head (Raqqa's Tal
            # al-Samn in a list of Daraa's towns) is a namesake near the head, or else an unlisted village of the list
            near = _near_or_unlisted(ctx, p, namesakes, first)
            swap[id(p)] = _list_unlisted(ctx, p, list_head=head.ns) if near.kind == "place_unknown" else near
            continue
        if kb.places[p.value].country == country or country not in DEEP:
            continue
        home = [i for i in namesakes.get(id(p), []) if kb.places[i].country == country]
        if home:
            swap[id(p)] = ctx.span("place", p.ns, p.ne, home[0], **p.attrs)
        else:
            swap[id(p)] = _list_unlisted(ctx, p)
    return [swap.get(id(s), s) for s in out] if swap else out


def _list_unlisted(ctx: Context, p: Span, **attrs: Any) -> Span:
    """``p`` as an unlisted village of its list (the name without its "و")."""
    a = p.attrs.get("name_ns", p.ns)
    a += 1 if ctx.norm[a:a + 1] == "و" else 0
    return ctx.span("place_unknown", a, p.ne, ctx.span("name", a, p.ne).text, in_list=True, **attrs, **_destination(p))


def _destination(p: Span) -> dict[str, bool]:
    """The gazetteer place's ``destination`` mark ("هاربين نحو بلدتي النخيب والعلم"), kept when it is read as an
    unlisted village instead."""
    return {"destination": True} if p.attrs.get("destination") else {}


# "وفي البصرة، مهد الاحتجاجات، قتل ... في منطقة الكرمة": the governorate or city a sentence opens with frames it
_FRAME = arabic_pattern(r"[\s\"«“]*[وف]?(?:في|ب)\s*$")
_AREA_CUE = arabic_pattern(r"(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:منطقه|حي|قريه|بلده|ناحيه)\s")


def _framed(ctx: Context, out: list[Span], namesakes: dict[int, list[int]]) -> list[Span]:
    """A sentence that opens with its governorate or city ("وفي البصرة، ...") sets where the area, neighbourhood or
    village it names later lies: a name the gazetteer holds far away in another governorate ("منطقة الكرمة", Anbar's
    Karmah) is the namesake near the frame, or else an unlisted place (never a wrong town)."""
    kb = ctx.kb
    swap: dict[int, Span] = {}
    frame: tuple[Span, int] | None = None  # the framing place and the end of its sentence
    for p in out:
        if p.kind != "place" or p.attrs.get("reference"):
            continue
        if frame is not None and p.ns >= frame[1]:
            frame = None
        here = kb.places[p.value]
        sent = ctx.sentence_at(p.ns)
        if (sent is not None and here.kind in ("admin1", "city", "capital") and here.country in DEEP
                and _FRAME.fullmatch(ctx.norm, sent.start, p.attrs.get("name_ns", p.ns))):
            frame = (p, sent.end)
            continue
        if frame is None or _oriented(ctx, p, here):
            continue
        ref = kb.places[frame[0].value]
        if _AREA_CUE.search(ctx.norm, p.ns, p.attrs.get("name_ns", p.ns) + 1) and _far_apart(here, ref):
            swap[id(p)] = _near_or_unlisted(ctx, p, namesakes, ref)
    return [swap.get(id(s), s) for s in out] if swap else out


# "قرى الحواش والقاهرة والعنكاوي بسهل الغاب": the place after a list, joined by "ب" or "في", locates the whole list
_LIST_LOCATED = arabic_pattern(r"(?P<list>(?:\s*[،,]?\s*و[\u0621-\u064a]+){0,10})\s+(?P<cue>(?:في|داخل|وسط)\s+)?$")


_NAMESAKE_KINDS = frozenset({"town", "village", "neighbourhood"})
# a plural or dual place word and the names after it, up to a name joined by "و": "بلدتا قسطون "، "قرى المشيك، تل واسط "
_UNLISTED_HEAD = arabic_pattern(
    r"(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:قري|قريتي|قريتا|بلدات|بلدتي|بلدتا|مدن|مدينتي|مدينتا|حيي|مناطق|منطقتي|"
    r"منطقتا|مزارع)(?:\s+[\u0621-\u064a]+){1,3}(?:\s*[،,]\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?)*"
    r"\s*[،,]?\s*$")


def _list_located(ctx: Context, out: list[Span], namesakes: dict[int, list[int]]) -> list[Span]:
    """The first name of a cued list ("قرى الحواش والقاهرة ... بسهل الغاب"), or a cued town or village alone ("بلدة
    الحويجة في سهل الغاب"), that the gazetteer holds far from the place locating it (Homs's Hawash, Kirkuk's Hawija,
    not the Ghab's) is the namesake near it, or else an unlisted village."""
    kb = ctx.kb
    places = [s for s in out if s.kind == "place"]
    swap: dict[int, Span] = {}
    for k, p in enumerate(places[:-1]):
        # the place after the list's other names the gazetteer holds ("قرى الحواش والعنكاوي والزقوم بسهل الغاب")
        q = next((r for r in places[k + 1:] if not _of_a_list(r)), places[k + 1])
        a = p.attrs.get("name_ns", p.ns)
        # "بلدتا قسطون والحويجة في سهل الغاب": a name after an unlisted one that a plural place word heads
        after_unlisted = p.attrs.get("clitic", "").startswith("و") and _UNLISTED_HEAD.search(
            ctx.norm, max(0, a - 80), a)
        if (not (p.attrs.get("in_list") or p.attrs.get("cued") or after_unlisted) or q.ns - p.ne > LIST_SPAN
                or not (m := _LIST_LOCATED.fullmatch(ctx.norm, p.ne, q.ns))
                or not (m.group("cue") or ctx.norm.startswith("ب", q.ns))):
            continue
        ref, here = kb.places[q.value], kb.places[p.value]
        if not m.group("list") and not after_unlisted and here.kind not in _NAMESAKE_KINDS:
            continue  # one name, not a list: only a town or village has namesakes ("مطار الثعلة العسكري في ...")
        if ref.country in DEEP and _beyond(here, ref, LIST_REACH_KM):
            near = _near_or_unlisted(ctx, p, namesakes, ref, LIST_REACH_KM)
            if near.kind == "place_unknown":
                near.attrs.update(in_list=True, list_end=m.end("list"))  # one of the list's villages, like the rest
                if after_unlisted:  # (the name without its "و")
                    near = _list_unlisted(ctx, p, list_end=m.end("list"))
            swap[id(p)] = near
    return [swap.get(id(s), s) for s in out] if swap else out


def _followed_by_reference(ctx: Context, places: list[Span], k: int) -> bool:
    """The place after ``places[k]`` locates it ("القصير بريف حمص")."""
    if k + 1 >= len(places):
        return False
    p, q = places[k], places[k + 1]
    return bool(q.attrs.get("reference")) and (0 <= q.ns - p.ne <= 20 or _LOCATED_LIST.fullmatch(
        ctx.norm, p.ne, q.ns) is not None or _LIST_LOCATED.fullmatch(ctx.norm, p.ne, q.ns) is not None)


_RIGHT_AFTER = arabic_pattern(r"[\s،,]*(?:(?:في|داخل|وسط)\s+)?")


def _one_sense(ctx: Context, before: list[Span], out: list[Span], namesakes: dict[int, list[int]]) -> list[Span]:
    """A name that its context read as a namesake or an unlisted place ("قرية القصير بمحافظة درعا") keeps that sense
    wherever else the report names it with nothing to locate it ("قرية القصير هي آخر تواجد لإرهابيي داعش"): one
    report, one place of that name."""
    now = {(s.ns, s.ne): s for s in out if s.kind in ("place", "place_unknown")}
    sense: dict[tuple[int, ...], Span] = {}  # the candidates of a name -> the span its context made of it
    located = [s for s in before if s.kind == "place"]
    for s, q in itertools.pairwise(located):
        t = now.get((s.ns, s.ne))
        # only where the place that locates it follows right after ("بقرية القصير بمحافظة درعا"), not across
        # other words ("يتحدرون من مدينة القريتين ويسكنون في دمشق")
        if (t is not None and (t.kind != "place" or t.value != s.value)
                and _RIGHT_AFTER.fullmatch(ctx.norm, s.ne, q.ns)):
            sense.setdefault(tuple(namesakes.get(id(s), ())), t)
    if not sense:
        return out
    places = [s for s in out if s.kind == "place"]
    swap: dict[int, Span] = {}
    for k, p in enumerate(places):
        made = sense.get(tuple(namesakes.get(id(p), ())))
        if made is None or p.attrs.get("reference") or _followed_by_reference(ctx, places, k):
            continue
        if made.kind == "place_unknown":
            swap[id(p)] = ctx.span("place_unknown", p.ns, p.ne, made.value)
        elif made.value != p.value:
            swap[id(p)] = ctx.span("place", p.ns, p.ne, made.value, **p.attrs)
    return [swap.get(id(s), s) for s in out] if swap else out


def locate_by_context(ctx: Context, out: list[Span], namesakes: dict[int, list[int]]) -> list[Span]:
    """The place spans of ``out`` (``namesakes``: every gazetteer candidate of each, by ``id``) read against the
    places that locate them."""
    _located_by_town(ctx, out)
    before = list(out)
    out = _framed(ctx, _placed_by_reference(ctx, out, namesakes), namesakes)
    return _one_sense(ctx, before, _list_located(ctx, _listed_abroad(ctx, out, namesakes), namesakes), namesakes)
