"""Metadata dates (``--published``, ``published`` fields, page metadata): ISO fast path, then dateparser."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from marsad.errors import BadMetadata

MAX_DATE_CHARS = 100

_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ]\d|Z|\s*$)")
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})([/_-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?!\d)")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Levantine/Iraqi month names -> the Egyptian/MSA names dateparser knows (longest first: "تشرين الثاني" before "تشرين").
_LEVANTINE_MONTHS = (
    ("كانون الثاني", "يناير"),
    ("كانون الاول", "ديسمبر"),
    ("كانون الأول", "ديسمبر"),
    ("تشرين الاول", "أكتوبر"),
    ("تشرين الأول", "أكتوبر"),
    ("تشرين الثاني", "نوفمبر"),
    ("شباط", "فبراير"),
    ("آذار", "مارس"),
    ("اذار", "مارس"),
    ("نيسان", "أبريل"),
    ("أيار", "مايو"),
    ("ايار", "مايو"),
    ("حزيران", "يونيو"),
    ("تموز", "يوليو"),
    ("آب", "أغسطس"),
    ("اب", "أغسطس"),
    ("أيلول", "سبتمبر"),
    ("ايلول", "سبتمبر"),
)
_LEVANTINE = re.compile(
    r"(?<![\u0600-\u06ff])(" + "|".join(re.escape(name) for name, _ in _LEVANTINE_MONTHS) + r")(?![\u0600-\u06ff])"
)
_MSA = dict(_LEVANTINE_MONTHS)
# "فبراير/فبراير" or "فبراير (فبراير)" after mapping "21 فبراير/شباط 2018".
_DOUBLED_MONTH = re.compile(r"([\u0600-\u06ff]+)\s*[/(]\s*\1\s*\)?")


def parse_date(value: str) -> dt.date:
    """Parse a metadata date (ISO, RFC 822, Arabic or English month names) or raise :class:`BadMetadata`."""
    if not isinstance(value, str):
        raise BadMetadata(f"date must be a string, got {type(value).__name__}; give a date like 2018-02-21")
    text = value.strip().translate(_DIGITS)
    if not text or len(text) > MAX_DATE_CHARS:
        raise BadMetadata(f"cannot read date {value[:40]!r}; give a date like 2018-02-21")
    match = _ISO.match(text)
    if match:
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            raise BadMetadata(f"date {value!r} does not exist; give a real date like 2018-02-21") from None
    text = _DOUBLED_MONTH.sub(r"\1", _LEVANTINE.sub(lambda m: _MSA[m.group(1)], text))
    try:
        parsed = _date_parser().get_date_data(text).date_obj
    except Exception:  # dateparser raises assorted error types on odd input
        parsed = None
    if parsed is None:
        raise BadMetadata(f"cannot read date {value!r}; give a date like 2018-02-21")
    result: dt.date = parsed.date()
    return result


def date_from_url(url: str) -> dt.date | None:
    """A ``/YYYY/MM/DD/`` or ``YYYY-MM-DD`` date in a URL path, if any."""
    match = _URL_DATE.search(url)
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(3)), int(match.group(4)))
    except ValueError:
        return None


@functools.cache
def _date_parser() -> Any:
    """One dateparser instance (imported lazily: the import takes a noticeable fraction of a second)."""
    from dateparser.date import DateDataParser  # type: ignore[import-untyped]

    settings = {
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return DateDataParser(languages=["ar", "en"], settings=settings)
