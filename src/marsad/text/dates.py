"""Date expressions in Arabic reports, resolved against the publication date.

Explicit dates with Gregorian-Arabic (يناير...), Syriac (كانون الثاني...), Maghrebi and Latin month names, numeric
dates, Hijri dates (tabular calendar), and relative expressions ("اليوم", "أمس", "أول أمس", "الأحد", "يوم الأحد",
"فجر السبت", "الأسبوع الماضي", "الشهر الماضي"). ``precision`` follows ACLED's time_precision: 1 day, 2 week, 3 month.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from marsad.text.matcher import Matcher
from marsad.text.normalise import arabic_pattern, normalise

_MONTHS_RAW = {
    1: ["يناير", "كانون الثاني", "جانفي", "january", "jan"],
    2: ["فبراير", "شباط", "فيفري", "february", "feb"],
    3: ["مارس", "آذار", "march", "mar"],
    4: ["أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "april", "apr"],
    5: ["مايو", "أيار", "ماي", "may"],
    6: ["يونيو", "يونيه", "حزيران", "جوان", "june", "jun"],
    7: ["يوليو", "يوليه", "تموز", "جويلية", "july", "jul"],
    8: ["أغسطس", "اغسطس", "آب", "أوت", "august", "aug"],
    9: ["سبتمبر", "أيلول", "september", "sep", "sept"],
    10: ["أكتوبر", "اكتوبر", "تشرين الأول", "october", "oct"],
    11: ["نوفمبر", "تشرين الثاني", "november", "nov"],
    12: ["ديسمبر", "كانون الأول", "december", "dec"],
}
_HIJRI_RAW = {
    1: ["محرم"], 2: ["صفر"], 3: ["ربيع الأول"], 4: ["ربيع الثاني", "ربيع الآخر"], 5: ["جمادى الأولى"],
    6: ["جمادى الآخرة", "جمادى الثانية"], 7: ["رجب"], 8: ["شعبان"], 9: ["رمضان"], 10: ["شوال"],
    11: ["ذو القعدة", "ذي القعدة"], 12: ["ذو الحجة", "ذي الحجة"],
}
MONTHS = {normalise(n): m for m, names in _MONTHS_RAW.items() for n in names}
HIJRI = {normalise(n): m for m, names in _HIJRI_RAW.items() for n in names}
WEEKDAYS = {normalise(k): v for k, v in {
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6,
}.items()}
_PARTS = "(?:يوم|فجر|صباح|مساء|ليل|ليله|ظهر|عصر|ظهيره|نهار|منتصف ليل|منتصف ليله)"


def _alt(words: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_NB = r"(?<![\u0621-\u064a\w])"
_NA = r"(?![\u0621-\u064a\w])"
_DAY_LEAD = _NB + r"(?:[وف]?(?:في|يوم)\s+)?"
# the same month in the other calendar, after a slash or in brackets: "يناير (كانون الثاني)", "تموز/يوليو"
_MONTH_ALSO = r"\s*/\s*(?:" + _alt(MONTHS) + r")|\s*\(\s*(?:" + _alt(MONTHS) + r")\s*\)"
# after the day: "(من) (شهر) MONTH (/MONTH | (MONTH)) (من العام YYYY)"
_MONTH_TAIL = (
    r"(?:من\s+)?(?:شهر\s+)?(" + _alt(MONTHS) + r")(?:" + _MONTH_ALSO + r")?"
    + r"(?:\s+(?:(?:من\s+)?(?:العام|عام|سنه)\s+)?(\d{4}))?" + _NA
)
_DAY_MONTH_YEAR = arabic_pattern(_DAY_LEAD + r"(\d{1,2})\s*" + _MONTH_TAIL)
_UNITS = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
#: ordinal day numbers as dates are written out ("الرابع عشر من نيسان", "الحادي والعشرين من تموز"), normalised
ORDINAL_DAYS: dict[str, int] = {w: i + 1 for i, w in enumerate(_UNITS)}
ORDINAL_DAYS.update({"العاشر": 10, "الحادي عشر": 11, "العشرين": 20, "الثلاثين": 30})
ORDINAL_DAYS.update({w + " عشر": i + 1 + 10 for i, w in enumerate(_UNITS) if i > 0})
ORDINAL_DAYS.update({("الحادي" if i == 0 else w) + " والعشرين": 21 + i for i, w in enumerate(_UNITS)})
ORDINAL_DAYS["الحادي والثلاثين"] = 31
_ORDINAL_DAY_MONTH = arabic_pattern(_DAY_LEAD + r"(" + _alt(ORDINAL_DAYS) + r")\s+" + _MONTH_TAIL)
# a day of this month or of the last one: "في الخامس من الشهر الجاري", "يوم 20 من الشهر الحالي", "في 26 من الشهر
# الماضي", "في 8 الشهر الجاري"
_DAY_OF_MONTH_NAMED = arabic_pattern(
    _DAY_LEAD + r"(\d{1,2}|" + _alt(ORDINAL_DAYS) + r")\s+(?:من\s+)?(?:(?P<this>الشهر\s+(?:الجاري|الحالي)|هذا\s+الشهر)"
    r"|(?P<last>الشهر\s+(?:الماضي|المنصرم|السابق)))" + _NA
)
# (the other calendar's name may come between: "سبتمبر (أيلول) 2012", "تموز/يوليو 2014")
_MONTH_YEAR = arabic_pattern(_NB + r"(?:شهر\s+)?(" + _alt(MONTHS) + r")(?:" + _MONTH_ALSO + r")?"
                             r"\s+(?:(?:من\s+)?(?:العام|عام)\s+)?(\d{4})" + _NA)
# a month with no day or year: "في مايو", "منذ شهر أيار الماضي", "مطلع يناير (كانون الثاني)", "آذار الماضي"
_MONTH_ONLY = arabic_pattern(
    _NB + r"(?P<cue>(?:[وف]?(?:في|خلال|منذ|مطلع|منتصف|اواخر|اوائل|اواسط|نهايه|بدايه)\s+)(?:شهر\s+)?|[وف]?شهر\s+)?"
    + r"(?P<month>" + _alt(MONTHS) + r")(?P<also>" + _MONTH_ALSO + r")?"
    + r"(?:\s+(?P<when>الماضي|المنصرم|الفايت|المقبل|القادم))?" + _NA
)
_YEAR = arabic_pattern(
    _NB + r"(?:[وف]?(?:في|خلال|منذ|عام|العام)\s+)"
    r"(?:(?:صيف|شتاء|ربيع|خريف|مطلع|اوائل|اواخر|منتصف|نهايه|بدايه|اواسط)\s+)?"
    r"(?:(?:العام|عام|سنه)\s+)?((?:19|20)\d\d)" + _NA
)
_NUMERIC = arabic_pattern(r"(?<!\d)(?:(\d{4})([-/.])(\d{1,2})\2(\d{1,2})|(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}))(?!\d)")
_HIJRI_RE = arabic_pattern(_NB + r"(\d{1,2})\s+(" + _alt(HIJRI) + r")\s+(\d{4})\s*(?:ه|هـ)?" + _NA)
_RELATIVE = arabic_pattern(
    _NB + r"[وف]?(?:" + _PARTS + r"\s+)?(?:"
    r"(?P<bb>اول\s+امس|امس\s+الاول|اول\s+من\s+امس|الليل\s+قبل\s+الماضي|الليله\s+قبل\s+الماضيه)"
    r"|(?P<ln>الليله\s+الماضيه|ليله\s+امس|مساء\s+امس|امس|الليله)|(?P<t>اليوم|صباح\s+اليوم)"
    r"|(?P<wd>" + _alt(WEEKDAYS) + r")(?P<wdpast>\s+الماضي)?"
    # (the night between two days, with or without a dash: "ليل الجمعة - السبت", "ليل الجمعة السبت")
    r"(?:(?:\s*(?:-|–|/|و|الي|حتي)\s*|\s+)(?P<wd2>" + _alt(WEEKDAYS) + r"))?"
    r"|(?P<lw>الاسبوع\s+الماضي|الاسبوع\s+المنصرم)|(?P<lm>الشهر\s+الماضي|الشهر\s+المنصرم)"
    r"|(?P<tw>هذا\s+الاسبوع|الاسبوع\s+الجاري)|(?P<tm>الشهر\s+الجاري|هذا\s+الشهر)"
    r")" + _NA
)
_CORRECTION = arabic_pattern(r"\s*\(\s*امس\s*\)")
_DAY_BEFORE = arabic_pattern(r"\s*\(\s*الاول\s*\)")
# "قبل يومين", "قبل ثلاثة أيام", "قبل أكثر من أسبوع": so many days before publication
_AGO_DAYS = {"ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7, "ثلاث": 3, "اربع": 4, "خمس": 5}
_AGO = arabic_pattern(
    _NB + r"قبل\s+(?P<more>(?:اكثر|اقل)\s+من\s+|نحو\s+|حوالي\s+)?(?:(?P<n>\d{1,2}|" + "|".join(_AGO_DAYS)
    + r")\s+ايام|(?P<two>يومين)|(?P<w2>اسبوعين)|(?P<w>اسبوع)|(?P<few>(?:بضعه\s+)?ايام))" + _NA
)

@dataclass(frozen=True, slots=True)
class DateMention:
    """A resolved date expression in normalised coordinates."""

    start: int
    end: int
    date: dt.date
    precision: int  # 1 day, 2 week, 3 month, 4 year (only used to tell old events from new ones)
    kind: str  # explicit | relative | weekday | hijri | month | year | narrative


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def hijri_to_gregorian(y: int, m: int, d: int) -> dt.date:
    """Tabular Islamic calendar to Gregorian (may differ from Umm al-Qura by a day)."""
    jd = d + int(29.5 * (m - 1) + 0.99) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439 - 1
    return dt.date.fromordinal(jd - 1721425 + 1)


def _infer_year(month: int, day: int, published: dt.date | None) -> tuple[int, bool]:
    if published is None:
        return 0, False
    year = published.year
    cand = _safe_date(year, month, day or 1)
    if cand and cand > published + dt.timedelta(days=31):
        year -= 1
    return year, True


def _month_only(month: int, when: str | None, published: dt.date) -> dt.date:
    """The month meant by "في مايو" (the latest May up to the publication month), "مايو الماضي" (the latest May
    before it) or "مايو المقبل" (the next one), at its 15th (precision 3); this month: up to the publication day."""
    year = published.year
    if when in ("المقبل", "القادم"):
        year += 1 if month <= published.month else 0
    elif month > published.month or (month == published.month and when):
        year -= 1
    if year == published.year and month == published.month:
        return published.replace(day=min(15, published.day))
    return dt.date(year, month, 15)


_NUMERIC_HINT = arabic_pattern(r"\d[/.\-]\d")
_YEAR_DIGITS = arabic_pattern(r"(?:19|20)\d\d")


def anchor_matcher() -> Matcher[str]:
    """A new matcher for the words a date expression hangs on (months, weekdays, "أمس"...); the knowledge base joins
    one to its matcher group, so that one scan of a report serves it and every lexicon."""
    words: list[tuple[str, str]] = [(k, "month") for k in MONTHS] + [(k, "hijri") for k in HIJRI]
    words += [(k, "relative") for k in WEEKDAYS]
    words += [(w, "relative") for w in ("امس", "اليوم", "الليله", "الليل", "الاسبوع", "الشهر")]
    words += [(w, "ago") for w in ("يومين", "ايام", "اسبوع", "اسبوعين")]
    return Matcher(words)


_anchor_matcher = cache(anchor_matcher)  # one of its own, for callers without a knowledge base


def _anchors(norm: str, start: int, stop: int, matcher: Matcher[str] | None = None) -> dict[str, list[tuple[int, int]]]:
    """Where each family of date expressions may be: cheap Aho-Corasick/literal scans instead of running every
    big regex over the whole text."""
    out: dict[str, list[tuple[int, int]]] = {"month": [], "hijri": [], "relative": [], "year": [], "ago": []}
    for m in (matcher or _anchor_matcher()).iter_raw(norm, start, stop):
        out[m.value].append((m.word_start, m.end))
    out["year"] = [(m.start(), m.end()) for m in _YEAR_DIGITS.finditer(norm, start, stop)]
    return out


def _near(pattern: re.Pattern[str], norm: str, anchors: list[tuple[int, int]], start: int, stop: int,
          reach: int = 40) -> list[re.Match[str]]:
    """``pattern.finditer`` restricted to windows around the anchors (each match reported once, the longest where
    two windows cut it differently). Windows may overlap: a date that begins in one anchor's window and ends in
    the next one's ("في 21 آذار/مارس، ... في التاسع من نيسان/أبريل") is still found whole."""
    found: dict[int, re.Match[str]] = {}
    for a, b in sorted(anchors):
        lo = max(start, a - reach)
        hi = min(stop, b + reach)
        while hi < stop and norm[hi].isalpha():
            hi += 1  # never cut a word: the pattern's look-ahead must see where it really ends
        if hi <= lo:
            continue
        for m in pattern.finditer(norm, lo, hi):
            old = found.get(m.start())
            if old is None or m.end() > old.end():
                found[m.start()] = m
    return [found[k] for k in sorted(found)]


