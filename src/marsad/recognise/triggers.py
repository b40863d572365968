"""Event triggers: words that name an event (sub-event type), from ``triggers.yaml``."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from marsad.knowledge.schemas import TERRITORY
from marsad.recognise.context import Context
from marsad.schema import Span
from marsad.text.matcher import Match, has_article
from marsad.text.normalise import arabic_pattern

# up to four words between an aim ("بهدف") and the event word it governs ("بهدف تفجيرها", "لمنع أي أعمال تخريب أو
# شغب"); punctuation ends the aim
# "هذا التفجير", "تلك الهجمات", "لهذه الضربات": an event already told, named again (not a part of it: "ستا من هذه
# الغارات" tells where six of them struck)
_DEMONSTRATIVE = arabic_pattern(r"(?<![\u0621-\u064a])(?<!من\s)[وفبل]?(?:هذا|هذه|ذلك|تلك|هذين|هاتين)\s+$")
# a clause break: punctuation or a connective that opens another clause (_CLAUSE_BREAK, _CONTEXT_END)
_BREAK_MARKS = r"[.،,؛;:\n]"
_BREAK_WORDS = r"بينما|فيما|حيث|كما|ثم|وسط"
# (never across a clause connective: "المتورطين في الفساد بينما اندلعت احتجاجات" governs no protest)
# (quotes may close around the cue: 'تعهدا "برد قوي مشترك" على هجوم كيميائي')
# (quotes around the words count as blank: "التي تأتي بعد "هجوم كيميائي" مفترض")
_AIM_GAP = arabic_pattern(r"[\"»”']?\s*[\"«“']?(?:(?!(?:" + _BREAK_WORDS
                          + r")\s)[\u0621-\u064a]+[\"»”']?\s+[\"«“']?){0,4}")


# "ضربات على مواقع الأسلحة الكيميائية", "برنامج الأسلحة الكيماوية": a chemical weapon named as a facility or a
# programme is the target of a strike or a subject of talks, no chemical attack
_FACILITY = arabic_pattern(
    r"(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:مواقع|موقع|منشات|منشاه|مخازن|مخزن|مخزون|مراكز|مركز|برنامج|مصانع|مصنع|"
    r"ترسانه|مستودعات|مستودع|ابحاث|انتاج|تصنيع|تطوير|تخزين|ورشه|منظومه|قدرات|مواد\s+اوليه)\s+(?:[\u0621-\u064a]+\s+)?$"
)
# the abducted named as known people ("المختطفين", "المخطوفات"): a participle of lexicon terms "مختطف*", "مخطوف*"
_HELD_NOUNS = frozenset({"مختطف", "مخطوف"})


def _told(norm: str, m: Match[Any]) -> bool:
    """A demonstrative before the definite event word: an event already told ("هذا التفجير"); before an indefinite
    one it is a pronoun and the event word is news ("لتندلع إثر ذلك مواجهات عنيفة", "وذلك بعد اشتباكات")."""
    return has_article(norm, m) and _DEMONSTRATIVE.search(norm, max(0, m.word_start - 7), m.word_start) is not None


def _governed(norm: str, cue_ends: list[int], start: int) -> bool:
    return any(0 <= start - e <= 30 and _AIM_GAP.fullmatch(norm, e, start) for e in cue_ends)


# "ويأتي هذا القصف بعد إعلان فشل المفاوضات", "وجاءت هذه القذائف غداة اقتحام القنصلية": a sentence that places the
# news just told in time tells, after its "بعد"/"غداة", an earlier event as context (not "وجاء التقدم عقب اشتباكات":
# the fighting that brought the advance is the same news)
_CONTEXT_OPENING = arabic_pattern(r"\s*[وف]?(?:ياتي|تاتي|جاء|جاءت)\s+(?:هذا|هذه|ذلك|تلك)(?![\u0621-\u064a])")
_CONTEXT_LINK = arabic_pattern(r"(?<![\u0621-\u064a])(?:بعد|غداه|بعيد|عقب)(?![\u0621-\u064a])")


# where the context clause ends: a clause break, a relative clause that adds news ("بحسب المرصد الذي أعلن أيضا مقتل
# 62 مدنيا"), or the announcement of the news itself ("بعيد ساعات على إعلان دمشق أن التحالف استهدف ...")
_CONTEXT_END = arabic_pattern(_BREAK_MARKS + r"|(?<![\u0621-\u064a])(?:" + _BREAK_WORDS
                              + r"|الذي|التي|الذين|[وب]?اعلان|اعلن|اعلنت)(?![\u0621-\u064a])")


def _context_clauses(ctx: Context) -> list[tuple[int, int]]:
    """The clauses that tell the earlier events of "ويأتي ذلك بعد ..." sentences: from the end of their "بعد" to the
    first clause break ("وتأتي هذه الهجمات بعد مرور أقل من شهر على مقتل 27 عنصرا ... في كمين لتنظيم داعش")."""
    out: list[tuple[int, int]] = []
    norm = ctx.norm
    for sent in ctx.sents:
        if _CONTEXT_OPENING.match(norm, sent.start):
            link = _CONTEXT_LINK.search(norm, sent.start, min(sent.end, sent.start + 60))
            if link:
                brk = _CONTEXT_END.search(norm, link.end(), sent.end)
                out.append((link.end(), brk.start() if brk is not None else sent.end))
    return out


# up to six words (a count, a vehicle noun, the acting unit, a day set off by commas) between a disruption verb and
# its device, no other punctuation: "دمرت القوات الأمنية العراقية ثلاث عجلات مفخخة", "بتصدي أنظمة الدفاع الجوي
# لهجوم صاروخي", "عثرت القوات الأمنية العراقية، الأحد، على خمس عبوات ناسفة"; never across the blast or its cause
# ("معالجة الجرحى مستمرة بعد انفجار عبوة ناسفة": the wounded are treated, the bomb went off)
_DISRUPTION_GAP = arabic_pattern(r"\s+(?:(?!(?:[وف]?(?:بعد|قبل|جراء|اثر|بسبب|نتيجه|انفجار|انفجرت|انفجر))\s)"
                                 r"[\u0621-\u064a0-9]+\s*[،,]?\s+){0,6}")
_DISRUPTS = {"bomb": ("bomb",), "seize": ("bomb", "workshop"), "intercept": ("bomb", "projectile")}


def _disruptions(ctx: Context) -> list[Span]:
    """A bomb destroyed, defused or seized, a missile or drone intercepted (lexicon ``disruption_verbs`` and
    ``disruption_devices``): a strong trigger of Disrupted weapons use that overrides the bombing it names."""
    norm = ctx.norm
    hits = ctx.kb.matchers["disruption"].find(norm)
    out = []
    for i, v in enumerate(hits):
        role, kind = v.value
        if role != "verb" or norm[v.word_start : v.start] in _LAM:
            continue  # "المصممة لإسقاط الطائرات والصواريخ": what a weapon is for, no event
        for d in hits[i + 1 : i + 7]:
            if d.value[0] == "device" and d.value[1] in _DISRUPTS[kind] and _DISRUPTION_GAP.fullmatch(
                norm, v.end, d.word_start
            ):
                out.append(ctx.span("trigger", v.word_start, d.end, "Disrupted weapons use", strength="strong",
                                    requires_actor=False, state_actor=False, non_state_actor=False,
                                    defender_first=False, overrides=True, leaver_first=False, stopped=True,
                                    recalled=False, told=False))
                break
    return out


AGREEMENT_REACH = 60  # characters around an agreement word where a word of concluding it must stand
FRONT_REACH = 16  # characters before a battle word searched for a front noun or a part taken in fighting
OPERATION_HEAD_REACH = 80  # characters before an aim noun searched for an operation head or an approach verb
RECALL_REACH = 60  # characters from a recalled event word to another that tells more of the same event
_CLAUSE_BREAK = arabic_pattern(_BREAK_MARKS + r"|(?<![\u0621-\u064a])(?:" + _BREAK_WORDS + r")(?![\u0621-\u064a])")
_LAM = frozenset({"ل", "ول", "فل", "لل", "ولل", "فلل"})  # the preposition "ل" (with the article: "لل")
# "تعرضت لهجوم", "يتعرض لقصف": the ل of undergoing, the event happened
_SUBJECTED = arabic_pattern(r"(?:تعرض|يتعرض|تتعرض|عرضه|نتيجه|اثر|جراء)\w*\s+(?:\S+\s+)?$")


# "تحرير أربع قرى", "تحرير 3 بلدات": liberating a counted number of places, the count between the verbal noun and
# the places (the lexicon's "تحرير قرى" with nothing between; "هيئة تحرير الشام" names no place)
_COUNTED_LIBERATION = arabic_pattern(
    r"(?<![\u0621-\u064a])[وف]?[بل]?(?:ال)?تحرير\s+(?:(?:[0-9]+|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|"
    r"ثماني|ثمانيه|تسع|تسعه|عشر|عشره|عده|عشرات|بضع|عدد\s+من|عدد\s+كبير\s+من|نحو|قرابه|اكثر\s+من)\s+){1,2}"
    r"(قري|بلدات|مناطق|احياء|مدن|قريتين|بلدتين|مدينتين|منطقتين)(?![\u0621-\u064a])"
)
_LIBERATION_TERM = "تحرير قري"
_LIBERATION_VALUES: dict[int, tuple[Any, list[Any]]] = {}  # by knowledge base: the values of "تحرير قرى"


def counted_liberations(ctx: Context) -> list[Match[Any]]:
    """Trigger hits for a liberation of a counted number of places, valued as the lexicon's "تحرير قرى"."""
    found = _COUNTED_LIBERATION.finditer(ctx.norm)
    first = next(found, None)
    if first is None:
        return []
    kb = ctx.kb
    cached = _LIBERATION_VALUES.get(id(kb))
    if cached is None or cached[0] is not kb:
        # looked up once per knowledge base (a lookup on another text resets the matchers' scan of the report)
        cached = (kb, [h.value for h in kb.matchers["triggers"].find(_LIBERATION_TERM)])
        _LIBERATION_VALUES[id(kb)] = cached
    return [Match(m.start(), m.end(), m.start(), v, _LIBERATION_TERM)
            for m in (first, *found) for v in cached[1]]


