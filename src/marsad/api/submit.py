"""``POST /api/documents``: read the record, run the extractor, store and reconcile it (store owner's code)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from marsad.api.errors import ApiError
from marsad.errors import MarsadError


def parse_record(raw: bytes) -> dict[str, Any]:
    """The request body as a JSON object with ``text`` or ``html``."""
    try:
        rec = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ApiError(400, f"the body must be a UTF-8 JSON object: {err}", "invalid_body") from None
    if not isinstance(rec, dict):
        raise ApiError(400, "the body must be a JSON object with text or html", "invalid_body")
    if not isinstance(rec.get("text") or rec.get("html"), str):
        raise ApiError(400, "the body needs a non-empty string field text or html", "invalid_body")
    return rec


def submit_record(sessions: sessionmaker[Session], raw: bytes) -> dict[str, Any]:
    """Extract, store and reconcile one submitted record with the store's own worker and writer.

    Returns ``{"status": "new"|"versioned"|"unchanged"|"restored", "document_id", "doc_key", "events", "claims",
    "canonical_ids"}``; a report the extractor rejects is recorded as a rejection and answered with 400.
    """
    from sqlalchemy import select

    from marsad.collect.items import Item
    from marsad.store.models import Document, Event
    from marsad.store.work import process
    from marsad.store.writer import write_document, write_rejection

    rec = parse_record(raw)
    item = Item(doc_key="", payload=rec, source="api", input_format="json")
    item.doc_key = str(rec.get("id") or f"api:{item.content_hash[:16]}")
    try:
        outcome = process(item)
    except MarsadError as err:  # pragma: no cover - process() turns these into rejections
        raise ApiError(400, f"{err.code}: {err.reason}", "rejected") from None
    with sessions.begin() as session:
        if outcome.get("status") != "ok":
            write_rejection(session, outcome)
            raise_after = ApiError(400, f"{outcome['code']}: {outcome['reason']}", "rejected")
        else:
            raise_after = None
            status, n_events, n_claims = write_document(session, outcome)
            doc = session.scalar(select(Document).where(Document.doc_key == item.doc_key,
                                                        Document.is_current.is_(True)))
            doc_id = doc.id if doc is not None else None
            canon = sorted({c for c in session.scalars(select(Event.canonical_id).where(
                Event.document_id == doc_id, Event.canonical_id.is_not(None))) if c is not None})
    if raise_after is not None:
        raise raise_after
    return {"status": status, "document_id": doc_id, "doc_key": item.doc_key, "events": n_events,
            "claims": n_claims, "canonical_ids": canon}
