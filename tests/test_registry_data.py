"""Structure checks for actors.yaml and sources.yaml beyond the pydantic schema (see tools/check_aliases.py)."""

from __future__ import annotations

import importlib.util
import itertools
import json
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "marsad" / "data"
CORPUS = ROOT / "corpus"  # the project's own copy (corpus/PROVENANCE.md)


def _checker():
    spec = importlib.util.spec_from_file_location("check_aliases", ROOT / "tools" / "check_aliases.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def test_aliases_unique_and_references_resolve(capsys: pytest.CaptureFixture[str]) -> None:
    assert _checker().main(DATA) == 0, capsys.readouterr().out


def test_stable_ids_present() -> None:
    ids = {a["id"] for a in yaml.safe_load((DATA / "actors.yaml").read_text(encoding="utf-8"))["actors"]}
    stable = {"syria-military", "syria-police", "ndf", "syria-4th-division", "tiger-forces", "russia-military", "wagner",
              "iran-military", "iran-backed-militias", "hezbollah", "isis", "sdf", "ypg", "asayish", "sna",
              "syrian-opposition", "nlf", "hts", "nusra", "hurras-al-din", "jaysh-al-islam", "ahrar-al-sham",
              "faylaq-al-rahman", "turkey-military", "coalition", "us-military", "israel-military", "iraq-military",
              "iraq-police", "pmf", "peshmerga", "kurdistan-regional-government", "pkk", "civilians", "protesters",
              "rioters", "unidentified"}
    assert stable <= ids, sorted(stable - ids)


def test_period_names_do_not_overlap() -> None:
    for a in yaml.safe_load((DATA / "actors.yaml").read_text(encoding="utf-8"))["actors"]:
        spans = [(n.get("from") or 0, n.get("to") or 9999) for n in a["names"]
                 if not n.get("country") and ("from" in n or "to" in n)]
        spans.sort()
        for (f1, t1), (f2, _t2) in itertools.pairwise(spans):
            assert t1 < f2, f"{a['id']}: name periods overlap ({f1}-{t1} and {f2}-)"


def test_every_corpus_outlet_is_registered() -> None:
    doc = yaml.safe_load((DATA / "sources.yaml").read_text(encoding="utf-8"))
    known = {m.casefold() for o in doc["outlets"] for m in [o["name"], *o.get("match", [])]}
    seen = set()
    for name in ("conflict.jsonl", "negatives.jsonl", "conflict_loose.jsonl"):
        for line in (CORPUS / name).open(encoding="utf-8"):
            seen.add(json.loads(line).get("outlet"))
    assert {s for s in seen if s and s.casefold() not in known} == set()
