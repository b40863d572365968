"""Column order and value conventions shared by the exports."""

from __future__ import annotations

import json
from typing import Any

from marsad.assemble.acled import ACLED_COLUMNS

#: marsad's columns after the ACLED ones (present on canonical events; blank where an event lacks them)
EXTRA_COLUMNS: tuple[str, ...] = (
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "number_of_sources",
    "grade",
)
#: columns holding several values: ACLED joins them with "; "
JOINED_COLUMNS = frozenset({"source", "tags", "assoc_actor_1", "assoc_actor_2"})
INT_COLUMNS = frozenset({
    "year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities", "timestamp",
    "fatalities_low", "fatalities_best", "fatalities_high", "number_of_sources",
})
FLOAT_COLUMNS = frozenset({"latitude", "longitude"})

__all__ = ["ACLED_COLUMNS", "EXTRA_COLUMNS", "FLOAT_COLUMNS", "INT_COLUMNS", "JOINED_COLUMNS", "flat_value"]


def _source_name(item: Any) -> str:
    if isinstance(item, dict):
        return str(item.get("name") or item.get("source") or item.get("id") or "")
    return str(item)


def flat_value(column: str, value: Any) -> Any:
    """A value as ACLED writes it: lists in ``source``/``tags``/assoc actors joined with "; ", None as ""."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        if column in JOINED_COLUMNS:
            return "; ".join(n for n in (_source_name(v) for v in value) if n)
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def coordinates(event: dict[str, Any]) -> tuple[float, float] | None:
    """``(lon, lat)`` of an event, or None when it has no usable coordinates."""
    lat, lon = event.get("latitude"), event.get("longitude")
    if lat in (None, "") or lon in (None, ""):
        return None
    try:
        return float(lon), float(lat)
    except (TypeError, ValueError):
        return None
