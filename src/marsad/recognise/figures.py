"""Figures: killed / wounded / captured counts and destroyed materiel, with the words that carry them.

A figure term from ``lexicon.yaml`` ("مقتل", "قتيلا", "جرحى") takes the number next to it on the side the lexicon
says ("مقتل 20 عنصرا", "20 قتيلا"), a dual or singular counted noun ("مقتل عنصرين", "مقتل مدني") or a vague amount
("مقتل العشرات"). Numbers come from :mod:`marsad.text.numbers`.
"""

from __future__ import annotations

import re
from typing import Any

from marsad.recognise.context import Context
from marsad.schema import Span
from marsad.text.dates import WEEKDAYS
from marsad.text.matcher import Match, has_article
from marsad.text.normalise import arabic_pattern
from marsad.text.numbers import Quantity, find_quantities
from marsad.text.segment import COMPLEMENTIZER

_DUAL = arabic_pattern(r"(?:تين|تان|ين|ان)$")


def _at_least(norm: str, q: Quantity) -> Quantity:
    """"12 مدنيا على الأقل": the qualifier may follow the number and its noun."""
    if q.kind == "exact" and _AT_LEAST_AFTER.match(norm, q.end):
        return Quantity(q.start, q.end, q.low, None, q.acled, "atleast")
    return q


def _noun_after(nouns: list[Any], pos: int, norm: str, bridge: bool = False) -> Any | None:
    """The counted noun right after ``pos`` (an opening quote between: 'مقتل "والي الصقلاوية"'); with ``bridge``,
    also after a pronoun-bearing word ("قتل فيها متظاهر") or a time phrase ("وقتل صباح السبت مدنيان")."""
    for n in nouns:
        if n.word_start >= pos:
            gap = norm[pos:n.word_start].strip()
            if gap in _OPEN_QUOTES or (bridge and (_BRIDGE.fullmatch(gap) or _TIME_GAP.fullmatch(f" {gap} "))):
                return n
            return None
    return None


_OPEN_QUOTES = frozenset({"", "“", "«", '"', "„"})
_TIME_GAP = arabic_pattern(
    r"\s+(?:(?:ليله|مساء|صباح|فجر|ظهر|يوم|ليل)\s+)?(?:امس|اليوم|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)\s*,?\s*"
)
_ASIDE_GAP = arabic_pattern(
    r"\s*[،,]?\s*(?:(?:ليله|مساء|صباح|فجر|ظهر|يوم|ليل)\s+)?(?:(?:امس|اليوم|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)"
    r"\s*[،,]\s*)?(?:ايضا\s+)?(?:وفق|وفقا\s+ل|بحسب|حسب)\s*[^،,.:؛\n]{2,40}[،,]\s*")
# how the dead were killed, between the killing word and their number ("أعدم رميا بالرصاص أربعة", "الإعدام شنقا بحق")
_MANNER_GAP = arabic_pattern(r"\s*(?:(?:رميا\s+)?بالرصاص(?:\s+الحي)?|شنقا|ذبحا|نحرا|حرقا|رجما|صلبا|بالسيف)"
                             r"\s+(?:(?:بحق|في)\s+)?")
# a pronoun-bearing word ("قتل فيها متظاهر") or a short prepositional phrase ("وقتل في الاشتباكات جنديان")
_BRIDGE = arabic_pattern(r"(?:فيها|فيه|خلاله|خلالها|جراءه|جراءها|بها|به|منهم|عندها"
                         r"|(?:في|خلال|جراء|اثر|اثناء|بسبب)\s+(?:ال)?[\u0621-\u064a]+)")
_LUMPED = arabic_pattern(r"\s+و")  # "مقتل وإصابة العشرات": killed and wounded share one figure
_OTHERS = arabic_pattern(r"\s+(?:[\u0621-\u064a]+\s+)?(?:اخرون|اخرين)(?![\u0621-\u064a])")  # "وأصيب خمسة آخرون"
_TWO = arabic_pattern(r"(?:اثنين|اثنان|اثنتين|اثنتان)")  # "two" as an adjective after its noun ("إرهابيين اثنين")


