"""Date expressions resolved against the publication date (src/marsad/text/dates.py)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from marsad.text.dates import DateMention, find_dates, hijri_to_gregorian
from marsad.text.normalise import normalise

PUB = dt.date(2020, 9, 1)  # a Tuesday
D = dt.date


def test_published_is_tuesday() -> None:
    assert PUB.weekday() == 1


def dates(text: str, published: dt.date | None = PUB) -> list[DateMention]:
    return find_dates(normalise(text), published)


def one(text: str, published: dt.date | None = PUB) -> DateMention:
    ds = dates(text, published)
    assert len(ds) == 1, ds
    return ds[0]


@pytest.mark.parametrize(
    ("text", "date", "kind"),
    [
        ("الأحد", D(2020, 8, 30), "weekday"),
        ("يوم الأحد", D(2020, 8, 30), "weekday"),
        ("فجر السبت", D(2020, 8, 29), "weekday"),
        ("مساء الإثنين", D(2020, 8, 31), "weekday"),
        ("الاثنين", D(2020, 8, 31), "weekday"),
        ("الأربعاء", D(2020, 8, 26), "weekday"),
        ("الجمعة", D(2020, 8, 28), "weekday"),
        ("الثلاثاء", D(2020, 9, 1), "weekday"),
        ("الثلاثاء الماضي", D(2020, 8, 25), "weekday"),
        ("الأحد الماضي", D(2020, 8, 30), "weekday"),
        ("أمس", D(2020, 8, 31), "relative"),
        ("مساء أمس", D(2020, 8, 31), "relative"),
        ("أول أمس", D(2020, 8, 30), "relative"),
        ("أمس الأول", D(2020, 8, 30), "relative"),
        ("أول من أمس", D(2020, 8, 30), "relative"),
        ("الليلة قبل الماضية", D(2020, 8, 30), "relative"),
        ("اليوم", D(2020, 9, 1), "relative"),
        ("صباح اليوم", D(2020, 9, 1), "relative"),
        ("الليلة", D(2020, 8, 31), "relative"),  # in a report, "tonight" is the night before publication
        # the midnight that ends a night: the next day's first hours
        ("منتصف ليل الأحد", D(2020, 8, 31), "weekday"),
        ("منتصف ليل أمس الأول", D(2020, 8, 31), "relative"),
        ("منتصف ليل الثلاثاء", D(2020, 9, 1), "weekday"),  # not past the publication day
    ],
)
def test_relative_days(text: str, date: dt.date, kind: str) -> None:
    m = one(text)
    assert (m.date, m.precision, m.kind) == (date, 1, kind)
    assert (m.start, m.end) == (0, len(normalise(text)))


def test_after_the_midnight_of_a_weekday() -> None:
    """"في وقت متأخر من بعد منتصف ليل الأحد": the first hours of Monday."""
    assert one("في وقت متأخر من بعد منتصف ليل الأحد").date == D(2020, 8, 31)


def test_before_the_midnight_of_a_weekday() -> None:
    """"قبل منتصف ليل الخميس": the last hours of Thursday itself, not Friday's first ones."""
    assert one("استهدف التحالف قبل منتصف ليل الخميس بلدة السوسة").date == D(2020, 8, 27)


def test_weekday_span_in_sentence() -> None:
    norm = normalise("قصفت الطائرات البلدة فجر السبت الماضي")
    (m,) = find_dates(norm, PUB)
    assert norm[m.start:m.end] == "فجر السبت الماضي"
    assert m.date == D(2020, 8, 29)


def test_conjunction_clitic() -> None:
    assert one("وأمس").date == D(2020, 8, 31)
    assert one("ويوم الأحد").date == D(2020, 8, 30)


def test_last_week() -> None:
    m = one("الأسبوع الماضي")
    assert (m.date, m.precision) == (D(2020, 8, 25), 2)
    assert one("الأسبوع المنصرم").precision == 2


def test_last_month() -> None:
    m = one("الشهر الماضي")
    assert (m.date, m.precision) == (D(2020, 8, 15), 3)
    assert one("الشهر الماضي", D(2020, 1, 3)).date == D(2019, 12, 15)


