"""``marsad export`` and ``marsad serve``'s token setting."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from marsad.api.commands import resolve_token
from marsad.cli import app
from tests.observatory_data import build_db, counts


@pytest.fixture(scope="module")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_db(tmp_path_factory.mktemp("cli") / "obs.sqlite", limit=3)


def test_export_formats(db_url: str, tmp_path: Path) -> None:
    n = counts(db_url)["canonical_events"]
    runner = CliRunner()
    r = runner.invoke(app, ["export", "--format", "acled-csv", "--db", db_url])
    assert r.exit_code == 0, r.output
    assert len(list(csv.reader(io.StringIO(r.stdout)))) == n + 1
    r = runner.invoke(app, ["export", "--format", "geojson", "--db", db_url, "-o", str(tmp_path / "e.geojson")])
    assert r.exit_code == 0 and len(json.loads((tmp_path / "e.geojson").read_text())["features"]) == n
    r = runner.invoke(app, ["export", "--format", "geoparquet", "--db", db_url, "-o", str(tmp_path / "e.parquet")])
    assert r.exit_code == 0 and pq.read_table(tmp_path / "e.parquet").num_rows == n
    r = runner.invoke(app, ["export", "--format", "hxl", "--db", db_url])
    assert r.exit_code == 0 and r.stdout.splitlines()[1].startswith("#event+code,#date+occurred")


def test_export_bad_format(db_url: str) -> None:
    r = CliRunner().invoke(app, ["export", "--format", "xlsx", "--db", db_url])
    assert r.exit_code == 2 and "E003" in r.output


def test_token_has_no_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MARSAD_API_TOKEN", raising=False)
    assert resolve_token(None) is None
    assert resolve_token("") is None
    monkeypatch.setenv("MARSAD_API_TOKEN", "from-env")
    assert resolve_token(None) == "from-env"
    assert resolve_token("flag") == "flag"