def _quantity_after(qs: list[Quantity], pos: int, norm: str, nouns: list[Any] | None = None) -> Quantity | None:
    for q in qs:
        if q.start >= pos:
            if norm.startswith("و", q.start) and not norm[q.start + 1:q.start + 2].isdigit():
                return None  # "عشرات القتلى والعديد من الجرحى": an amount after "و" counts the next noun
            gap = norm[pos:q.start]
            if len(gap) <= 4 and gap.strip() in ("", "من"):
                return q
            if nouns is not None and _TWO.fullmatch(norm, q.start, q.end):
                n = _noun_after(nouns, pos + 1, norm, bridge=True)
                if n is not None and not norm[n.end:q.start].strip():
                    # "قتل إرهابيين اثنين", "وقتل صباح السبت مدنيين اثنين": "two" follows its noun as an adjective
                    return q
            if (nouns is not None and _MANNER_GAP.fullmatch(gap)
                    and _noun_after(nouns, q.end + 1, norm) is not None):
                return q  # "نفذ حكم الإعدام رميا بالرصاص في أربعة سائقين": the manner of killing stands between
            if _TIME_GAP.fullmatch(gap) or _ASIDE_GAP.fullmatch(gap):
                # "قتل ليلة أمس 5 وجرح 4": the time phrase stands between the verb and its number, and so does an
                # attribution set off by commas ("وقتل الخميس، أيضا وفق المرصد، 8 مدنيين")
                return q
            # "أعدم الخميس بالرصاص 22 جنديا": up to two words between, when a counted noun follows the number
            # ("وقتل في الاشتباكات 30 من أفراد القوات")
            # (not past "إن": "لإخلاء المصابين إن 13 مدنيا لقوا مصرعهم" counts the dead of what was said)
            if (nouns is not None and len(gap.split()) <= 2 and len(gap) <= 25 and not _PUNCT.search(gap)
                    and not COMPLEMENTIZER.search(gap)
                    and (_noun_after(nouns, q.end + 1, norm) is not None
                         or (norm.startswith("من ", q.end + 1) and _noun_after(nouns, q.end + 4, norm) is not None))):
                return q
            return None
    return None


# "ارتفعت حصيلة القتلى المدنيين في غوطة دمشق الشرقية، يوم الأحد، إلى 52 شخصا": the count of a toll word comes
# after "إلى", past the victims, the place and the day it qualifies (one clause: no full stop)
_TOLL_TERM = arabic_pattern(r"(?:حصيله|عدد)\s+(?:ال)?(?:قتلي|ضحايا|شهداء)|حصيله")
_TOLL_TO = arabic_pattern(r"[^.؛:\n]{0,90}?(?<![\u0621-\u064a])(?:الي\s+|ل\s*)$")  # "إلى 52", "لـ 35"
# "احتجاجا على مقتل", "تنديدا بمقتل": what a protest is about; "الذي يتهمونه بقتل عقيد": what a man is accused of
# (a verb with "him" as its object, not "اتهمت المعارضة النظام بقتل": a side's claim of who killed) (the kill term,
# with its "ب", follows right after)
_PROTESTED = arabic_pattern(r"(?<![\u0621-\u064a])(?:(?:احتجاجا|للاحتجاج)\s+علي|تنديدا|للتنديد"
                            r"|[يت]تهم(?:ون|ان)?ه|اتهم(?:ت|وا)?ه)\s+$")
# "وارتفعت بذلك حصيلة القتلى ... إلى 1517 مدنيا": "thereby" makes the toll a running total
_THEREBY = arabic_pattern(r"(?<![\u0621-\u064a])بذلك\s+$")
# "بلغت حصيلة القصف الجوي ... على درعا، 60 مدنيا": the toll of an attack, a count of people later in its clause
# (not the toll of arrests or of the wounded, which have words of their own)
_TOLL_OF = arabic_pattern(r"(?<![\u0621-\u064a])[وف]?حصيله\s+(?:هذا\s+|هذه\s+)?(?=[\u0621-\u064a])"
                          r"(?!(?:ال)?(?:جرحي|مصابين|اصابات|معتقلين|اعتقالات|موقوفين|مفقودين|نازحين|جديده|سابقه"
                          r"|اوليه|الاوليه|يوميه|غير|هي|تعد)(?![\u0621-\u064a]))")
_TOLL_OF_GAP = arabic_pattern(r"[^.؛:\n]{0,90}?")


def _toll_of_terms(norm: str, terms: list[Any]) -> list[Any]:
    """Bare "حصيلة X" phrases no figure term covers, as killed terms whose count comes later in the clause."""
    out = []
    for t in _TOLL_OF.finditer(norm):
        if any(m.word_start <= t.start() < m.end for m in terms):
            continue  # "حصيلة القتلى": a term of the lexicon
        out.append(Match(t.end(), t.end(), t.start(), ("killed", "toll", None), "حصيله"))
    return out


def _toll_count(norm: str, pos: int, qs: list[Quantity], persons: list[Any], terms: list[Any]) -> Quantity | None:
    """The count of people that the bare toll at ``pos`` came to ("حصيلة القصف ... إلى 60 مدنيا")."""
    for q in qs:
        if q.start > pos + 100:
            return None
        if q.start <= pos or not _TOLL_OF_GAP.fullmatch(norm, pos, q.start):
            continue
        if any(pos <= m.word_start < q.start for m in terms):
            return None  # "حصيلة سابقة أفادت بمقتل 16": another term carries that count
        if COMPLEMENTIZER.search(norm, pos, q.start):
            return None  # "آخر حصيلة صدرت عن داود أوغلو أن 320 شخصا أوقفوا": a reported clause of its own
        noun = _noun_after(persons, q.end + 1, norm)
        if noun is None or any(noun.end <= m.word_start <= noun.end + 12 and m.value[0] != "killed" for m in terms):
            return None  # "حصيلة ... 40 شخصا أصيبوا": the count of another term
        return q
    return None


