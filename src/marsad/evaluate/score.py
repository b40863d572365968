"""Per-field precision/recall/F1 over a gold set, a sub-event confusion table and the worst reports."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from marsad.errors import FileMissing, InputError
from marsad.evaluate.match import actor_ids, admin_key, assign, location_ok
from marsad.text.normalise import normalise

FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "location_25km", "admin1", "event_date", "fatalities")


@dataclass
class Tally:
    tp: int = 0
    npred: int = 0
    ngold: int = 0

    def prf(self) -> dict[str, float]:
        p = self.tp / self.npred if self.npred else 0.0
        r = self.tp / self.ngold if self.ngold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "tp": self.tp,
            "pred": self.npred,
            "gold": self.ngold,
        }


@dataclass
class Result:
    tallies: dict[str, Tally] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    negatives: int = 0  # reports of the non-conflict sample (negatives.jsonl) with no gold event
    negatives_with_events: int = 0
    no_event: int = 0  # every report with no gold event (incl. analysis pieces from the conflict sample)
    no_event_with_events: int = 0
    background_pairs: int = 0
    background_correct: int = 0
    reports: list[dict[str, Any]] = field(default_factory=list)

    def t(self, name: str) -> Tally:
        return self.tallies.setdefault(name, Tally())

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: v.prf() for k, v in self.tallies.items()}
        out["negatives_false_event_rate"] = (
            round(self.negatives_with_events / self.negatives, 4) if self.negatives else 0.0
        )
        out["no_event_reports_false_event_rate"] = round(self.no_event_with_events / self.no_event, 4) \
            if self.no_event else 0.0
        out["background_flag_accuracy"] = (
            round(self.background_correct / self.background_pairs, 4) if self.background_pairs else 0.0
        )
        return out


def load_gold(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        raise FileMissing(f"gold file {path} not found")
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{n}: not valid JSON ({exc.msg})", code="E110") from None
    return rows


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def field_ok(name: str, p: dict[str, Any], g: dict[str, Any]) -> bool:
    """Whether predicted event ``p`` has field ``name`` right against gold event ``g`` (``marsad eval``'s rules)."""
    if name == "actor1":
        return actor_ids(p)[0] == actor_ids(g)[0]
    if name == "actor2":
        return actor_ids(p)[1] == actor_ids(g)[1]
    if name == "location_25km":
        return location_ok(p, g)
    if name == "admin1":
        return bool(admin_key(p.get("admin1"))) and admin_key(p.get("admin1")) == admin_key(g.get("admin1"))
    if name == "fatalities":
        return int(p.get("fatalities") or 0) == int(g.get("fatalities") or 0)
    return p.get(name) == g.get(name)


def _gold_source_id(gc: dict[str, Any], outlet: str | None) -> str | None:
    """Registry id of a gold claim's source (annotators wrote the source as it reads in the text)."""
    if gc.get("source_id"):
        return str(gc["source_id"])
    from marsad.knowledge import get_knowledge

    kb = get_knowledge()
    text = str(gc.get("source") or "")
    hits = kb.matchers["sources"].find(normalise(text))
    if hits:
        return str(hits[0].value)
    o = kb.outlet_for(text) or (kb.outlet_for(outlet) if text in ("", outlet) else None)
    return o.id if o is not None else None


def _party_names(text: str) -> set[str]:
    """ACLED names (every period) of the registry actors that an Arabic source text names ("الجيش التركي")."""
    from marsad.knowledge import get_knowledge

    kb = get_knowledge()
    ids = {m.value[0] for m in kb.matchers["actors"].find(normalise(text)) if not m.value[2]}
    return {n.name for i in ids if i in kb.actors for n in kb.actors[i].names}


def _source_ok(pc: dict[str, Any], gc: dict[str, Any], outlet: str | None) -> bool:
    gid = _gold_source_id(gc, outlet)
    if pc.get("source_id") and gid:
        return bool(pc["source_id"] == gid)
    a, b = normalise(str(pc.get("source") or "")).casefold(), normalise(str(gc.get("source") or "")).casefold()
    if a and b and fuzz.partial_ratio(a, b) >= 75:
        return True
    if pc.get("source_stance") == "party" and pc.get("source") in _party_names(str(gc.get("source") or "")):
        return True  # a party speaking for itself: the extractor names it by its ACLED name, the gold in Arabic
    # a gold claim credited to the outlet itself matches the extractor's outlet default, also when the annotator
    # wrote part of the outlet's Arabic name ("الوطن" for "الوطن السعودية")
    if pc.get("source_id") and b and _outlet_named(str(pc["source_id"]), b, outlet):
        return True
    return bool(outlet) and normalise(outlet or "").casefold() in (a, b) and (not b or outlet == gc.get("source"))


def _outlet_named(source_id: str, gold_text: str, outlet: str | None) -> bool:
    from marsad.knowledge import get_knowledge

    o = get_knowledge().outlet_for(outlet)
    if o is None or o.id != source_id:
        return False
    return any(gold_text in normalise(n).casefold() for n in o.match if len(gold_text) >= 4)


def _claims(res: Result, pred: dict[str, Any], gold: dict[str, Any], outlet: str | None) -> None:
    pcs = [c for c in pred.get("claims", []) if c.get("killed_min") is not None]
    gcs = [c for c in gold.get("claims", []) if c.get("killed_min") is not None]
    fig, full = res.t("claims_figure"), res.t("claims_figure_source")
    for t in (fig, full):
        t.npred += len(pcs)
        t.ngold += len(gcs)
    used: set[int] = set()
    used2: set[int] = set()
    for gc in gcs:
        for i, pc in enumerate(pcs):
            if i not in used and pc["killed_min"] == gc["killed_min"]:
                used.add(i)
                fig.tp += 1
                break
        for i, pc in enumerate(pcs):
            if i not in used2 and pc["killed_min"] == gc["killed_min"] and _source_ok(pc, gc, outlet):
                used2.add(i)
                full.tp += 1
                break


def score(gold_rows: Iterable[dict[str, Any]], preds: dict[str, dict[str, Any]]) -> Result:
    """Score predictions (by report id) against gold rows."""
    res = Result()
    for g in gold_rows:
        p = preds.get(g["id"]) or {"events": [], "background": []}
        pev, gev = p.get("events", []), g.get("events", [])
        pairs = assign(pev, gev)
        ev = res.t("events")
        ev.npred += len(pev)
        ev.ngold += len(gev)
        ev.tp += len(pairs)
        errors = (len(pev) - len(pairs)) + (len(gev) - len(pairs))
        diffs: list[str] = []
        for name in FIELDS:
            t = res.t(name)
            t.npred += len(pev)
            t.ngold += len(gev)
        for i, j, _s in pairs:
            pe, ge = pev[i], gev[j]
            for name in FIELDS:
                if field_ok(name, pe, ge):
                    res.t(name).tp += 1
                else:
                    errors += 1
                    diffs.append(f"{name}: pred={show_field(name, pe)} gold={show_field(name, ge)}")
            res.confusion[(ge.get("sub_event_type", ""), pe.get("sub_event_type", ""))] += 1
            _claims(res, pe, ge, g.get("outlet"))
        for j in set(range(len(gev))) - {j for _, j, _ in pairs}:
            diffs.append(
                f"missed: {gev[j].get('sub_event_type')} @ {gev[j].get('location')} {gev[j].get('event_date')}"
            )
        for i in set(range(len(pev))) - {i for i, _, _ in pairs}:
            diffs.append(f"extra: {pev[i].get('sub_event_type')} @ {pev[i].get('location')} {pev[i].get('event_date')}")
        # background flag: pair everything with everything
        pall = [*pev, *p.get("background", [])]
        gall = [*gev, *[dict(b, is_background=True) for b in g.get("background", [])]]
        for i, j, _s in assign(pall, gall):
            res.background_pairs += 1
            if bool(pall[i].get("is_background")) == bool(gall[j].get("is_background")):
                res.background_correct += 1
        if g.get("negative") and not gev:
            res.no_event += 1
            res.no_event_with_events += bool(pev)
            if "negatives" in str(g.get("corpus_file", "")):
                res.negatives += 1
                res.negatives_with_events += bool(pev)
        res.reports.append({"id": g["id"], "errors": errors, "diffs": diffs, "pred": len(pev), "gold": len(gev)})
    return res


def show_field(name: str, ev: dict[str, Any]) -> str:
    """The value of field ``name`` of a predicted or gold event as the scorer compares it (for reports)."""
    if name in ("actor1", "actor2"):
        return str(actor_ids(ev)[0 if name == "actor1" else 1])
    if name == "location_25km":
        return f"{ev.get('location_en') or ev.get('location')}({ev.get('latitude')},{ev.get('longitude')})"
    return str(ev.get(name))