CAPABILITY_REACH = 60  # characters from a verb of being able to the "من السيطرة على" it governs


def recognise_triggers(ctx: Context) -> list[Span]:
    """Spans of kind ``trigger``: value = sub-event type (or ``@attack``), attrs: strength and actor hints.

    An event word governed by an aim ("بهدف تفجيرها": in order to detonate them) names no event and is left out; one
    governed by a recap cue ("بعد أيام من تفجير") is marked ``recalled``: it names an earlier event."""
    out = []
    norm = ctx.norm
    markers = ctx.kb.matchers["markers"].find(norm)
    # the words of an aim or a stop are no event themselves ("أوقفت عمليات القصف": no arrest), and an event word
    # inside a recap cue is the earlier event too ("من موقع الهجوم")
    aim_words = [(m.word_start, m.end) for m in markers if m.value == ("negation", "purpose")]
    recap_words = [(m.word_start, m.end) for m in markers if m.value == ("background", "next")]
    aims = [end for _, end in aim_words]
    recaps = [end for _, end in recap_words]

    def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in spans)

    context = _context_clauses(ctx)
    hits = ctx.kb.matchers["triggers"].find(norm)
    counted = counted_liberations(ctx)
    if counted:
        hits = sorted([*hits, *counted], key=lambda h: (h.word_start, h.end))
    for m in hits:
        if (_governed(norm, aims, m.word_start) or ctx.kb.expected.match(norm, m.end)
                or inside(aim_words, m.word_start, m.end)):
            continue  # "بهدف تفجيرها", "هجوم وشيك": an aim or an expected event, not one that happened
        if (m.pattern.startswith(ctx.kb.aim_nouns) and norm[m.word_start:m.start] in _LAM
                and not _SUBJECTED.search(norm, max(0, m.word_start - 25), m.word_start)):
            continue  # "للإفراج عن", "لاستعادة مدينة": what is sought, no event (but "تعرضت لهجوم" is one)
        sub, strength, requires_actor, state, non_state, defender_first, overrides, leaver_first = m.value
        if (sub in TERRITORY and m.pattern.startswith(ctx.kb.aim_nouns)
                and ctx.kb.operation_head.search(norm, max(0, m.word_start - OPERATION_HEAD_REACH), m.word_start)):
            continue  # "عملية تحرير الأنبار", "تقترب من تحرير": an operation or its aim, no place taken
        if sub == "Armed clash" and ctx.kb.front.search(norm, max(0, m.word_start - FRONT_REACH), m.word_start):
            continue  # "فرت من جبهات القتال": a front, no battle told
        if (sub in TERRITORY and m.pattern.startswith("من ")
                and not ctx.kb.capability.search(norm, max(0, m.word_start - CAPABILITY_REACH), m.word_start)):
            continue  # "لمنع المتشددين من السيطرة على": no capture without "تمكن"/"مكن"/"نجح" before it
        if sub == "Peaceful protest" and ctx.kb.protest_ref.search(norm, max(0, m.word_start - 16), m.word_start):
            continue  # "مطالب المحتجين", "بعد مغادرة المحتجين": the protesters named, no protest told
        if sub == "Chemical weapon" and _FACILITY.search(norm, max(0, m.word_start - 30), m.word_start):
            continue
        if m.pattern in _HELD_NOUNS and has_article(norm, m):
            continue  # "أهالي المختطفين", "تحرير المختطفين": the people already held, named; no abduction told
        if sub == "Agreement" and not ctx.kb.agreement_verbs.search(norm, max(0, m.word_start - AGREEMENT_REACH),
                                                                     m.end + AGREEMENT_REACH):
            continue  # "ما زال اتفاق التسوية هشا": a standing deal, no agreement reached (lexicon agreement_verbs)
        out.append(ctx.span("trigger", m.word_start, m.end, sub, strength=strength, requires_actor=requires_actor,
                            state_actor=state, non_state_actor=non_state, defender_first=defender_first,
                            overrides=overrides, leaver_first=leaver_first,
                            recalled=(_governed(norm, recaps, m.word_start)
                                      or inside(recap_words, m.word_start, m.end)
                                      or any(a <= m.word_start < b for a, b in context)),
                            told=_told(norm, m)))
    extra = _disruptions(ctx)
    if extra:
        out = sorted([*out, *extra], key=lambda t: (t.ns, t.ne))
    _recall_clause(norm, out)
    return out