def _toll_rose_to(norm: str, pos: int, qs: list[Quantity]) -> Quantity | None:
    """The count after "إلى" that a toll word ("حصيلة القتلى", "عدد الضحايا") at ``pos`` rose or came to."""
    for q in qs:
        if q.start > pos + 100:
            return None
        if q.start > pos and _TOLL_TO.fullmatch(norm, pos, q.start):
            return q
    return None


def _after_subject(subjects: list[Span], pos: int, norm: str) -> int | None:
    """Where the verb's subject ends when an actor name comes right after the verb ("أعدم تنظيم داعش أمس تسعة من
    سائقي الأجرة", "قتلت القوات العراقية 15 مسلحا"): in VSO order the number follows the subject."""
    for a in subjects:
        if a.ns >= pos:
            return a.ne if not norm[pos:a.ns].strip() else None
    return None


_ONE_OF_BEFORE = arabic_pattern(r"(?<![\u0621-\u064a])(?P<one>(?:احد|احدي)\s+[\u0621-\u064a]+)\s+(?:قد\s+)?$")
# (or the group they belong to: "وأن عنصرين من وحدات الحماية قضوا")
_SUBJECT_GAP = arabic_pattern(r"\s+(?:(?:واحدا|واحد|واحده|واحدة)\s+)?(?:(?:علي\s+الاقل|فقط)\s+)?"
                              r"(?:من\s+(?:[\u0621-\u064a]+\s+){1,3}?)?(?:قد\s+)?")


def _noun_before(nouns: list[Any], pos: int, norm: str) -> Any | None:
    """An indefinite singular or dual person noun that is the subject of the term at ``pos`` ("رجلا واحدا على
    الأقل قتل"), not one with the article ("الرجل الذي قتل") or one counted by a number before it."""
    for n in reversed(nouns):
        if n.end > pos:
            continue
        if (n.value[2] in (1, 2) and _SUBJECT_GAP.fullmatch(norm, n.end, pos)
                and not norm[n.word_start:n.start].endswith(("ال", "لل"))
                and not re.search(r"\d\s*$", norm[max(0, n.word_start - 4):n.word_start])):
            return n
        return None
    return None


# between a singular subject and the counted one joined to it: "قياديا في التنظيم وخمسة متطرفين قتلوا"
_JOINED_GAP = arabic_pattern(r"(?:\s+(?:في|من)\s+(?:[\u0621-\u064a]+\s+){0,2}?[\u0621-\u064a]+)?\s+و\s*$")


def _joined_before(norm: str, q: Quantity, persons: list[Any], used: set[int]) -> Quantity:
    """A counted subject with a singular or dual one joined before it ("إن قياديا في التنظيم وخمسة متطرفين قتلوا"):
    both are the dead (6)."""
    if q.low is None:
        return q
    for n in reversed(persons):
        if n.end > q.start:
            continue
        if (n.value[2] in (1, 2) and n.word_start not in used and _JOINED_GAP.fullmatch(norm, n.end, q.start)
                and not norm[n.word_start:n.start].endswith(("ال", "لل"))):
            c = int(n.value[2])
            return Quantity(n.word_start, q.end, q.low + c, None if q.high is None else q.high + c,
                            q.acled + c, q.kind)
        return q
    return q


def _quantity_before(qs: list[Quantity], pos: int, norm: str, nouns: list[Any]) -> Quantity | None:
    for q in reversed(qs):
        if q.end <= pos:
            gap = norm[q.end:pos]
            if not gap.strip():
                return q
            # "20 عنصرا قتلوا" / "16 جنديا عراقيا" : a counted noun between the number and the term
            n = _noun_after(nouns, q.end + 1, norm)
            if n is None and norm.startswith("من ", q.end + 1):
                n = _noun_after(nouns, q.end + 4, norm)  # "7 من عناصر داعش قتلوا"
            if n is not None and len(gap) <= 60 and not _PUNCT.search(gap):
                return q  # "12 مدنيا على الأقل من عائلة واحدة قتلوا"
            if _MET.search(norm, max(0, q.start - 8), q.start) and len(gap) <= 60 and not _PUNCT.search(gap):
                return q  # "لقي 18 من قوات النظام السوري مصرعهم": the count between "لقي" and its "مصرعهم"
            if norm[q.start:q.end] in ("واحد", "واحده"):
                continue  # "من عائلة واحدة": an adjective, look further back
            return None
    return None


