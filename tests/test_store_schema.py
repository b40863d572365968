"""Schema creation through the packaged Alembic migrations; URLs; ``marsad db upgrade``."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect
from typer.testing import CliRunner

from marsad.cli import app
from marsad.errors import BadDatabaseURL, DatabaseUnavailable
from marsad.store.db import current_revision, make_engine, normalise_url, open_db, table_names

TABLES = {
    "documents", "extractions", "events", "claims", "canonical_events", "actors", "places", "sources", "rejections",
    "store_meta", "alembic_version",
}  # fmt: skip


def test_migrations_create_every_table(tmp_path: Path) -> None:
    engine = open_db(f"sqlite:///{tmp_path / 'm.sqlite'}")
    assert set(table_names(engine)) >= TABLES
    assert current_revision(engine) == "0001"
    cols = {c["name"] for c in inspect(engine).get_columns("events")}
    assert {"event_id_cnty", "fatalities_low", "canonical_id", "evidence", "is_background"} <= cols
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    # a second upgrade is a no-op
    open_db(f"sqlite:///{tmp_path / 'm.sqlite'}")
    assert current_revision(engine) == "0001"
    engine.dispose()


def test_urls() -> None:
    assert normalise_url("postgresql://u@h/db").startswith("postgresql+psycopg://")
    assert normalise_url("postgres://u@h/db").startswith("postgresql+psycopg://")
    assert normalise_url("sqlite:///x.sqlite") == "sqlite:///x.sqlite"
    with pytest.raises(BadDatabaseURL):
        normalise_url("mysql://u@h/db")
    with pytest.raises(BadDatabaseURL):
        normalise_url("not a url")
    with pytest.raises(BadDatabaseURL):
        normalise_url("sqlite://")
    with pytest.raises(DatabaseUnavailable):
        make_engine("sqlite:////no/such/folder/x.sqlite")


def test_cli_db_upgrade(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    res = CliRunner().invoke(app, ["db", "upgrade", "--db", url])
    assert res.exit_code == 0, res.output
    assert "revision 0001" in res.output
    res = CliRunner().invoke(app, ["db", "upgrade", "--db", "mysql://x@y/z"])
    assert res.exit_code == 2
    assert "error E301" in res.output


def test_migrations_match_the_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from marsad.store.models import Base

    engine = open_db(f"sqlite:///{tmp_path / 'diff.sqlite'}")
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    engine.dispose()
