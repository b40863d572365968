"""Exports of event records (plain dicts with the ACLED columns): ACLED CSV, GeoJSON, GeoParquet and HXL.

Every writer takes an iterable of event dicts (canonical events from the store, or extractor events) and returns
bytes, so the same code serves ``marsad export`` and ``GET /api/export``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from marsad.export.columns import ACLED_COLUMNS, EXTRA_COLUMNS, flat_value
from marsad.export.csv_hxl import to_acled_csv, to_hxl
from marsad.export.geojson import to_geojson, to_geojson_dict
from marsad.export.geoparquet import to_geoparquet

__all__ = [
    "ACLED_COLUMNS",
    "EXTENSIONS",
    "EXTRA_COLUMNS",
    "FORMATS",
    "MEDIA_TYPES",
    "export_events",
    "flat_value",
    "to_acled_csv",
    "to_geojson",
    "to_geojson_dict",
    "to_geoparquet",
    "to_hxl",
]

_WRITERS: dict[str, Callable[[Iterable[dict[str, Any]]], bytes]] = {
    "acled-csv": to_acled_csv,
    "geojson": to_geojson,
    "geoparquet": to_geoparquet,
    "hxl": to_hxl,
}
#: the export formats, in the order they are documented
FORMATS: tuple[str, ...] = tuple(_WRITERS)
MEDIA_TYPES = {
    "acled-csv": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
    "geoparquet": "application/vnd.apache.parquet",
    "hxl": "text/csv; charset=utf-8",
}
EXTENSIONS = {"acled-csv": "csv", "geojson": "geojson", "geoparquet": "parquet", "hxl": "hxl.csv"}


def export_events(events: Iterable[dict[str, Any]], fmt: str) -> bytes:
    """Serialise ``events`` in ``fmt`` (one of :data:`FORMATS`); ``ValueError`` for an unknown format."""
    try:
        writer = _WRITERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}") from None
    return writer(events)