_PUNCT = arabic_pattern(r"[،,.:;؛\n]")
_MET = arabic_pattern(r"(?<![\u0621-\u064a])[وف]?(?:لقي|لقيت|لقوا)\s+(?:(?:نحو|حوالي|قرابه)\s+)?$")
_CIVILIAN_AFTER = arabic_pattern(
    r"[^.،,:;؛\n]{0,20}?(?<![\u0621-\u064a])(?:من\s+(?:عائله|اسره|عائلات|اسر)|"
    r"بينهم\s+(?:\S+\s+)?(?:نساء|اطفال|طفل|طفلان|طفلين|امراه|امراتان|امراتين))(?![\u0621-\u064a])"
)
_KILLED_OR_WOUNDED = arabic_pattern(
    r"[^.،,:;؛\n]{0,25}?(?<![\u0621-\u064a])(?:ما\s+)?بين\s+(?:قتيل|قتلى)\s+و\s*(?:جريح|جرحى|مصاب|مصابين)"
)
# a toll over several days, weeks or months is a running total, not the toll of one event ("ليرتفع عدد القتلى إلى
# 305 خلال 3 أيام من القصف", "تشهد منذ أيام غارات أوقعت أكثر من 300 قتيل"): ACLED gives it to no event
_SPAN_UNITS = (r"(?:ايام|يومين|اسابيع|اسبوعين|اشهر|شهور|شهرين|سنوات|سنين|اعوام|عامين"
               r"|(?:ال)?(?:ـ)?(?:48|72|96)\s*ساعه|الساعات\s+(?:ال)?(?:ـ)?(?:48|72|96))")  # two days or more
_PERIOD_AFTER = arabic_pattern(
    r"[^.،,:;؛\n]{0,30}?(?<![\u0621-\u064a])(?:خلال|منذ|على مدى|علي مدي|طيله|طوال|في غضون)\s+"
    r"(?:[^\s.،,]+\s+){0,2}?" + _SPAN_UNITS + r"(?![\u0621-\u064a])"
)
_PERIOD_BEFORE = arabic_pattern(
    r"(?<![\u0621-\u064a])منذ\s+(?:[^\s.،,]+\s+)?" + _SPAN_UNITS + r"(?![\u0621-\u064a])[^.]{0,80}$"
)
# "أوقع 250 قتيلا منذ الأحد": a toll since a named day is a running total when that day is two or more days back
_SINCE = (r"(?<![\u0621-\u064a])منذ\s+(?:يوم\s+)?(?P<day>" + "|".join(WEEKDAYS) + r")(?![\u0621-\u064a])")
_SINCE_DAY = arabic_pattern(r"[^.،,:;؛\n]{0,30}?" + _SINCE)
_SINCE_DAY_ANY = arabic_pattern(_SINCE + r"[^.:;؛\n]*$")


def _since_days_ago(ctx: Context, norm: str, pos: int, before: int | None = None) -> int:
    """How many days back the named day of a "منذ <weekday>" right after a figure is, or, with ``before``, anywhere in
    ``norm[pos:before]`` ("أدت المعارك المستمرة منذ الأربعاء إلى مقتل 37"); 0 when there is none."""
    m = _SINCE_DAY.match(norm, pos) if before is None else _SINCE_DAY_ANY.search(norm, pos, before)
    published = ctx.doc.published
    if m is None or published is None:
        return 0
    return (published.weekday() - WEEKDAYS[m.group("day")]) % 7 or 7


_SINCE_BEFORE = arabic_pattern(r"(?<![\u0621-\u064a])منذ\s+(?:يوم\s+)?$")
_RISEN_TO = arabic_pattern(r"(?<![\u0621-\u064a])(?:الي|ل)\s*$")


def _since_date(ctx: Context, start: int, end: int) -> bool:
    """A count risen "since" a date two or more days back "to" it ("ليرتفع عدد قتلى قوات الأمن منذ 20 يوليو الماضي
    إلى 21 قتيلا"): a running total (the date is in ``norm[start:end]``, "إلى" right before ``end``)."""
    published = ctx.doc.published
    return published is not None and _RISEN_TO.search(ctx.norm, max(0, end - 6), end) is not None and any(
        start <= d.ns < end and d.attrs.get("kind") == "explicit" and (published - d.value).days >= 2
        and _SINCE_BEFORE.search(ctx.norm, max(0, d.ns - 10), d.ns) for d in ctx.spans.get("date", []))


_BREAKDOWN = arabic_pattern(r"(?:بينهم|بينهن|منهم|منهن|بينها|من\s+بينهم|بينما|اضافه\s+الي)\s*$")
_AMONG = arabic_pattern(r"(?<![\u0621-\u064a])(?:من\s+)?بين\s+$")
_AND_WOUNDED = arabic_pattern(r"\s*و\s*(?:جريح|جرحي|مصاب|مصابين)(?![\u0621-\u064a])")
# a count before a killed term that a wounded term joins ("25 قتيلا وجريحا", "عشرات القتلى والجرحى") counts both
_AND_WOUNDED_TERM = arabic_pattern(r"\s*و\s*(?:ال)?(?:جريح|جريحا|جرحي|مصاب|مصابا|مصابين)(?![\u0621-\u064a])")
_AT_LEAST_AFTER = arabic_pattern(r"\s*(?:[\u0621-\u064a]+\s+)?(?:علي|على)\s+الاقل")


