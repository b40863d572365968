"""Implementations of ``marsad serve`` and ``marsad export`` (the CLI only parses options and calls these)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from marsad.errors import UsageError

#: environment variable holding the bearer token for POST /api/documents
TOKEN_ENV = "MARSAD_API_TOKEN"


def resolve_token(token: str | None) -> str | None:
    """``--token``, else ``MARSAD_API_TOKEN``, else None (submissions disabled: there is no default token)."""
    value = token if token is not None else os.environ.get(TOKEN_ENV)
    return value or None


def canonical_events(db_url: str | None) -> list[dict[str, Any]]:
    """Every canonical event of the store, newest first, as export rows."""
    from marsad.api.serialize import event_dict
    from marsad.store.db import open_db
    from marsad.store.models import CanonicalEvent

    engine = open_db(db_url, migrate=False)
    try:
        with Session(engine) as session:
            rows = session.scalars(select(CanonicalEvent).order_by(CanonicalEvent.event_date.desc(),
                                                                   CanonicalEvent.id.desc()))
            return [event_dict(r) for r in rows]
    finally:
        engine.dispose()


def run_export(fmt: str, db_url: str | None, output: Path | None) -> int:
    """Write the store's canonical events in ``fmt`` to ``output`` (stdout when None); returns the event count."""
    from marsad.export import FORMATS, export_events

    if fmt not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}, got {fmt!r}", code="E003")
    if output is None and fmt == "geoparquet" and sys.stdout.isatty():
        raise UsageError("geoparquet is binary: give -o FILE.parquet", code="E003")
    events = canonical_events(db_url)
    data = export_events(events, fmt)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        output.write_bytes(data)
    return len(events)


def run_server(db_url: str | None, host: str, port: int, token: str | None) -> None:
    """Upgrade the store's schema, then serve the API and the dashboard with uvicorn until interrupted."""
    import uvicorn

    from marsad.api import create_app
    from marsad.store.db import open_db, resolve_url

    url = resolve_url(db_url)
    open_db(url).dispose()
    app = create_app(url, resolve_token(token))
    uvicorn.run(app, host=host, port=port, log_level="info")