def test_this_month() -> None:
    assert (one("الشهر الجاري").date, one("الشهر الجاري").precision) == (D(2020, 9, 1), 3)
    assert one("هذا الشهر", D(2020, 9, 25)).date == D(2020, 9, 15)


@pytest.mark.parametrize("text", ["الأحد", "أمس", "أول أمس", "اليوم", "الأسبوع الماضي", "الشهر الماضي", "3 آب"])
def test_no_date_without_published(text: str) -> None:
    assert dates(text, None) == []


@pytest.mark.parametrize("text", ["الأمس", "اليومين", "الأحدث", "بالأمس"])
def test_relative_words_inside_other_words(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("15 تشرين الأول 2018", D(2018, 10, 15)),
        ("15 أكتوبر 2018", D(2018, 10, 15)),
        ("1 كانون الثاني 2019", D(2019, 1, 1)),
        ("31 كانون الأول 2019", D(2019, 12, 31)),
        ("21 شباط/فبراير 2018", D(2018, 2, 21)),
        ("21 شباط / فبراير 2018", D(2018, 2, 21)),
        ("5 من شهر آذار من العام 2017", D(2017, 3, 5)),
        ("9 أيار عام 2016", D(2016, 5, 9)),
        ("١٥ تشرين الأول ٢٠١٨", D(2018, 10, 15)),
        ("5 March 2019", D(2019, 3, 5)),
        ("15 Oct 2018", D(2018, 10, 15)),
        ("7 جوان 2019", D(2019, 6, 7)),
    ],
)
def test_explicit_day_month_year(text: str, date: dt.date) -> None:
    for pub in (PUB, None):
        m = one(text, pub)
        assert (m.date, m.precision, m.kind) == (date, 1, "explicit")
        assert (m.start, m.end) == (0, len(normalise(text)))


def test_explicit_with_preposition_span() -> None:
    norm = normalise("وقع الهجوم في 15 تشرين الأول 2018 قرب ادلب")
    (m,) = find_dates(norm, PUB)
    assert norm[m.start:m.end] == "في 15 تشرين الاول 2018"


def test_year_inferred_from_published() -> None:
    m = one("3 آب")
    assert (m.date, m.precision) == (D(2020, 8, 3), 1)
    # a month well after publication belongs to the previous year
    assert one("15 تشرين الأول").date == D(2019, 10, 15)
    # shortly after publication: the same year
    assert one("20 أيلول").date == D(2020, 9, 20)
    assert one("3 آب", D(2021, 1, 10)).date == D(2020, 8, 3)


def test_invalid_day_falls_back_to_month() -> None:
    (m,) = dates("31 شباط 2018")
    assert (m.date, m.precision) == (D(2018, 2, 15), 3)
    assert dates("31 شباط") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [("12/03/2019", D(2019, 3, 12)), ("12-03-2019", D(2019, 3, 12)), ("1.2.2019", D(2019, 2, 1)),
     ("2019-03-12", D(2019, 3, 12)), ("١٢/٠٣/٢٠١٩", D(2019, 3, 12)), ("بتاريخ 2019/03/12", D(2019, 3, 12))],
)
def test_numeric_dates(text: str, date: dt.date) -> None:
    m = one(text, None)
    assert (m.date, m.precision, m.kind) == (date, 1, "explicit")


@pytest.mark.parametrize("text", ["12/03/1980", "32/01/2019", "12/13/2019", "112/03/2019"])
def test_numeric_dates_rejected(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [("شباط 2018", D(2018, 2, 15)), ("فبراير 2018", D(2018, 2, 15)), ("شهر آب عام 2019", D(2019, 8, 15)),
     ("March 2019", D(2019, 3, 15)), ("كانون الأول 2017", D(2017, 12, 15)),
     # the other calendar's name between the month and the year
     ("مظاهرة سبتمبر (أيلول) 2012", D(2012, 9, 15)), ("تموز/يوليو 2014", D(2014, 7, 15))],
)
def test_month_year(text: str, date: dt.date) -> None:
    m = one(text, None)
    assert (m.date, m.precision, m.kind) == (date, 3, "explicit")


