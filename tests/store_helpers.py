"""Helpers shared by the store tests: records, JSON Lines files, a store opened on a temporary SQLite file."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from marsad.store.models import CanonicalEvent, Claim, Document, Event, Extraction, Rejection

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "conflict.jsonl"

SAME_1 = {
    "id": "r1",
    "published": "2020-09-01",
    "outlet": "Enab Baladi",
    "text": "قتل خمسة مدنيين وأصيب عشرة آخرون، اليوم الثلاثاء، جراء قصف مدفعي لقوات النظام على مدينة أريحا في ريف "
    "إدلب الجنوبي، بحسب ما أفاد المرصد السوري لحقوق الإنسان.",
}
SAME_2 = {
    "id": "r2",
    "published": "2020-09-01",
    "outlet": "Orient",
    "text": "قال الدفاع المدني السوري إن سبعة مدنيين قتلوا اليوم الثلاثاء في قصف مدفعي لقوات النظام استهدف مدينة أريحا "
    "جنوب إدلب.",
}
OTHER = {
    "id": "r3",
    "published": "2020-09-01",
    "outlet": "Orient",
    "text": "قتل ثلاثة عناصر من قوات النظام اليوم الثلاثاء في هجوم لتنظيم داعش على نقطة عسكرية في بادية دير الزور قرب "
    "مدينة الميادين.",
}
NOT_ARABIC = {"id": "en-1", "published": "2020-09-01", "text": "This report is written in English and is rejected."}


def corpus_records(n: int) -> list[dict[str, Any]]:
    """The first ``n`` records of the bundled conflict corpus."""
    out = []
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
            if len(out) >= n:
                break
    return out


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def ingest_cli(src: Path, url: str, *, at_once: int = 1) -> dict[str, int]:
    """Run ``marsad ingest src --db url`` in ``at_once`` processes started together; the row counts afterwards."""
    import subprocess
    import sys

    from marsad.store.db import open_db

    cmd = [sys.executable, "-m", "marsad", "ingest", str(src), "--db", url, "--workers", "1", "--quiet"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(at_once)]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err + out
    engine = open_db(url, migrate=False)
    try:
        return counts(engine)
    finally:
        engine.dispose()


def counts(engine: Engine) -> dict[str, int]:
    """Row counts of the main tables."""
    with Session(engine) as s:
        return {
            "documents": s.scalar(select(func.count()).select_from(Document)) or 0,
            "current": s.scalar(select(func.count()).select_from(Document).where(Document.is_current.is_(True))) or 0,
            "extractions": s.scalar(select(func.count()).select_from(Extraction)) or 0,
            "events": s.scalar(select(func.count()).select_from(Event)) or 0,
            "claims": s.scalar(select(func.count()).select_from(Claim)) or 0,
            "canonical": s.scalar(select(func.count()).select_from(CanonicalEvent)) or 0,
            "rejections": s.scalar(select(func.count()).select_from(Rejection)) or 0,
        }


PG_ADMIN_URLS = (
    "postgresql://postgres@127.0.0.1:5432/test",
    "postgresql://root@127.0.0.1:5432/test",
)


def postgres_schema_url() -> Iterator[str]:
    """Yield a ``postgresql://`` URL whose ``search_path`` is a fresh schema, dropped afterwards.

    ``MARSAD_TEST_POSTGRES_URL`` overrides the server URL. Where no server answers the test is skipped with a clear
    message, unless ``MARSAD_REQUIRE_POSTGRES=1`` (CI), where it fails.
    """
    import psycopg

    candidates = [os.environ["MARSAD_TEST_POSTGRES_URL"]] if os.environ.get("MARSAD_TEST_POSTGRES_URL") else list(
        PG_ADMIN_URLS
    )
    errors = []
    for base in candidates:
        try:
            conn = psycopg.connect(base, connect_timeout=3, autocommit=True)
        except psycopg.Error as exc:
            errors.append(f"{base}: {str(exc).strip().splitlines()[0] if str(exc).strip() else exc}")
            continue
        break
    else:
        msg = "no PostgreSQL server answers (" + "; ".join(errors) + ")"
        if os.environ.get("MARSAD_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"MARSAD_REQUIRE_POSTGRES=1 but {msg}")
        pytest.skip(f"PostgreSQL tests skipped: {msg}; set MARSAD_TEST_POSTGRES_URL or start a server")
    schema = f"marsad_test_{uuid.uuid4().hex[:12]}"
    with conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
        try:
            sep = "&" if "?" in base else "?"
            yield f"{base}{sep}options=-csearch_path%3D{schema}"
        finally:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
