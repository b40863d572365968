"""When an event happened: the date a mention gives, the report's own news day, and the day of a bare text."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from marsad.assemble.background import past_perfect
from marsad.assemble.mentions import Mention
from marsad.recognise.context import Context
from marsad.schema import Span
from marsad.text.normalise import arabic_pattern

OLD_MONTH_DAYS = 45  # a written-out month this far before a weekday named beside it is another time
LEAD_PARAGRAPHS = 1  # the title and the first paragraph (paragraph numbers 0 and 1) give the report's news day

# "مدينة كوباني التي دمرت في معارك ... انتصر فيها المقاتلون في يناير": a month named in a relative clause dates
# what the clause recalls, not the event the mention tells
_RELATIVE_CLAUSE = arabic_pattern(r"(?<![\u0621-\u064a])(?:التي|الذي|الذين|اللذين|اللتين)(?![\u0621-\u064a])")


def _dates_the_event(m: Mention, d: Span, norm: str) -> bool:
    """A month with no day dates the mention's event only right by its event word ("سيطرت القوات في ديسمبر الماضي
    على البوكمال", "في مايو قام مقنعون بخطف"), not from a clause further on ("... إعادة إعمار كوباني الواقعة على
    الجانب الآخر من الحدود ودمرتها معارك انتهت في يناير الماضي")."""
    lead = max(norm.rfind("،", m.sent.start, d.ns), norm.rfind(",", m.sent.start, d.ns), m.sent.start - 1) + 1
    if d.ns - lead <= 12:
        return True  # fronted: "ففي نهاية أبريل الماضي، قتل المرشح ..." dates the clause it opens
    for t in m.get("trigger"):
        if t.ns <= d.ns and d.ns - t.ne <= 40 and not _RELATIVE_CLAUSE.search(norm, t.ne, d.ns):
            return True
        if d.ne <= t.ns and t.ns - d.ne <= 40:
            return True
    return False


# "وذكر المرصد السوري لحقوق الإنسان، الثلاثاء، أن ...": a day set off by commas between the speaker and what it said
_SPEAKER_GAP = arabic_pattern(r"[^\n.،,؛:\"«»]{1,50}[،,]\s*$")
_NAMED_SPEAKER = arabic_pattern(r"\s*[«\"“][^\n.،,؛:«»\"“”]{1,45}[»\"”]\s*")
_SAID_AFTER = arabic_pattern(r"\s*(?:[،,:]|(?:ب?ان|عن|ب)(?![\u0621-\u064a]))")
_DAY_WORD = arabic_pattern(r"\s*(?:اليوم|يوم)\s+")
# "وقال البيان الذي صدر اليوم الجمعة إن": the day the statement named after the verb was issued
_ISSUED = arabic_pattern(r"\s*[^\n.،,؛:\"«»]{1,30}\s(?:الذي|التي)\s+(?:صدر|صدرت|نشر|نشرت)\s+(?:(?:اليوم|يوم)\s+)?")


# "قتل ثلاثة متمردين ...، حسبما أفادت السلطات المحلية اليوم (الجمعة).": the day that closes an attribution at the
# end of the sentence is the day the speaker told it
_AS_SAID = arabic_pattern(r"(?<![\u0621-\u064a])(?:حسبما|بحسب\s+ما|حسب\s+ما|وفق\s+ما|وفقا\s+لما|كما)\s+$")
_CLOSING_SPEAKER = arabic_pattern(r"\s+[^\n.،,؛:\"«»()]{1,50}?\s+(?:(?:اليوم|يوم)\s*)?\(?\s*")
_SENTENCE_END = arabic_pattern(r"\s*\)?\s*(?:[.\n]|$)")


_SINCE = arabic_pattern(r"(?<![\u0621-\u064a])(?:منذ|مطلع|بدايه)\s+(?:يوم\s+)?$")


