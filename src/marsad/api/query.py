"""ACLED API query conventions, parsed from query parameters and applied to a SQLAlchemy select.

* any column as a filter: ``country=Syria``; ``:OR:`` separates alternatives: ``event_type=Battles:OR:Riots``;
* ``<field>_where`` sets the comparison for that field: ``=`` (default), ``>``, ``<``, ``>=``, ``<=``, ``LIKE``
  (``%`` wildcards, case-insensitive) or ``BETWEEN`` (value ``low|high``, both included);
* ``fields=a|b`` picks the columns returned; ``limit`` (default 500, at most 5000) and ``page`` (1-based);
* ``bbox=minlon,minlat,maxlon,maxlat`` (GeoJSON endpoint) keeps events inside the box.

Bad parameters raise :class:`QueryError`, which the API answers with 400.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, or_
from sqlalchemy.sql.elements import ColumnElement

DEFAULT_LIMIT = 500
MAX_LIMIT = 5000
OPERATORS = ("=", ">", "<", ">=", "<=", "LIKE", "BETWEEN")
OR_SEPARATOR = ":OR:"
#: parameters that are not column filters
RESERVED = frozenset({"fields", "limit", "page", "bbox"})


class QueryError(ValueError):
    """A query parameter the API cannot honour; the message says which and why."""


@dataclass(frozen=True)
class Condition:
    """``field op value`` for each alternative (OR-ed); BETWEEN alternatives are ``(low, high)`` pairs."""

    field: str
    op: str
    values: tuple[Any, ...]


@dataclass
class EventQuery:
    """A parsed query: filters (AND-ed), selected fields, paging and an optional bounding box."""

    conditions: list[Condition] = field(default_factory=list)
    fields: list[str] | None = None
    limit: int = DEFAULT_LIMIT
    page: int = 1
    bbox: tuple[float, float, float, float] | None = None

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.limit


def _int_param(name: str, raw: str, low: int, high: int | None = None) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise QueryError(f"{name} must be an integer, got {raw!r}") from None
    if value < low or (high is not None and value > high):
        bound = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise QueryError(f"{name} must be {bound}, got {value}")
    return value


def parse_bbox(raw: str) -> tuple[float, float, float, float]:
    """``minlon,minlat,maxlon,maxlat`` -> floats, checked for range and order."""
    parts = raw.split(",")
    if len(parts) != 4:
        raise QueryError(f"bbox must be minlon,minlat,maxlon,maxlat, got {raw!r}")
    try:
        x0, y0, x1, y1 = (float(p) for p in parts)
    except ValueError:
        raise QueryError(f"bbox must be four numbers, got {raw!r}") from None
    if not (-180 <= x0 <= 180 and -180 <= x1 <= 180 and -90 <= y0 <= 90 and -90 <= y1 <= 90):
        raise QueryError(f"bbox is out of range (lon -180..180, lat -90..90): {raw!r}")
    if x0 > x1 or y0 > y1:
        raise QueryError(f"bbox must have min before max: {raw!r}")
    return x0, y0, x1, y1


def convert(name: str, kind: type, raw: str) -> Any:
    """A query string as the column's Python type (``int``, ``float``, ``date``, ``bool``, ``str``)."""
    try:
        if kind is bool:
            low = raw.lower()
            if low in ("1", "true", "yes"):
                return True
            if low in ("0", "false", "no"):
                return False
            raise ValueError(raw)
        if kind is int:
            return int(raw)
        if kind is float:
            return float(raw)
        if kind is dt.date:
            return dt.date.fromisoformat(raw)
        if kind is dt.datetime:
            return dt.datetime.fromisoformat(raw)
    except ValueError:
        raise QueryError(f"{name}: {raw!r} is not a valid {kind.__name__}") from None
    return raw


