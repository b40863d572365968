"""Date mentions resolved against the publication date (see :mod:`marsad.text.dates`)."""

from __future__ import annotations

from marsad.recognise.context import Context
from marsad.schema import Span
from marsad.text.dates import find_dates


def recognise_dates(ctx: Context) -> list[Span]:
    """Spans of kind ``date``: value = datetime.date, attrs: precision, kind."""
    return [ctx.span("date", d.start, d.end, d.date, precision=d.precision, kind=d.kind)
            for d in find_dates(ctx.norm, ctx.doc.published, anchors=ctx.kb.matchers["date_anchors"])]
