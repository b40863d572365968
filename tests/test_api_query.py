"""The ACLED query-parameter parser, unit by unit (no database)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Column, Date, Float, Integer, MetaData, String, Table, create_engine, insert, select

from marsad.api.query import DEFAULT_LIMIT, MAX_LIMIT, QueryError, parse_bbox, parse_query, where_clauses

COLS: dict[str, type] = {"event_type": str, "event_date": dt.date, "fatalities": int, "latitude": float,
                         "longitude": float, "country": str}


def q(s: str, **kw: object):  # type: ignore[no-untyped-def]
    params = [tuple(p.split("=", 1)) for p in s.split("&") if p]
    return parse_query(params, COLS, **kw)  # type: ignore[arg-type]


def test_defaults() -> None:
    p = q("")
    assert p.limit == DEFAULT_LIMIT and p.page == 1 and p.fields is None and p.conditions == [] and p.offset == 0


def test_filters_or_and_where() -> None:
    p = q("event_type=Battles:OR:Riots&fatalities=10&fatalities_where=>=&country=Syria")
    by = {c.field: c for c in p.conditions}
    assert by["event_type"].op == "=" and by["event_type"].values == ("Battles", "Riots")
    assert by["fatalities"].op == ">=" and by["fatalities"].values == (10,)
    assert by["country"].values == ("Syria",)


def test_between_dates() -> None:
    p = q("event_date=2018-01-01|2018-12-31&event_date_where=BETWEEN")
    (c,) = p.conditions
    assert c.op == "BETWEEN" and c.values == ((dt.date(2018, 1, 1), dt.date(2018, 12, 31)),)


def test_like_and_fields_paging() -> None:
    p = q("country=Sy%25&country_where=like&fields=event_type|fatalities&limit=20&page=3")
    assert p.conditions[0].op == "LIKE" and p.fields == ["event_type", "fatalities"]
    assert p.limit == 20 and p.page == 3 and p.offset == 40


@pytest.mark.parametrize("bad", [
    "limit=0", f"limit={MAX_LIMIT + 1}", "limit=x", "page=0", "nope=1", "fields=nope", "fields=",
    "fatalities=x", "event_date=2018-13-01", "event_date=2018-01-01&event_date_where=BETWEEN",
    "fatalities=1&fatalities_where=!=", "fatalities_where=>", "nope_where=>", "bbox=1,2,3,4",
])
def test_bad_parameters(bad: str) -> None:
    with pytest.raises(QueryError):
        q(bad)


def test_duplicate_parameter() -> None:
    with pytest.raises(QueryError, match="twice"):
        parse_query([("country", "A"), ("country", "B")], COLS)


def test_bbox() -> None:
    assert q("bbox=35,32,37,35", allow_bbox=True).bbox == (35.0, 32.0, 37.0, 35.0)
    for bad in ("1,2,3", "a,b,c,d", "37,32,35,35", "0,0,200,10"):
        with pytest.raises(QueryError):
            parse_bbox(bad)


def test_where_clauses_on_sql() -> None:
    md = MetaData()
    t = Table("ev", md, Column("id", Integer, primary_key=True), Column("event_type", String),
              Column("event_date", Date), Column("fatalities", Integer), Column("latitude", Float),
              Column("longitude", Float), Column("country", String))
    eng = create_engine("sqlite://")
    md.create_all(eng)
    rows = [
        {"event_type": "Battles", "event_date": dt.date(2018, 3, 1), "fatalities": 5, "latitude": 34.0,
         "longitude": 36.0, "country": "Syria"},
        {"event_type": "Riots", "event_date": dt.date(2019, 3, 1), "fatalities": 0, "latitude": 33.0,
         "longitude": 44.0, "country": "Iraq"},
        {"event_type": "Protests", "event_date": dt.date(2018, 6, 1), "fatalities": 12, "latitude": 35.0,
         "longitude": 38.0, "country": "Syria"},
    ]
    with eng.begin() as conn:
        conn.execute(insert(t), rows)

    def ids(s: str, **kw: object) -> list[int]:
        p = q(s, **kw)
        conds = where_clauses(p, t.c, (t.c.longitude, t.c.latitude))
        with eng.connect() as conn:
            return sorted(conn.scalars(select(t.c.id).where(*conds)))

    assert ids("event_type=Battles:OR:Riots") == [1, 2]
    assert ids("event_date=2018-01-01|2018-12-31&event_date_where=BETWEEN") == [1, 3]
    assert ids("fatalities=5&fatalities_where=>") == [3]
    assert ids("fatalities=5&fatalities_where=<=") == [1, 2]
    assert ids("country=sy%&country_where=LIKE") == [1, 3]
    assert ids("bbox=35,33.5,39,36", allow_bbox=True) == [1, 3]
    assert ids("country=Syria&event_type=Protests") == [3]
