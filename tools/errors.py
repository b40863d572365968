"""Error analysis on the gold set: what the extractor got wrong, and what a change did (development tool).

    python tools/errors.py predict OUT.json                 # predictions for every gold report (about 5 s)
    python tools/errors.py extra OUT.json [--split dev] [--no-event]  # predicted events that match no gold event
    python tools/errors.py missed OUT.json [--split dev]    # gold events no prediction matches
    python tools/errors.py confusion OUT.json FIELD [--split dev] [--top 30]  # wrong values among matched events
    python tools/errors.py diff OLD.json NEW.json [--split dev]   # reports whose events a change altered

Matching and field comparison are those of ``marsad eval`` (``marsad.evaluate``). Decide on the dev split; the test
split is a gate, never a place to look for rules (docs/annotation.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.evaluate.match import assign  # noqa: E402
from marsad.evaluate.run import predict  # noqa: E402
from marsad.evaluate.score import FIELDS, field_ok, load_gold, show_field  # noqa: E402

GOLD = ROOT / "eval" / "gold" / "dev.jsonl"


def _rows(split: str) -> list[dict[str, Any]]:
    return [r for r in load_gold(GOLD) if split == "all" or r.get("split") == split]


def _pairs(preds: dict[str, Any], split: str) -> Iterator[tuple[dict[str, Any], list[Any], list[Any], list[Any]]]:
    """Each gold report with its predicted events, gold events and matched pairs."""
    for g in _rows(split):
        pev = (preds.get(g["id"]) or {}).get("events", [])
        gev = g.get("events", [])
        yield g, pev, gev, assign(pev, gev)


def _trigger(ev: dict[str, Any]) -> str:
    span = (ev.get("evidence") or {}).get("sub_event_type") or {}
    return str(span.get("text", "")) if isinstance(span, dict) else ""


def extra(preds: dict[str, Any], split: str, no_event: bool) -> list[str]:
    out = []
    for g, pev, gev, pairs in _pairs(preds, split):
        if no_event and (gev or not g.get("negative")):
            continue
        for i in sorted(set(range(len(pev))) - {i for i, _, _ in pairs}):
            e = pev[i]
            out.append(f"{g['id']} | {e['sub_event_type']} @ {e.get('location')} {e.get('event_date')} | "
                       f"{_trigger(e)} | {(g.get('title') or '')[:70]}")
    return out


def missed(preds: dict[str, Any], split: str) -> list[str]:
    out = []
    for g, _pev, gev, pairs in _pairs(preds, split):
        for j in sorted(set(range(len(gev))) - {j for _, j, _ in pairs}):
            e = gev[j]
            out.append(f"{g['id']} | {e.get('sub_event_type')} @ {e.get('location')} {e.get('event_date')} | "
                       f"{str(e.get('evidence') or '')[:90]}")
    return out


def confusion(preds: dict[str, Any], split: str, field: str, top: int) -> list[str]:
    if field not in FIELDS:
        raise SystemExit(f"unknown field {field!r}; one of {', '.join(FIELDS)}")
    counts: Counter[tuple[str, str]] = Counter()
    where: dict[tuple[str, str], list[str]] = defaultdict(list)
    for g, pev, gev, pairs in _pairs(preds, split):
        for i, j, _ in pairs:
            if not field_ok(field, pev[i], gev[j]):
                key = (show_field(field, pev[i]), show_field(field, gev[j]))
                counts[key] += 1
                where[key].append(g["id"])
    return [f"{n:4d}  pred={p}  gold={q}  {where[(p, q)][:3]}" for (p, q), n in counts.most_common(top)]


def diff(old: dict[str, Any], new: dict[str, Any], split: str) -> list[str]:
    def key(e: dict[str, Any]) -> tuple[Any, ...]:
        return (e["sub_event_type"], e.get("location"), e.get("event_date"), e.get("actor1_id"), e.get("actor2_id"),
                e.get("fatalities"))

    out = []
    for g in _rows(split):
        a = {key(e) for e in (old.get(g["id"]) or {}).get("events", [])}
        b = {key(e) for e in (new.get(g["id"]) or {}).get("events", [])}
        if a != b:
            out.append(f"{g['id']}\n  - {sorted(a - b, key=str)}\n  + {sorted(b - a, key=str)}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("predict")
    p.add_argument("out", type=Path)
    for name in ("extra", "missed", "confusion"):
        p = sub.add_parser(name)
        p.add_argument("pred", type=Path)
        p.add_argument("--split", default="dev", choices=("dev", "test", "all"))
        if name == "extra":
            p.add_argument("--no-event", action="store_true", help="only reports whose gold has no event")
        if name == "confusion":
            p.add_argument("field")
            p.add_argument("--top", type=int, default=30)
    p = sub.add_parser("diff")
    p.add_argument("old", type=Path)
    p.add_argument("new", type=Path)
    p.add_argument("--split", default="dev", choices=("dev", "test", "all"))
    args = ap.parse_args(argv)
    if args.cmd == "predict":
        args.out.write_text(json.dumps(predict(_rows("all")), ensure_ascii=False), encoding="utf-8")
        return 0
    read = lambda path: json.loads(path.read_text(encoding="utf-8"))  # noqa: E731
    if args.cmd == "extra":
        lines = extra(read(args.pred), args.split, args.no_event)
    elif args.cmd == "missed":
        lines = missed(read(args.pred), args.split)
    elif args.cmd == "confusion":
        lines = confusion(read(args.pred), args.split, args.field, args.top)
    else:
        lines = diff(read(args.old), read(args.new), args.split)
    print("\n".join(lines))
    print(f"({len(lines)})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
