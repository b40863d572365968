"""Score cross-report reconciliation on hand-labelled pairs of event mentions (``eval/reconcile/pairs.jsonl``).

Each gold pair names two mentions by report (``doc_key``) and the start of their evidence (the mention), with a label:
the same incident or not. A store is built from the bundled corpus, every gold mention is mapped to the current
event of its report whose evidence starts nearest (within :data:`ANCHOR_CHARS`), and a pair counts as merged when
both map to one canonical event. The pairs were drawn by stratified sampling from all candidate pairs that the
blocking rules admit, so precision and recall are reweighted by stratum (``eval/reconcile/strata.json``).
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

ANCHOR_CHARS = 80
#: the bundled corpus the pairs were drawn from, under the repository root
CORPUS_FILES = ("corpus/conflict.jsonl", "corpus/conflict_loose.jsonl", "corpus/negatives.jsonl")
PAIRS = "eval/reconcile/pairs.jsonl"
STRATA = "eval/reconcile/strata.json"


def load_pairs(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


#: (start of the mention the event was drafted from, canonical id, sub-event type, starts of its other evidence)
_Row = tuple[int, int | None, str, tuple[int, ...]]


def _events_by_doc(session: Session) -> tuple[dict[str, list[_Row]], dict[str, list[_Row]]]:
    """The current events of each report: those told as new, and the recaps (background), read in one pass."""
    from marsad.store.models import Claim, Document, Event

    starts: dict[int, list[int]] = {}
    for event_id, start in session.execute(select(Claim.event_id, Claim.evidence_start)).all():
        if start is not None:
            starts.setdefault(event_id, []).append(int(start))
    new: dict[str, list[_Row]] = {}
    recaps: dict[str, list[_Row]] = {}
    rows = session.execute(
        select(Document.doc_key, Event.id, Event.evidence, Event.canonical_id, Event.sub_event_type,
               Event.is_background)
        .join(Document, Document.id == Event.document_id)
        .where(Event.is_current.is_(True))
    ).all()
    for doc_key, event_id, evidence, canonical_id, sub, background in rows:
        evidence = evidence or {}
        span = evidence.get("event") or {}  # the mention the event was drafted from
        if span.get("start") is not None:
            # the spans of the mentions merged into it: its fields' and claims' evidence
            more = [int(v["start"]) for v in evidence.values() if isinstance(v, dict) and v.get("start") is not None]
            (recaps if background else new).setdefault(doc_key, []).append(
                (int(span["start"]), canonical_id, sub, tuple(more + starts.get(event_id, []))))
    return new, recaps


def _event_of(mention: dict[str, Any], events: dict[str, list[_Row]]) -> _Row | None:
    """The report's event drafted from the labelled mention (its evidence starting within :data:`ANCHOR_CHARS`, the
    same sub-event type preferred); failing that, the event that absorbed the mention (a field's or a claim's
    evidence inside it)."""
    rows = events.get(mention["doc_key"], [])
    cands = [(abs(r[0] - mention["start"]), r[2] != mention["sub_event_type"], i)
             for i, r in enumerate(rows) if abs(r[0] - mention["start"]) <= ANCHOR_CHARS]
    if not cands:
        cands = [(0, r[2] != mention["sub_event_type"], i) for i, r in enumerate(rows)
                 if any(mention["start"] <= x < mention["end"] for x in r[3])]
    return rows[min(cands)[2]] if cands else None


def _canonical_of(mention: dict[str, Any], events: dict[str, list[_Row]]) -> int | None:
    row = _event_of(mention, events)
    return row[1] if row is not None else None


def gone_reason(gone: list[dict[str, Any]], text_len: dict[str, int], recaps: dict[str, list[_Row]]) -> str:
    """Why a pair's mentions ``gone`` map to no event: ``chrome`` (past the text ingest keeps), ``general`` (judged no
    specific incident), ``background`` (now a recap; a recap beside a mention judged no incident is no lost incident
    either) or ``unmapped`` (a labelled incident the extractor no longer tells)."""
    if all(m["start"] >= text_len.get(m["doc_key"], m["start"] + 1) for m in gone):
        return "chrome"
    if all(m.get("general") for m in gone):
        return "general"
    return "background" if all(m.get("general") or _event_of(m, recaps) for m in gone) else "unmapped"


def score_pairs(session: Session, pairs: list[dict[str, Any]], strata: dict[str, int]) -> dict[str, Any]:
    """Pairwise precision/recall/F1 of "one canonical event" against the labels (``unsure`` pairs are left out)."""
    from marsad.store.models import Document

    events, recaps = _events_by_doc(session)
    # the length of each report's text as ingested: a mention past it lies in page chrome that ingest now strips
    # ("رابط الخبر بصحيفة الوئام: <the headline again>"), so it is gone, not unmapped
    text_len = {k: n for k, n in session.execute(select(Document.doc_key, func.length(Document.text))).all()}
    sampled = Counter(json.dumps(p["stratum"]) for p in pairs)
    tp = fp = fn = 0.0
    raw: Counter[str] = Counter()
    for p in pairs:
        if p["same"] not in ("yes", "no"):
            continue
        ca, cb = _canonical_of(p["a"], events), _canonical_of(p["b"], events)
        if ca is None or cb is None:
            # a mention the extractor now files as a recap ("منذ أغسطس 2014") or one the annotators judged no specific
            # incident ("general": a tally, analysis, a statement) is a known reason; one that matches no event at
            # all means the labels have drifted from the extractor
            gone = [m for m, c in ((p["a"], ca), (p["b"], cb)) if c is None]
            raw[gone_reason(gone, text_len, recaps)] += 1
            continue
        key = json.dumps(p["stratum"])
        w = strata.get(key, sampled[key]) / sampled[key]
        merged, same = ca == cb, p["same"] == "yes"
        if merged and same:
            tp, raw["tp"] = tp + w, raw["tp"] + 1
        elif merged:
            fp, raw["fp"] = fp + w, raw["fp"] + 1
        elif same:
            fn, raw["fn"] = fn + w, raw["fn"] + 1
        else:
            raw["tn"] += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), **raw}


def score_corpus(corpus: list[Path], pairs_path: Path, strata_path: Path) -> dict[str, Any]:
    """Ingest ``corpus`` into a throw-away SQLite store (which reconciles) and score the pairs on it."""
    from marsad.store.db import open_db
    from marsad.store.ingest import ingest

    pairs = load_pairs(pairs_path)
    strata = json.loads(strata_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_db(f"sqlite:///{Path(tmp) / 'pairs.sqlite'}")
        try:
            ingest(engine, [str(p) for p in corpus], workers=1)
            with Session(engine) as session:
                return score_pairs(session, pairs, strata)
        finally:
            engine.dispose()


def score_bundled(root: Path) -> dict[str, Any]:
    """:func:`score_corpus` on the repository's own corpus and pair set (the CI gate, floors, results)."""
    return score_corpus([root / f for f in CORPUS_FILES], root / PAIRS, root / STRATA)