# "جندي تركي وأحد متشددي": up to two adjectives after a counted victim, or the group it is counted from ("10
# عناصر من قوات النظام و8 ..."), then "و" and the next victims (not a place between: "ثلاثة مدنيين في كفرنبل وخمسة
# مدنيين في سراقب" are two places' tolls)
_AND_MORE = arabic_pattern(r"(?:\s+(?!و|(?:في|على|داخل|قرب)(?![\u0621-\u064a]))[\u0621-\u064a]+){0,2}?\s+و\s*"
                           r"|(?:\s+على\s+الاقل)?\s+من(?:\s+[«\"“(]?(?!و)[\u0621-\u064a]+[»\"”)]?){1,3}?\s+و\s*")
_ONE_OF = arabic_pattern(r"(?:احد|احدي)\s+")
_FROM_GROUP = arabic_pattern(r"\s+من\s+[«\"“(]?")
_AT_LEAST_FROM = arabic_pattern(r"\s+على\s+الاقل\s+من\s")
_THEIR_OWN = arabic_pattern(r"[\u0621-\u064a]{3,}(?:ه|ها|هم)(?![\u0621-\u064a])")


def _and_more(norm: str, pos: int, persons: list[Any], qs: list[Quantity], first: str | None,
              groups: list[Span]) -> tuple[int, int] | None:
    """More victims coordinated right after a counted one of category ``first`` ("جندي ومتظاهر", "10 عناصر من
    التنظيم و18 مقاتلا", "وأحد متشددي التنظيم", "11 من عناصر داعش و10 مدنيين", "37 مسلحا من داعش و16 من قوات
    النظام"): (their count, where they end), or None. A count "من" a group (``groups``: actor spans) needs no
    counted noun. Women or children after people ("20 شخصا و4 أطفال") are read as a breakdown, not added."""
    mm = _AND_MORE.match(norm, pos)
    if mm is None:
        return None
    at = mm.end()
    one = _ONE_OF.match(norm, at)
    n = _noun_after(persons, one.end(), norm) if one is not None else None
    if n is None:
        n = _noun_after(persons, at - 1, norm)
        if n is not None and not (n.word_start == at - 1 and n.value[2] in (1, 2)):
            n = None  # only "ومتظاهر", "وامرأتان": the conjunction is the noun's own clitic
        count = int(n.value[2]) if n is not None else 0
    else:
        count = 1
    if n is None:
        q = next((x for x in qs if x.start in (at, at - 1)), None)
        if q is None or not q.exact or q.low is None:
            return None
        n, count = _noun_after(persons, q.end + 1, norm), q.low
        group = _FROM_GROUP.match(norm, q.end)
        if n is None and group is not None:
            # "و8 من مسلحي داعش", "و16 من قوات النظام": counted from a group
            n = _noun_after(persons, group.end(), norm)
            if n is None:
                # a group named as an actor, or as the first victim's own ("الوالي وثلاثة من مساعديه")
                actor = next((a for a in groups if a.ns == group.end()), None)
                own = _THEIR_OWN.match(norm, group.end())
                return (count, actor.ne) if actor is not None else (count, own.end()) if own is not None else None
    if n is None or (first == "person" and n.value[1] in ("child", "woman")):
        return None
    return count, n.end


_COUNT_OF = arabic_pattern(r"(?<![\u0621-\u064a])[وب]?(?:عدد|اعداد)\s+$")


def _implied(norm: str, m: Any, implies: int | str | None) -> Quantity | None:
    """The count a term carries by itself when no number stands next to it (lexicon ``implies``)."""
    if isinstance(implies, int):
        if implies == 1 and (has_article(norm, m) or _SERIES.search(norm, max(0, m.word_start - 16), m.word_start)):
            return None  # "عمليات الخطف والاغتيال", "سلسلة اغتيالات", "عمليات اغتيال": a kind or a series, no count
        return Quantity(m.word_start, m.end, implies, implies, implies, "dual" if implies == 2 else "exact")
    if has_article(norm, m):
        return None  # "القتلى والجرحى": the article points back to figures already given
    if _COUNT_OF.search(norm, max(0, m.word_start - 8), m.word_start):
        return None  # "ليرتفع عدد قتلى قوات الأمن": the number of the dead is named, not "several dead"
    # an unnumbered claim: its figures stay null (the source gave none), the event counts ACLED's "several"
    if implies == "several":
        return Quantity(m.word_start, m.end, None, None, 3, "vague")
    return None


def _lumped(norm: str, m: Any, following: Any | None) -> bool:
    """A killed term joined by "و" to a wounded one ("مقتل وإصابة", "قتل وجرح"), without the article."""
    return (
        m.value[0] == "killed"
        and following is not None
        and following.value[0] == "wounded"
        and not has_article(norm, m)
        and _LUMPED.fullmatch(norm, m.end, following.word_start + 1) is not None
    )


