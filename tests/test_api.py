"""The REST API over a small real store: ACLED queries, GeoJSON, detail pages, stats, exports, token, errors."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from marsad.api import create_app
from tests.observatory_data import XSS_TITLE, build_db, counts

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_db(tmp_path_factory.mktemp("api") / "obs.sqlite")


@pytest.fixture(scope="module")
def client(db_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(db_url, TOKEN), raise_server_exceptions=False) as c:
        yield c


def _events(client: TestClient, query: str) -> dict[str, Any]:
    r = client.get(f"/api/events?{query}")
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    assert set(body) == {"count", "total_count", "data"}
    assert body["count"] == len(body["data"])
    return body


def test_list_shape_and_paging(client: TestClient, db_url: str) -> None:
    total = counts(db_url)["canonical_events"]
    body = _events(client, "")
    assert body["total_count"] == total and body["count"] == min(total, 500)
    p1 = _events(client, "limit=5&page=1")
    p2 = _events(client, "limit=5&page=2")
    assert p1["count"] == p2["count"] == 5 and p1["total_count"] == total
    assert not {e["id"] for e in p1["data"]} & {e["id"] for e in p2["data"]}
    far = _events(client, "limit=5&page=1000")
    assert far["count"] == 0 and far["total_count"] == total


def test_filters(client: TestClient) -> None:
    all_ = _events(client, "limit=5000")["data"]
    battles = _events(client, "event_type=Battles&limit=5000")
    assert battles["total_count"] == sum(e["event_type"] == "Battles" for e in all_) > 0
    assert all(e["event_type"] == "Battles" for e in battles["data"])
    either = _events(client, "event_type=Battles:OR:Explosions/Remote violence&limit=5000")
    assert either["total_count"] == sum(e["event_type"] in ("Battles", "Explosions/Remote violence") for e in all_)
    y = _events(client, "event_date=2020-01-01|2020-12-31&event_date_where=BETWEEN&limit=5000")
    assert y["total_count"] == sum("2020-01-01" <= e["event_date"] <= "2020-12-31" for e in all_ if e["event_date"])
    assert y["total_count"] > 0
    big = _events(client, "fatalities=10&fatalities_where=>=&limit=5000")
    assert big["total_count"] == sum(e["fatalities"] >= 10 for e in all_)
    like = _events(client, "admin1=hom%25&admin1_where=LIKE&limit=5000")
    assert like["total_count"] == sum(e["admin1"] == "Homs" for e in all_) > 0
    actor = all_[0]["actor1"]
    by_actor = _events(client, f"actor={actor}&limit=5000")
    assert by_actor["total_count"] >= sum(e["actor1"] == actor for e in all_)


def test_fields(client: TestClient) -> None:
    body = _events(client, "fields=event_id_cnty|fatalities&limit=3")
    assert all(set(e) == {"event_id_cnty", "fatalities"} for e in body["data"])
    body = _events(client, "fields=id|sources&limit=3")
    assert all(set(e) == {"id", "sources"} and isinstance(e["sources"], list) for e in body["data"])
    assert client.get("/api/events?sources=x").status_code == 400  # output-only: not a filter


def test_geojson_and_bbox(client: TestClient) -> None:
    r = client.get("/api/events.geojson?limit=5000")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/geo+json")
    fc = r.json()
    assert fc["type"] == "FeatureCollection" and fc["features"]
    pts = [f["geometry"]["coordinates"] for f in fc["features"] if f["geometry"]]
    assert all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in pts)
    box = client.get("/api/events.geojson?bbox=35.5,32,37.5,35&limit=5000").json()
    inside = [p for p in pts if 35.5 <= p[0] <= 37.5 and 32 <= p[1] <= 35]
    assert len(box["features"]) == len(inside) > 0
    assert all(35.5 <= f["geometry"]["coordinates"][0] <= 37.5 for f in box["features"])


def test_event_detail(client: TestClient) -> None:
    ev = _events(client, "limit=5000")["data"]
    some = next(e for e in ev if e["fatalities"])
    r = client.get(f"/api/events/{some['id']}")
    assert r.status_code == 200
    d = r.json()
    assert d["id"] == some["id"] and d["mentions"] and d["reports"] and d["evidence"]
    assert d["claims"] and {"source", "source_stance", "killed_min", "evidence", "document_id"} <= set(d["claims"][0])
    assert {"id", "title", "published", "outlet"} <= set(d["reports"][0]) and "text" not in d["reports"][0]


def test_document_with_spans(client: TestClient) -> None:
    d = client.get("/api/documents/1").json()
    assert d["text"] and d["spans"]
    for s in d["spans"]:
        assert d["text"][s["start"]:s["end"]] == s["text"], s
    assert {"claim", "event"} <= {s["kind"] for s in d["spans"]}


def test_hostile_document_is_served_as_data(client: TestClient) -> None:
    docs = [client.get(f"/api/documents/{i}").json() for i in range(1, 20)]
    hostile = next(d for d in docs if "error" not in d and d["title"] == XSS_TITLE)
    assert "<script>" in hostile["text"] and "onerror" in hostile["text"]


def test_stats(client: TestClient, db_url: str) -> None:
    s = client.get("/api/stats").json()
    c = counts(db_url)
    assert {"documents", "events", "claims", "rejections"} <= set(s)
    assert s["documents"] == c["documents"] and s["claims"] == c["claims"] and s["rejections"] == c["rejections"] == 1
    assert s["canonical_events"] == c["canonical_events"]


def test_facets_and_basemap(client: TestClient) -> None:
    f = client.get("/api/facets").json()
    assert "Battles" in f["event_type"] and f["admin1"] and f["actor"] and f["date_min"] <= f["date_max"]
    gj = client.get("/api/admin1.geojson")
    assert gj.status_code == 200 and gj.json()["type"] == "FeatureCollection"


@pytest.mark.parametrize("fmt", ["acled-csv", "geojson", "geoparquet", "hxl"])
def test_export_endpoint(client: TestClient, fmt: str) -> None:
    r = client.get(f"/api/export?format={fmt}&event_type=Battles")
    assert r.status_code == 200
    assert "attachment" in r.headers["content-disposition"]
    n = _events(client, "event_type=Battles&limit=5000")["total_count"]
    if fmt in ("acled-csv", "hxl"):
        rows = list(csv.reader(io.StringIO(r.content.decode("utf-8"))))
        assert len(rows) == n + (2 if fmt == "hxl" else 1)
    elif fmt == "geojson":
        assert len(json.loads(r.content)["features"]) == n
    else:
        assert pq.read_table(io.BytesIO(r.content)).num_rows == n


def test_submit_needs_token(db_url: str, client: TestClient) -> None:
    body = {"text": "قتل 3 مدنيين بقصف على إدلب", "published": "2020-09-01"}
    r = client.post("/api/documents", json=body)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    r = client.post("/api/documents", json=body, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401
    r = client.post("/api/documents", json=body, headers={"Authorization": f"Basic {TOKEN}"})
    assert r.status_code == 401
    with TestClient(create_app(db_url, None), raise_server_exceptions=False) as no_token:
        r = no_token.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 403 and r.json()["error"]["code"] == "submission_disabled"


def test_submit_bad_body(client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    for raw in (b"not json", b"[1]", b'{"title": "x"}'):
        r = client.post("/api/documents", content=raw, headers=auth)
        assert r.status_code == 400, r.text
        assert r.json()["error"]["code"] == "invalid_body"


@pytest.mark.skipif(importlib.util.find_spec("marsad.reconcile") is None, reason="marsad.reconcile not built yet")
def test_submit_stores_and_reconciles(tmp_path: Path) -> None:
    url = build_db(tmp_path / "submit.sqlite", limit=1)
    text = (Path(__file__).parent / "data" / "seed-report-homs.txt").read_text(encoding="utf-8")
    with TestClient(create_app(url, TOKEN), raise_server_exceptions=False) as c:
        before = c.get("/api/stats").json()
        r = c.post("/api/documents", json={"id": "api-1", "text": text, "published": "2020-09-01"},
                   headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 201, r.text
        out = r.json()
        assert out["status"] == "new" and out["events"] > 0 and out["document_id"]
        after = c.get("/api/stats").json()
        assert after["documents"] == before["documents"] + 1
        doc = c.get(f"/api/documents/{out['document_id']}").json()
        assert doc["spans"]
        again = c.post("/api/documents", json={"id": "api-1", "text": text, "published": "2020-09-01"},
                       headers={"Authorization": f"Bearer {TOKEN}"}).json()
        assert again["status"] == "unchanged"
        bad = c.post("/api/documents", json={"id": "api-2", "text": "hello world, nothing Arabic here"},
                     headers={"Authorization": f"Bearer {TOKEN}"})
        assert bad.status_code == 400 and bad.json()["error"]["code"] == "rejected"


ERROR_CASES = [
    ("GET", "/api/nothing-here", 404),
    ("GET", "/nothing-here", 404),
    ("GET", "/api/events/999999", 404),
    ("GET", "/api/documents/999999", 404),
    ("GET", "/api/events/abc", 400),
    ("GET", "/api/documents/abc", 400),
    ("GET", "/api/events?limit=0", 400),
    ("GET", "/api/events?limit=5001", 400),
    ("GET", "/api/events?page=0", 400),
    ("GET", "/api/events?no_such_column=1", 400),
    ("GET", "/api/events?fields=nope", 400),
    ("GET", "/api/events?fatalities=many", 400),
    ("GET", "/api/events?event_date=2020-02-30", 400),
    ("GET", "/api/events?fatalities=1&fatalities_where=!=", 400),
    ("GET", "/api/events?event_date=2020&event_date_where=BETWEEN", 400),
    ("GET", "/api/events?bbox=1,2,3,4", 400),
    ("GET", "/api/events.geojson?bbox=1,2", 400),
    ("GET", "/api/export?format=xlsx", 400),
    ("GET", "/api/export?format=hxl&nope=1", 400),
    ("GET", "/api/events?format=csv", 400),
    ("DELETE", "/api/events", 405),
    ("PUT", "/api/stats", 405),
    ("POST", "/api/events", 405),
    ("POST", "/api/documents", 401),
    ("GET", "/static/nothing.js", 404),
]


def _check_shape(r: Any, status: int) -> None:
    assert r.status_code == status, (r.status_code, r.text)
    body = r.json()
    assert set(body) == {"error"}, body
    err = body["error"]
    assert set(err) == {"status", "code", "message"}
    assert err["status"] == status and isinstance(err["code"], str) and err["code"]
    assert isinstance(err["message"], str) and err["message"]
    assert "Traceback" not in err["message"]


@pytest.mark.parametrize(("method", "path", "status"), ERROR_CASES)
def test_one_error_shape(client: TestClient, method: str, path: str, status: int) -> None:
    _check_shape(client.request(method, path), status)


def test_error_shape_500_and_422(tmp_path: Path, db_url: str) -> None:
    # a database without tables: every query fails inside the app -> 500 in the same shape, no traceback
    empty = f"sqlite:///{tmp_path / 'empty.sqlite'}"
    with TestClient(create_app(empty, TOKEN), raise_server_exceptions=False) as c:
        r = c.get("/api/stats")
        _check_shape(r, 500)
        assert r.json()["error"]["code"] == "internal_error"
    from fastapi import Body

    app = create_app(db_url, TOKEN)

    @app.post("/api/_probe")
    def probe(n: int = Body(..., embed=True)) -> int:  # a body-validated route
        return n

    with TestClient(app, raise_server_exceptions=False) as c:
        _check_shape(c.post("/api/_probe", json={"n": "x"}), 422)


def test_openapi_and_offline_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events.geojson", "/api/events/{event_id}", "/api/documents/{document_id}",
                 "/api/stats", "/api/documents", "/api/export"):
        assert path in spec["paths"], path
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger-ui-bundle.js" in docs.text
    assert not re.search(r"https?://", docs.text)
    assert "default-src 'self'" in docs.headers["content-security-policy"]
    for ref in re.findall(r'(?:src|href)="(/static/[^"]+)"', docs.text):
        assert client.get(ref).status_code == 200, ref
    assert client.get("/redoc").status_code == 404


def test_dashboard_page(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and "Content-Security-Policy" in r.headers
    assert r.headers["x-content-type-options"] == "nosniff"
    refs = re.findall(r'(?:src|href)="(/static/[^"]+)"', r.text)
    assert len(refs) >= 5
    for ref in refs:
        assert client.get(ref).status_code == 200, ref
