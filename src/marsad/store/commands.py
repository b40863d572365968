"""The store's command-line bodies: ``marsad ingest``, ``marsad reconcile``, ``marsad db upgrade``.

Output: a rich progress bar (documents done / found, rate) on stderr, the summary tables on stdout.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from marsad.errors import FileMissing, UsageError
from marsad.store.db import make_engine, open_db, resolve_url, session_factory, upgrade
from marsad.store.ingest import IngestStats, default_workers, ingest

MAX_REJECTION_ROWS = 25


def _progress(console: Console) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TextColumn("{task.fields[detail]}"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    )


def run_ingest(paths: Sequence[str], db_url: str | None, workers: int | None, quiet: bool = False) -> IngestStats:
    """Ingest ``paths`` into the store (schema upgraded first) and print the summary."""
    if not paths:
        raise UsageError("give files, folders, WARC files, feeds or feed URLs to ingest", code="E005")
    if workers is not None and workers < 1:
        raise UsageError(f"--workers must be at least 1, got {workers}", code="E006")
    list_paths = list(paths)
    for p in list_paths:  # fail on a missing path before touching the database
        if not p.startswith(("http://", "https://")) and not Path(p).exists():
            raise FileMissing(f"no such file or folder: {p}")
    engine = open_db(db_url)
    err = Console(stderr=True, quiet=quiet)
    out = Console(quiet=quiet)
    try:
        with _progress(err) as bar:
            task = bar.add_task("ingest", total=None, rate="", detail="")
            rtask = None

            def step(s: IngestStats) -> None:
                done = s.stored + s.unchanged + s.rejected + s.already_rejected
                bar.update(
                    task,
                    completed=done,
                    total=max(s.seen, done),
                    rate=f"{done / s.seconds:.1f} docs/s" if s.seconds else "",
                    detail=f"new {s.new} · versions {s.versioned} · same {s.unchanged} · rejected {s.rejected}",
                )

            def rstep(done: int, total: int) -> None:
                nonlocal rtask
                if rtask is None:
                    rtask = bar.add_task("reconcile", total=total, rate="", detail="mentions")
                bar.update(rtask, completed=done, total=total)

            n = workers or default_workers()
            stats = ingest(engine, list_paths, workers=n, on_progress=step, on_reconcile=rstep)
            step(stats)
    finally:
        engine.dispose()
    _summary(out, stats, resolve_url(db_url))
    return stats


def _summary(out: Console, s: IngestStats, url: str) -> None:
    t = Table(title=f"marsad ingest -> {url}", show_header=True)
    t.add_column("documents")
    t.add_column("count", justify="right")
    for label, n in (
        ("seen", s.seen),
        ("new", s.new),
        ("new versions", s.versioned),
        ("restored versions", s.restored),
        ("unchanged", s.unchanged),
        ("rejected (new)", s.rejected),
        ("rejected (already recorded)", s.already_rejected),
        ("event mentions stored", s.events),
        ("claims stored", s.claims),
        ("mentions reconciled", s.reconcile.mentions),
        ("canonical events created", s.reconcile.created),
        ("merged into existing", s.reconcile.merged),
    ):
        t.add_row(label, str(n))
    t.caption = f"{s.seconds:.1f} s, {s.rate:.1f} docs/s"
    out.print(t)
    if s.rejections:
        r = Table(title="rejected documents", show_header=True)
        for col in ("document", "stage", "code", "reason"):
            r.add_column(col, overflow="fold")
        for rej in s.rejections[:MAX_REJECTION_ROWS]:
            r.add_row(str(rej["doc_key"]), rej["stage"], rej["code"], rej["reason"])
        if len(s.rejections) > MAX_REJECTION_ROWS:
            r.caption = f"... and {len(s.rejections) - MAX_REJECTION_ROWS} more (table rejections)"
        out.print(r)


def run_reconcile(db_url: str | None, quiet: bool = False) -> None:
    """Recompute every canonical event from scratch and print the counts."""
    from sqlalchemy import func, select

    from marsad.reconcile import reconcile_all
    from marsad.store.models import CanonicalEvent

    engine = open_db(db_url)
    out = Console(quiet=quiet)
    try:
        factory = session_factory(engine)
        stats = reconcile_all(factory)
        with factory() as session:
            grades = session.execute(
                select(CanonicalEvent.grade, func.count()).group_by(CanonicalEvent.grade).order_by(CanonicalEvent.grade)
            ).all()
    finally:
        engine.dispose()
    t = Table(title=f"marsad reconcile -> {resolve_url(db_url)}")
    t.add_column("")
    t.add_column("count", justify="right")
    t.add_row("mentions", str(stats.mentions))
    t.add_row("canonical events", str(stats.created))
    t.add_row("merges", str(stats.merged))
    for g, n in grades:
        t.add_row(f"grade: {g}", str(n))
    out.print(t)


def run_upgrade(db_url: str | None) -> str | None:
    """Bring the schema to the newest revision; returns it."""
    engine = make_engine(db_url)
    try:
        return upgrade(engine)
    finally:
        engine.dispose()
