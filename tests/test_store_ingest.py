"""``marsad ingest``: idempotency, versions, rejections, a real ``kill -9`` in the middle of a run."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from marsad.cli import app
from marsad.store.db import open_db
from marsad.store.ingest import ingest
from marsad.store.models import Document, Event, Extraction, Rejection
from tests.store_helpers import NOT_ARABIC, SAME_1, SAME_2, corpus_records, counts, ingest_cli, write_jsonl


def test_ingest_twice_changes_nothing(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", [*corpus_records(12), SAME_1, SAME_2])
    engine = open_db(f"sqlite:///{tmp_path / 's.sqlite'}")
    first = ingest(engine, [str(src)], workers=1)
    assert first.new == 14 and first.rejected == 0
    before = counts(engine)
    assert before["documents"] == before["extractions"] == 14
    assert before["events"] > 0 and before["canonical"] > 0
    with Session(engine) as s:
        background = s.scalars(select(Event).where(Event.is_background.is_(True))).all()
        assert background, "the sample should contain background events"
        assert all(e.canonical_id is None for e in background)  # background never makes canonical events
    second = ingest(engine, [str(src)], workers=1)
    assert second.new == 0 and second.unchanged == 14
    assert counts(engine) == before
    engine.dispose()


def test_changed_document_is_a_new_version(tmp_path: Path) -> None:
    engine = open_db(f"sqlite:///{tmp_path / 's.sqlite'}")
    ingest(engine, [str(write_jsonl(tmp_path / "a.jsonl", [SAME_1, SAME_2]))], workers=1)
    changed = {**SAME_2, "text": SAME_2["text"].replace("سبعة", "تسعة")}
    stats = ingest(engine, [str(write_jsonl(tmp_path / "b.jsonl", [changed]))], workers=1)
    assert stats.versioned == 1
    with Session(engine) as s:
        versions = s.execute(
            select(Document.version, Document.is_current).where(Document.doc_key == "r2").order_by(Document.version)
        ).all()
        assert [tuple(v) for v in versions] == [(1, False), (2, True)]
        old = s.scalar(select(Document).where(Document.doc_key == "r2", Document.version == 1))
        assert old is not None
        for ev in s.scalars(select(Event).where(Event.document_id == old.id)):
            assert ev.is_current is False and ev.canonical_id is None
        new = s.scalar(select(Document).where(Document.doc_key == "r2", Document.is_current.is_(True)))
        assert new is not None
        evs = s.scalars(select(Event).where(Event.document_id == new.id, Event.is_background.is_(False))).all()
        assert evs and all(e.canonical_id is not None for e in evs)
        assert evs[0].fatalities == 9
    # the old content again: the first version becomes current, nothing new is stored
    docs_before = counts(engine)["documents"]
    stats = ingest(engine, [str(write_jsonl(tmp_path / "c.jsonl", [SAME_2]))], workers=1)
    assert stats.restored == 1
    assert counts(engine)["documents"] == docs_before
    engine.dispose()


def test_rejections_are_recorded_once(tmp_path: Path) -> None:
    src = tmp_path / "r.jsonl"
    write_jsonl(src, [SAME_1, NOT_ARABIC])
    with src.open("a", encoding="utf-8") as fh:
        fh.write("{not json\n")
        fh.write('{"id": "no-text"}\n')
    engine = open_db(f"sqlite:///{tmp_path / 's.sqlite'}")
    stats = ingest(engine, [str(src)], workers=1)
    assert stats.new == 1 and stats.rejected == 3
    with Session(engine) as s:
        rows = {r.doc_key: (r.stage, r.code) for r in s.scalars(select(Rejection))}
    assert rows["en-1"] == ("decode", "E104")
    assert rows["no-text"] == ("decode", "E107")
    assert [v for k, v in rows.items() if k.endswith("#line-3")] == [("read", "E107")]
    again = ingest(engine, [str(src)], workers=1)
    assert again.rejected == 0 and again.already_rejected == 3
    assert counts(engine)["rejections"] == 3
    engine.dispose()


def test_cli_ingest_summary_and_parallel_workers(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", [*corpus_records(6), NOT_ARABIC])
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    res = CliRunner().invoke(app, ["ingest", str(src), "--db", url, "--workers", "2"])
    assert res.exit_code == 0, res.output
    assert "rejected documents" in res.output and "E104" in res.output
    engine = open_db(url)
    assert counts(engine)["documents"] == 6
    engine.dispose()
    res = CliRunner().invoke(app, ["ingest", str(tmp_path / "missing.jsonl"), "--db", url])
    assert res.exit_code == 2 and "error E109" in res.output


def test_kill_9_then_rerun_loses_nothing_and_duplicates_nothing(tmp_path: Path) -> None:
    base = corpus_records(40)
    records = [{**r, "id": f"{r['id']}-copy{n}"} for n in range(10) for r in base]
    total = len(records)
    src = write_jsonl(tmp_path / "big.jsonl", records)
    db = tmp_path / "k.sqlite"
    url = f"sqlite:///{db}"
    open_db(url).dispose()
    cmd = [sys.executable, "-m", "marsad", "ingest", str(src), "--db", url, "--workers", "2", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    engine = open_db(url, migrate=False)
    stored = 0
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            stored = counts(engine)["documents"]
            if stored >= 30:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "ingest finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # the orphaned workers, if any
    assert proc.returncode == -signal.SIGKILL
    mid = counts(engine)["documents"]
    assert 30 <= mid < total
    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    after = counts(engine)
    assert after["documents"] == after["current"] == after["extractions"] == total
    with Session(engine) as s:
        assert s.scalar(select(func.count(func.distinct(Document.doc_key)))) == total
        # exactly the events the stored extractor outputs contain, each once
        expected = sum(
            len(r["events"]) + len(r["background"]) for r in s.scalars(select(Extraction.result))
        )
        assert after["events"] == expected
        dup = s.execute(
            select(Event.document_id, Event.seq).group_by(Event.document_id, Event.seq).having(func.count() > 1)
        ).all()
        assert dup == []
        pending = s.scalar(
            select(func.count()).select_from(Event).where(
                Event.is_background.is_(False), Event.canonical_id.is_(None), Event.is_current.is_(True)
            )
        )
        assert pending == 0
    # and a third run finds everything in place
    third = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert third.returncode == 0
    assert counts(engine) == after
    engine.dispose()


def test_two_ingests_at_once_store_each_document_once_and_reconcile_once(tmp_path: Path) -> None:
    """Two `marsad ingest` of the same reports into one new database at the same time: no spurious rejection (a
    document the other run stored first is unchanged, not an E305), and the same canonical events as one run."""
    src = write_jsonl(tmp_path / "a.jsonl", corpus_records(60))
    both = ingest_cli(src, f"sqlite:///{tmp_path / 'race.sqlite'}", at_once=2)
    assert both["rejections"] == 0 and both["documents"] == both["current"] == 60
    assert ingest_cli(src, f"sqlite:///{tmp_path / 'alone.sqlite'}") == both
