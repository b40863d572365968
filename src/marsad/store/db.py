"""Engine and sessions from a ``--db`` URL; schema upgrades with the packaged Alembic migrations.

``sqlite:///path`` (WAL journal, foreign keys on, a busy timeout so readers and the single writer coexist) and
``postgresql://...`` (driven by psycopg 3: ``postgresql+psycopg://``) are accepted; anything else is ``E301``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from marsad.errors import BadDatabaseURL, DatabaseUnavailable, MigrationFailed
from marsad.store import DEFAULT_DB_URL
from marsad.store.lock import exclusive

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_BUSY_TIMEOUT_MS = 30_000


def resolve_url(url: str | None = None) -> str:
    """The database URL to use: the argument, else ``MARSAD_DB_URL``, else ``sqlite:///marsad.sqlite``."""
    return url or os.environ.get("MARSAD_DB_URL") or DEFAULT_DB_URL


def normalise_url(url: str) -> str:
    """Map ``postgres://`` / ``postgresql://`` to the psycopg 3 driver; check that the URL is SQLite or PostgreSQL."""
    raw = url.strip()
    if raw.startswith("postgres://"):
        raw = "postgresql://" + raw[len("postgres://") :]
    try:
        parsed = make_url(raw)
    except ArgumentError:
        raise BadDatabaseURL(
            f"cannot parse the database URL {url!r}; use sqlite:///path/to/file.sqlite or postgresql://user@host/db"
        ) from None
    backend = parsed.get_backend_name()
    driver = parsed.get_driver_name()
    if backend == "postgresql":
        if driver not in ("psycopg", "psycopg2", "postgresql") and "+" in parsed.drivername:
            raise BadDatabaseURL(f"unsupported PostgreSQL driver {driver!r}; write postgresql://user@host/db")
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif backend == "sqlite":
        if not parsed.database:
            raise BadDatabaseURL("an in-memory SQLite database keeps nothing; use sqlite:///path/to/file.sqlite")
    else:
        raise BadDatabaseURL(
            f"unsupported database {backend!r} in {url!r}; use sqlite:///path or postgresql://user@host/db"
        )
    return parsed.render_as_string(hide_password=False)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # the timeout first: switching to WAL needs a lock that a concurrent command may hold ("database is locked")
    cur.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str | None = None) -> Engine:
    """An engine for ``url`` (see :func:`resolve_url`); SQLite gets WAL and foreign keys on every connection."""
    full = normalise_url(resolve_url(url))
    parsed = make_url(full)
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database or ""
        if db and not db.startswith("file:") and db != ":memory:":
            parent = Path(db).expanduser().resolve().parent
            if not parent.is_dir():
                raise DatabaseUnavailable(f"the folder {parent} of the SQLite database does not exist; create it first")
        engine = create_engine(full, connect_args={"timeout": _BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(full, pool_pre_ping=True)


def check_connection(engine: Engine) -> None:
    """Open one connection, or raise ``E302`` with what to do."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
        raise DatabaseUnavailable(
            f"cannot open the database {engine.url.render_as_string(hide_password=True)}: {detail}; "
            "check --db / MARSAD_DB_URL and that the server is running"
        ) from None


def alembic_config(engine: Engine) -> Any:
    """An Alembic ``Config`` for the packaged migrations (no alembic.ini needed)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> str | None:
    """Bring the schema to ``revision`` (default: the newest); returns the revision the database is now at."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    if engine.url.get_backend_name() != "sqlite":
        check_connection(engine)  # a server that does not answer is E302, before any lock is asked of it
    cfg = alembic_config(engine)
    try:
        # two commands opening a new database at once would both create the tables: one migrates at a time. For
        # SQLite even the first connection waits: it switches the file to WAL, which the migrating one may block
        with exclusive(engine, "upgrade"):
            check_connection(engine)
            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
        with engine.connect() as conn:
            rev = MigrationContext.configure(conn).get_current_revision()
    except SQLAlchemyError as exc:
        raise MigrationFailed(
            f"cannot upgrade the schema of {engine.url.render_as_string(hide_password=True)}: "
            f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
        ) from None
    return rev


def current_revision(engine: Engine) -> str | None:
    """The Alembic revision the database is at (None for an empty database)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def table_names(engine: Engine) -> list[str]:
    """Tables present in the database (for checks and tests)."""
    return sorted(inspect(engine).get_table_names())


def open_db(url: str | None = None, *, migrate: bool = True) -> Engine:
    """Engine for ``url`` with the schema upgraded to the newest revision (unless ``migrate`` is false)."""
    engine = make_engine(url)
    if migrate:
        upgrade(engine)
    else:
        check_connection(engine)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions bound to ``engine`` that keep loaded objects usable after commit."""
    return sessionmaker(engine, expire_on_commit=False)
