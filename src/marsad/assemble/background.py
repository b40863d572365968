"""Background: what a sentence recalls rather than tells as news (recap cues, asides, the pluperfect, anniversaries).

New events happened within about a week before publication and are told as news; recaps ("خلال الأشهر الماضية", "منذ
2019"), asides ("يذكر أن") and the pluperfect ("وكانت القوات قد ...") recall earlier ones (docs/annotation.md).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from marsad.recognise.context import Context
from marsad.schema import Span
from marsad.text.normalise import arabic_pattern

BACKGROUND_DAYS = 7  # dated more than a week before publication: background
WEEK_DAYS = 7  # "الأسبوع الماضي", "قبل أسبوع": a week-precision date a week back is last week's news, told as context


# "وكانت إسرائيل ... قد شنت", also after a fronted phrase ("وفي وقت سابق، كانت القوات قد ...")
_PLUPERFECT = arabic_pattern(r"(?:[^.،,]{0,50}[،,]\s*)?[وف]?(?:كان|كانت|كانوا)\s(?:[^.،,]{0,80}?[\s\"«»“”])?قد\s")


def past_perfect(ctx: Context, start: int, end: int) -> bool:
    """"وكانت إسرائيل ... قد شنت" at ``start``; not "وكان المرصد ... قد أعلن مقتل 14": a pluperfect reporting verb
    dates the statement, not the event it tells."""
    m = _PLUPERFECT.match(ctx.norm, start, end)
    return m is not None and not any(r.ns == m.end() for r in ctx.spans.get("report", ()))


def stale(published: dt.date | None, date: dt.date | None, precision: int) -> bool:
    """The event is dated more than a week before publication, or "last week" (precision 2, a week back): no news
    of the report's own days, but context it gives."""
    if published is None or date is None:
        return False
    days = (published - date).days
    return days > BACKGROUND_DAYS or (precision >= 2 and days >= WEEK_DAYS)


def pluperfect(ctx: Context, sent: Any, start: int | None = None) -> bool:
    """"وكانت إسرائيل ... قد شنت": the pluperfect recalls an earlier event (background), unless the sentence gives it
    a day of the last few days ("وكانت مقاتلات التحالف قد نفذت الأحد أربع غارات": a new event told in the past
    perfect). (The pattern is matched at the sentence or clause start: ``match`` with a start position, where "^"
    would only match at the very start of the text.)"""
    if not past_perfect(ctx, sent.start if start is None else start, sent.end):
        return False
    return not recent_day(ctx, sent)


def recent_day(ctx: Context, sent: Any) -> bool:
    """The sentence names a day of the last few days ("الأحد", "فجر السبت")."""
    published = ctx.doc.published
    return published is not None and any(
        d.attrs.get("precision") == 1 and 0 <= (published - d.value).days <= BACKGROUND_DAYS
        for d in ctx.in_sentence("date", sent))


def _recap_scopes(markers: list[Span]) -> set[Any]:
    return {mk.attrs.get("scope") for mk in markers if mk.value == "background"}


def aside_only(markers: list[Span]) -> bool:
    """The sentence's only recap cue is an aside ("يذكر أن ...")."""
    return _recap_scopes(markers) == {"aside"}


def recap(ctx: Context, sent: Any, markers: list[Span]) -> bool:
    """The sentence recalls earlier events: a recap cue ("خلال الأشهر الماضية"), an aside that gives context ("يذكر
    أن", "يشار إلى أن") and names no day of the last few days, or the pluperfect."""
    scopes = _recap_scopes(markers)
    if scopes & {"sentence", "anniversary"} or ("aside" in scopes and not recent_day(ctx, sent)):
        return True
    return pluperfect(ctx, sent)


def commemoration(ctx: Context, sent: Any, markers: list[Span], triggers: list[Span]) -> bool:
    """"استذكر العشرات الذكرى السنوية ... خلال وقفة احتجاجية": marking an anniversary is the past it recalls, but the
    gathering that marks it happens now (only an anniversary cue, no other recap, and a demonstration word)."""
    return (_recap_scopes(markers) == {"anniversary"} and not pluperfect(ctx, sent) and bool(triggers)
            and all(ctx.kb.sub_event(t.value).event_type in ("Protests", "Riots") for t in triggers
                    if not t.value.startswith("@")))
