"""The observatory's HTTP API and dashboard: ``create_app(db_url, token)``.

Endpoints (docs/api.md): ``/api/events`` (ACLED query conventions), ``/api/events.geojson``, ``/api/events/{id}``,
``/api/documents/{id}``, ``/api/stats``, ``/api/facets``, ``/api/admin1.geojson``, ``POST /api/documents`` (bearer
token), ``/api/export``; the dashboard at ``/``; OpenAPI at ``/openapi.json`` and ``/docs`` (Swagger UI, vendored).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import func, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, selectinload, sessionmaker

from marsad import __version__
from marsad.api.errors import ApiError, install_error_handlers
from marsad.api.query import EventQuery, QueryError, parse_query, where_clauses
from marsad.api.serialize import claim_dict, document_spans, event_dict, mention_dict, report_dict, row_dict
from marsad.export import EXTENSIONS, FORMATS, MEDIA_TYPES, export_events, to_geojson_dict
from marsad.store.models import CanonicalEvent, Claim, Document, Event, Rejection

STATIC_DIR = Path(str(files("marsad") / "web" / "static"))
ADMIN1_PATH = Path(str(files("marsad") / "data" / "admin1.geojson"))
SWAGGER_DIR = "vendor/swagger-ui-dist-5.35.0"
#: largest report accepted by POST /api/documents (same limit as the extractor's readers)
MAX_SUBMIT_BYTES = 10 * 1024 * 1024
#: the Content-Security-Policy of the HTML pages: nothing may load from outside this server
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")

#: filterable columns of /api/events: name -> Python type (ACLED columns and marsad's extras)
EVENT_COLUMNS: dict[str, type] = {}
for _col in CanonicalEvent.__table__.columns:
    if _col.name in ("explanation", "sources", "key", "updated_at"):
        continue
    EVENT_COLUMNS[_col.name] = _col.type.python_type
EVENT_ATTRS: dict[str, Any] = {name: getattr(CanonicalEvent, name) for name in EVENT_COLUMNS}
#: fields ``fields=`` may select but that are not filters (JSON or bookkeeping columns)
OUTPUT_ONLY = ("sources", "updated_at")
#: non-column filters: ``actor`` matches actor1, actor2 or an associated actor
SPECIAL_FILTERS = ("actor",)


def make_engine(db_url: str) -> Engine:
    """An engine for ``db_url`` from the store (SQLite: WAL, foreign keys; PostgreSQL through psycopg 3)."""
    from marsad.store.db import make_engine as store_engine

    return store_engine(db_url)


def get_session(request: Request) -> Iterator[Session]:
    """A database session for one request."""
    with request.app.state.sessions() as session:
        yield session


DB = Annotated[Session, Depends(get_session)]


def _html(path: Path) -> HTMLResponse:
    return HTMLResponse(path.read_text(encoding="utf-8"), headers={"Content-Security-Policy": CSP})


def create_app(db_url: str, token: str | None) -> FastAPI:
    """The FastAPI application over the store at ``db_url``; ``token`` enables ``POST /api/documents``."""
    engine = make_engine(db_url)
    sessions = sessionmaker(engine, expire_on_commit=False)
    app = FastAPI(
        title="marsad observatory API",
        version=__version__,
        description="Reconciled conflict events from Arabic reports, with every claim. See docs/api.md.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.engine = engine
    app.state.sessions = sessions
    app.state.token = token or None
    install_error_handlers(app)

    def parse(request: Request, *, bbox: bool = False, export: bool = False) -> EventQuery:
        reserved = (*SPECIAL_FILTERS, "format") if export else SPECIAL_FILTERS
        try:
            return parse_query(request.query_params.multi_items(), EVENT_COLUMNS, allow_bbox=bbox,
                               extra_reserved=reserved, selectable=OUTPUT_ONLY)
        except QueryError as err:
            raise ApiError(400, str(err), "invalid_parameter") from None

    def filtered(request: Request, q: EventQuery) -> Any:
        conds = where_clauses(q, EVENT_ATTRS, (CanonicalEvent.longitude, CanonicalEvent.latitude))
        actor = request.query_params.get("actor")
        if actor:
            alts = actor.split(":OR:")
            cols = (CanonicalEvent.actor1, CanonicalEvent.actor2, CanonicalEvent.assoc_actor_1,
                    CanonicalEvent.assoc_actor_2)
            conds.append(or_(*[c == a for c in cols[:2] for a in alts],
                             *[c.contains(a) for c in cols[2:] for a in alts]))
        return conds

    def run_query(session: Session, request: Request, q: EventQuery, paged: bool = True
                  ) -> tuple[list[CanonicalEvent], int]:
        conds = filtered(request, q)
        total = session.scalar(select(func.count()).select_from(CanonicalEvent).where(*conds)) or 0
        stmt = select(CanonicalEvent).where(*conds).order_by(CanonicalEvent.event_date.desc(),
                                                              CanonicalEvent.id.desc())
        if paged:
            stmt = stmt.limit(q.limit).offset(q.offset)
        return list(session.scalars(stmt)), total

    @app.get("/api/events", tags=["events"], summary="Canonical events (ACLED query conventions)")
    def list_events(request: Request, session: DB) -> dict[str, Any]:
        """Filters: any column (`country=Syria`), `<field>_where` (=, >, <, >=, <=, LIKE, BETWEEN), `:OR:`
        alternatives, `actor` (either side), `fields=a|b`, `limit` (default 500, max 5000), `page` (1-based)."""
        q = parse(request)
        rows, total = run_query(session, request, q)
        data = [event_dict(r, q.fields) for r in rows]
        return {"count": len(data), "total_count": total, "data": data}

    @app.get("/api/events.geojson", tags=["events"], summary="Canonical events as GeoJSON (RFC 7946)")
    def events_geojson(request: Request, session: DB) -> JSONResponse:
        """Same filters as `/api/events` plus `bbox=minlon,minlat,maxlon,maxlat`."""
        q = parse(request, bbox=True)
        rows, total = run_query(session, request, q)
        body = to_geojson_dict([event_dict(r, q.fields and [*q.fields, "id", "latitude", "longitude"])
                                for r in rows])
        body["count"] = len(rows)
        body["total_count"] = total
        return JSONResponse(body, media_type="application/geo+json")

    @app.get("/api/events/{event_id}", tags=["events"], summary="One canonical event with claims and reports")
    def get_event(event_id: int, session: DB) -> dict[str, Any]:
        ev = session.scalar(
            select(CanonicalEvent).where(CanonicalEvent.id == event_id).options(
                selectinload(CanonicalEvent.mentions).selectinload(Event.claims),
                selectinload(CanonicalEvent.mentions).selectinload(Event.document)))
        if ev is None:
            raise ApiError(404, f"no event with id {event_id}", "not_found")
        out = row_dict(ev)
        mentions = [m for m in ev.mentions]
        out["mentions"] = [mention_dict(m) for m in mentions]
        out["claims"] = [{**claim_dict(c), "document_id": m.document_id} for m in mentions for c in m.claims]
        docs: dict[int, Document] = {m.document_id: m.document for m in mentions}
        out["reports"] = [report_dict(d) for d in docs.values()]
        out["evidence"] = [{"event_id": m.id, "document_id": m.document_id, **(m.evidence or {})} for m in mentions]
        return out

    @app.get("/api/documents/{document_id}", tags=["documents"], summary="A report's text with evidence spans")
    def get_document(document_id: int, session: DB) -> dict[str, Any]:
        doc = session.scalar(select(Document).where(Document.id == document_id).options(
            selectinload(Document.events).selectinload(Event.claims)))
        if doc is None:
            raise ApiError(404, f"no document with id {document_id}", "not_found")
        out = report_dict(doc)
        out["text"] = doc.text
        out["spans"] = document_spans(doc)
        out["events"] = [{"id": m.id, "canonical_id": m.canonical_id, "is_background": m.is_background}
                         for m in doc.events]
        return out

    @app.get("/api/stats", tags=["meta"], summary="Counts of documents, events, claims and rejections")
    def stats(session: DB) -> dict[str, int]:
        def count(model: Any, *where: Any) -> int:
            return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)

        return {
            "documents": count(Document, Document.is_current.is_(True)),
            "document_versions": count(Document),
            "events": count(Event, Event.is_current.is_(True)),
            "canonical_events": count(CanonicalEvent),
            "claims": count(Claim),
            "rejections": count(Rejection),
        }

    @app.get("/api/facets", tags=["meta"], summary="Values for the dashboard's filters")
    def facets(session: DB) -> dict[str, Any]:
        def values(col: Any) -> list[str]:
            return [v for v in session.scalars(select(col).distinct().order_by(col)) if v]

        actors = sorted(set(values(CanonicalEvent.actor1)) | set(values(CanonicalEvent.actor2)))
        lo, hi = session.execute(select(func.min(CanonicalEvent.event_date),
                                        func.max(CanonicalEvent.event_date))).one()
        return {
            "event_type": values(CanonicalEvent.event_type),
            "sub_event_type": values(CanonicalEvent.sub_event_type),
            "actor": actors,
            "admin1": values(CanonicalEvent.admin1),
            "country": values(CanonicalEvent.country),
            "date_min": lo.isoformat() if lo else None,
            "date_max": hi.isoformat() if hi else None,
        }

    @app.get("/api/admin1.geojson", tags=["meta"], summary="Bundled admin-1 boundaries (the basemap)")
    def admin1() -> FileResponse:
        return FileResponse(ADMIN1_PATH, media_type="application/geo+json")

    @app.get("/api/export", tags=["export"], summary="Export filtered events: acled-csv, geojson, geoparquet, hxl")
    def export(request: Request, session: DB,
               format: Annotated[str, Query(description="acled-csv | geojson | geoparquet | hxl")] = "acled-csv",
               ) -> Response:
        if format not in FORMATS:
            raise ApiError(400, f"format must be one of {', '.join(FORMATS)}, got {format!r}", "invalid_parameter")
        q = parse(request, export=True)
        rows, _ = run_query(session, request, q, paged=False)
        body = export_events([event_dict(r, q.fields) for r in rows], format)
        name = f"marsad-events.{EXTENSIONS[format]}"
        return Response(body, media_type=MEDIA_TYPES[format],
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @app.post("/api/documents", tags=["documents"], status_code=201,
              summary="Submit a report (bearer token): extract, store, reconcile")
    async def submit(request: Request,
                     authorization: Annotated[str | None, Header(description="Bearer TOKEN")] = None,
                     ) -> JSONResponse:
        """Body: a JSON record like a JSON Lines line (`text` or `html`, optional `id`, `title`, `published`,
        `outlet`, `url`). Needs `Authorization: Bearer TOKEN`; answers 403 when the server has no token."""
        check_token(app.state.token, authorization)
        raw = await request.body()
        if len(raw) > MAX_SUBMIT_BYTES:
            raise ApiError(413, f"the body is over {MAX_SUBMIT_BYTES // (1024 * 1024)} MB")
        from starlette.concurrency import run_in_threadpool

        from marsad.api.submit import submit_record

        result = await run_in_threadpool(submit_record, sessions, raw)
        return JSONResponse(result, status_code=201)

    @app.get("/", include_in_schema=False)
    def index() -> HTMLResponse:
        return _html(STATIC_DIR / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return _html(STATIC_DIR / "docs.html")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app


def check_token(expected: str | None, authorization: str | None) -> None:
    """403 when no token is configured, 401 when the bearer token is missing or wrong."""
    if not expected:
        raise ApiError(403, "submitting reports is disabled: start the server with --token or MARSAD_API_TOKEN",
                       "submission_disabled")
    challenge = {"WWW-Authenticate": "Bearer"}
    if not authorization:
        raise ApiError(401, "missing bearer token (Authorization: Bearer TOKEN)", headers=challenge)
    scheme, _, given = authorization.partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode(), expected.encode()):
        raise ApiError(401, "wrong bearer token", headers=challenge)
