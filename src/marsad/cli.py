"""Command line: ``marsad extract``, ``bench``, ``eval``, ``check-knowledge``; the store's ``ingest``, ``reconcile``,
``db upgrade``.

Errors a user can cause print one line (``error E101: ...``) and exit with the documented code, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from marsad import __version__
from marsad.errors import EXIT_CODES, FileMissing, InputError, MarsadError, UsageError

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="marsad: Arabic conflict reports in, ACLED-compatible events with every claim out.\n\nExit codes: "
    + "; ".join(f"{k} {v}" for k, v in EXIT_CODES.items()),
)


def _fail(err: MarsadError) -> None:
    typer.echo(f"error {err}", err=True)
    raise typer.Exit(err.exit_code)


def _parse_published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--published must be YYYY-MM-DD, got {value!r}", code="E002") from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"marsad {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool | None,
        typer.Option(
            "--version",
            callback=_version,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = None,
) -> None:
    """marsad command line."""


@app.command()
def extract(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Report files (text or HTML), or - for stdin.")] = None,  # noqa: UP045
    jsonl: Annotated[Optional[str], typer.Option("--jsonl", help="JSON Lines file of records, or - for stdin.")] = None,  # noqa: UP045
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD (resolves 'أمس', 'الأحد').")
    ] = None,
    outlet: Annotated[Optional[str], typer.Option(help="Publishing outlet (the default source of claims).")] = None,  # noqa: UP045
    url: Annotated[Optional[str], typer.Option(help="URL of the report.")] = None,  # noqa: UP045
    fmt: Annotated[str, typer.Option("--format", help="json | jsonl | csv")] = "json",
    input_format: Annotated[str, typer.Option("--input-format", help="auto | text | html")] = "auto",
    pretty: Annotated[bool, typer.Option(help="Indent JSON output.")] = False,
    background: Annotated[
        bool, typer.Option("--background/--no-background", help="CSV: include background events.")
    ] = False,
    workers: Annotated[
        int, typer.Option(help="--jsonl: extraction processes (1 = this process, 0 = one per core).")
    ] = 1,
) -> None:
    """Extract events from reports; one JSON object per input (JSON Lines for --jsonl)."""
    try:
        code = _extract(
            paths or [], jsonl, _parse_published(published), outlet, url, fmt, input_format, pretty, background,
            workers,
        )
    except MarsadError as err:
        _fail(err)
    raise typer.Exit(code)


def _extract(
    paths: list[str],
    jsonl: str | None,
    published: dt.date | None,
    outlet: str | None,
    url: str | None,
    fmt: str,
    input_format: str,
    pretty: bool,
    background: bool,
    workers: int = 1,
) -> int:
    from marsad.ingest import read_document
    from marsad.output import CsvWriter, write_json
    from marsad.pipeline import extract as run
    from marsad.pipeline import rejected

    if fmt not in ("json", "jsonl", "csv"):
        raise UsageError(f"--format must be json, jsonl or csv, got {fmt!r}", code="E003")
    if input_format not in ("auto", "text", "html"):
        raise UsageError(f"--input-format must be auto, text or html, got {input_format!r}", code="E004")
    if not paths and not jsonl:
        raise UsageError("give report files, - for stdin, or --jsonl FILE", code="E005")
    out = sys.stdout
    csvw = CsvWriter(out, include_background=background) if fmt == "csv" else None

    def emit(result: dict[str, Any]) -> None:
        if csvw is not None:
            csvw.write(result)
        else:
            write_json(result, out, pretty=pretty and fmt == "json")

    status = 0
    if jsonl:
        from marsad.batch import default_workers, extract_jsonl

        defaults = {"published": published, "outlet": outlet, "url": url}
        stream = sys.stdin.buffer if jsonl == "-" else _open(jsonl)
        with stream:
            for result in extract_jsonl(stream, defaults, workers if workers > 0 else default_workers()):
                emit(result)
        return status
    for p in paths:
        data = sys.stdin.buffer.read() if p == "-" else _read(p)
        name = "stdin" if p == "-" else p
        try:
            doc = read_document(data, source_name=name, published=published, outlet=outlet, url=url, fmt=input_format)
        except InputError as err:
            if len(paths) == 1:
                raise
            typer.echo(f"error {err} ({name})", err=True)
            emit(rejected(name, err.code, err.reason))
            status = err.exit_code
            continue
        emit(run(doc))
    return status


def _open(path: str) -> Any:
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise FileMissing(f"no such file: {path}") from None
    except IsADirectoryError:
        raise FileMissing(f"{path} is a folder; give a file") from None
    except PermissionError:
        raise FileMissing(f"cannot read {path}: permission denied") from None


def _read(path: str) -> bytes:
    from marsad.errors import TooLarge
    from marsad.ingest import MAX_BYTES

    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise FileMissing(f"no such file: {path}") from None
    if p.is_dir():
        raise FileMissing(f"{path} is a folder; give files (marsad extract DIR/*.txt)")
    if size > MAX_BYTES:
        raise TooLarge(
            f"{path} is {size / 1e6:.1f} MB; reports over {MAX_BYTES // (1024 * 1024)} MB are rejected: split the file"
        )
    with _open(path) as fh:
        data: bytes = fh.read()
        return data


@app.command("check-knowledge")
def check_knowledge(
    data_dir: Annotated[Optional[Path], typer.Option(help="Knowledge folder (default: the packaged one).")] = None,  # noqa: UP045
) -> None:
    """Validate the knowledge files (actors, sources, triggers, lexicon, gazetteer) and print their sizes."""
    from marsad.knowledge.loader import DATA_DIR, load_knowledge

    try:
        kb = load_knowledge(data_dir or DATA_DIR)
    except MarsadError as err:
        _fail(err)
        return
    typer.echo(
        f"ok: {len(kb.actors)} actors, {len(kb.sources)} sources, {len(kb.outlets)} outlets, "
        f"{len(kb.sub_event_types)} sub-event types, {kb.matchers['triggers'].size} trigger terms, "
        f"{len(kb.places)} places, {len(kb.countries)} countries"
    )


@app.command()
def bench(
    corpus: Annotated[
        list[Path] | None, typer.Argument(help="JSON Lines files (default: the bundled sample).")
    ] = None,
    repeat: Annotated[int, typer.Option(help="Passes over the corpus.")] = 3,
    html: Annotated[bool, typer.Option("--html/--no-html", help="Also measure HTML input.")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Measure reports/s on one core (text and HTML input) and peak memory."""
    from marsad.bench import run_bench

    try:
        run_bench(corpus or [], repeat=repeat, html=html, as_json=as_json)
    except MarsadError as err:
        _fail(err)


