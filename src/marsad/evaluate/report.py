"""Readable (rich) and JSON renderings of an evaluation result."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.table import Table

from marsad.evaluate.score import Result

MAIN = (
    "events",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "location_25km",
    "admin1",
    "event_date",
    "fatalities",
    "claims_figure",
    "claims_figure_source",
)


def as_json(res: Result, worst: int = 10) -> str:
    out: dict[str, Any] = {
        "metrics": res.summary(),
        "confusion": [{"gold": g, "pred": p, "n": n} for (g, p), n in res.confusion.most_common()],
        "worst": sorted(res.reports, key=lambda r: -r["errors"])[:worst],
    }
    return json.dumps(out, ensure_ascii=False, indent=2)


def show(res: Result, title: str, worst: int = 10, console: Console | None = None) -> None:
    c = console or Console()
    s = res.summary()
    t = Table(title=title)
    for col in ("metric", "P", "R", "F1", "tp", "pred", "gold"):
        t.add_column(col, justify="right" if col != "metric" else "left")
    for k in MAIN:
        if k in s:
            v = s[k]
            t.add_row(
                k,
                f"{v['precision']:.3f}",
                f"{v['recall']:.3f}",
                f"{v['f1']:.3f}",
                str(v["tp"]),
                str(v["pred"]),
                str(v["gold"]),
            )
    c.print(t)
    c.print(
        f"non-conflict reports with a (false) event: {s['negatives_false_event_rate']:.1%} of {res.negatives}; "
        f"all no-event reports with an event: {s['no_event_reports_false_event_rate']:.1%} of {res.no_event}; "
        f"background/new flag accuracy on matched events: {s['background_flag_accuracy']:.1%}"
    )
    conf = Table(title="sub-event confusion (gold -> predicted), matched events")
    for col in ("gold", "predicted", "n"):
        conf.add_column(col)
    for (g, p), n in res.confusion.most_common(20):
        conf.add_row(g, p if p != g else "[green]=[/green]", str(n))
    c.print(conf)
    if worst:
        c.print("[bold]worst reports[/bold]")
        for r in sorted(res.reports, key=lambda r: -r["errors"])[:worst]:
            c.print(f"  {r['id']}: {r['errors']} errors (pred {r['pred']}, gold {r['gold']})")
            for d in r["diffs"][:8]:
                c.print(f"      {d}", markup=False)
