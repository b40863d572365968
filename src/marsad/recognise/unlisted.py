"""Places the gazetteer does not hold, named after a place word: "قرية X بريف حلب" (assembly places them by the
known place that follows them)."""

from __future__ import annotations

import itertools
import re
from typing import Any

from marsad.recognise.context import Context
from marsad.schema import Span
from marsad.text.normalise import arabic_pattern

_UNKNOWN_AFTER = arabic_pattern(r"\s*((?:ال)?[\u0621-\u064a]{2,}(?:\s+(?:ال)[\u0621-\u064a]{2,})?)")
# names that are two words without the article ("كفر داعل", "تل شور", "بيت عوان", "أم حوش", "خان بني سعد", "الشيخ سعد",
# "حوش زريقة", "خربة غزالة", "معرة مصرين")
_UNKNOWN_COMPOUND = arabic_pattern(
    r"\s*((?:كفر|تل|بيت|خان|ام|ابو|دير|عين|جسر|راس|رام|قصر|عرب|امام|بير|بئر|جب|مزرعه|سوق|باب|حوش|خربه|قلعه|معره|حمام|(?:ال)?شيخ)\s+"
    r"(?:(?:بني|ابو)\s+[\u0621-\u064a]{2,}|[\u0621-\u064a]{2,}(?:\s+ال[\u0621-\u064a]{2,})?))")
_WORD = re.compile(r"\S+")
_QUOTED = arabic_pattern(r"\s*[(«\"“]\s*([\u0621-\u064a]{2,}(?:\s+[\u0621-\u064a]{2,})?)\s*[)»\"”]")
# the place words that name unlisted places (lexicon.yaml place_cues, by kind): one after "قرية", "منطقة البوعيثة"
# (an area only with the article), a list after "قرى الحواش والقاهرة والعنكاوي بسهل الغاب"
_SINGLE, _AREA, _LIST, _PAIR = "unlisted", "unlisted_area", "unlisted_list", "unlisted_pair"
# "و", a comma, or a dash ("(الجنينة ـ الجيعة)": the tatweel used as a dash is a space in the normalised text)
_LIST_SEP = re.compile(r"\s*[،,]?\s*و(?=[\u0621-\u064a])|\s*[،,]\s*|\s+[-–]\s+|\s{2,}(?=[\u0621-\u064a])")
_MAX_LISTED = 20
_AROUND = arabic_pattern(r"(?:شمال|جنوب|شرق|غرب|ريف|محيط|اطراف)")
# a place word that begins one item of a list ("ومنطقة غرز")
_ITEM_CUE = arabic_pattern(r"و?(?:منطقه|قريه|بلده|حي|مخيم|مزرعه)\s+")
# the second word of a town's name that the gazetteer matched by its first ("الغارية الغربية", "عتمان الكبرى")
_NAME_TAIL = arabic_pattern(r"\s+(?:ال)?(?:غربيه|شرقيه|شماليه|جنوبيه|كبري|صغري|فوقاني|تحتاني|قديمه|جديده)"
                            r"(?![\u0621-\u064a])")
# "4 قرى هي شقرا والحصان", "بلدتين وهما", "بلدات عدة، منها بنش ورام حمدان", "أربع قرى شرق نهر الفرات هي (...)":
# a pronoun between the place word (and up to three words of where they lie) and the names it lists
_LIST_COPULA = arabic_pattern(r"\s*(?:(?:عده|اخري|كثيره)\s*[،,]?\s*|(?:[\u0621-\u064a]+\s+){1,3})?"
                              r"و?(?:هي|هما|هم|منها|بينها|من\s+بينها)\s*\(?\s*")
# "نزوح العائلات باتجاه بلدات صدد وفيروزة": where people went, not where anything happened; "الدخول إلى مركز المدينة
# عبر أحياء الملعب والإسكان": the way they would go
_TOWARDS = arabic_pattern(r"(?<![\u0621-\u064a])و?(?:باتجاه|نحو|الى|صوب|عبر)\s+$")  # ("وباتجاه مدينتي حمص ودمشق")


def unlisted_places(ctx: Context, geo: list[Any], out: list[Span]) -> list[Span]:
    """``place_unknown`` spans (value = the name as the report spells it) after "قرية", "بلدة", "حي" ... where no
    gazetteer place (in ``out``) stands."""
    norm = ctx.norm
    found: list[Span] = []
    placed = [s for s in out if s.kind in ("place", "place_unknown")]  # what a list steps over
    known = [(s.ns, s.ne) for s in placed]  # (a far namesake made unlisted included: not read a second time)
    for g in geo:
        kind, cue_kind = g.value
        if kind == "cue" and cue_kind in (_LIST, _PAIR):
            if not norm[g.word_start:g.start].endswith(("ال", "لل")) and not _TOWARDS.search(
                    norm, max(0, g.word_start - 12), g.word_start):
                seen = {u.ns for u in found}  # "مدن وبلدات نوى وكحيل": both place words head the same list
                most = 2 if cue_kind == _PAIR else _MAX_LISTED
                found.extend(u for u in _listed(ctx, g, placed, most) if u.ns not in seen)
            continue
        if kind != "cue" or cue_kind not in (_SINGLE, _AREA):
            continue
        if any(a <= g.end <= b for a, b in known):
            continue
        if norm[g.word_start:g.start].endswith(("ال", "لل")):
            continue  # "البلدة المسيحية", "المخيم ومحيطه", "الحي الصناعي": the definite word names no new place
        name = _name_at(ctx, g.end)
        if name is None and cue_kind == _SINGLE:
            name = _quoted_name(ctx, g.end)
        if name is None or any(a <= name[0] < b for a, b in known):
            continue
        if cue_kind == _AREA and not name[2] and not norm.startswith("ال", name[0]):
            continue  # "منطقة عسكرية", "منطقة آمنة": an area is named with the article ("منطقة البوعيثة")
        text = ctx.span("name", name[0], name[1]).text  # as the report spells it, not normalised
        found.append(ctx.span("place_unknown", g.word_start, name[1], text, **_joined_to_known(norm, placed, g)))
    return found


