"""GeoParquet 1.0.0: the ACLED columns plus a WKB point ``geometry`` column and the ``geo`` file metadata."""

from __future__ import annotations

import io
import json
import struct
from collections.abc import Iterable
from typing import Any

from marsad.export.columns import ACLED_COLUMNS, EXTRA_COLUMNS, FLOAT_COLUMNS, INT_COLUMNS, coordinates, flat_value
from marsad.values import as_date as _date
from marsad.values import as_float as _float
from marsad.values import as_int as _int

GEOPARQUET_VERSION = "1.0.0"


def wkb_point(lon: float, lat: float) -> bytes:
    """ISO WKB of a 2D point, little endian."""
    return struct.pack("<BIdd", 1, 1, lon, lat)


def to_geoparquet(events: Iterable[dict[str, Any]]) -> bytes:
    """A GeoParquet file (bytes) that ``geopandas.read_parquet`` opens; CRS is OGC:CRS84 (the 1.0 default)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = list(events)
    columns = (*ACLED_COLUMNS, *EXTRA_COLUMNS)
    arrays: dict[str, Any] = {}
    for c in columns:
        values = [r.get(c) for r in rows]
        if c in INT_COLUMNS:
            arrays[c] = pa.array([_int(v) for v in values], type=pa.int64())
        elif c in FLOAT_COLUMNS:
            arrays[c] = pa.array([_float(v) for v in values], type=pa.float64())
        elif c == "event_date":
            arrays[c] = pa.array([_date(v) for v in values], type=pa.date32())
        else:
            arrays[c] = pa.array([None if v is None else str(flat_value(c, v)) for v in values], type=pa.string())
    geoms: list[bytes | None] = []
    xs: list[float] = []
    ys: list[float] = []
    for r in rows:
        xy = coordinates(r)
        if xy is None:
            geoms.append(None)
            continue
        geoms.append(wkb_point(*xy))
        xs.append(xy[0])
        ys.append(xy[1])
    arrays["geometry"] = pa.array(geoms, type=pa.binary())
    geo_col: dict[str, Any] = {"encoding": "WKB", "geometry_types": ["Point"]}
    if xs:
        geo_col["bbox"] = [min(xs), min(ys), max(xs), max(ys)]
    geo = {"version": GEOPARQUET_VERSION, "primary_column": "geometry", "columns": {"geometry": geo_col}}
    table = pa.table(arrays)
    table = table.replace_schema_metadata({**(table.schema.metadata or {}), b"geo": json.dumps(geo).encode()})
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()