def test_day_month_year_wins_over_month_year() -> None:
    (m,) = dates("21 شباط 2018")
    assert (m.date, m.precision) == (D(2018, 2, 21), 1)


def test_hijri() -> None:
    m = one("5 رمضان 1441 هـ", None)
    assert (m.date, m.precision, m.kind) == (D(2020, 4, 28), 1, "hijri")
    assert (m.start, m.end) == (0, len(normalise("5 رمضان 1441 هـ")))
    assert one("1 محرم 1442", None).date == D(2020, 8, 20)
    assert one("10 ذي الحجة 1440 ه", None).date in (D(2019, 8, 11), D(2019, 8, 12))


def test_hijri_to_gregorian_epoch() -> None:
    assert hijri_to_gregorian(1, 1, 1) == D(622, 7, 19)  # tabular epoch (proleptic Gregorian)
    assert hijri_to_gregorian(1441, 9, 1) == D(2020, 4, 24)


def test_several_dates_sorted_and_disjoint() -> None:
    norm = normalise("قتل أمس في 3 آب، بعد معارك الأحد و15 تشرين الأول 2018")
    ds = find_dates(norm, PUB)
    assert [d.date for d in ds] == [D(2020, 8, 31), D(2020, 8, 3), D(2020, 8, 30), D(2018, 10, 15)]
    for a, b in itertools.pairwise(ds):
        assert a.end <= b.start


def test_window() -> None:
    norm = normalise("أمس واليوم")
    ds = find_dates(norm, PUB, 4)
    assert [d.date for d in ds] == [PUB]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وفي الرابع عشر من نيسان/أبريل، كانت الولايات المتحدة قد شنت ضربات", D(2020, 4, 14)),
        ("قتل في الخامس من آب الماضي", D(2020, 8, 5)),
        ("في الأول من آب 2017", D(2017, 8, 1)),
        ("يوم الحادي والعشرين من كانون الثاني", D(2020, 1, 21)),
        ("في الثاني من كانون الثاني", D(2020, 1, 2)),
        ("في الثاني عشر من أيار", D(2020, 5, 12)),
        ("في التاسع والعشرين من شباط", D(2020, 2, 29)),
        ("في الثلاثين من حزيران", D(2020, 6, 30)),
    ],
)
def test_ordinal_day_dates(text: str, want: dt.date) -> None:
    """Days written as ordinals ("الرابع عشر من نيسان") are explicit, day-precise dates."""
    d = one(text)
    assert (d.date, d.precision, d.kind) == (want, 1, "explicit")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("في الخامس من الشهر الجاري", D(2020, 9, 5)),
        ("يوم 20 من الشهر الحالي", D(2020, 9, 20)),
        ("في 8 الشهر الجاري", D(2020, 9, 8)),
        ("في 26 من الشهر الماضي", D(2020, 8, 26)),
        ("في الحادي والعشرين من الشهر المنصرم", D(2020, 8, 21)),
    ],
)
def test_a_day_of_this_or_the_last_month(text: str, want: dt.date) -> None:
    """"في الخامس من الشهر الجاري", "في 26 من الشهر الماضي": a day of the month of publication or of the one before
    (published 2020-09-25 here)."""
    assert [(d.date, d.precision, d.kind) for d in dates(text, D(2020, 9, 25))] == [(want, 1, "explicit")]
    # a day still to come is no day of an event
    assert all(d.precision != 1 for d in dates("في الثلاثين من الشهر الجاري", D(2020, 9, 25)))


def test_ordinal_without_month_is_not_a_date() -> None:
    assert dates("في الأسبوع الثاني من الشهر") == []