# "لم يسفر القصف عن", "دون وقوع", "لم ترد معلومات عن", "دون ورود أنباء عن": no casualties are reported
_NIL = arabic_pattern(
    r"(?<![\u0621-\u064a])[وف]?(?:لم\s+(?:يسفر|تسفر|يسجل|تسجل|يصب)|دون\s+ان\s+(?:يسفر|تسفر)|عدم\s+وقوع|دون\s+وقوع"
    r"|(?:دون|بدون|لم\s+ترد|لم\s+تتوفر|لا\s+توجد|لا)\s+(?:ورود\s+)?(?:اي\s+)?(?:معلومات|انباء|تقارير)\s+(?:عن|حول))"
    r"(?![\u0621-\u064a])")
_ATTEMPT = arabic_pattern(r"(?<![\u0621-\u064a])(?:[وفبل]?(?:ال)?محاول\w*|نجا\s+من|نجت\s+من|نجوا\s+من)"
                          r"(?:\s+(?:عمليه|عمليات))?\s+$")
_SERIES = arabic_pattern(r"(?<![\u0621-\u064a])[وب]?(?:ال)?(?:عمليات|سلسله|حمله|جرائم|موجه)\s+$")
_SUBJECT_ADJ = arabic_pattern(r"\s+(?:ال)?(?:ارهابي|متطرف|متشدد|مسلح)(?![\u0621-\u064a])")


def _object_noun(persons: list[Any], subjects: list[Span], pos: int, norm: str) -> Any | None:
    """The counted noun right after the subject that follows the verb ending at ``pos`` (VSO order: "قتل تنظيم داعش
    الإرهابي رهينة", "قتلت قوات الأمن متظاهرين اثنين"), past an adjective of the subject; None with no subject."""
    subject_end = _after_subject(subjects, pos, norm)
    if subject_end is None:
        return None
    adj = _SUBJECT_ADJ.match(norm, subject_end)
    return _noun_after(persons, (adj.end() if adj else subject_end) + 1, norm)


_NIL_REACH = 30  # characters from the end of such a phrase to the casualty word it denies


def _nil_reports(ctx: Context) -> list[int]:
    """Where the phrases that report no casualties end."""
    return [m.end() for m in _NIL.finditer(ctx.norm)]


# "قتل ثلاثة مدنيين في كفرنبل، وخمسة في سراقب": after a toll and its place, "و" and a bare count told for another
# place are more dead of the same kind (a place word, no digit and no clause break between)
_TOLL_THEN_PLACE = arabic_pattern(r"\s*(?:في|على|داخل|ب)[^.؛;:\d\n]{1,40}?[،,]?\s*و\s*")
_PLACE_NEXT = arabic_pattern(r"\s*(?:(?:في|على|داخل)\s|ب)")


def _place_by_place(ctx: Context, found: list[Span], qs: list[Quantity], persons: list[Any],
                    used: set[int]) -> list[Span]:
    """Counts of dead told place by place after a first toll ("وخمسة في سراقب", "و4 مدنيين في معرة النعمان"):
    killed figures of the first one's category."""
    norm = ctx.norm
    out: list[Span] = []
    queue = sorted((f for f in found if f.kind == "figure" and f.value == "killed" and f.attrs.get("low") is not None
                    and f.attrs.get("kind") in ("exact", "dual", "singular")), key=lambda f: f.ns)
    while queue:
        f = queue.pop(0)
        q = next((x for x in qs if x.exact and x.low is not None and x.start not in used
                  and 0 < x.start - f.ne <= 50 and _TOLL_THEN_PLACE.fullmatch(norm, f.ne, x.start)), None)
        if q is None:
            continue
        noun = _noun_after(persons, q.end + 1, norm)
        end = noun.end if noun is not None and noun.word_start - q.end <= 1 else q.end
        if not _PLACE_NEXT.match(norm, end):
            continue
        used.add(q.start)
        category = noun.value[1] if noun is not None and noun.word_start - q.end <= 1 else f.attrs.get("category")
        span = ctx.span("figure", q.start, end, "killed", low=q.low, high=q.high, acled=q.acled, kind=q.kind,
                        category=category)
        out.append(span)
        queue.insert(0, span)
    return out


