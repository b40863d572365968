"""Exports over plain event dicts: ACLED CSV, GeoJSON (RFC 7946), GeoParquet 1.0.0, HXL."""

from __future__ import annotations

import csv
import io
import json
import struct

import pyarrow.parquet as pq
import pytest

from marsad.export import ACLED_COLUMNS, EXTRA_COLUMNS, FORMATS, export_events, to_geojson_dict
from marsad.export.csv_hxl import HXL_TAGS

EVENTS = [
    {
        "id": 7, "event_id_cnty": "SYR1", "event_date": "2020-08-30", "year": 2020, "event_type": "Battles",
        "actor1": "Islamic State (Syria)", "country": "Syria", "admin1": "Homs", "location": "As Sukhnah",
        "latitude": 34.8853, "longitude": 38.8711, "source": ["Amaq News Agency", "SOHR"], "tags": ["a", "b"],
        "notes": 'قال "المرصد"، 20 قتيلاً', "fatalities": 20, "fatalities_low": 20, "fatalities_best": 24,
        "fatalities_high": 30, "number_of_sources": 2, "grade": "contested",
    },
    {"id": 8, "event_id_cnty": "SYR2", "event_date": "2020-08-31", "event_type": "Riots", "source": "X; Y",
     "latitude": None, "longitude": None, "fatalities": 0},
]


def _csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"))))


def test_acled_csv_order_and_joined_lists() -> None:
    rows = _csv(export_events(EVENTS, "acled-csv"))
    assert rows[0] == [*ACLED_COLUMNS, *EXTRA_COLUMNS]
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["source"] == "Amaq News Agency; SOHR"
    assert first["tags"] == "a; b"
    assert first["notes"] == 'قال "المرصد"، 20 قتيلاً'
    assert first["fatalities_best"] == "24"
    second = dict(zip(rows[0], rows[2], strict=True))
    assert second["source"] == "X; Y" and second["latitude"] == ""
    assert len(rows) == 3


def test_hxl_hashtag_row() -> None:
    rows = _csv(export_events(EVENTS, "hxl"))
    header, tags = rows[0], rows[1]
    assert header == [*ACLED_COLUMNS, *EXTRA_COLUMNS]
    tagged = dict(zip(header, tags, strict=True))
    assert tagged["event_id_cnty"] == "#event+code"
    assert tagged["latitude"] == "#geo+lat" and tagged["longitude"] == "#geo+lon"
    assert tagged["fatalities"] == "#affected+killed"
    assert tagged["actor1"] == "#group+name+first"
    assert all(t.startswith("#") or t == "" for t in tags)
    assert set(HXL_TAGS) <= set(header)
    assert len(rows) == 4


def test_geojson_rfc7946() -> None:
    fc = json.loads(export_events(EVENTS, "geojson"))
    assert fc["type"] == "FeatureCollection" and "crs" not in fc
    f0, f1 = fc["features"]
    assert f0["type"] == "Feature" and f0["id"] == 7
    assert f0["geometry"] == {"type": "Point", "coordinates": [38.8711, 34.8853]}  # [lon, lat]
    assert f0["properties"]["source"] == "Amaq News Agency; SOHR"
    assert f1["geometry"] is None
    assert to_geojson_dict([], bbox=[0, 0, 1, 1])["bbox"] == [0, 0, 1, 1]


def test_geoparquet_metadata_and_wkb() -> None:
    table = pq.read_table(io.BytesIO(export_events(EVENTS, "geoparquet")))
    geo = json.loads(table.schema.metadata[b"geo"])
    assert geo["version"] == "1.0.0" and geo["primary_column"] == "geometry"
    col = geo["columns"]["geometry"]
    assert col["encoding"] == "WKB" and col["geometry_types"] == ["Point"]
    assert col["bbox"] == [38.8711, 34.8853, 38.8711, 34.8853]
    wkb = table.column("geometry")[0].as_py()
    assert struct.unpack("<BIdd", wkb) == (1, 1, 38.8711, 34.8853)
    assert table.column("geometry")[1].as_py() is None
    assert table.column("fatalities").to_pylist() == [20, 0]
    assert str(table.column("event_date")[0].as_py()) == "2020-08-30"
    assert table.column("source").to_pylist()[0] == "Amaq News Agency; SOHR"


def test_geoparquet_opens_in_geopandas() -> None:
    gpd = pytest.importorskip("geopandas", reason="geopandas is not a dependency; checked by hand when installed")
    gdf = gpd.read_parquet(io.BytesIO(export_events(EVENTS, "geoparquet")))
    assert gdf.geometry.iloc[0].x == pytest.approx(38.8711)
    assert gdf.crs is not None and gdf.crs.to_epsg() in (4326, None)


def test_extractor_events_export(kb: object) -> None:
    from tests.conftest import DATA, extract_text

    res = extract_text((DATA / "seed-report-homs.txt").read_text(encoding="utf-8"))
    for fmt in FORMATS:
        assert export_events(res["events"], fmt)


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        export_events(EVENTS, "xlsx")