def _recall_clause(norm: str, triggers: list[Span]) -> None:
    """"ردا على هجوم يعتقد أن تنفيذه قد تم بالأسلحة الكيميائية": an event word shortly after a recalled one, in the
    same clause (no punctuation between), tells more of that earlier event and is recalled too."""
    for prev, t in pairwise(triggers):
        if (prev.attrs.get("recalled") and not t.attrs.get("recalled") and 0 <= t.ns - prev.ne <= RECALL_REACH
                and not _CLAUSE_BREAK.search(norm, prev.ne, t.ns)):
            t.attrs["recalled"] = True


OLD_CLAUSE_DAYS = 30  # a month or date this far before publication, in an event word's relative clause, recalls it
OLD_CLAUSE_REACH = 160  # characters from the event word to that date
_RELATIVE_WORD = r"(?:التي|الذي|اللتين|اللذين)"  # (normalised: "التى" reads "التي")
_RELATIVE = arabic_pattern(r"(?<![\u0621-\u064a])" + _RELATIVE_WORD + r"(?![\u0621-\u064a])")
_RELATIVE_AFTER = arabic_pattern(r"\s+" + _RELATIVE_WORD + r"(?![\u0621-\u064a])")
_SENTENCE_BREAK = arabic_pattern(r"[.؛;\n]")
# a relative pronoun right before a territory verb ("التي سيطر", "الذي تمكن التنظيم من السيطرة")
_HELD_BY = arabic_pattern(r"(?<![\u0621-\u064a])" + _RELATIVE_WORD + r"\s+(?:[\u0621-\u064a]+\s+){0,2}$")
_SINCE = arabic_pattern(r"(?<![\u0621-\u064a])منذ\s+(?:[\u0621-\u064a]+\s+)?$")


