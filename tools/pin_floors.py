"""Pin quality floors: run `marsad eval` on each gold file/split and write eval/baseline.json.

Floors are the measured value minus a small margin (so that harmless reordering does not break CI). They only go up:
a floor that the new measurement would lower keeps its old value unless ``--allow-lower`` is given (then say why in
the commit). Raising floors is a commit of its own (`python tools/pin_floors.py` then review the diff). The
reconciliation floors (eval/reconcile/pairs.jsonl) are pinned the same way, with a ceiling on the labelled incidents that
map to no event (``max_unmapped``: measured + 2, only lowered).
Usage: .venv/bin/python tools/pin_floors.py [--margin 0.02]
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from marsad.evaluate.pairs import PAIRS, score_bundled
from marsad.evaluate.run import evaluate
from marsad.evaluate.score import file_hash

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "eval" / "baseline.json"
TARGETS = {
    "dev.jsonl": (ROOT / "eval" / "gold" / "dev.jsonl", ("dev", "test")),
    "syrian_archive_ar.jsonl": (ROOT / "eval" / "benchmark" / "syrian_archive_ar.jsonl", ("all",)),
}
METRICS = ("events.f1", "event_type.f1", "sub_event_type.f1", "actor1.f1", "actor2.f1", "location_25km.f1",
           "admin1.f1", "event_date.f1", "fatalities.f1", "claims_figure.f1", "claims_figure_source.f1",
           "background_flag_accuracy")
CEILINGS = ("negatives_false_event_rate", "no_event_reports_false_event_rate")
UNMAPPED_MARGIN = 2  # reconciliation: labelled incidents the extractor may lose before the gate fails


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--margin", type=float, default=0.02)
    ap.add_argument("--allow-lower", action="store_true",
                    help="replace the floors with the new values even where they are lower (say why in the commit)")
    args = ap.parse_args()
    old = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}

    def keep(prev: dict[str, float], new: dict[str, float], ceilings: tuple[str, ...] = ()) -> dict[str, float]:
        """Floors only go up (and ceilings only down) unless --allow-lower."""
        if args.allow_lower:
            return new
        return {m: (min(v, prev.get(m, v)) if m in ceilings else max(v, prev.get(m, v))) for m, v in new.items()}

    out: dict[str, object] = {"note": "floors pinned by tools/pin_floors.py; CI fails below them", "gold": {}}
    for name, (path, splits) in TARGETS.items():
        floors: dict[str, dict[str, float]] = {}
        prev_floors = old.get("gold", {}).get(name, {}).get("floors", {})
        for split in splits:
            res, _ = evaluate(path, None, split)
            s = res.summary()
            f: dict[str, float] = {}
            for m in METRICS:
                key, _, part = m.rpartition(".")
                v = s[key][part] if key else s[m]
                f[m] = max(0.0, math.floor((v - args.margin) * 1000) / 1000)
            for m in CEILINGS:
                f[m] = min(1.0, math.ceil((s[m] + args.margin) * 1000) / 1000)
            floors[split] = keep(prev_floors.get(split, {}), f, CEILINGS)
        out["gold"][name] = {"sha256": file_hash(path), "floors": floors}  # type: ignore[index]
    rec = score_bundled(ROOT)
    prev = old.get("reconcile", {}).get("pairs.jsonl", {}).get("floors", {})
    new = {m: max(0.0, math.floor((rec[m] - args.margin) * 1000) / 1000) for m in ("precision", "f1")}
    # labelled incidents the extractor no longer tells: a ceiling two above the measured count, only lowered
    unmapped = rec.get("unmapped", 0) + UNMAPPED_MARGIN
    ceiling = old.get("reconcile", {}).get("pairs.jsonl", {}).get("max_unmapped", unmapped)
    out["reconcile"] = {"pairs.jsonl": {"sha256": file_hash(ROOT / PAIRS), "floors": keep(prev, new),
                                        "max_unmapped": unmapped if args.allow_lower else min(unmapped, ceiling)}}
    BASELINE.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {BASELINE}")


if __name__ == "__main__":
    main()
