"""Places: gazetteer names with their modifiers (direction, "ريف", cue words), disambiguated by context.

A name that is also a common word (``ambiguous`` in places.tsv) only counts after a place cue, a direction or a
vicinity word. A place directly followed by another ("غرب مدينة السخنة بريف حمص", "بادية تدمر شرق حمص") makes the
second a *reference* of the first: it is kept for context but not chosen as the event's location. Unknown villages
("قرية X بريف حلب") become ``place_unknown`` spans that assembly resolves to the nearby known reference.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from marsad.knowledge.loader import Place
from marsad.recognise.context import Context
from marsad.recognise.locating import DEEP as _DEEP
from marsad.recognise.locating import km as _km
from marsad.recognise.locating import locate_by_context
from marsad.recognise.unlisted import unlisted_places
from marsad.schema import Span
from marsad.text.normalise import DASH_GAP, arabic_pattern

_WORD = re.compile(r"\S+")
_LETTERS = re.compile(r"[\u0621-\u064a]+")
_HQ = arabic_pattern(r"(?:مقره|مقرها|ومقره|ومقرها|مقرها الرئيسي|ومقره الرئيسي)\s*(?:في\s*)?$")
# "دبي، الإمارات العربية المتحدة (CNN)--": the desk that filed the report, not where anything happened
_DATELINE = arabic_pattern(
    r"\s*[^\n()]{0,60}?\((?:cnn|سي\s*ان\s*ان|رويترز|ا\s*ف\s*ب|الاناضول|د\s*ب\s*ا)\)\s*[-–—]{1,2}", re.IGNORECASE)
# "داعش باللون الرمادي": a colour, not Ramadi
_COLOUR = arabic_pattern(r"(?<![\u0621-\u064a])[وب]*(?:ال)?لون\s*$")
# "مواطنة تدعى رانية", "المدعو تكريت": a person's name, not Ranya or Tikrit
_NAMED_PERSON = arabic_pattern(r"(?<![\u0621-\u064a])(?:تدعي|يدعي|المدعو|المدعوه|اسمه|اسمها|الملقب|الملقبه)\s+$")
_METONYM_BEFORE = arabic_pattern(
    r"(?<![\u0621-\u064a])(?:سلطات|حكومه|حكومتا|نظام|اعلنت|اكدت|قالت|اتهمت|طالبت|رفضت|تقوده|تقودها|بقياده|"
    r"المدعوم من|المدعومه من|المدعومين من|المدعومه من قبل|بدعم من|سفاره|سفير|وزاره|بتوقيت|توقيت|تصعيد من)\s+$"
)
# "في العاصمة أنقرة": the capital as the place where something happened, not as its government (not a bare
# "في موسكو": where statements are made)
_CITY_OF_CAPITAL = arabic_pattern(r"(?<![\u0621-\u064a])(?:في|داخل)\s+العاصمه\s+$")
_METONYM_AFTER = arabic_pattern(
    r"\s+(?:اعلنت|تعلن|قالت|تقول|اكدت|تؤكد|ترفض|رفضت|تتهم|اتهمت|نفت|تنفي|حذرت|تحذر|هددت|تهدد|"
    r"طالبت|تطالب|دعت|تدعو|ترد|ردت|وافقت|توافق)(?![\u0621-\u064a])"
)
_DISTANCE_BEFORE = arabic_pattern(
    # (also "الفلوجة 55/كلم غرب بغداد": some Iraqi outlets set a slash between the number and the unit)
    r"(\d+)\s*/?\s*(?:كلم|كم|كيلومترا|كيلومترات|كيلومتر|كيلو\s+مترا|كيلو\s+متر|ميلا|اميال)\s+"
    # (not a stretch "بين" two places: "منطقة حظر طيران من 90 كلم بين مدينتي مارع وجرابلس" names both ends)
    r"(?:(?!بين\s)[^\s\d.،,]+\s+){0,3}$"
)
# "قذيفة صاروخية أطلقت من منطقة الغوطة الشرقية على ضاحية ... دمشق": where the fire came from, not where it hit
_ORIGIN_BEFORE = arabic_pattern(
    r"(?<![\u0621-\u064a])(?:اطلق|اطلقت|اطلقوا|اطلقها|اطلقتها|انطلق|انطلقت|قادمه|قادما|قادم|مصدرها|مصدره)\s+"
    r"(?:[\u0621-\u064a]+\s+)?من\s+(?:(?:منطقه|مناطق|مدينه|بلده|داخل)\s+)?$"
    # "قذيفة صاروخية في شارع الثورة مصدرها حي جوبر"
    r"|(?<![\u0621-\u064a])(?:مصدرها|مصدره)\s+$"
)
# "شارعي الثورة وبغداد في دمشق", "في شارع بغداد": a street is named after a town, it is not in it
_STREET_BEFORE = arabic_pattern(r"(?<![\u0621-\u064a])[وبف]?(?:ال)?شارع(?:ي|ين)?\s+$")
_STREET_LIST = re.compile(r"\s*[،,]?\s*و")
# "نقل نحو 100 مقاتل تابع له إلى البادية السورية", "نزحت العائلات نحو بلدتي زيدل وصدد": where people or fighters
# were taken or went, not where anything happened (ACLED places a transfer or a displacement where it started)
_DESTINATION_BEFORE = arabic_pattern(
    r"(?<![\u0621-\u064a])(?<!بعد\s)[وفبل]?(?:ال)?(?:نقل|ترحيل|اجلاء|خروج|اخراج|تهجير|نزوح|فرار|هروب|لجوء|انسحاب|عوده|"
    r"نقلت|نقلوا|رحلت|رحلوا|اجلي|اجليت|نزحت|نزحوا|نزح|فروا|فرت|هربوا|هرب|لجات|لجاوا|توجهت|توجهوا|انسحبت|انسحبوا|"
    r"انسحب|عادت|عادوا|خرجت|خرجوا)(?:هم|ه|ها)?(?:\s+[\u0621-\u064a0-9]+){0,8}?\s+(?:الى|نحو|باتجاه|صوب)\s+$"
)
_HOSPITAL = arabic_pattern(r"[وفبل]?(?:ال)?مستشف")
_ADJACENT_BEFORE = arabic_pattern(
    r"(?<![\u0621-\u064a])(?:ال)?(?:مجاور|مجاوره|ملاصق|ملاصقه|محاذي|محاذيه|متاخم|متاخمه)(?:ين|تين)?\s+(?:ل|لل)?$"
)
#: a town this far (km, or miles) from the event is no location for it, not even at precision 2
FAR_KM = 50
# one adjective between a place and the town that locates it ("الغوطة الشرقية المحاصرة قرب دمشق")
# or an apposition set off by a comma, headed by a word that describes a place ("على دوما، آخر جيب للمعارضة قرب
# دمشق"; not a new clause: "بريف جسر الشغور، كذلك قصف الطيران مناطق في محيط مطار")
_EPITHET_GAP = arabic_pattern(r"\s+ال[\u0621-\u064a]{3,}\s+"
                              r"|\s*[،,]\s*(?:اخر|اكبر|كبري|ثاني|ثالث|معقل|مركز|عاصمه|احد|احدي|اهم|ابرز|مسقط)"
                              r"(?:\s+[\u0621-\u064a]+){0,3}\s+")
_GAP = arabic_pattern(r"^[\s\u0640]*(?:في|من|الى|قرب|على|و)?[\s]*$")
# "شرقي العاصمة السورية دمشق": the capital named in apposition lies between a direction and the town it bears on
_CAPITAL_GAP = arabic_pattern(r"^\s+العاصمه(?:\s+[\u0621-\u064a]+يه)?\s+$")
_ADMIN_CUES = {"محافظه", "محافظ", "ولايه", "اقليم", "محافظتي", "محافظات", "ولايات", "اقليمي", "مقاطعه"}
_TOWN_CUES = {"مدينه", "بلده", "قريه", "ناحيه", "قضاء", "حي", "مخيم", "مركز", "مدينتي", "مدن", "بلدتي", "بلدات",
              "قريتي", "قري", "حيي", "احياء", "مخيمات"}
# place words that name a landmark ("تل واسط", "جبل"): before a governorate's name abroad they make a local name
_LANDMARK_CUES = {"تل", "تله", "جبل", "سهل", "وادي", "نهر", "جسر", "سد"}


def _modifiers(ctx: Context, geo: list[Any], start: int) -> tuple[int, list[tuple[str, str, Any]]]:
    """Walk back over adjacent modifiers ("غرب", "مدينة", "ريف") before ``start``."""
    mods: list[tuple[str, str, Any]] = []
    pos = start
    norm = ctx.norm
    for g in reversed(geo):
        if g.end > pos:
            continue
        gap = norm[g.end:pos]
        capital = bool(_CAPITAL_GAP.match(gap))
        if gap.strip() and not _GAP.match(gap) and not capital:
            break
        if pos - g.end > 6 and not capital:
            break
        kind, payload = g.value
        if any(k == "cue" and c in _TOWN_CUES for k, c, _ in mods) and (
                "في" in gap or (kind == "cue" and g.pattern in _ADMIN_CUES)):
            break  # "والريف الشرقي للمحافظة في قرى طربا": the village word starts a place of its own
        mods.append((kind, g.pattern, payload))
        pos = g.word_start
    mods.reverse()
    return pos, mods


# a world town (GeoNames) named by a bare word, with no place word before it: only a town of some size, and only the
# best-known bearer of the name. Villages abroad are mostly common words ("أسفل" is not Asfal in Iran, "حصار" not
# Hesar); a namesake is not the famous one ("موسكو" is not Mesquite, Texas). Hand-added towns (``extra:``: Silopi,
# Arsal) always count.
BARE_ABROAD_MIN_POPULATION = 20_000


def _bare_abroad(p: Place, top: int) -> bool:
    return p.id.startswith("extra:") or (p.population >= BARE_ABROAD_MIN_POPULATION and p.population == top)


def _choose(cands: list[Place], mods: list[tuple[str, str, Any]], focus: Counter[str],
            centre: tuple[float, float] | None = None) -> Place:
    cues = {m[1] for m in mods if m[0] == "cue"}
    want_admin = bool(cues & _ADMIN_CUES)
    want_town = bool(cues & _TOWN_CUES) or any(m[0] in ("vicinity", "direction") for m in mods)

    def score(p: Place) -> tuple[float, ...]:
        admin = p.kind == "admin1"
        kind_fit = 1.0 if (want_admin and admin) or (want_town and not admin) else 0.0
        # namesakes in one country ("الطيبة"): the one nearest the report's other places
        near = -_km(centre, (p.lat, p.lon)) if centre is not None else 0.0
        return (kind_fit, focus.get(p.country, 0), 0.0 if admin else 1.0, near, float(p.population))

    return max(cands, key=score)


# what may lie between two names of one list: "و"/"،", and names missing from the gazetteer, each joined by "و"
# ("نوى وكحيل والسهوة ... ونصيب")
_NOT_PREP = r"(?!(?:في|من|علي|الي|قرب|عند|بين|داخل)(?![\u0621-\u064a]))"
_LIST_JOIN = re.compile(
    r"(?:\s+(?!و)" + _NOT_PREP + r"[\u0621-\u064a]+)?"  # the rest of the name before ("والغارية الغربية")
    # ("وسط" is "in the middle of", not "and" + a name)
    r"(?:\s*[،,]?\s*و\s?(?!سط(?![\u0621-\u064a]))[\u0621-\u064a]+(?:\s+(?!و)" + _NOT_PREP + r"[\u0621-\u064a]+)?){0,8}"
    # (a conjunction written apart is still one: "بلدة الباغوز و السوسة")
    r"\s*[،,]?\s*(?:و\s?)?"
)


# "على دوما", "في الميادين", "بتدمر": a preposition before a name that the report has already called a place
_PREPOSITION_BEFORE = arabic_pattern(
    r"(?<![\u0621-\u064a])(?:في|على|علي|من|الى|عن|قرب|حول|نحو|داخل|بين|محيط|اطراف|ضواحي)\s+$")


def _confirmed_names(ctx: Context, hits: list[Any], modified: list[tuple[int, list[Any]]],
                     cue_starts: set[int]) -> set[str]:
    """Ambiguous names ("دوما" is also "always") that the report calls a place somewhere ("مدينة دوما"): one sense
    per discourse, so another mention after a preposition ("على دوما") is the same place. ``modified``: each hit's
    :func:`_modifiers`."""
    out: set[str] = set()
    for m, (_, mods) in zip(hits, modified, strict=True):
        if m.pattern in out or not any(ctx.kb.places[i].ambiguous for i in m.value):
            continue
        if m.start in cue_starts or mods:
            out.add(m.pattern)
    return out


# "في سوريا المقابلة لمدينة كيليس", "في سوريا عبر الحدود قبالة بلدة كلس": a place named across a border from a town
_ACROSS = arabic_pattern(r"\s+(?:عبر\s+الحدود\s+)?(?:(?:ال)?مقابله|(?:ال)?مقابل|قباله)(?:\s+ل?(?:مدينه|بلده)?)?\s*$")
ACROSS_TOWN_KINDS = frozenset({"town", "city", "capital", "village"})


def _across_from(ctx: Context, found: list[Span], start: int, place: Place) -> tuple[int, Place] | None:
    """The nearest town of the country named right before "المقابلة لـ"/"قبالة" when the place after it lies in
    another country: (its index, the place), else None."""
    country = next((s for s in reversed(found) if s.kind == "country" and s.ne <= start), None)
    if country is None or country.value == place.country or start - country.ne > 40:
        return None
    if not _ACROSS.fullmatch(ctx.norm, country.ne, start):
        return None
    places = ctx.kb.places
    near = [(i, p) for i, p in enumerate(places) if p.country == country.value and p.kind in ACROSS_TOWN_KINDS]
    if not near:
        return None
    return min(near, key=lambda ip: _km((ip[1].lat, ip[1].lon), (place.lat, place.lon)))


def _after_preposition(norm: str, m: Any) -> bool:
    prefix = norm[m.word_start:m.start]
    return (bool(prefix) and prefix[-1:] in ("ب", "ل")) or bool(
        _PREPOSITION_BEFORE.search(norm, max(0, m.word_start - 10), m.word_start))


def recognise_places(ctx: Context) -> list[Span]:
    """Spans of kind ``place`` (value = index in ``kb.places``), ``place_unknown`` and ``country``."""
    kb = ctx.kb
    norm = ctx.norm
    geo = kb.matchers["geo"].find(norm)
    out: list[Span] = []
    focus: Counter[str] = Counter()
    for m in kb.matchers["countries"].find(norm):
        focus[m.value] += 1
        out.append(ctx.span("country", m.word_start, m.end, m.value, clitic=norm[m.word_start:m.start]))
    # the article on a name that has none makes another word: "البلد" is not Balad, "الصدد" not Sadad
    hits = [m for m in kb.matchers["places"].find(norm)
            if m.pattern.startswith("ال") or not norm[m.word_start:m.start].endswith(("ال", "لل"))]
    if not ctx.extra.get("allow_broad"):
        # broad regions ("شمالي العراق") place an event only in a report that names nothing more precise: the
        # pipeline asks for them in a second pass when the first found no event (see pipeline.extract)
        precise = [m for m in hits if kb.places[m.value[0]].kind != "broad"]
        if len(precise) < len(hits):
            ctx.extra["broad_seen"] = True
        hits = precise
    named = {s.value for s in out if s.kind == "country"}
    # a country is also named by its forces or government ("الجيش التركي" names Turkey)
    named |= {kb.actors[a.value[0]].country for a in kb.matchers["actors"].find(norm)
              if not a.value[2] and kb.actors[a.value[0]].country}
    # and by its adjective anywhere ("وسائل الإعلام التركية", "لقافلة عسكرية تركية" name Turkey)
    words = kb.nationality_words
    named |= {words[w] for tok in _LETTERS.findall(norm) for w in (tok, tok[1:]) if w in words}
    for m in hits:
        cands = [kb.places[i] for i in m.value]
        # a town abroad counts only where its country is named (as it is placed below): "هجوم بري" is no Brea, USA
        if (len({p.country for p in cands}) == 1 and not cands[0].ambiguous
                and (cands[0].country in _DEEP or cands[0].country in named)):
            focus[cands[0].country] += 1
    if not focus:
        focus.update({"SY": 1, "IQ": 1})
    sure = [kb.places[m.value[0]] for m in hits if len(m.value) == 1 and not kb.places[m.value[0]].ambiguous]
    centre = (sum(p.lat for p in sure) / len(sure), sum(p.lon for p in sure) / len(sure)) if sure else None
    ctx.extra["focus_country"] = focus.most_common(1)[0][0] if focus else None
    prev: Span | None = None
    countries = {(s.ns, s.ne) for s in out if s.kind == "country"}
    cue_starts = {g.start for g in geo if g.value[0] == "cue"}
    namesakes: dict[int, list[int]] = {}
    dateline = _DATELINE.match(norm)
    if dateline:
        hits = [m for m in hits if m.word_start >= dateline.end()]
    modified = [_modifiers(ctx, geo, m.word_start) for m in hits]  # (the confirmation pass reads them too)
    confirmed = _confirmed_names(ctx, hits, modified, cue_starts)
    street_end: int | None = None
    for m, (start, mods) in zip(hits, modified, strict=True):
        if _STREET_BEFORE.search(norm, max(0, m.word_start - 10), m.word_start) or (
                street_end is not None and _STREET_LIST.fullmatch(norm, street_end, m.start)):
            street_end = m.end  # and the next name of "شارعي الثورة وبغداد"
            continue
        street_end = None
        cands = [kb.places[i] for i in m.value]
        if (m.word_start, m.end) in countries and not mods:
            continue  # "لبنان" is the country, not Lebanon, Pennsylvania
        self_cued = m.start in cue_starts  # the name begins with its own place word: "حي القدم", "مخيم اليرموك"
        # "مدن وبلدات نوى وكحيل ... ونصيب والنعيمة": the cue at the head of a list covers every name in it
        # (not a name after "ب"/"ل": "... وقسطون بسهل الغاب" is where the list lies, not one more of it)
        in_cued_list = (prev is not None and prev.attrs.get("cued") and 0 <= m.word_start - prev.ne <= 120
                        and not set(norm[m.word_start:m.start]) & {"ب", "ل"}
                        and _LIST_JOIN.fullmatch(norm, prev.ne, m.start) is not None)
        if (any(p.ambiguous for p in cands) and not mods and not self_cued and not in_cued_list
                and not ((m.pattern in confirmed or m.pattern in kb.preposition_places)
                         and _after_preposition(norm, m))):
            continue  # also a common word: only after "مدينة", "في ريف", "غرب" ..., or named so before
        if (_COLOUR.search(norm, max(0, start - 10), start) or _NAMED_PERSON.search(norm, max(0, start - 10), start)
                or (not mods and kb.given_name_before.search(norm, max(0, start - 12), start))):
            continue  # (a family name after a first name: "محمد زمار", "خالد العبيدي")
        if _HQ.search(norm, max(0, start - 14), start):
            continue  # "ومقره لندن": where a source is based, not where anything happened
        if _METONYM_BEFORE.search(norm, max(0, start - 16), start) or _METONYM_AFTER.match(norm, m.end):
            continue  # "أعلنت بغداد", "سلطات دمشق", "التحالف الذي تقوده واشنطن": a government, not a place
        # outside Syria and Iraq the gazetteer is town-level for the whole world: a name counts only when its
        # country is named in the report, and never for very short names
        long_name = len(m.pattern.replace("ال", "")) >= 4
        everywhere = cands
        # "ف"/"ك" before a foreign name make another word far more often than a place ("فرانس" is not Reims)
        clitic_ok = not set(norm[m.word_start:m.start]) & {"ف", "ك"}
        # "بلدة كلس التركية": a country adjective right after the name says where it is, short names included
        adj = _WORD.match(norm, m.end + 1) if norm[m.end:m.end + 1] == " " else None
        nat = kb.nationality.get(adj.group()) if adj else None
        # a short name abroad needs its place word ("إقليم فان", "مدينة فان"): alone it is mostly another word
        long_name = long_name or any(k == "cue" for k, _, _ in mods)
        cands = [p for p in cands if p.country in _DEEP or p.country == nat
                 or (p.country in named and long_name and clitic_ok)]
        if not mods:
            if (any(p.kind == "capital" and p.country not in _DEEP for p in everywhere)
                    and not _CITY_OF_CAPITAL.search(norm, max(0, start - 12), start)):
                # a capital abroad with no place word is almost always its government ("موسكو", "واشنطن"), and
                # never a namesake abroad ("موسكو" is not Mesquite, Texas)
                cands = [p for p in cands if p.country in _DEEP]
            else:
                top = max(p.population for p in everywhere)
                cands = [p for p in cands if p.country in _DEEP or p.country == nat or _bare_abroad(p, top)]
        if not self_cued and all(k == "cue" and c in _LANDMARK_CUES for k, c, _ in mods) and all(
                p.kind == "admin1" and p.country != ctx.extra["focus_country"] for p in cands):
            # "محيط المشيك وتل واسط" in a report about Syria: a hill named like a governorate abroad, not the province
            continue
        if not cands:
            continue
        place = _choose(cands, mods, focus, centre)
        idx = next(i for i in m.value if kb.places[i] is place)
        across = _across_from(ctx, out, start, place)
        if across is not None:
            # "المنطقة الحدودية في سوريا المقابلة لمدينة كيليس": the town only locates a place across the border, in
            # the country named: its nearest town there (precision 2)
            idx, place = across
        precision = place.precision if across is None else max(place.precision, 2)
        if any(k in ("direction", "vicinity") for k, _, _ in mods):
            precision = max(precision, 2)
        if place.kind != "admin1" and any(k == "cue" and c in _ADMIN_CUES for k, c, _ in mods):
            precision = 3  # "محافظة شانلي أورفة": the province, placed at its capital (no admin-1 row abroad)
        reference = listed = False
        if prev is not None and 0 <= start - prev.ne <= 8 and not norm[prev.ne:start].strip(" و،,"):
            gap = norm[prev.ne:start]
            # (or a dash, "الجنينة ـ الجيعة")
            if ("و" in gap.replace(" ", "")[:1] or "،" in gap or "," in gap or norm[start:start + 1] == "و"
                    or DASH_GAP in gap):
                listed = True  # "قرى طربا والكسيب والغيضة": coordinated places, one event each (ACLED)
                reference = bool(prev.attrs.get("reference"))  # "المجاور لمخيم اليرموك وحي الحجر الأسود"
            else:
                reference = True  # "غرب مدينة السخنة بريف حمص": the second only locates the first
        elif (prev is not None and any(k in ("direction", "vicinity") for k, _, _ in mods)
              and _EPITHET_GAP.fullmatch(norm, prev.ne, start)):
            reference = True  # "الغوطة الشرقية المحاصرة قرب دمشق": an epithet of the first, then where it lies
        if (in_cued_list and any(k == "direction" for k, _, _ in mods) and not norm.startswith("و", start)
                and not listed):
            # "منطقتي حصيبة وجويبة شرق الرمادي": a direction after a cued list says where the list lies
            reference, in_cued_list = True, False
        if _ORIGIN_BEFORE.search(norm, max(0, start - 40), start):
            reference = True  # the origin of the fire only locates where it came from
        # (not a hospital: "نقلوا إلى مستشفى منبج" tells the area the wounded came from)
        destination = (bool(_DESTINATION_BEFORE.search(norm, max(0, start - 90), start))
                       and not _HOSPITAL.match(norm, start)) or bool(
            listed and prev is not None and prev.attrs.get("destination"))
        if _ADJACENT_BEFORE.search(norm, max(0, start - 16), start):
            reference = True  # "حي القدم المجاور لمخيم اليرموك": the neighbour only locates the place
        far = _DISTANCE_BEFORE.search(norm, max(0, start - 40), start)
        if far:
            reference = True  # "ديالى (60 كلم شمال شرقي بغداد)": a distance from a town only locates another place
            if int(far.group(1)) >= FAR_KM:
                continue  # "على بعد 250 كلم شمال بغداد": not near Baghdad at all, not even as a fallback
        cued = self_cued or in_cued_list or any(k == "cue" for k, _, _ in mods)
        span = ctx.span("place", start, m.end, idx, precision=precision, modifiers=[k for k, _, _ in mods],
                        reference=reference, listed=listed, name_ns=m.word_start, cued=cued, in_list=in_cued_list,
                        destination=destination, clitic=norm[m.word_start:m.start])
        out.append(span)
        namesakes[id(span)] = list(m.value)
        prev = span
    out = locate_by_context(ctx, out, namesakes)
    # an unlisted place already made from a far namesake ("حي الخالدية شمال حلب") is not read a second time
    taken = {(s.ns, s.ne) for s in out if s.kind == "place_unknown"}
    out.extend(u for u in unlisted_places(ctx, geo, out) if (u.ns, u.ne) not in taken)
    out.sort(key=lambda s: s.ns)
    return out
