"""The CI gate: extraction quality on the project's own gold sets must not fall below the pinned floors
(eval/baseline.json). Raising a floor is a commit of its own (tools/pin_floors.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.evaluate.run import check_floors, evaluate

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "eval" / "baseline.json"
CASES = [
    (ROOT / "eval" / "gold" / "dev.jsonl", "dev"),
    (ROOT / "eval" / "gold" / "dev.jsonl", "test"),
    (ROOT / "eval" / "benchmark" / "syrian_archive_ar.jsonl", "all"),
]


@pytest.mark.parametrize(("gold", "split"), CASES, ids=[f"{g.name}:{s}" for g, s in CASES])
def test_quality_not_below_floors(gold: Path, split: str) -> None:
    res, rows = evaluate(gold, None, split)
    assert rows, f"no gold rows for split {split}"
    failures = check_floors(res.summary(), BASELINE, gold, split)
    assert not failures, "\n".join(failures)


def test_baseline_pins_every_gold_file() -> None:
    base = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert {"dev.jsonl", "syrian_archive_ar.jsonl"} <= set(base["gold"])
    for entry in base["gold"].values():
        assert len(entry["sha256"]) == 64
        assert entry["floors"]


def test_reconciliation_not_below_floors() -> None:
    """Cross-report merging on the hand-labelled pairs (eval/reconcile/): the bundled corpus is ingested into a
    throw-away store and every labelled pair is checked for "one canonical event"."""
    from marsad.evaluate.pairs import PAIRS, score_bundled
    from marsad.evaluate.score import file_hash

    entry = json.loads(BASELINE.read_text(encoding="utf-8"))["reconcile"]["pairs.jsonl"]
    assert entry["sha256"] == file_hash(ROOT / PAIRS), "pairs.jsonl changed: re-pin its floors in a commit of its own"
    res = score_bundled(ROOT)
    # pairs whose mention the extractor now files as a recap ("background": "ويشن التحالف غارات منذ أغسطس 2014"),
    # lies in page chrome that ingest now strips ("chrome"), was judged no specific incident by the annotators and
    # maps to no event ("general") or matches no event at all ("unmapped": a labelled incident the extractor no longer
    # tells) are not scored; more unmapped pairs than the baseline's ceiling means the extractor lost incidents, and
    # a quarter of the set gone would mean it needs relabelling
    assert res.get("unmapped", 0) <= entry["max_unmapped"], res
    gone = res.get("unmapped", 0) + res.get("background", 0) + res.get("chrome", 0) + res.get("general", 0)
    # (93 since an analysis keeps as news only what it dates within two days: "تحليل مخابراتي يكشف كيف نفذ النظام
    # هجوم دوما" a week later and "ترقب معركة إدلب" four days later tell their events as the backdrop; 96 since three
    # pairs lean on two mentions that tell no incident, flagged general: a suspended bombardment, an attack foreseen;
    # 100 since the battle of Kobani recalled in a relative clause with its months, "كوباني التي دمرت في معارك ضارية
    # استمرت أربعة أشهر ... في يناير", is background: four pairs were labelled on the sentences that tell it; 101 since
    # an analysis piece's event dated only by the day it was announced, "أعلن في 19 مارس عن مقتل الشابة البريطانية ...
    # خلال المعارك في منطقة عفرين", is its backdrop; 104 since an event "last week" or more than seven days before
    # publication is context, "تفجير سروج الأسبوع الماضي", the T4 strike "في التاسع من نيسان" told on the 17th: three
    # pairs were labelled on such recaps; 107 since a "كما" sentence that goes on with a tally of ten months, "كما لقي
    # ما لا يقل عن 115 مسلحا من جبهة النصرة حتفهم جراء ضربات ... التحالف", is part of that tally: three pairs, one
    # in each report that copied it, were labelled on it; 108 since a present-tense campaign verb describing a party,
    # "الائتلاف الدولي الذي تقوده واشنطن وينفذ ضربات جوية ضد المتطرفين", tells no strike: two pairs, flagged general)
    assert gone <= 108, res
    failures = [f"{m} = {res[m]} is below its floor {floor}" for m, floor in entry["floors"].items() if res[m] < floor]
    assert not failures, "\n".join(failures)
