"""Incremental assignment of new mentions to canonical events, refresh after detachment, full recompute.

Every non-background, current mention ends with a ``canonical_id``; mentions still without one are the *pending*
ones, so an interrupted run is finished by the next (each batch is one transaction).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session, selectinload, sessionmaker

from marsad.reconcile import aggregate
from marsad.reconcile.rules import MAX_WINDOW_DAYS, Match, fits_all, match
from marsad.store.lock import exclusive
from marsad.store.models import CanonicalEvent, Document, Event

BATCH = 200


@dataclass
class ReconcileStats:
    """What one reconciliation run did."""

    mentions: int = 0
    created: int = 0
    merged: int = 0


def _members(session: Session, canonical_id: int) -> list[Event]:
    return list(
        session.scalars(
            select(Event)
            .where(Event.canonical_id == canonical_id, Event.is_current.is_(True))
            .options(selectinload(Event.claims), selectinload(Event.document))
        ).all()
    )


def refresh_canonicals(session: Session, ids: Iterable[int]) -> None:
    """Recompute the given canonical events from their current mentions; delete those left empty."""
    for cid in sorted(set(ids)):
        canon = session.get(CanonicalEvent, cid)
        if canon is None:
            continue
        members = _members(session, cid)
        if not members:
            session.delete(canon)
        else:
            aggregate.apply(canon, members)
    session.flush()


@dataclass(slots=True)
class Shape:
    """What matching reads of one reconciled mention (satisfies :class:`~marsad.reconcile.rules.MentionLike`)."""

    id: int
    canonical_id: int
    document_id: int
    doc_key: str
    seq: int
    event_date: dt.date | None
    time_precision: int | None
    country: str
    admin1: str
    latitude: float | None
    longitude: float | None
    place_id: str | None
    event_type: str
    sub_event_type: str
    actor1_id: str | None
    actor2_id: str | None


_SHAPE_COLUMNS = (
    Event.id, Event.canonical_id, Event.document_id, Document.doc_key, Event.seq, Event.event_date,
    Event.time_precision, Event.country, Event.admin1, Event.latitude, Event.longitude, Event.place_id,
    Event.event_type, Event.sub_event_type, Event.actor1_id, Event.actor2_id,
)  # fmt: skip


class MentionIndex:
    """Reconciled current mentions by (country, date) and by canonical event, for one reconciliation run.

    Loaded once for the dates that the pending mentions can reach, then kept up to date by :func:`assign`.
    """

    def __init__(self) -> None:
        self.by_day: dict[tuple[str, dt.date], list[Shape]] = {}
        self.by_canon: dict[int, list[Shape]] = {}
        self.canons_of_doc: dict[int, set[int]] = {}

    def add(self, shape: Shape) -> None:
        if shape.event_date is not None and shape.country:
            self.by_day.setdefault((shape.country, shape.event_date), []).append(shape)
        self.by_canon.setdefault(shape.canonical_id, []).append(shape)
        self.canons_of_doc.setdefault(shape.document_id, set()).add(shape.canonical_id)

    @classmethod
    def load(cls, session: Session, lo: dt.date | None = None, hi: dt.date | None = None) -> MentionIndex:
        """Reconciled current mentions (all, or those of canonical events that have a mention in ``[lo, hi]``)."""
        index = cls()
        q = (
            select(*_SHAPE_COLUMNS)
            .join(Document, Document.id == Event.document_id)
            .where(Event.is_current.is_(True), Event.canonical_id.is_not(None))
        )
        if lo is not None and hi is not None:
            near = (
                select(Event.canonical_id)
                .where(Event.is_current.is_(True), Event.event_date.between(lo, hi))
                .scalar_subquery()
            )
            q = q.where(Event.canonical_id.in_(near))
        for row in session.execute(q).all():
            index.add(Shape(*cast(Any, row)))
        return index

    def neighbours(self, ev: Event) -> list[Shape]:
        """Mentions of the same country within the widest date window that can apply to ``ev``."""
        assert ev.event_date is not None
        out: list[Shape] = []
        for d in range(-MAX_WINDOW_DAYS, MAX_WINDOW_DAYS + 1):
            for m in self.by_day.get((ev.country, ev.event_date + dt.timedelta(days=d)), ()):
                if m.document_id != ev.document_id:
                    out.append(m)
        return out


def shape_of(ev: Event, canonical_id: int) -> Shape:
    return Shape(
        ev.id, canonical_id, ev.document_id, ev.document.doc_key, ev.seq, ev.event_date, ev.time_precision,
        ev.country, ev.admin1, ev.latitude, ev.longitude, ev.place_id, ev.event_type, ev.sub_event_type,
        ev.actor1_id, ev.actor2_id,
    )  # fmt: skip


def _best(index: MentionIndex, ev: Event) -> tuple[int, Shape, Match] | None:
    if ev.event_date is None or not ev.country:
        return None
    by_canon: dict[int, list[Shape]] = {}
    for m in index.neighbours(ev):
        by_canon.setdefault(m.canonical_id, []).append(m)
    # a canonical event that already holds a mention of this report is a different incident
    taken = index.canons_of_doc.get(ev.document_id, set())
    best: tuple[int, Shape, Match] | None = None
    for cid in sorted(by_canon):
        if cid in taken:
            continue
        cands = [(m, found) for m in by_canon[cid] if (found := match(ev, m)) is not None]
        if not cands or not fits_all(ev, list(index.by_canon.get(cid, []))):
            continue
        for m, found in sorted(cands, key=lambda x: (x[0].doc_key, x[0].seq)):
            if best is None or found.score > best[2].score:
                best = (cid, m, found)
    return best


def assign(
    session: Session,
    ev: Event,
    stats: ReconcileStats,
    index: MentionIndex | None = None,
    dirty: set[int] | None = None,
) -> CanonicalEvent:
    """Attach one pending mention to the best-matching canonical event, or start a new one.

    With ``dirty`` the canonical event's derived fields are recomputed later (by the caller, once per batch).
    """
    stats.mentions += 1
    if index is None:
        lo = hi = None
        if ev.event_date is not None:
            lo = ev.event_date - dt.timedelta(days=2 * MAX_WINDOW_DAYS)
            hi = ev.event_date + dt.timedelta(days=2 * MAX_WINDOW_DAYS)
        index = MentionIndex.load(session, lo, hi)
    best = _best(index, ev)
    if best is None:
        canon = CanonicalEvent(key=f"{ev.document.doc_key}#{ev.seq}", explanation={"merges": []})
        aggregate.apply(canon, [ev])
        session.add(canon)
        session.flush()
        stats.created += 1
    else:
        cid, other, why = best
        found = session.get(CanonicalEvent, cid)
        assert found is not None
        canon = found
        expl = dict(canon.explanation or {})
        expl["merges"] = [*expl.get("merges", []), {"mention": ev.id, "with": other.id, **why.as_dict()}]
        canon.explanation = expl
        stats.merged += 1
    ev.canonical_id = canon.id
    index.add(shape_of(ev, canon.id))
    if dirty is None:
        session.flush()
        aggregate.apply(canon, _members(session, canon.id))
    else:
        dirty.add(canon.id)
    return canon


def reconcile_document(session: Session, document_id: int, stats: ReconcileStats | None = None) -> list[int]:
    """Reconcile the pending mentions of one document in the open transaction; returns their canonical ids."""
    stats = stats or ReconcileStats()
    evs = session.scalars(
        select(Event)
        .where(
            Event.document_id == document_id,
            Event.is_current.is_(True),
            Event.is_background.is_(False),
            Event.canonical_id.is_(None),
        )
        .options(selectinload(Event.claims), selectinload(Event.document))
    ).all()
    dirty: set[int] = set()
    dates = [ev.event_date for ev in evs if ev.event_date is not None]
    pad = dt.timedelta(days=2 * MAX_WINDOW_DAYS)
    index = MentionIndex.load(session, min(dates) - pad, max(dates) + pad) if dates else MentionIndex()
    for ev in sorted(evs, key=_order):
        assign(session, ev, stats, index, dirty)
    session.flush()
    refresh_canonicals(session, dirty)
    return sorted({ev.canonical_id for ev in evs if ev.canonical_id is not None})


def _order(ev: Event) -> tuple[dt.date, str, int]:
    return (ev.event_date or dt.date.max, ev.document.doc_key, ev.seq)


PENDING = (Event.is_current.is_(True), Event.is_background.is_(False), Event.canonical_id.is_(None))


def pending_ids(session: Session) -> list[int]:
    """Current, non-background mentions without a canonical event, in deterministic order."""
    rows = list(
        session.execute(
            select(Event.id, Event.event_date, Document.doc_key, Event.seq)
            .join(Document, Document.id == Event.document_id)
            .where(*PENDING)
        ).all()
    )
    rows.sort(key=lambda r: (r[1] or dt.date.max, r[2], r[3]))
    return [r[0] for r in rows]


def reconcile_pending(
    factory: sessionmaker[Session], *, on_progress: Callable[[int, int], None] | None = None
) -> ReconcileStats:
    """Reconcile every pending mention (incremental); one transaction per batch of mentions, one run per database
    at a time (:func:`marsad.store.lock.exclusive`)."""
    with exclusive(_engine(factory)):
        return _reconcile_pending(factory, on_progress)


def _engine(factory: sessionmaker[Session]) -> Engine:
    bind = factory.kw["bind"]
    assert isinstance(bind, Engine)
    return bind


def _reconcile_pending(
    factory: sessionmaker[Session], on_progress: Callable[[int, int], None] | None
) -> ReconcileStats:
    stats = ReconcileStats()
    with factory() as session:
        ids = pending_ids(session)
        lo, hi = session.execute(select(func.min(Event.event_date), func.max(Event.event_date)).where(*PENDING)).one()
    pad = dt.timedelta(days=2 * MAX_WINDOW_DAYS)
    span = (lo - pad, hi + pad) if lo is not None and hi is not None else None
    index: MentionIndex | None = None
    total = len(ids)
    for start in range(0, total, BATCH):
        chunk = ids[start : start + BATCH]
        with factory() as session, session.begin():
            evs = session.scalars(
                select(Event)
                .where(Event.id.in_(chunk))
                .options(selectinload(Event.claims), selectinload(Event.document))
            ).all()
            if index is None:
                index = MentionIndex.load(session, *span) if span else MentionIndex.load(session)
            dirty: set[int] = set()
            for ev in sorted(evs, key=_order):
                if ev.canonical_id is None:
                    assign(session, ev, stats, index, dirty)
            session.flush()
            refresh_canonicals(session, dirty)
        if on_progress is not None:
            on_progress(min(start + BATCH, total), total)
    return stats


def reconcile_all(
    factory: sessionmaker[Session], *, on_progress: Callable[[int, int], None] | None = None
) -> ReconcileStats:
    """Drop every canonical event and reconcile all current mentions again, deterministically."""
    with exclusive(_engine(factory)):
        with factory() as session, session.begin():
            session.execute(update(Event).values(canonical_id=None))
            session.execute(delete(CanonicalEvent))
        return _reconcile_pending(factory, on_progress)