@app.command("eval")
def eval_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold JSON Lines file (docs/annotation.md).")],
    pred: Annotated[Optional[Path], typer.Option(help="Saved predictions (marsad extract --jsonl output).")] = None,  # noqa: UP045
    split: Annotated[str, typer.Option(help="dev | test | benchmark | all")] = "all",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
    worst: Annotated[int, typer.Option(help="How many worst reports to list.")] = 10,
    baseline: Annotated[
        Path | None, typer.Option(help="Fail (exit 5) when a metric drops below its floor in this file.")
    ] = None,
) -> None:
    """Score the extractor on a gold set: per-field P/R/F1, confusion table, worst reports."""
    from marsad.evaluate.report import as_json as render_json
    from marsad.evaluate.report import show
    from marsad.evaluate.run import check_floors, evaluate

    try:
        res, rows = evaluate(gold, pred, split)
    except MarsadError as err:
        _fail(err)
        return
    if as_json:
        typer.echo(render_json(res, worst))
    else:
        show(res, f"marsad eval: {gold.name} [{split}] {len(rows)} reports", worst)
    if baseline is not None:
        failures = check_floors(res.summary(), baseline, gold, split)
        for f in failures:
            typer.echo(f"FLOOR {f}", err=True)
        if failures:
            raise typer.Exit(5)