def recognise_figures(ctx: Context) -> list[Span]:
    """Spans of kind ``figure`` (value = role) and ``materiel`` (value = materiel type)."""
    norm = ctx.norm
    # "12 مدنيا بينهم 4 أطفال": the breakdown is part of the 12, not a figure of its own
    numbers = (ctx.kb.matchers["number_vague"], ctx.kb.matchers["number_words"])
    qs = [q for q in find_quantities(norm, matchers=numbers)
          if not _BREAKDOWN.search(norm, max(0, q.start - 12), q.start)]
    qs = [_at_least(norm, q) for q in qs]
    nouns = ctx.kb.matchers["nouns"].find(norm)
    persons = [n for n in nouns if n.value[0] == "person"]
    out: list[Span] = []
    used: set[int] = set()  # start of quantities already given to a figure term
    terms = ctx.kb.matchers["figures"].find(norm)
    if "حصيله" in norm:
        terms = sorted(terms + _toll_of_terms(norm, terms), key=lambda t: t.word_start)
    subjects = sorted(ctx.spans.get("actor", []), key=lambda a: a.ns)
    nil = _nil_reports(ctx)
    for i, m in enumerate(terms):
        role, position, implies = m.value
        if _AMONG.search(norm, max(0, m.word_start - 10), m.word_start) and not _AND_WOUNDED.match(norm, m.end):
            # "ومن بين الضحايا 11 امرأة و6 أطفال", "من بين قتلى المعارضة ثلاثة من القادة": a breakdown of a toll
            # told before, no toll of its own (not "250 شخصا بين قتيل وجريح": the dead and wounded together)
            continue
        if role == "killed" and _ATTEMPT.search(norm, max(0, m.word_start - 16), m.word_start):
            continue  # "محاولة اغتيال", "نجا من عملية اغتيال": an attempt, no one killed
        if role in ("killed", "wounded") and any(0 <= m.word_start - e <= _NIL_REACH
                                                 and not _PUNCT.search(norm, e, m.word_start) for e in nil):
            # "ولم يسفر القصف عن قتلى", "دون ورود معلومات عن إصابات": none reported; the event word stays
            out.append(ctx.span("figure", m.word_start, m.end, role, low=None, high=None, acled=None,
                                kind="none", category=None))
            continue
        q: Quantity | None = None
        noun = victims = None
        # "قتل وجرح نحو 30 عنصرا": a number after the pair counts killed and wounded together
        if position == "toll":
            q = _toll_count(norm, m.end, qs, persons, terms)
            if q is None:
                continue
            position = "none"
        lumped = _lumped(norm, m, terms[i + 1] if i + 1 < len(terms) else None)
        if position in ("after", "both") and not lumped:
            # "قتل شخصان" / "مقتل مدني": a dual or singular counted noun right after the term is the count
            noun = _noun_after(persons, m.end + 1, norm, bridge=True)
            if noun is not None and noun.value[2] not in (1, 2) and role == "killed":
                # "قتل المتمردون جنديين": the verb, a plural subject, then the one or two killed ("قتل مسلحون
                # مجهولون رجلا": past the subject's adjective)
                noun = (_noun_after(persons, noun.end + 1, norm) or _object_noun(persons, subjects, m.end, norm)
                        or noun)
            if noun is None and role == "killed":
                # "قتل تنظيم داعش الإرهابي رهينة": the verb, its subject, then the one or two killed
                noun = _object_noun(persons, subjects, m.end, norm)
            if (noun is not None and noun.value[2] == "plural" and role == "killed" and position == "after"
                    and not has_article(norm, noun) and noun.word_start not in used):
                victims = noun  # "فقتلت متظاهرين", "قتل مدنيون في قصف": the dead named with no number
            if noun is not None and noun.value[2] in (1, 2) and _quantity_after(qs, m.end, norm) is None:
                count = int(noun.value[2])
                q = Quantity(noun.word_start, noun.end, count, count, count, "dual" if count == 2 else "singular")
            else:
                noun = None
                q = _quantity_after(qs, m.end, norm, persons)
                subject_end = _after_subject(subjects, m.end, norm) if q is None else None
                if subject_end is not None:
                    q = _quantity_after(qs, subject_end, norm, persons)
                if q is None and _TOLL_TERM.fullmatch(m.pattern):
                    q = _toll_rose_to(norm, m.end, qs)
        if q is None and position in ("before", "both"):
            q = _quantity_before(qs, m.word_start, norm, persons)
            if q is not None and q.start in used:
                q = None  # "مقتل 24 عنصرا وإصابة آخرين": the 24 belongs to the killed
            if q is not None and role == "killed" and q.exact:
                q = _joined_before(norm, q, persons, used)

        if q is None and role == "killed":
            # "إن رجلا واحدا على الأقل قتل", "جنديان قتلا": an indefinite singular or dual noun as the subject
            before = _noun_before(persons, m.word_start, norm)
            if before is not None and before.word_start not in used:
                noun, count = before, int(before.value[2])
                q = Quantity(before.word_start, before.end, count, count, count, "dual" if count == 2 else "singular")
            else:
                # "إن أحد أعضائها قتل": one of a group, told as the subject
                one = _ONE_OF_BEFORE.search(norm, max(0, m.word_start - 30), m.word_start)
                if one is not None and one.start() not in used:
                    q = Quantity(one.start("one"), one.end("one"), 1, 1, 1, "singular")
        if (q is not None and role == "killed" and q.end <= m.word_start
                and _AND_WOUNDED_TERM.match(norm, m.end) is not None):
            q = Quantity(m.word_start, m.end, None, None, 3, "lumped")  # "25 قتيلا وجريحا": neither count is known
        if q is not None and role in ("killed", "wounded") and _KILLED_OR_WOUNDED.match(norm, q.end):
            # "سقط فيها أكثر من 250 شخصا بين قتيل وجريح": the dead and the wounded together, neither count; the
            # event takes ACLED's "several" dead
            q = Quantity(m.word_start, m.end, None, None, 3, "vague") if role == "killed" else None
        if q is None and lumped:
            # ACLED's "several", the claim keeps none; a count after the pair ("مقتل وإصابة العشرات", "قتل وجرح نحو
            # 30 شخصا") numbers the dead and the wounded together, as "عشرات القتلى والجرحى" does
            # (not "خمسة من أفرادها قتلوا وأصيب خمسة آخرون": the verb's dead come before it, "others" are the wounded)
            after = _quantity_after(qs, terms[i + 1].end, norm, persons) if position in ("after", "both") else None
            counted = after is not None and not _OTHERS.match(norm, after.end)
            q = Quantity(m.word_start, m.end, None, None, 3, "lumped" if counted else "vague")
        if q is None:
            q = _implied(norm, m, implies)
        if q is None and victims is not None:
            # an indefinite plural of people killed with no number is ACLED's "several" (3); the claim keeps none
            q, noun = Quantity(m.word_start, victims.end, None, None, 3, "vague"), victims
        if q is None:
            out.append(ctx.span("figure", m.word_start, m.end, role, low=None, high=None, acled=None,
                                kind="unspecified", category=None))
            continue
        used.add(q.start)
        if (_PERIOD_AFTER.match(norm, max(m.end, q.end))
                or (_TOLL_TERM.fullmatch(m.pattern) and _THEREBY.search(norm, max(0, m.word_start - 8), m.word_start))
                or _PERIOD_BEFORE.search(norm, max(0, m.word_start - 100), min(m.word_start, q.start))
                or _since_days_ago(ctx, norm, max(m.end, q.end)) >= 2
                or _since_days_ago(ctx, norm, max(0, m.word_start - 100), min(m.word_start, q.start)) >= 2
                or _since_date(ctx, max(0, m.word_start - 100), min(m.word_start, q.start))
                or _PROTESTED.search(norm, max(0, m.word_start - 24), m.word_start)):
            # a running total over days or months: no event's toll; a mention with nothing else is a recap (and so
            # is the killing a protest is about or a man is accused of, "اعتصم ألف شخص احتجاجا على قتل ... للعقيد
            # حسان الشيخ": it was told before; the protest is the news, the dead are no toll of it)
            out.append(ctx.span("marker", min(m.word_start, q.start), max(m.end, q.end), "total"))
            continue
        if noun is None:
            noun = _noun_after(persons, q.end + 1, norm)
        if noun is None and _TWO.fullmatch(norm, q.start, q.end):
            # "قتل إرهابيين اثنين": the noun before "two"; in VSO order it follows the subject ("قتلت قوات الأمن
            # متظاهرين اثنين", "قتل مسلحون مجهولون متظاهرين اثنين": the gunmen are not the dead)
            noun = _object_noun(persons, subjects, m.end, norm) or _noun_after(persons, m.end + 1, norm, bridge=True)
        category = noun.value[1] if noun is not None else None
        if category in (None, "person") and _CIVILIAN_AFTER.match(norm, max(m.end, q.end)):
            category = "civilian"  # "12 فردا من أسرة واحدة بينهم نساء وأطفال": a family, not fighters
        s, e = min(m.word_start, q.start), max(m.end, q.end, noun.end if noun is not None else 0)
        if (role == "killed" and (q.exact or (q.kind in ("atleast", "approx") and q.low is not None))
                and (noun is not None or _FROM_GROUP.match(norm, e) or _AT_LEAST_FROM.match(norm, e))):
            more = _and_more(norm, e, persons, qs, noun.value[1] if noun is not None else None, subjects)
            if more is not None:
                # "قتل خلاله جندي تركي وأحد متشددي التنظيم": the victims of both sides add up (ACLED counts all)
                extra, e = more
                q = Quantity(q.start, e, q.low + extra if q.low is not None else None,
                             q.high + extra if q.high is not None else None, q.acled + extra, q.kind)
        out.append(ctx.span("figure", s, e, role, low=q.low, high=q.high, acled=q.acled, kind=q.kind,
                            category=category))
    out.extend(_place_by_place(ctx, out, qs, persons, used))
    verbs = ctx.kb.matchers["materiel_verbs"].find(norm)
    for mat in nouns:
        if mat.value[0] != "materiel":
            continue
        if not any(0 <= mat.word_start - v.end <= 60 and not re.search(r"[.،,؛]", norm[v.end:mat.word_start])
                   for v in verbs):
            continue  # a weapon that was used, not materiel that was destroyed or seized
        q = _quantity_before(qs, mat.word_start, norm, [])
        word = norm[mat.word_start:mat.end]
        if q is not None and mat.word_start - q.end <= 2:
            count, s = q.acled, q.start
        elif _DUAL.search(word.split()[0]) and not word.split()[0].endswith("ات"):
            count, s = 2, mat.word_start
        elif word.split()[0].endswith("ات"):
            count, s = 3, mat.word_start
        else:
            count, s = 1, mat.word_start
        out.append(ctx.span("materiel", s, mat.end, mat.value[1], count=count))
    out.sort(key=lambda x: x.ns)
    return out
