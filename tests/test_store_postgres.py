"""The same store on a real PostgreSQL server (127.0.0.1:5432, database ``test``), in a throw-away schema.

Skipped with a message where no server answers; ``MARSAD_REQUIRE_POSTGRES=1`` (CI) turns the skip into a failure.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from marsad.cli import app
from marsad.store.db import current_revision, make_engine, open_db, table_names
from marsad.store.ingest import ingest
from marsad.store.models import GRADE_SEVERAL, CanonicalEvent
from tests.store_helpers import (
    NOT_ARABIC,
    OTHER,
    SAME_1,
    SAME_2,
    corpus_records,
    counts,
    ingest_cli,
    postgres_schema_url,
    write_jsonl,
)


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from postgres_schema_url()


def test_postgres_schema_ingest_idempotent_and_reconciled(pg_url: str, tmp_path: Path) -> None:
    engine = open_db(pg_url)
    assert engine.dialect.name == "postgresql" and engine.url.drivername == "postgresql+psycopg"
    assert {"documents", "events", "claims", "canonical_events", "rejections"} <= set(table_names(engine))
    assert current_revision(engine) == "0001"
    src = write_jsonl(tmp_path / "a.jsonl", [*corpus_records(8), SAME_1, SAME_2, OTHER, NOT_ARABIC])
    first = ingest(engine, [str(src)], workers=2)
    assert first.new == 11 and first.rejected == 1
    before = counts(engine)
    again = ingest(engine, [str(src)], workers=1)
    assert again.new == 0 and again.unchanged == 11 and again.already_rejected == 1
    assert counts(engine) == before
    with Session(engine) as s:
        idlib = [c for c in s.scalars(select(CanonicalEvent)) if c.location.startswith("Ar") and c.admin1 == "Idlib"]
    assert len(idlib) == 1 and idlib[0].grade == GRADE_SEVERAL and idlib[0].fatalities == 5
    changed = write_jsonl(tmp_path / "b.jsonl", [{**SAME_2, "text": SAME_2["text"].replace("سبعة", "تسعة")}])
    assert ingest(engine, [str(changed)], workers=1).versioned == 1
    engine.dispose()


def test_postgres_cli(pg_url: str, tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", [SAME_1, SAME_2])
    res = CliRunner().invoke(app, ["ingest", str(src), "--db", pg_url, "--workers", "1"])
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(app, ["reconcile", "--db", pg_url])
    assert res.exit_code == 0, res.output
    engine = make_engine(pg_url)
    assert counts(engine)["canonical"] == 1
    engine.dispose()


def test_postgres_unreachable_is_one_line_error() -> None:
    res = CliRunner().invoke(app, ["db", "upgrade", "--db", "postgresql://nobody@127.0.0.1:1/none"])
    assert res.exit_code == 6
    assert "error E302" in res.output


def test_postgres_two_ingests_at_once(pg_url: str, tmp_path: Path) -> None:
    """Two `marsad ingest` at once on a new schema: one migrates and one reconciles at a time (advisory locks)."""
    src = write_jsonl(tmp_path / "a.jsonl", corpus_records(30))
    both = ingest_cli(src, pg_url, at_once=2)
    assert both["rejections"] == 0 and both["documents"] == 30
    schemas = postgres_schema_url()
    try:
        assert ingest_cli(src, next(schemas)) == both  # the same canonical events as one run alone
    finally:
        schemas.close()
