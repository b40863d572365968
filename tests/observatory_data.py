"""A small observatory database for the API, export and browser tests.

Real reports from ``corpus/conflict.jsonl`` go through the extractor; the store's own ``event_row`` turns events into
mentions; each mention gets its own canonical event (so the tests do not depend on reconciliation). One extra report
carries hostile markup (``<script>``, ``<img onerror>``) in its title and text.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from marsad.ingest import document_from_record, read_document
from marsad.pipeline import extract
from marsad.store.db import open_db
from marsad.store.models import ACLED_FIELDS, CanonicalEvent, Claim, Document, Event, Rejection
from marsad.store.writer import event_row

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "conflict.jsonl"
SEED = ROOT / "tests" / "data" / "seed-report-homs.txt"
XSS_TITLE = '<img src=x onerror="window.__xss=1"> تقرير <script>window.__xss=2</script>'
XSS_LINE = '<script>window.__xss=3</script><img src=x onerror="window.__xss=4"> <b>عاجل</b> من مراسلنا في حمص'


def _results(limit: int) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    out: list[tuple[dict[str, Any], dict[str, Any]]] = []
    with CORPUS.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            rec = json.loads(line)
            doc = document_from_record(rec, lineno=lineno)
            res = extract(doc)
            if any(e.get("latitude") is not None for e in res["events"]):
                out.append(({"doc_key": str(rec.get("id") or lineno), "text": doc.text, "title": doc.title,
                             "published": doc.published, "outlet": doc.outlet, "url": doc.url}, res))
            if len(out) >= limit:
                break
    head, sep, rest = SEED.read_text(encoding="utf-8").partition("\n\n")
    text = head + sep + XSS_LINE + "\n" + rest
    doc = read_document(text.encode("utf-8"), published=dt.date(2020, 9, 1), outlet="Orient", fmt="text")
    doc.title = XSS_TITLE
    res = extract(doc)
    out.append(({"doc_key": "xss-report", "text": doc.text, "title": XSS_TITLE, "published": doc.published,
                 "outlet": "Orient", "url": None}, res))
    return out


def build_db(path: Path, limit: int = 12) -> str:
    """Create and fill a SQLite store at ``path``; returns its URL."""
    url = f"sqlite:///{path}"
    engine = open_db(url)
    with Session(engine) as session, session.begin():
        for meta, res in _results(limit):
            doc = Document(doc_key=meta["doc_key"], version=1, content_hash=meta["doc_key"].ljust(64, "0")[:64],
                           text=meta["text"], title=meta["title"], published=meta["published"],
                           outlet=meta["outlet"], url=meta["url"], input_format="text", source="tests",
                           is_current=True)
            session.add(doc)
            session.flush()
            for seq, ev in enumerate(res["events"]):
                mention: Event = event_row(ev, seq, False)
                mention.document_id = doc.id
                canon = CanonicalEvent(**{f: getattr(mention, f) for f in ACLED_FIELDS},
                                       fatalities_low=mention.fatalities_low, fatalities_best=mention.fatalities_best,
                                       fatalities_high=mention.fatalities_high, actor1_id=mention.actor1_id,
                                       actor2_id=mention.actor2_id, place_id=mention.place_id,
                                       number_of_sources=len({c.get("source") for c in ev.get("claims", [])}) or 1,
                                       sources=[{"name": c.get("source"), "id": c.get("source_id"),
                                                 "stance": c.get("source_stance")} for c in ev.get("claims", [])],
                                       grade="single source", explanation={"rule": "test fixture"})
                session.add(canon)
                session.flush()
                mention.canonical_id = canon.id
                session.add(mention)
        session.add(Rejection(doc_key="bad", content_hash="0" * 64, stage="decode", code="E104", reason="not Arabic"))
    engine.dispose()
    return url


def counts(url: str) -> dict[str, int]:
    """Row counts, to compare with /api/stats."""
    from sqlalchemy import func, select

    engine = open_db(url, migrate=False)
    with Session(engine) as s:
        out = {name: int(s.scalar(select(func.count()).select_from(m)) or 0)
               for name, m in (("documents", Document), ("events", Event), ("claims", Claim),
                               ("canonical_events", CanonicalEvent), ("rejections", Rejection))}
    engine.dispose()
    return out