@pytest.mark.parametrize("text", ["بدأت المعارك في صيف 2012", "منذ مطلع العام 2014", "في أواخر 2013"])
def test_year_with_a_season_or_part_is_an_old_year(text: str) -> None:
    d = one(text)
    assert (d.precision, d.kind) == (4, "year")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("وقام مقنعون في مايو بخطف", D(2020, 5, 15)),  # the latest May up to the publication month
        ("في شهر أيار الماضي", D(2020, 5, 15)),
        ("أعلنت في يناير (كانون الثاني) تحرير", D(2020, 1, 15)),
        ("منذ ديسمبر", D(2019, 12, 15)),  # after the publication month: last year
        ("في سبتمبر المقبل", D(2021, 9, 15)),  # "المقبل" in September: next year's
        ("في أيلول الماضي", D(2019, 9, 15)),  # "الماضي" with this month's name: a year ago
        ("في أغسطس", D(2020, 8, 15)),
    ],
)
def test_a_month_alone_is_a_month_precise_date(text: str, day: dt.date) -> None:
    d = one(text)
    assert (d.date, d.precision, d.kind) == (day, 3, "month")


def test_a_bare_month_name_without_a_cue_is_no_date() -> None:
    assert dates("مارس الجيش ضغوطا على الفصائل") == []  # "مارس": practised, not March


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("قبل يومين", D(2020, 8, 30), 1),
        ("قبل ثلاثة أيام", D(2020, 8, 29), 1),
        ("قبل 5 أيام", D(2020, 8, 27), 2),
        ("قبل أيام", D(2020, 8, 29), 2),
        ("قبل أسبوع", D(2020, 8, 25), 2),
        ("قبل أكثر من أسبوع", D(2020, 8, 23), 2),
        ("قبل أسبوعين", D(2020, 8, 18), 2),
    ],
)
def test_so_many_days_ago(text: str, date: dt.date, precision: int) -> None:
    m = one(text)
    assert (m.date, m.precision) == (date, precision)


def test_the_beginning_and_end_of_a_month() -> None:
    """ACLED codes "the end of the month" to its last day and "the beginning" to its first (precision 3)."""
    assert (one("في نهاية يوليو").date, one("في نهاية يوليو").precision) == (D(2020, 7, 31), 3)
    assert one("أواخر يوليو").date == D(2020, 7, 31)
    assert one("مطلع يوليو").date == D(2020, 7, 1)
    assert one("في يوليو").date == D(2020, 7, 15)


def _dates(text: str, published: dt.date = dt.date(2018, 4, 9)) -> list[tuple[str, dt.date, int]]:
    norm = normalise(text)
    return [(norm[d.start:d.end], d.date, d.precision) for d in find_dates(norm, published)]


def test_a_chronology_keeps_the_year_of_its_first_full_date() -> None:
    got = _dates("بدأ القصف في 20 آذار/مارس 2003. في 21 آذار/مارس، أسفرت الغارات عن انفجارات. "
                 "وفي التاسع من نيسان/أبريل دخلت القوات بغداد.")
    assert [d for _, d, _ in got] == [dt.date(2003, 3, 20), dt.date(2003, 3, 21), dt.date(2003, 4, 9)]


def test_a_relative_date_brings_the_text_back_to_the_present() -> None:
    got = _dates("وقعت المجزرة في 20 آذار 2003. وقتل أمس ثلاثة مدنيين، وفي 5 نيسان قتل اثنان.")
    assert got[-1][1] == dt.date(2018, 4, 5)


def test_the_next_day_counts_from_the_date_told_before() -> None:
    got = _dates("في 21 آذار/مارس 2003 أسفرت الغارات عن انفجارات. وفي اليوم التالي شنت الطائرات غارات. "
                 "وفي الأيام التالية أصبحت بغداد هدفا.")
    assert ("وفي اليوم التالي", dt.date(2003, 3, 22), 1) in got
    assert ("وفي الايام التاليه", dt.date(2003, 3, 24), 2) in got
    assert not any(d == dt.date(2018, 4, 9) for _, d, _ in got)  # its "اليوم" is not today


def test_the_next_day_with_no_date_before_is_left_alone() -> None:
    got = _dates("فجر نفسه بقنبلة صباح اليوم التالي (فجر الأحد).")
    assert [d for _, d, _ in got] == [dt.date(2018, 4, 8)]


