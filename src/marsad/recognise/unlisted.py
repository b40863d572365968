"""Places the gazetteer does not hold, named after a place word: "قرية X بريف حلب" (assembly places them by the
known place that follows them)."""

from __future__ import annotations

import itertools
import re
from typing import Any

from marsad.recognise.context import Context
from marsad.schema import Span
from marsad.text.normalise import arabic_pattern, normalise

_UNKNOWN_AFTER = arabic_pattern(r"\s*((?:ال)?[\u0621-\u064a]{2,}(?:\s+(?:ال)[\u0621-\u064a]{2,})?)")
# names that are two words without the article ("كفر داعل", "تل شور", "بيت عوان", "أم حوش", "خان بني سعد")
_UNKNOWN_COMPOUND = arabic_pattern(
    r"\s*((?:كفر|تل|بيت|خان|ام|ابو|دير|عين|جسر|راس|قصر|عرب|امام|بير|بئر|جب|مزرعه|سوق|باب)\s+"
    r"(?:(?:بني|ابو)\s+[\u0621-\u064a]{2,}|[\u0621-\u064a]{2,}(?:\s+ال[\u0621-\u064a]{2,})?))")
_WORD = re.compile(r"\S+")
# words after "قرية"/"حي" that are not a name ("البلدة التي", "قرية يسيطر عليها", "حي سكني", "بلدة تركية")
_NOT_A_NAME = frozenset(normalise(w) for w in (
    "التي", "الذي", "الذين", "الواقعة", "الواقع", "التابعة", "التابع", "المتاخمة", "المجاورة", "القريبة", "المحاذية",
    "ذاتها", "نفسها", "نفسه", "ذاته", "أخرى", "آخر", "إلى", "على", "في", "من", "عن", "بعد", "قبل", "تحت", "فوق", "أن",
    "وفي", "وفقا", "خلال", "تسمى", "يسمى", "يسيطر", "تسيطر", "تقطنها", "يقطنها", "يقطنه", "سكني", "شعبي", "تجاري",
    "صناعي", "تركية", "سورية", "عراقية", "لبنانية", "حدودية", "للنازحين", "للاجئين", "انفجرت", "قريبة", "صغيرة",
    "كبيرة", "مجاورة", "حيث", "بين", "عند", "لدى", "مع", "بالقرب", "قرب", "غض", "أو", "هجرها", "المنطقة", "البلاد",
    "عائلة", "الخاضعة", "المتصل", "المتصلة", "البعيدة", "السورية", "العراقية", "التركية", "اللبنانية", "الإيرانية",
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "بينهم", "منذ", "إثر", "ونحو", "والذي",
))


def unlisted_places(ctx: Context, geo: list[Any], out: list[Span]) -> list[Span]:
    """``place_unknown`` spans (value = the name as the report spells it) after "قرية", "بلدة", "حي" ... where no
    gazetteer place (in ``out``) stands."""
    norm = ctx.norm
    found: list[Span] = []
    known = [(s.ns, s.ne) for s in out if s.kind == "place"]
    for g in geo:
        if g.value[0] != "cue" or g.pattern not in ("قريه", "بلده", "مزرعه", "حي", "مخيم"):
            continue
        if any(a <= g.end <= b for a, b in known):
            continue
        if norm[g.word_start:g.start].endswith(("ال", "لل")):
            continue  # "البلدة المسيحية", "المخيم ومحيطه", "الحي الصناعي": the definite word names no new place
        mm = _UNKNOWN_COMPOUND.match(norm, g.end) or _UNKNOWN_AFTER.match(norm, g.end)
        if not mm or any(a <= mm.start(1) < b for a, b in known):
            continue
        # "قرية القرقور الواقعة", "قرية تل شور في": the name ends before the first word that is no name
        name_words = list(_WORD.finditer(norm, mm.start(1), mm.end(1)))
        kept = list(itertools.takewhile(lambda x: x.group() not in _NOT_A_NAME, name_words))
        if not kept:
            continue
        name_end = kept[-1].end()
        name = ctx.span("name", mm.start(1), name_end).text  # as the report spells it, not normalised
        found.append(ctx.span("place_unknown", g.word_start, name_end, name))
    return found