_API_DB_HELP = "Database URL (default MARSAD_DB_URL or sqlite:///marsad.sqlite)."


@app.command()
def serve(
    db: Annotated[Optional[str], typer.Option("--db", help=_API_DB_HELP)] = None,  # noqa: UP045
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    token: Annotated[
        Optional[str], typer.Option(help="Bearer token for POST /api/documents (or MARSAD_API_TOKEN; none: disabled).")  # noqa: UP045
    ] = None,
) -> None:
    """Serve the REST API (docs/api.md) and the map dashboard at http://HOST:PORT/."""
    from marsad.api.commands import run_server

    try:
        run_server(db, host, port, token)
    except MarsadError as err:
        _fail(err)


@app.command("export")
def export_cmd(
    fmt: Annotated[str, typer.Option("--format", help="acled-csv | geojson | geoparquet | hxl")] = "acled-csv",
    db: Annotated[Optional[str], typer.Option("--db", help=_API_DB_HELP)] = None,  # noqa: UP045
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Output file (default: stdout).")] = None,  # noqa: UP045
) -> None:
    """Export the reconciled events: ACLED CSV, GeoJSON, GeoParquet or HXL."""
    from marsad.api.commands import run_export

    try:
        n = run_export(fmt, db, output)
    except MarsadError as err:
        _fail(err)
        return
    if output is not None:
        typer.echo(f"{n} events written to {output}", err=True)


_DB_HELP = "Database URL: sqlite:///path or postgresql://... (default MARSAD_DB_URL or sqlite:///marsad.sqlite)."
db_app = typer.Typer(no_args_is_help=True, help="Database schema (Alembic migrations shipped with marsad).")
app.add_typer(db_app, name="db")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, .jsonl, .warc(.gz), RSS/Atom files or URLs.")],
    db: Annotated[Optional[str], typer.Option("--db", help=_DB_HELP)] = None,  # noqa: UP045
    workers: Annotated[Optional[int], typer.Option(help="Extraction processes (default: the local cores).")] = None,  # noqa: UP045
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Store reports and their events (idempotent, versioned, safe to kill and rerun), then reconcile them."""
    from marsad.store.commands import run_ingest

    try:
        run_ingest(paths, db, workers, quiet)
    except MarsadError as err:
        _fail(err)


@app.command()
def reconcile(
    db: Annotated[Optional[str], typer.Option("--db", help=_DB_HELP)] = None,  # noqa: UP045
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary.")] = False,
) -> None:
    """Recompute every canonical event from the stored mentions, from scratch and deterministically."""
    from marsad.store.commands import run_reconcile

    try:
        run_reconcile(db, quiet)
    except MarsadError as err:
        _fail(err)


@db_app.command("upgrade")
def db_upgrade(
    db: Annotated[Optional[str], typer.Option("--db", help=_DB_HELP)] = None,  # noqa: UP045
) -> None:
    """Create or upgrade the database schema to the newest revision."""
    from marsad.store.commands import run_upgrade

    try:
        rev = run_upgrade(db)
    except MarsadError as err:
        _fail(err)
        return
    typer.echo(f"database at revision {rev}")


def run() -> None:
    """Console-script entry point: no traceback reaches the user for expected errors."""
    try:
        app()
    except MarsadError as err:  # pragma: no cover - commands catch their own
        typer.echo(f"error {err}", err=True)
        sys.exit(err.exit_code)
    except KeyboardInterrupt:  # pragma: no cover
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:  # pragma: no cover
        sys.exit(0)
    except Exception as exc:
        if os.environ.get("MARSAD_DEBUG"):
            raise
        typer.echo(
            f"error E000: internal error ({type(exc).__name__}: {exc}); rerun with MARSAD_DEBUG=1 "
            "for details and report it with the input",
            err=True,
        )
        sys.exit(1)
