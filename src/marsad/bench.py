"""``marsad bench``: reports per second on one core, whole command included, and peak memory.

Runs ``marsad extract --jsonl`` in a subprocess over the corpus (text records), then over the same reports wrapped
in realistic HTML pages (nav, share bar, comments), and reports wall time, reports/s and the child's peak RSS.
The extractor is single-process, so reports/s is per core.
"""

from __future__ import annotations

import html as htmlmod
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from marsad.errors import FileMissing

DEFAULT_CORPUS = ("corpus/conflict.jsonl", "corpus/negatives.jsonl", "corpus/conflict_loose.jsonl")


def _records(paths: list[Path]) -> list[dict[str, Any]]:
    recs: list[dict[str, Any]] = []
    for p in paths:
        if not p.exists():
            raise FileMissing(f"bench corpus {p} not found; run from the repository root or pass JSON Lines files")
        with p.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    r = json.loads(line)
                    recs.append({k: r.get(k) for k in ("id", "title", "text", "date", "outlet", "url")})
    return recs


def _as_html(rec: dict[str, Any]) -> dict[str, Any]:
    paras = "".join(f"<p>{htmlmod.escape(p)}</p>" for p in (rec.get("text") or "").split("\n") if p.strip())
    page = (
        "<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
        f"<title>{htmlmod.escape(rec.get('title') or '')}</title>"
        f"<meta property='article:published_time' content='{rec.get('date') or ''}'></head><body>"
        "<nav><ul><li><a href='/'>الرئيسية</a></li><li><a href='/syria'>سوريا</a></li></ul></nav>"
        f"<article><h1>{htmlmod.escape(rec.get('title') or '')}</h1>{paras}</article>"
        "<div class='share'>شارك على فيسبوك تويتر</div>"
        "<section class='comments'><h3>التعليقات (0)</h3></section>"
        "<aside><h3>الأكثر قراءة</h3><ul><li>خبر آخر</li></ul></aside></body></html>"
    )
    return {"id": rec["id"], "html": page, "outlet": rec.get("outlet"), "url": rec.get("url")}


def _run(jsonl: Path, workers: int = 1) -> tuple[float, int, int]:
    cmd = [sys.executable, "-m", "marsad", "extract", "--jsonl", str(jsonl), "--workers", str(workers)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, check=False)
    wall = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode("utf-8", "replace")[-500:])
    events = sum(len(json.loads(line)["events"]) for line in proc.stdout.splitlines() if line.strip())
    return wall, max(peak, before), events


def run_bench(corpus: list[Path], *, repeat: int = 3, html: bool = True, as_json: bool = False) -> dict[str, Any]:
    """Measure and print the figures; returns them."""
    paths = corpus or [Path(p) for p in DEFAULT_CORPUS if Path(p).exists()]
    if not paths:
        raise FileMissing("no bench corpus: pass JSON Lines files (records with `text`)")
    recs = _records(paths)
    results: dict[str, Any] = {
        "machine": f"{platform.machine()} {platform.processor() or ''} {os.cpu_count()} cpu(s), "
        f"Python {platform.python_version()}",
        "reports": len(recs),
    }
    with tempfile.TemporaryDirectory() as tmp:
        text_path = Path(tmp) / "text.jsonl"
        text_path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
        kinds = [("text", text_path)]
        if html:
            html_path = Path(tmp) / "html.jsonl"
            html_path.write_text(
                "\n".join(json.dumps(_as_html(r), ensure_ascii=False) for r in recs) + "\n", encoding="utf-8"
            )
            kinds.append(("html", html_path))
        _run(text_path)  # warm the knowledge cache and the OS page cache
        cores = os.cpu_count() or 1
        runs = [(name, path, 1) for name, path in kinds]
        if cores > 1:
            runs.append((f"text, {cores} workers", text_path, cores))
        for name, path, workers in runs:
            walls = []
            peak = 0
            events = 0
            for _ in range(max(1, repeat)):
                wall, peak, events = _run(path, workers)
                walls.append(wall)
            best = min(walls)
            results[name] = {
                "seconds": round(best, 3),
                "reports_per_s": round(len(recs) / best, 1),
                "peak_rss_mb": round(peak / 1024, 1),
                "events": events,
            }
    if as_json:
        print(json.dumps(results, indent=2))
    else:
        from rich.console import Console
        from rich.table import Table

        t = Table(title=f"marsad bench: {results['reports']} reports, whole command, one core")
        for col in ("input", "seconds (best)", "reports/s", "peak RSS MB", "events"):
            t.add_column(col)
        for name in [k for k in results if k.startswith(("text", "html"))]:
            if name in results:
                r = results[name]
                t.add_row(name, str(r["seconds"]), str(r["reports_per_s"]), str(r["peak_rss_mb"]), str(r["events"]))
        Console().print(t)
        Console().print(f"machine: {results['machine']}")
    return results