def recall_by_old_dates(ctx: Context) -> None:
    """"كوباني المدمرة من جراء المعركة التي دارت ... من أيلول إلى كانون الثاني الماضيين", "التي دمرت في معارك ضارية
    استمرت أربعة أشهر وانتصر فيها المقاتلون في يناير": an event word of a relative clause ("التي" right after it, or
    shortly before it) that names a month or a date a month or more before publication, and no recent day, tells an
    earlier event: it is ``recalled`` (run after the dates are recognised)."""
    published = ctx.doc.published
    if published is None:
        return
    norm = ctx.norm
    dates = ctx.spans.get("date", [])
    for t in ctx.spans.get("trigger", []):
        if t.attrs.get("recalled"):
            continue
        own = _RELATIVE_AFTER.match(norm, t.ne)  # "المعركة التي دارت ..."
        if own is None and _RELATIVE.search(norm, max(0, t.ns - 20), t.ns) is None:
            continue
        # (not a date of another relative clause further on, "الهجومين اللذين تبناهما التنظيم الذي يسيطر منذ حزيران
        # 2014", nor the start of a state, "منذ")
        start = own.end() if own is not None else t.ne
        after = [d for d in dates if t.ne <= d.ns <= t.ne + OLD_CLAUSE_REACH
                 and not _SENTENCE_BREAK.search(norm, t.ne, d.ns) and not _RELATIVE.search(norm, start, d.ns)
                 and not _SINCE.search(norm, max(0, d.ns - 8), d.ns)]
        if after and all(d.attrs.get("precision", 1) <= 3 and (published - d.value).days >= OLD_CLAUSE_DAYS
                         for d in after):
            t.attrs["recalled"] = True
        elif (not after and t.value in TERRITORY and own is None
              and _HELD_BY.search(norm, max(0, t.ns - 20), t.ns) is not None):
            # "ومدينة تل أبيض التي سيطر عليها المقاتلون الأكراد أخيرا", "المناطق التي استعادت القوات الحكومية السيطرة
            # عليها": who took a place, told to describe it with no day of its own, is its history, not news
            t.attrs["recalled"] = True
