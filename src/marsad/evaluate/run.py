"""Run the extractor over gold reports (or read saved predictions), score, print and gate on floors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from marsad.errors import MarsadError
from marsad.evaluate.score import Result, file_hash, load_gold, score


def predict(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Extract every gold report with the current extractor."""
    from marsad.ingest import document_from_record
    from marsad.pipeline import extract, rejected

    out: dict[str, dict[str, Any]] = {}
    for n, g in enumerate(rows, 1):
        rec = {k: g.get(k) for k in ("id", "title", "text", "published", "outlet", "url")}
        if "input_published" in g:
            # retrospective investigations: the page date is not the news day, so the extractor gets none
            rec["published"] = g["input_published"]
        try:
            out[g["id"]] = extract(document_from_record(rec, lineno=n))
        except MarsadError as err:
            out[g["id"]] = rejected(g["id"], err.code, err.reason)
    return out


def read_predictions(path: Path) -> dict[str, dict[str, Any]]:
    out = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                out[r["id"]] = r
    return out


def evaluate(gold: Path, pred: Path | None = None, split: str = "all") -> tuple[Result, list[dict[str, Any]]]:
    rows = load_gold(gold)
    if split != "all":
        rows = [r for r in rows if r.get("split") == split]
    preds = read_predictions(pred) if pred else predict(rows)
    return score(rows, preds), rows


def check_floors(summary: dict[str, Any], baseline: Path, gold: Path, split: str) -> list[str]:
    """Metrics below their pinned floor (empty when the gate passes)."""
    base = json.loads(baseline.read_text(encoding="utf-8"))
    entry = base["gold"].get(gold.name)
    if entry is None:
        return [f"no floors pinned for {gold.name} in {baseline}"]
    failures = []
    if entry.get("sha256") and entry["sha256"] != file_hash(gold):
        failures.append(
            f"{gold.name} changed (sha256 differs from {baseline}): re-pin the floors in a commit of its own"
        )
    for metric, floor in entry.get("floors", {}).get(split, {}).items():
        key, _, part = metric.rpartition(".")
        value = summary.get(key, {}).get(part) if key else summary.get(metric)
        if metric.endswith("false_event_rate"):
            value = summary.get(metric)
            if value is None or value > floor + 1e-9:
                failures.append(f"{metric} = {value} is above its ceiling {floor}")
            continue
        if value is None or value < floor - 1e-9:
            failures.append(f"{metric} = {value} is below its floor {floor}")
    return failures
