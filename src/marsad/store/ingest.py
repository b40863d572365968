"""``marsad ingest``: sources -> extraction in a process pool -> one writer, one transaction per document.

Guarantees (docs/store.md): idempotent (a ``(doc_key, content_hash)`` already stored or rejected is skipped before
extraction), versioned (new content under a known key is a new version), crash-safe (``kill -9`` at any moment loses
at most the documents in flight, which the next run extracts again; nothing is written twice thanks to the unique
constraints and the per-document transaction), then the new mentions are reconciled.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from marsad.collect import Item, collect
from marsad.errors import WriteFailed
from marsad.reconcile import ReconcileStats, reconcile_pending
from marsad.store.db import session_factory
from marsad.store.models import Document, Rejection
from marsad.store.registries import refresh_registries
from marsad.store.work import STAGE_STORE, init_worker, process
from marsad.store.writer import NEW, RESTORED, UNCHANGED, VERSIONED, write_document, write_rejection


@dataclass
class IngestStats:
    """Counts of one ingest run and the rejections it recorded."""

    seen: int = 0
    new: int = 0
    versioned: int = 0
    restored: int = 0
    unchanged: int = 0
    rejected: int = 0
    already_rejected: int = 0
    events: int = 0
    claims: int = 0
    seconds: float = 0.0
    rejections: list[dict[str, Any]] = field(default_factory=list)
    reconcile: ReconcileStats = field(default_factory=ReconcileStats)

    @property
    def stored(self) -> int:
        return self.new + self.versioned + self.restored

    @property
    def rate(self) -> float:
        return self.seen / self.seconds if self.seconds > 0 else 0.0


Progress = Callable[[IngestStats], None]


class _Known:
    """What the store already holds: current hash per key, all stored and rejected (key, hash) pairs."""

    def __init__(self, session: Session) -> None:
        self.current: dict[str, str] = {}
        self.stored: set[tuple[str, str]] = set()
        for key, chash, cur in session.execute(
            select(Document.doc_key, Document.content_hash, Document.is_current)
        ).all():
            self.stored.add((key, chash))
            if cur:
                self.current[key] = chash
        self.rejected = {(k, h) for k, h in session.execute(select(Rejection.doc_key, Rejection.content_hash)).all()}


def default_workers() -> int:
    """Worker processes by default: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _extract_all(items: Iterable[Item], workers: int) -> Iterator[dict[str, Any]]:
    """Outcomes of :func:`process` for every item: in-process for one worker, else a bounded process pool."""
    if workers <= 1:
        init_worker()
        for item in items:
            yield process(item)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    limit = workers * 4
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=init_worker) as pool:
        running: set[Future[dict[str, Any]]] = set()
        for item in items:
            running.add(pool.submit(process, item))
            if len(running) >= limit:
                done, running = wait(running, return_when=FIRST_COMPLETED)
                for fut in done:
                    yield fut.result()
        while running:
            done, running = wait(running, return_when=FIRST_COMPLETED)
            for fut in done:
                yield fut.result()


WRITE_ATTEMPTS = 3
T = TypeVar("T")


def _in_transaction(factory: sessionmaker[Session], write: Callable[[Session], T]) -> T:
    """``write`` in a transaction, retried in a fresh one when it fails. Another ingest on the same database may
    have written the same document between our read and our write: a fresh transaction sees it (and finds it
    unchanged), while a real failure fails every time."""
    for attempt in range(WRITE_ATTEMPTS):
        try:
            with factory() as session, session.begin():
                return write(session)
        except SQLAlchemyError:
            if attempt + 1 == WRITE_ATTEMPTS:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def _store(factory: sessionmaker[Session], outcome: dict[str, Any], stats: IngestStats, known: _Known) -> None:
    key, chash = outcome["doc_key"], outcome["content_hash"]
    if outcome["status"] != "ok":
        fresh = _in_transaction(factory, lambda session: write_rejection(session, outcome))
        known.rejected.add((key, chash))
        if fresh:
            stats.rejected += 1
            stats.rejections.append(outcome)
        else:
            stats.already_rejected += 1
        return
    try:
        result, n_events, n_claims = _in_transaction(
            factory, lambda session: write_document(session, outcome, reconcile=False)
        )
    except SQLAlchemyError as exc:
        detail = str(exc).splitlines()[0]
        failed = {**outcome, "status": "rejected", "stage": STAGE_STORE, "code": WriteFailed.code, "reason": detail}
        with factory() as session, session.begin():
            write_rejection(session, failed)
        stats.rejected += 1
        stats.rejections.append(failed)
        return
    known.stored.add((key, chash))
    known.current[key] = chash
    stats.events += n_events
    stats.claims += n_claims
    if result == NEW:
        stats.new += 1
    elif result == VERSIONED:
        stats.versioned += 1
    elif result == RESTORED:
        stats.restored += 1
    else:
        assert result == UNCHANGED
        stats.unchanged += 1


def ingest(
    engine: Engine,
    paths: Iterable[str],
    *,
    workers: int | None = None,
    on_progress: Progress | None = None,
    on_reconcile: Callable[[int, int], None] | None = None,
) -> IngestStats:
    """Ingest every report under ``paths`` into the (already upgraded) store at ``engine``; then reconcile."""
    factory = session_factory(engine)
    stats = IngestStats()
    started = time.perf_counter()
    _in_transaction(factory, refresh_registries)  # a concurrent ingest may be filling them too
    with factory() as session:
        known = _Known(session)
    # no pooled connection may be inherited by forked workers (their exit would close the parent's sockets)
    engine.dispose()

    def todo() -> Iterator[Item]:
        for item in collect(paths):
            stats.seen += 1
            key, chash = item.doc_key, item.content_hash
            if known.current.get(key) == chash:
                stats.unchanged += 1
            elif (key, chash) in known.rejected:
                stats.already_rejected += 1
            else:
                yield item
                continue
            if on_progress is not None:
                on_progress(stats)

    for outcome in _extract_all(todo(), workers or default_workers()):
        _store(factory, outcome, stats, known)
        stats.seconds = time.perf_counter() - started
        if on_progress is not None:
            on_progress(stats)
    stats.reconcile = reconcile_pending(factory, on_progress=on_reconcile)
    stats.seconds = time.perf_counter() - started
    return stats
