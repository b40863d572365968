"""Lenient converters for values that cross a boundary (JSON output, database rows, export columns)."""

from __future__ import annotations

import datetime as dt
from typing import Any


def as_date(value: Any) -> dt.date | None:
    """A date from a date, an ISO date/datetime string, or None for blank or unparseable values."""
    if isinstance(value, dt.date):
        return value
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def as_int(value: Any) -> int | None:
    """An int, or None for blanks ("" in ACLED columns) and unparseable values."""
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def as_float(value: Any) -> float | None:
    """A float, or None for blanks and unparseable values."""
    if value in (None, ""):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