def find_dates(norm: str, published: dt.date | None, start: int = 0, end: int | None = None,
               anchors: Matcher[str] | None = None) -> list[DateMention]:
    """Every date expression in ``norm[start:end]``, resolved when possible. ``anchors``: the knowledge base's
    :func:`anchor_matcher`, else a private one."""
    stop = len(norm) if end is None else end
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in taken)

    def add(a: int, b: int, d: dt.date | None, prec: int, kind: str) -> None:
        if d is not None and free(a, b):
            out.append(DateMention(a, b, d, prec, kind))
            taken.append((a, b))

    yearless: set[int] = set()  # starts of day-month dates whose year was inferred from the publication date
    found = _anchors(norm, start, stop, anchors)
    for m in _near(_HIJRI_RE, norm, found["hijri"], start, stop):
        try:
            add(m.start(), m.end(), hijri_to_gregorian(int(m.group(3)), HIJRI[m.group(2)], int(m.group(1))), 1, "hijri")
        except (ValueError, OverflowError):
            continue
    day_forms: tuple[tuple[re.Pattern[str], Callable[[str], int], int], ...] = (
        (_DAY_MONTH_YEAR, int, 40),
        (_ORDINAL_DAY_MONTH, ORDINAL_DAYS.__getitem__, 60),  # "الحادي والعشرين من": a longer reach before the month
    )
    for pattern, day_of, reach in day_forms:
        for m in _near(pattern, norm, found["month"], start, stop, reach=reach):
            day, month = day_of(m.group(1)), MONTHS[m.group(2)]
            if m.group(3):
                year = int(m.group(3))
            else:
                year, ok = _infer_year(month, day, published)
                if not ok:
                    continue
                yearless.add(m.start())
            add(m.start(), m.end(), _safe_date(year, month, day), 1, "explicit")
    if published is not None and "الشهر" in norm[start:stop]:
        for m in _DAY_OF_MONTH_NAMED.finditer(norm, start, stop):
            day = int(m.group(1)) if m.group(1).isdigit() else ORDINAL_DAYS[m.group(1)]
            first = published.replace(day=1)
            month_start = first if m.group("this") else (first - dt.timedelta(days=1)).replace(day=1)
            d = _safe_date(month_start.year, month_start.month, day)
            add(m.start(), m.end(), d if d is not None and d <= published else None, 1, "explicit")
    for m in _near(_MONTH_YEAR, norm, found["month"], start, stop):
        month, year = MONTHS[m.group(1)], int(m.group(2))
        add(m.start(), m.end(), _safe_date(year, month, 15), 3, "explicit")
    if published is not None:
        for m in _near(_MONTH_ONLY, norm, found["month"], start, stop, reach=30):
            # a bare month name is too often another word ("مارس" practised, "آب"); a two-word name, or one with
            # the other calendar's name glued to it ("أبريل/نيسان"), is never one
            also = m.group("also") or ""
            if m.group("cue") or m.group("when") or " " in m.group("month") or also[:1] in ("/", "("):
                mid = _month_only(MONTHS[m.group("month")], m.group("when"), published)
                cue = m.group("cue") or ""
                if "نهايه" in cue or "اواخر" in cue:  # the end of the month: its last day (ACLED), not in the future
                    last = (mid.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
                    mid = min(last, published)
                elif "مطلع" in cue or "اوائل" in cue or "بدايه" in cue:
                    mid = mid.replace(day=1)
                add(m.start(), m.end(), mid, 3, "month")
    for m in _NUMERIC.finditer(norm, start, stop) if _NUMERIC_HINT.search(norm, start, stop) else ():
        if m.group(1):  # "2018-04-07", "2018/04/07"
            d = _safe_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        else:
            d = _safe_date(int(m.group(7)), int(m.group(6)), int(m.group(5)))
        if d and 1990 <= d.year <= 2100:
            add(m.start(), m.end(), d, 1, "explicit")
    for m in _near(_YEAR, norm, found["year"], start, stop):
        year = int(m.group(1))
        if published is None or year < published.year:
            add(m.start(), m.end(), dt.date(year, 7, 1), 4, "year")  # precision 4: year only (background cue)
    if published is not None:
        for m in _near(_RELATIVE, norm, found["relative"], start, stop):
            a, b = m.start(), m.end()
            # "منتصف ليل الاثنين": the midnight that ends Monday night, so the next day's first hours (not "قبل
            # منتصف ليل الخميس": the hours before it are still Thursday's)
            midnight = ((norm.startswith("منتصف", a) or norm.startswith("منتصف", a + 1))
                        and not norm[max(0, a - 6):a].rstrip().endswith("قبل"))
            if m.group("bb"):
                add(a, b, published - dt.timedelta(days=1 if midnight else 2), 1, "relative")
            elif m.group("ln"):
                # "أمس", and "الليلة" in a report: the night before publication; "أمس (الأول)": the day before that
                before = _DAY_BEFORE.match(norm, b)
                if before:
                    add(a, before.end(), published - dt.timedelta(days=1 if midnight else 2), 1, "relative")
                else:
                    add(a, b, published - dt.timedelta(days=1), 1, "relative")
            elif m.group("t"):
                fix = _CORRECTION.match(norm, b)  # "اليوم (أمس)": a print edition's correction of the day
                if fix:
                    add(a, fix.end(), published - dt.timedelta(days=1), 1, "relative")
                else:
                    add(a, b, published, 1, "relative")
            elif m.group("wd"):
                # "ليل الخميس - الجمعة": the first night; "بعد منتصف ليل الخميس - الجمعة": the second day
                late = m.group("wd2") and "منتصف" in norm[max(0, a - 12):b]
                wd = WEEKDAYS[m.group("wd2") if late else m.group("wd")]
                back = (published.weekday() - wd) % 7
                if m.group("wdpast") and back == 0:
                    back = 7
                if midnight and not m.group("wd2") and back >= 1:
                    back -= 1
                add(a, b, published - dt.timedelta(days=back), 1, "weekday")
            elif m.group("lw"):
                add(a, b, published - dt.timedelta(days=7), 2, "relative")
            elif m.group("lm"):
                first = published.replace(day=1) - dt.timedelta(days=1)
                add(a, b, first.replace(day=15), 3, "relative")
            elif m.group("tw"):
                add(a, b, published - dt.timedelta(days=2), 2, "relative")
            elif m.group("tm"):
                add(a, b, published.replace(day=15) if published.day > 15 else published, 3, "relative")
        for m in _near(_AGO, norm, found["ago"], start, stop, reach=30):
            if m.group("two") or m.group("n"):
                days = 2 if m.group("two") else _AGO_DAYS.get(m.group("n")) or int(m.group("n"))
                prec = 1 if days <= 3 and not m.group("more") else 2
            elif m.group("w") or m.group("w2"):
                days, prec = (14 if m.group("w2") else 7) + (2 if m.group("more") else 0), 2
            else:
                days, prec = 3, 2  # "قبل أيام": a few days ago
            add(m.start(), m.end(), published - dt.timedelta(days=days), prec, "relative")
    out.sort(key=lambda x: x.start)
    nexts = _next_day_spans(norm, start, stop)
    if nexts:  # the "اليوم" of "اليوم التالي", "اليوم نفسه", "طوال اليوم" is not today
        out = [d for d in out if not any(a <= d.start and d.end <= b for a, b, _ in nexts)]
    return _next_days(_carry_year(_today_named(norm, out, published), yearless), nexts)


def _today_named(norm: str, dates: list[DateMention], published: dt.date | None) -> list[DateMention]:
    """"اليوم الاثنين" in a paper printed on Tuesday (also across a closing quote, "... اليوم" السبت, or in brackets,
    "اليوم (الخميس)"): the weekday named is the day the copy was written, and "اليوم" beside it adds nothing (the
    weekday alone dates it); so is "أمس الخميس" in a record dated Saturday (the copy was written on Friday). Not when
    the weekday would lie days back, nor after "أمس": then the record's date is wrong, not the text, and "اليوم" or
    "أمس" stays as it is."""
    out: list[DateMention] = []
    for i, d in enumerate(dates):
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        if (d.kind == "relative" and published is not None and 0 <= (published - d.date).days <= 1
                and nxt is not None and nxt.kind == "weekday"
                and not norm[d.end:nxt.start].strip(" ،,\"'»”()") and 0 <= (d.date - nxt.date).days <= 2):
            continue
        out.append(d)
    return out


# "وفي اليوم التالي", "في الأيام التالية", "في اليومين التاليين": a day counted from the date told just before;
# "في اليوم نفسه": that very day; "طوال اليوم", "على مدار اليوم": all day long, no day at all
_NEXT_DAYS = arabic_pattern(
    _NB + r"(?:[وف]?(?:في|خلال)\s+)?(?:(?:صباح|مساء|ليل|فجر)\s+)?"
    r"(?:(?P<one>اليوم\s+التالي|اليوم\s+الذي\s+تلاه|غداه\s+ذلك|اليوم\s+الموالي)|"
    r"(?P<few>اليومين\s+التاليين|الايام\s+التاليه|الايام\s+التي\s+تلت)|"
    r"(?P<same>اليوم\s+(?:نفسه|ذاته|عينه)|(?:نفس|ذات)\s+اليوم))" + _NA
    + r"|" + _NB + r"[وف]?(?:طوال|طيله|طول|(?:علي\s+)?مدار)\s+(?P<all>اليوم|النهار)" + _NA
)
_NEXT_CUES = ("تال", "تلا", "تلت", "غداه", "نفس", "ذات", "عينه", "طوال", "طيله", "طول", "مدار")


def _next_day_spans(norm: str, start: int, stop: int) -> list[tuple[int, int, int | None]]:
    """Where "اليوم التالي" (1: one day after), "الأيام التالية" (2: a few days after), "اليوم نفسه" (0) or "طوال
    اليوم" (None: no day) stand."""
    if not any(c in norm for c in _NEXT_CUES):
        return []
    return [(m.start(), m.end(), 1 if m.group("one") else 2 if m.group("few") else 0 if m.group("same") else None)
            for m in _NEXT_DAYS.finditer(norm, start, stop)]


def _next_days(dates: list[DateMention], spans: list[tuple[int, int, int | None]]) -> list[DateMention]:
    """"في 21 آذار ... وفي اليوم التالي": the day after the date told last before it (precision 1); "في الأيام
    التالية" a few days after it (precision 2); "في اليوم نفسه" that date itself. Nothing when no date comes
    before, nor for "طوال اليوم"."""
    out = list(dates)
    for a, b, days in spans:
        if days is None or any(d.start < b and a < d.end for d in out):
            continue
        before = [d for d in out if d.end <= a and d.precision in (1, 2)]
        if before:
            prec = before[-1].precision if days == 0 else 1 if days == 1 else 2
            out.append(DateMention(a, b, before[-1].date + dt.timedelta(days=days), prec, "narrative"))
            out.sort(key=lambda x: x.start)
    return out


def _carry_year(dates: list[DateMention], yearless: set[int]) -> list[DateMention]:
    """"في 20 آذار/مارس 2003 ... في 21 آذار/مارس ... في التاسع من نيسان/أبريل": day-month dates with no year that
    follow a full date of an earlier year, with no relative date ("أمس", "الأحد") between, are in that year, as a
    chronology tells them; not in the publication year."""
    year: int | None = None
    out: list[DateMention] = []
    for d in dates:
        if d.start in yearless and year is not None and year < d.date.year:
            moved = _safe_date(year, d.date.month, d.date.day)
            d = DateMention(d.start, d.end, moved, d.precision, d.kind) if moved else d
        elif d.kind == "explicit" and d.start not in yearless and d.precision in (1, 3):
            year = d.date.year  # "20 آذار/مارس 2003", "آذار 2003", "20/03/2003"
        elif d.kind in ("relative", "weekday"):
            year = None  # "أمس", "الأحد": the text is back in the present
        out.append(d)
    return out
