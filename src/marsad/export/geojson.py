"""GeoJSON (RFC 7946): a FeatureCollection of Point features, coordinates ``[lon, lat]`` in WGS 84."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from marsad.export.columns import ACLED_COLUMNS, EXTRA_COLUMNS, coordinates, flat_value


def feature(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a Feature; events without coordinates get ``"geometry": null`` (allowed by RFC 7946)."""
    xy = coordinates(event)
    props: dict[str, Any] = {}
    for key, value in event.items():
        if key in ACLED_COLUMNS or key in EXTRA_COLUMNS:
            props[key] = flat_value(key, value) if key in ("source", "tags") else value
        else:
            props[key] = value
    out: dict[str, Any] = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [xy[0], xy[1]]} if xy else None,
        "properties": props,
    }
    ident = event.get("id", event.get("event_id_cnty"))
    if ident is not None:
        out["id"] = ident
    return out


def to_geojson_dict(events: Iterable[dict[str, Any]], **members: Any) -> dict[str, Any]:
    """The FeatureCollection as a dict; ``members`` are added at the top level (e.g. ``bbox``)."""
    return {"type": "FeatureCollection", "features": [feature(e) for e in events], **members}


def to_geojson(events: Iterable[dict[str, Any]]) -> bytes:
    """The FeatureCollection as UTF-8 JSON (Arabic kept readable)."""
    return json.dumps(to_geojson_dict(events), ensure_ascii=False, default=str).encode("utf-8")
