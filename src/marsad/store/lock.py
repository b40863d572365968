"""One schema upgrade and one reconciler per database at a time.

Two commands opening a new database at once would both create its tables. Reconciliation reads the canonical events
once, then links mentions to them batch by batch: two runs at once (two ``marsad ingest`` on the same database) would
each miss the other's new canonical events and create duplicates. So each holds a database-wide lock: an ``flock`` on
``<database file>.<name>.lock`` for SQLite, a session-level advisory lock for PostgreSQL. The system releases both if
the process dies; a second command waits.
"""

from __future__ import annotations

import fcntl
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text


@contextmanager
def exclusive(engine: Engine, name: str = "reconcile") -> Iterator[None]:
    """Hold the database-wide lock ``name`` for the duration of the block (waits while another process holds it)."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        db = Path(url.database or "").expanduser().resolve()
        with db.with_name(f"{db.name}.{name}.lock").open("a") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)
        return
    key = zlib.crc32(f"marsad:{name}".encode())
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": key})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
            conn.commit()