def parse_query(
    params: Iterable[tuple[str, str]],
    columns: Mapping[str, type],
    *,
    allow_bbox: bool = False,
    extra_reserved: Iterable[str] = (),
    selectable: Iterable[str] = (),
) -> EventQuery:
    """Parse query parameters against ``columns`` (name -> Python type); unknown names are a :class:`QueryError`.

    ``selectable`` names output-only fields that ``fields=`` may pick besides the filterable ``columns``.
    """
    reserved = RESERVED | set(extra_reserved)
    raw: dict[str, str] = {}
    for key, value in params:
        if key in raw and raw[key] != value:
            raise QueryError(f"{key} is given twice; use {OR_SEPARATOR} for alternatives")
        raw[key] = value
    q = EventQuery()
    if "limit" in raw:
        q.limit = _int_param("limit", raw["limit"], 1, MAX_LIMIT)
    if "page" in raw:
        q.page = _int_param("page", raw["page"], 1)
    if "fields" in raw:
        known = [*columns, *selectable]
        names = [f for f in raw["fields"].split("|") if f]
        unknown = [f for f in names if f not in known]
        if unknown or not names:
            raise QueryError(f"fields: unknown field(s) {', '.join(unknown) or '(none given)'}; "
                             f"known: {', '.join(known)}")
        q.fields = names
    if "bbox" in raw:
        if not allow_bbox:
            raise QueryError("bbox is only accepted by /api/events.geojson")
        q.bbox = parse_bbox(raw["bbox"])
    wheres: dict[str, str] = {}
    for key, value in raw.items():
        if key.endswith("_where") and key not in columns:
            name = key[: -len("_where")]
            if name not in columns:
                raise QueryError(f"{key}: unknown field {name!r}")
            op = value.strip().upper()
            if op not in OPERATORS:
                raise QueryError(f"{key} must be one of {', '.join(OPERATORS)}, got {value!r}")
            if name not in raw:
                raise QueryError(f"{key} is given without a value for {name}")
            wheres[name] = op
    for key, value in raw.items():
        if key in reserved or (key.endswith("_where") and key not in columns):
            continue
        if key not in columns:
            raise QueryError(f"unknown parameter {key!r}; filters are column names: {', '.join(columns)}")
        q.conditions.append(_condition(key, wheres.get(key, "="), value, columns[key]))
    return q


def _condition(name: str, op: str, value: str, kind: type) -> Condition:
    alternatives = value.split(OR_SEPARATOR)
    if op == "BETWEEN":
        pairs = []
        for alt in alternatives:
            parts = alt.split("|")
            if len(parts) != 2:
                raise QueryError(f"{name}: BETWEEN needs low|high, got {alt!r}")
            pairs.append((convert(name, kind, parts[0]), convert(name, kind, parts[1])))
        return Condition(name, op, tuple(pairs))
    if op == "LIKE":
        return Condition(name, op, tuple(alternatives))
    return Condition(name, op, tuple(convert(name, kind, a) for a in alternatives))


def _clause(col: Any, op: str, value: Any) -> ColumnElement[bool]:
    if op == "=":
        return col == value  # type: ignore[no-any-return]
    if op == ">":
        return col > value  # type: ignore[no-any-return]
    if op == "<":
        return col < value  # type: ignore[no-any-return]
    if op == ">=":
        return col >= value  # type: ignore[no-any-return]
    if op == "<=":
        return col <= value  # type: ignore[no-any-return]
    if op == "LIKE":
        return col.ilike(value)  # type: ignore[no-any-return]
    low, high = value
    return col.between(low, high)  # type: ignore[no-any-return]


def where_clauses(query: EventQuery, columns: Mapping[str, Any],
                  lonlat: Sequence[Any] | None = None) -> list[ColumnElement[bool]]:
    """SQL conditions for ``query``: ``columns`` maps names to SQLAlchemy columns; ``lonlat`` for the bbox."""
    out: list[ColumnElement[bool]] = []
    for cond in query.conditions:
        col = columns[cond.field]
        alts = [_clause(col, cond.op, v) for v in cond.values]
        out.append(alts[0] if len(alts) == 1 else or_(*alts))
    if query.bbox is not None and lonlat is not None:
        lon, lat = lonlat
        x0, y0, x1, y1 = query.bbox
        out.append(and_(lon.between(x0, x1), lat.between(y0, y1)))
    return out
