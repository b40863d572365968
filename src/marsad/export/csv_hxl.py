"""ACLED CSV and HXL (the same CSV with a row of HXL hashtags under the header, as ACLED data on HDX)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from marsad.export.columns import ACLED_COLUMNS, EXTRA_COLUMNS, flat_value

#: HXL hashtags of the ACLED columns (docs/api.md; the tags HDX uses for ACLED data)
HXL_TAGS: dict[str, str] = {
    "event_id_cnty": "#event+code",
    "event_date": "#date+occurred",
    "year": "#date+year",
    "event_type": "#event+type",
    "actor1": "#group+name+first",
    "assoc_actor_1": "#group+name+first+assoc",
    "actor2": "#group+name+second",
    "assoc_actor_2": "#group+name+second+assoc",
    "region": "#region+name",
    "country": "#country+name",
    "admin1": "#adm1+name",
    "admin2": "#adm2+name",
    "admin3": "#adm3+name",
    "location": "#loc+name",
    "latitude": "#geo+lat",
    "longitude": "#geo+lon",
    "source": "#meta+source",
    "notes": "#description",
    "fatalities": "#affected+killed",
}
COLUMNS: tuple[str, ...] = (*ACLED_COLUMNS, *EXTRA_COLUMNS)


def _rows(events: Iterable[dict[str, Any]]) -> Iterable[list[Any]]:
    for ev in events:
        yield [flat_value(c, ev.get(c)) for c in COLUMNS]


def _write(events: Iterable[dict[str, Any]], hxl: bool) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    if hxl:
        w.writerow([HXL_TAGS.get(c, "") for c in COLUMNS])
    w.writerows(_rows(events))
    return buf.getvalue().encode("utf-8")


def to_acled_csv(events: Iterable[dict[str, Any]]) -> bytes:
    """CSV in ACLED column order, then marsad's extras (fatality range, number of sources, grade); UTF-8."""
    return _write(events, hxl=False)


def to_hxl(events: Iterable[dict[str, Any]]) -> bytes:
    """HXL-tagged CSV: the ACLED CSV with the hashtag row after the header (untagged columns get an empty tag)."""
    return _write(events, hxl=True)