def _statement_day(r: Span, d: Span, norm: str, sources: Sequence[Span] = ()) -> bool:
    """The day a statement was made: right after the reporting verb ("أعلنت الخميس"), set off by commas after its
    speaker ("أعلنت القوات العراقية، الجمعة، إحباط"; "وذكر المرصد، الثلاثاء، أن"), or right after a quoted or a
    registered speaker ("وأفاد «المرصد» أمس، بمقتل", "وافاد المرصد السوري لحقوق الانسان الثلاثاء عن مقتل"), or one
    of ``sources``, the speakers named right before it (a party among them for :func:`statement_only`)."""
    if 0 <= d.ns - r.ne <= 2 or _DAY_WORD.fullmatch(norm, r.ne, d.ns) or _ISSUED.fullmatch(norm, r.ne, d.ns):
        return True  # "أعلنت الخميس", "في بيان اليوم الأحد", "وقال البيان الذي صدر اليوم الجمعة"
    if (_AS_SAID.search(norm, max(0, r.ns - 12), r.ns) and _CLOSING_SPEAKER.fullmatch(norm, r.ne, d.ns)
            and _SENTENCE_END.match(norm, d.ne)):
        return True  # "، حسبما أفادت السلطات المحلية اليوم (الجمعة)."
    if not 0 < d.ns - r.ne <= 52 or _SAID_AFTER.match(norm, d.ne) is None:
        return False
    return (_SPEAKER_GAP.fullmatch(norm, r.ne, d.ns) is not None
            or _NAMED_SPEAKER.fullmatch(norm, r.ne, d.ns) is not None
            or any(r.ne <= s.ns and not norm[r.ne:s.ns].strip() and s.ne <= d.ns and not norm[s.ne:d.ns].strip()
                   for s in sources))


def choose_date(m: Mention, sent_dates: list[Span], norm: str) -> tuple[dt.date | None, int, Span | None]:
    """The mention's date (else its sentence's): not the statement's day right after a reporting verb when another
    is given; a day before a month; a month only by its event word. Returns (date, time precision, span)."""
    ds = [d for d in (m.get("date") or sent_dates) if d.attrs.get("precision", 1) <= 3
          and (d.attrs.get("kind") != "month" or _dates_the_event(m, d, norm))]
    # "أعلنت الخميس موسكو مقتل خمسة ... في الغارة ... يوم السبت": the day right after a reporting verb is the
    # statement's; another date in the mention dates the event (after the speaker only as below: a broader rule
    # measured worse on dev)
    said = [d for d in ds if any(_statement_day(r, d, norm) for r in m.get("report"))]
    # "وافاد المرصد السوري الثلاثاء عن مقتل سبعة اشخاص الاثنين": a weekday or "أمس" after a registered speaker
    # too, when another day dates the event (not a vague "قبل أيام"; not a full date, "أعلنت مصادر محلية في 29
    # يناير 2018 أن مستشفى استهدف ... عقب غارة سابقة في 22 يناير": an investigation's own chronology)
    by_source = [d for d in ds if d not in said and d.attrs.get("kind") in ("weekday", "relative")
                 and any(_statement_day(r, d, norm, m.get("source")) for r in m.get("report"))]
    if any(d.attrs.get("precision") == 1 for d in ds if d not in said and d not in by_source):
        said += by_source
    # "ما رفع الحصيلة منذ 18 فبراير": the start of a running count dates no event; and none at all when the count
    # comes right after it ("قتل المتمردون جنديين ليرتفع عدد القتلى منذ 20 يوليو إلى 21 قتيلا": the mention is news)
    since = [d for d in ds if d.attrs.get("kind") == "explicit" and _SINCE.search(norm, max(0, d.ns - 8), d.ns)]
    totals = [t.ns for t in m.get("marker") if t.value == "total"]
    ds = [d for d in ds if d not in said and d not in since] or [
        d for d in ds if d not in since or not any(0 <= t - d.ne <= 40 for t in totals)]
    exact = [d for d in ds if d.attrs.get("precision") == 1] or ds
    if exact:
        d = exact[0]
        # "توصلت المنظمة الأربعاء إلى أن السارين استخدم في هجومين ... في آذار/مارس 2017": a month and year written
        # out, a month or more before the day named beside it, dates what the mention tells (the day is the news of
        # it)
        old = [o for o in ds if o.attrs.get("kind") == "explicit" and o.attrs.get("precision") in (2, 3)
               and (d.value - o.value).days > OLD_MONTH_DAYS]
        if old and d.attrs.get("kind") in ("weekday", "relative"):
            d = old[0]
        return d.value, d.attrs["precision"], d
    return None, 0, None


