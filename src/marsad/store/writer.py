"""The single writer: one transaction per document, so an interrupted ingest never leaves half a document.

``write_document`` is idempotent: the same ``(doc_key, content_hash)`` changes nothing; new content under a known
``doc_key`` becomes a new version, the previous one is marked not current and its events are detached from their
canonical events (which are refreshed in the same transaction).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from marsad import __version__
from marsad.store.models import ACLED_FIELDS, Claim, Document, Event, Extraction, Rejection
from marsad.values import as_date as _date

#: outcomes of write_document
NEW, VERSIONED, UNCHANGED, RESTORED = "new", "versioned", "unchanged", "restored"


_INT_FIELDS = frozenset(
    {"year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities", "timestamp"}
)
_FLOAT_FIELDS = frozenset({"latitude", "longitude"})


def _number(value: Any, kind: type[int] | type[float]) -> Any:
    """ACLED leaves unknown numbers blank (""): None in the store; numeric strings become numbers."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        return kind(value)
    except (TypeError, ValueError):
        return None


def event_row(ev: dict[str, Any], seq: int, background: bool) -> Event:
    """An :class:`Event` (mention) with its claims from one extractor event object."""
    cols: dict[str, Any] = {}
    for name in ACLED_FIELDS:
        value = ev.get(name)
        if name == "event_date":
            value = _date(value)
        elif name in _INT_FIELDS:
            value = _number(value, int)
            if name == "fatalities" and value is None:
                value = 0
        elif name in _FLOAT_FIELDS:
            value = _number(value, float)
        elif value is None:
            value = ""
        else:
            value = str(value)
        cols[name] = value
    row = Event(
        **cols,
        seq=seq,
        fatalities_low=ev.get("fatalities_low"),
        fatalities_best=ev.get("fatalities_best"),
        fatalities_high=ev.get("fatalities_high"),
        actor1_id=ev.get("actor1_id") or None,
        actor2_id=ev.get("actor2_id") or None,
        place_id=ev.get("place_id") or None,
        is_background=bool(ev.get("is_background", background)) or background,
        is_current=True,
        confidence=ev.get("confidence"),
        evidence=ev.get("evidence") or {},
    )
    for c in ev.get("claims") or []:
        evid = c.get("evidence") or {}
        row.claims.append(
            Claim(
                source=c.get("source") or "",
                source_id=c.get("source_id"),
                source_stance=c.get("source_stance"),
                killed_min=c.get("killed_min"),
                killed_max=c.get("killed_max"),
                wounded_min=c.get("wounded_min"),
                wounded_max=c.get("wounded_max"),
                captured=c.get("captured"),
                materiel=c.get("materiel") or [],
                evidence_start=evid.get("start"),
                evidence_end=evid.get("end"),
                evidence_text=evid.get("text"),
                source_evidence=c.get("source_evidence"),
            )
        )
    return row


def _detach(session: Session, doc: Document) -> set[int]:
    """Mark a document version and its events not current; returns the canonical ids they leave."""
    ids = set(
        session.scalars(
            select(Event.canonical_id).where(Event.document_id == doc.id, Event.canonical_id.is_not(None))
        ).all()
    )
    session.execute(update(Event).where(Event.document_id == doc.id).values(is_current=False, canonical_id=None))
    doc.is_current = False
    session.flush()
    return {i for i in ids if i is not None}


def write_document(session: Session, outcome: dict[str, Any], *, reconcile: bool = True) -> tuple[str, int, int]:
    """Store one extracted document in the session's open transaction: ``(outcome, events, claims)``.

    With ``reconcile`` (the default, for single submissions such as ``POST /api/documents``) the new or restored
    document's events are reconciled in the same transaction; ``marsad ingest`` passes False and reconciles once at
    the end instead, in a deterministic order.
    """
    from marsad.reconcile import reconcile_document, refresh_canonicals

    key, chash = outcome["doc_key"], outcome["content_hash"]
    same = session.scalar(select(Document).where(Document.doc_key == key, Document.content_hash == chash))
    if same is not None and same.is_current:
        return UNCHANGED, 0, 0
    current = session.scalar(select(Document).where(Document.doc_key == key, Document.is_current.is_(True)))
    dirty: set[int] = set()
    if current is not None:
        dirty |= _detach(session, current)
    if same is not None:  # content went back to an earlier version: that version is current again
        same.is_current = True
        session.execute(update(Event).where(Event.document_id == same.id).values(is_current=True, canonical_id=None))
        session.flush()
        refresh_canonicals(session, dirty)
        if reconcile:
            reconcile_document(session, same.id)
        return RESTORED, 0, 0
    last = session.scalar(select(func.max(Document.version)).where(Document.doc_key == key)) or 0
    info = outcome["document"]
    result = outcome["result"]
    doc = Document(
        doc_key=key,
        version=last + 1,
        content_hash=chash,
        raw=outcome.get("raw"),
        text=info.get("text") or "",
        title=info.get("title"),
        published=_date(info.get("published")),
        outlet=info.get("outlet"),
        url=info.get("url"),
        input_format=info.get("input_format") or "text",
        source=outcome.get("source"),
        is_current=True,
    )
    session.add(doc)
    session.flush()
    session.add(Extraction(document_id=doc.id, extractor_version=__version__, result=_jsonable(result)))
    n_events = n_claims = 0
    seq = 0
    for background, evs in ((False, result.get("events") or []), (True, result.get("background") or [])):
        for ev in evs:
            row = event_row(ev, seq, background)
            row.document_id = doc.id
            session.add(row)
            seq += 1
            n_events += 1
            n_claims += len(row.claims)
    session.flush()
    refresh_canonicals(session, dirty)
    if reconcile:
        reconcile_document(session, doc.id)
    return (VERSIONED if current is not None else NEW), n_events, n_claims


def _jsonable(obj: Any) -> Any:
    return json.loads(json.dumps(obj, ensure_ascii=False, default=str))


def write_rejection(session: Session, outcome: dict[str, Any]) -> bool:
    """Record a rejected document once per ``(doc_key, content_hash)``; False when it was already recorded."""
    exists = session.scalar(
        select(Rejection.id).where(
            Rejection.doc_key == outcome["doc_key"], Rejection.content_hash == outcome["content_hash"]
        )
    )
    if exists is not None:
        return False
    session.add(
        Rejection(
            doc_key=outcome["doc_key"],
            content_hash=outcome["content_hash"],
            stage=outcome["stage"],
            code=outcome["code"],
            reason=outcome["reason"],
            source=outcome.get("source"),
        )
    )
    return True