def test_the_same_day_is_the_date_told_before_and_all_day_is_no_day() -> None:
    got = _dates("قتل 19 شخصا في تفجير سيارة مفخخة في بغداد الثلاثاء. كما انفجرت سيارة في اليوم نفسه في منطقة "
                 "الزعفرانية. وقال إن الطائرات تستهدف طوال اليوم بلدات حوض اليرموك.")
    assert [(d, p) for _, d, p in got] == [(dt.date(2018, 4, 3), 1), (dt.date(2018, 4, 3), 1)]
    assert got[1][0] == "في اليوم نفسه"
    assert _dates("قصفت الطائرات على مدار اليوم بلدات الريف.") == []
    assert _dates("وطوال اليوم قصفت الطائرات بلدات الريف.") == []


def test_yesterday_corrected_to_the_day_before() -> None:
    """"ليل أمس (الأول)": a print edition's correction, the night before yesterday."""
    got = _dates("دارت اشتباكات عنيفة ليل أمس (الأول) بين جبهة النصرة وجبهة أنصار الدين.")
    assert [(d, p) for _, d, p in got] == [(dt.date(2018, 4, 7), 1)]


def test_dates_whose_search_windows_overlap_are_all_found() -> None:
    # two month names close together: the second date begins inside the first one's search window
    got = _dates("في 21 آذار/مارس، أسفرت الغارات عن انفجارات ضخمة في المدينة. في التاسع من نيسان/أبريل، دخلت القوات")
    assert ("في التاسع من نيسان/ابريل", dt.date(2018, 4, 9), 1) in got


def test_today_with_a_weekday_is_that_weekday() -> None:
    """"اليوم الاثنين" in a paper printed on Tuesday: the copy was written on Monday. A weekday days back beside
    "اليوم" means the record's date is wrong: "اليوم" stays the publication day."""
    tuesday = dt.date(2015, 7, 21)
    assert _dates("قتل قائدان من داعش في غارة اليوم الاثنين.", tuesday) == [("الاثنين", dt.date(2015, 7, 20), 1)]
    assert _dates("قتل قائدان من داعش في غارة اليوم الثلاثاء.", tuesday)[0][1] == tuesday
    # the quote closes between them: "... التي استهدفت مدينة دوما اليوم" السبت
    sunday_after = dt.date(2018, 4, 8)
    assert _dates('وقال إن "الغازات السامة استهدفت مدينة دوما اليوم" السبت.', sunday_after) == [
        ("السبت", dt.date(2018, 4, 7), 1)]
    sunday = dt.date(2018, 6, 17)
    assert _dates("نقلت وسائل إعلام عن مصدر عسكري قوله اليوم الاثنين إن طائرات قصفت موقعا.", sunday)[0] == (
        "اليوم", sunday, 1)
    # in brackets: "اليوم (الخميس)" in a record dated Friday
    friday = dt.date(2015, 7, 31)
    assert _dates("قتل ثلاثة جنود في هجوم في اقليم شرناق اليوم (الخميس).", friday) == [
        ("الخميس", dt.date(2015, 7, 30), 1)]


def test_the_night_between_two_weekdays_without_a_dash() -> None:
    """"ليل الجمعة السبت" is the night of Friday, as "ليل الجمعة - السبت" is."""
    sunday = dt.date(2015, 7, 26)
    assert [(t, d) for t, d, _ in _dates("قصفت المقاتلات التركية ليل الجمعة السبت سبعة أهداف.", sunday)] == [
        ("ليل الجمعه السبت", dt.date(2015, 7, 24))]


def test_yesterday_with_a_weekday_is_that_weekday() -> None:
    """"أمس الخميس" in a record dated Saturday: the copy was written on Friday, the weekday dates the event; a
    weekday that agrees with "أمس" changes nothing, and one days back leaves "أمس" as it is."""
    saturday = dt.date(2015, 7, 25)
    assert _dates("نفذت الطائرات 27 غارة أمس الخميس.", saturday) == [("الخميس", dt.date(2015, 7, 23), 1)]
    assert [d for _, d, _ in _dates("قصفت الطائرات مساء أمس الجمعة.", saturday)] == [dt.date(2015, 7, 24)]
    assert _dates("قصفت الطائرات أمس الاثنين.", saturday)[0] == ("امس", dt.date(2015, 7, 24), 1)
