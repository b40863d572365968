"""Rows of the store as JSON-ready dicts (dates as ISO strings)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import inspect as sa_inspect

from marsad.store.models import CanonicalEvent, Claim, Document, Event


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    return value


def row_dict(row: Any, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    """All loaded column attributes of an ORM row (deferred columns such as ``raw`` are left out)."""
    mapper = sa_inspect(type(row))
    state = sa_inspect(row)
    out: dict[str, Any] = {}
    for attr in mapper.column_attrs:
        if attr.key in skip or attr.key in state.unloaded:
            continue
        out[attr.key] = _jsonable(getattr(row, attr.key))
    return out


def event_dict(ev: CanonicalEvent, fields: list[str] | None = None) -> dict[str, Any]:
    """A canonical event for ``/api/events``: every column, or only ``fields``."""
    d = row_dict(ev, skip=frozenset({"explanation", "key"}))
    if fields:
        return {f: d.get(f) for f in fields}
    return d


def claim_dict(c: Claim) -> dict[str, Any]:
    """A claim with its evidence span as ``{start, end, text}``."""
    d = row_dict(c)
    d["evidence"] = {"start": c.evidence_start, "end": c.evidence_end, "text": c.evidence_text}
    return d


def mention_dict(m: Event) -> dict[str, Any]:
    """An event mention (one report's version of the event) with its claims and evidence."""
    d = row_dict(m)
    d["claims"] = [claim_dict(c) for c in m.claims]
    return d


def report_dict(doc: Document) -> dict[str, Any]:
    """A document's metadata (no text)."""
    return {k: v for k, v in row_dict(doc, skip=frozenset({"raw", "text"})).items()}


def document_spans(doc: Document) -> list[dict[str, Any]]:
    """Evidence spans of every mention and claim of a document, sorted by position.

    ``kind`` is the evidence field (``event``, ``actor1``, ``location``...), ``claim`` for a claim's figure or
    ``source`` for who made the claim.
    """
    spans: list[dict[str, Any]] = []
    for m in doc.events:
        for kind, ev in (m.evidence or {}).items():
            if isinstance(ev, dict) and isinstance(ev.get("start"), int) and isinstance(ev.get("end"), int):
                spans.append({"kind": kind, "start": ev["start"], "end": ev["end"], "text": ev.get("text"),
                              "event_id": m.id, "canonical_id": m.canonical_id})
        for c in m.claims:
            if c.evidence_start is not None and c.evidence_end is not None:
                spans.append({"kind": "claim", "start": c.evidence_start, "end": c.evidence_end,
                              "text": c.evidence_text, "event_id": m.id, "canonical_id": m.canonical_id,
                              "claim_id": c.id})
            se = c.source_evidence or {}
            if isinstance(se.get("start"), int) and isinstance(se.get("end"), int):
                spans.append({"kind": "source", "start": se["start"], "end": se["end"], "text": se.get("text"),
                              "event_id": m.id, "canonical_id": m.canonical_id, "claim_id": c.id})
    spans.sort(key=lambda s: (s["start"], -s["end"]))
    return spans