# "اشتباكات عنيفة تدور في مدينة البوكمال", "تتواصل المعارك", "لا تزال الاشتباكات مستمرة": the fighting goes on as
# the statement is made
_ONGOING = r"(?:تدور|تتواصل|تستمر|متواصله|مستمره|(?:لا|ما)\s+(?:تزال|زالت))"
_ONGOING_AFTER = arabic_pattern(r"\s*(?:[\u0621-\u064a]+\s+)?" + _ONGOING + r"(?![\u0621-\u064a])(?!\s+منذ)")
_ONGOING_BEFORE = arabic_pattern(r"(?<![\u0621-\u064a])" + _ONGOING + r"\s+$")


def ongoing(m: Mention, norm: str) -> bool:
    """The mention's event word is told as going on ("إن اشتباكات عنيفة تدور في", "تتواصل المعارك"), not since an
    earlier day ("المعارك المتواصلة منذ فجر الجمعة")."""
    return any(_ONGOING_AFTER.match(norm, t.ne, min(len(norm), t.ne + 24)) is not None
               or _ONGOING_BEFORE.search(norm, max(0, t.ns - 16), t.ns) is not None for t in m.get("trigger"))


def statement_only(m: Mention, span: Span | None, norm: str) -> bool:
    """The date chosen is only the day of the statement that tells the event ("أعلنت القوات العراقية، الجمعة،
    إحباط هجوم"; right after its speaker, a registered source or a party: "وقال بيان لقوة المهام المشتركة اليوم :
    إن"): the event may be older, and a telling that dates the event itself wins when they merge. Not when the event
    is told as going on that day ("قال المرصد، السبت، إن اشتباكات عنيفة تدور في")."""
    speakers = [*m.get("source"), *m.get("actor")]
    return (span is not None and any(_statement_day(r, span, norm, speakers) for r in m.get("report"))
            and not ongoing(m, norm))


def document_day(ctx: Context) -> dt.date | None:
    """With no publication date (an investigation, a bare text): the day the report is about, i.e. the explicit
    full date it gives most often (the first one on a tie). Older dates are then background, as against a
    publication date."""
    days = [d.value for d in ctx.spans.get("date", []) if d.attrs.get("kind") == "explicit"
            and d.attrs.get("precision") == 1]
    if not days:
        return None
    counts = Counter(days)
    top = max(counts.values())
    return next(d for d in days if counts[d] == top)


def reference_date(ctx: Context) -> Span | None:
    """The report's own news day: the first day-precise date of the recent past that it mentions (a lead's "أمس",
    "الأحد"). Undated events of the report happened then, not necessarily on the publication day."""
    published = ctx.doc.published
    lead_end = next((s.end for s in ctx.sents if s.paragraph > LEAD_PARAGRAPHS), len(ctx.norm))
    for d in ctx.spans.get("date", []):
        if d.ns >= lead_end:
            break  # a day named deep in the body ("أعدم الخميس") is that item's own day, not the report's
        if d.attrs.get("precision") == 1 and published is not None and 0 <= (published - d.value).days <= 3:
            sent = ctx.sentence_at(d.ns)
            if sent is not None and past_perfect(ctx, sent.start, sent.end):
                continue  # "وكانت مقاتلات التحالف قد نفذت الأحد ...": the day of an earlier event, not the report's
            return d
    return None