def _joined_to_known(norm: str, placed: list[Span], cue: Any) -> dict[str, Any]:
    """"في بلدة تل الضمان وقرية المنطار بريف حلب": an unlisted village joined by "و" to a gazetteer place named right
    before it is listed with that place (which heads the list): ACLED codes one event at each."""
    if cue.start != cue.word_start + 1 or norm[cue.word_start] != "و":
        return {}
    head = next((p for p in placed if p.kind == "place" and not p.attrs.get("reference")
                 and p.ne <= cue.word_start and not norm[p.ne:cue.word_start].strip()), None)
    return {} if head is None else {"in_list": True, "list_head": head.ns}


def _quoted_name(ctx: Context, pos: int) -> tuple[int, int, bool] | None:
    """A name in quotes or brackets right after the place word ("قرية (البحصة)", 'قرية "المشيك"'), unless it is an
    actor's name ("حي «داعش»")."""
    mm = _QUOTED.match(ctx.norm, pos)
    if not mm or ctx.kb.matchers["actors"].find(ctx.norm, mm.start(1), mm.end(1)):
        return None
    return mm.start(1), mm.end(1), " " in mm.group(1)


def _name_at(ctx: Context, pos: int) -> tuple[int, int, bool] | None:
    """The unlisted name starting at ``pos``: its start, its end (before the first word that is no name: "قرية
    القرقور الواقعة", "قرية تل شور في") and whether it is a two-word compound ("كفر داعل")."""
    norm = ctx.norm
    compound = _UNKNOWN_COMPOUND.match(norm, pos)
    mm = compound or _UNKNOWN_AFTER.match(norm, pos)
    if not mm:
        return None
    words = list(_WORD.finditer(norm, mm.start(1), mm.end(1)))
    if len(words) > 1 and words[1].start() - words[0].end() > 1:
        words = words[:1]  # "الجنينة ـ الجيعة": a dash (a space in the normalised text) ends the name
    not_names = ctx.kb.not_names  # lexicon.yaml unlisted_not_names ("الواقعة", "في", "سكني", ...)
    kept = list(itertools.takewhile(lambda x: x.group() not in not_names, words))
    return (mm.start(1), kept[-1].end(), compound is not None) if kept else None


def _listed(ctx: Context, cue: Any, places: list[Span], most: int = _MAX_LISTED) -> list[Span]:
    """The names of a list headed by a plural place word that the gazetteer lacks ("قرى الحواش والقاهرة والعنكاوي":
    al-Hawash is known, the others are not). Each is a ``place_unknown`` with ``in_list`` and the list's end
    (``list_end``), where assembly looks for the place that locates the whole list ("بسهل الغاب"). ``most``: how
    many names the list holds at most (two after a dual: "بلدتي كفربطنا وسقبا")."""
    norm = ctx.norm
    pos = cue.end
    copula = _LIST_COPULA.match(norm, pos)
    if copula:
        pos = copula.end()
    names: list[tuple[int, int, bool]] = []
    head: int | None = None  # the first gazetteer place of the list ("نوى" in "مدن وبلدات نوى وكحيل")
    members: list[Span] = []  # its gazetteer places
    for i in range(most):
        if i:
            sep = _LIST_SEP.match(norm, pos)
            if not sep:
                break
            pos = sep.end()
        while pos < len(norm) and norm[pos] == " ":
            pos += 1
        known = next((p for p in places if p.ns <= pos < p.ne or p.attrs.get("name_ns") in (pos - 1, pos)), None)
        if known is not None:  # a gazetteer place, or a name already read as unlisted ("والحويجة" abroad)
            if known.attrs.get("reference") or (known.ns <= cue.start and _AROUND.search(
                    norm, cue.end, known.attrs.get("name_ns", known.ns))):
                # "بلدات ... في ريف درعا": the place that locates the list, not one of it; "قرى شمال غرب البوكمال،
                # وتمكن": the villages are around a place, no list of names follows
                break
            if head is None and known.kind == "place":
                head = known.ns
            if known.kind == "place":
                members.append(known)
            pos = known.ne
            tail = _NAME_TAIL.match(norm, pos)
            if tail:
                pos = tail.end()  # "والغارية الغربية": the gazetteer holds the first word of a two-word name
            continue
        word = _ITEM_CUE.match(norm, pos)
        if word and (names or head is not None):
            pos = word.end()  # "... واليادودة ومنطقة غرز وتل السمن": an item with its own place word
        name = _name_at(ctx, pos)
        if name is None or (not names and norm[name[0]] == "و"):
            break  # "قرى وبلدات": a second place word, not a name
        names.append(name)
        pos = name[1]
    if not names and len(members) > 1:
        # "في قرى المتونة والسويمرة وعراجة وتيما": a list the gazetteer holds whole; its places know their list
        # (assembly codes one event at each when the event's own place comes before it: ``where.listed_known``)
        for p in members:
            p.attrs.setdefault("known_list", (members[0].ns, pos))
    return [ctx.span("place_unknown", a, b, ctx.span("name", a, b).text, in_list=True, list_end=pos, list_head=head)
            for a, b, _ in names]
