"""The observatory store: SQLAlchemy 2 models, engine/session from a URL, Alembic migrations, ingest and queries.

``models`` holds the tables (docs/store.md); ``db`` turns a ``--db`` URL into an engine and upgrades the schema;
``ingest`` writes extractor output with one transaction per document (idempotent, safe to kill).
"""

from __future__ import annotations

DEFAULT_DB_URL = "sqlite:///marsad.sqlite"
