#!/usr/bin/env python3
"""Check the actor and source registries beyond what the pydantic schema checks.

Errors (exit status 1):
  * an actor alias (normalised, article-free) that belongs to two actors, or is listed twice;
  * a source alias that belongs to two sources; an outlet `match` string used by two outlets;
  * an alias stance or a source stance outside the documented values; an unknown parent or affiliated_actor;
  * a parent cycle.
Warnings (printed, not fatal):
  * an alias listed twice for the same actor;
  * (-v) an alias that merely extends another alias of the same actor (harmless: matching is leftmost-longest);
  * a string that is both an actor alias and a source alias (expected for e.g. CENTCOM, but worth a look);
  * (-v) an anaphora word shared by several actors (resolved by whichever was named earlier).

Usage: python tools/check_aliases.py [-v] [DATA_DIR]   (-v also lists aliases that only extend another)
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
try:
    from marsad.text.normalise import normalise as _normalise
except Exception:
    import re
    _FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ئ": "ي", "ة": "ه",
                           "ک": "ك", "ؤ": "و", **{chr(0x660 + i): str(i) for i in range(10)}})
    _DIAC = re.compile("[\u0640\u064b-\u0658\u0670]")

    def _normalise(text: str) -> str:
        return _DIAC.sub("", text.translate(_FOLD))

ALIAS_STANCES = {"neutral", "government", "opposition", "isis", "kurdish", "pejorative", "self", "loyalist"}
SOURCE_STANCES = {"government", "opposition", "local", "monitor", "kurdish", "loyalist", "perpetrator-affiliated",
                  "official", "media", "international", "unknown"}


def key(text: str) -> str:
    """The form under which the matcher sees a pattern: normalised, one space, ASCII lower, article optional."""
    k = " ".join(_normalise(text).casefold().split())
    return k[2:] if k.startswith("ال") and len(k) > 3 else k


def main(data_dir: Path, verbose: bool = False) -> int:
    errors: list[str] = []
    warnings: list[str] = []
    actors = yaml.safe_load((data_dir / "actors.yaml").read_text(encoding="utf-8"))["actors"]
    ids = [a["id"] for a in actors]
    for i in {i for i in ids if ids.count(i) > 1}:
        errors.append(f"duplicate actor id {i}")
    known = set(ids)
    owner: dict[str, list[tuple[str, str]]] = defaultdict(list)
    per_actor: dict[str, list[str]] = {}
    anaphora: dict[str, set[str]] = defaultdict(set)
    for a in actors:
        if a.get("parent") and a["parent"] not in known:
            errors.append(f"{a['id']}: unknown parent {a['parent']}")
        texts = []
        for al in a.get("aliases") or []:
            text, stance = (al, None) if isinstance(al, str) else (al["text"], al.get("stance"))
            if stance is not None and stance not in ALIAS_STANCES:
                errors.append(f"{a['id']}: alias {text!r}: unknown stance {stance!r}")
            owner[key(text)].append((a["id"], text))
            texts.append(text)
        per_actor[a["id"]] = texts
        for w in a.get("anaphora") or []:
            anaphora[key(w if isinstance(w, str) else w["text"])].add(a["id"])
    # parent cycles
    parent = {a["id"]: a.get("parent") for a in actors}
    for i in ids:
        seen, cur = set(), i
        while cur:
            if cur in seen:
                errors.append(f"parent cycle through {i}")
                break
            seen.add(cur)
            cur = parent.get(cur)
    for k, owners in owner.items():
        if len({o for o, _ in owners}) > 1:
            errors.append(f"actor alias {k!r} belongs to several actors: {owners}")
        elif len(owners) > 1:
            warnings.append(f"actor alias {k!r} listed {len(owners)} times: {owners}")
    for k, who in anaphora.items():
        if len(who) > 1 and verbose:
            warnings.append(f"anaphora {k!r} shared by {sorted(who)}")
        if k in owner:
            warnings.append(f"anaphora {k!r} of {sorted(who)} is also an alias of {owner[k][0][0]}")
    for aid, texts in per_actor.items() if verbose else ():
        keys = [f" {key(t)} " for t in texts]
        for t, kt in zip(texts, keys, strict=False):
            inner = [u for u, ku in zip(texts, keys, strict=False) if ku != kt and ku in kt]
            if inner:
                warnings.append(f"{aid}: {t!r} only extends {inner[0]!r}")

    src_path = data_dir / "sources.yaml"
    n_sources = n_outlets = 0
    if src_path.exists():
        doc = yaml.safe_load(src_path.read_text(encoding="utf-8"))
        sources, outlets = doc.get("sources") or [], doc.get("outlets") or []
        n_sources, n_outlets = len(sources), len(outlets)
        sids = [s["id"] for s in sources]
        for i in {i for i in sids if sids.count(i) > 1}:
            errors.append(f"duplicate source id {i}")
        oids = [o["id"] for o in outlets]
        for i in {i for i in oids if oids.count(i) > 1}:
            errors.append(f"duplicate outlet id {i}")
        sown: dict[str, list[str]] = defaultdict(list)
        for s in sources:
            if s.get("stance") not in SOURCE_STANCES:
                errors.append(f"source {s['id']}: unknown stance {s.get('stance')!r}")
            if s.get("affiliated_actor") and s["affiliated_actor"] not in known:
                errors.append(f"source {s['id']}: unknown affiliated_actor {s['affiliated_actor']}")
            for al in s.get("aliases") or []:
                sown[key(al)].append(s["id"])
        for k, who in sown.items():
            if len(set(who)) > 1:
                errors.append(f"source alias {k!r} belongs to several sources: {who}")
            elif len(who) > 1:
                warnings.append(f"source alias {k!r} listed {len(who)} times for {who[0]}")
            if k in owner:
                warnings.append(f"{k!r} is both source {who[0]} and actor {owner[k][0][0]}")
        oown: dict[str, list[str]] = defaultdict(list)
        for o in outlets:
            if o.get("stance", "media") not in SOURCE_STANCES:
                errors.append(f"outlet {o['id']}: unknown stance {o.get('stance')!r}")
            if o.get("affiliated_actor") and o["affiliated_actor"] not in known:
                errors.append(f"outlet {o['id']}: unknown affiliated_actor {o['affiliated_actor']}")
            for m in {" ".join(_normalise(x).casefold().split()) for x in [o["name"], *(o.get("match") or [])]}:
                oown[m].append(o["id"])
        for k, who in oown.items():
            if len(set(who)) > 1:
                errors.append(f"outlet match {k!r} used by {who}")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    n_alias = sum(len(v) for v in per_actor.values())
    print(f"{len(actors)} actors, {n_alias} actor aliases, {n_sources} sources, {n_outlets} outlets: "
          f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    sys.exit(main(Path(args[0]) if args else ROOT / "src" / "marsad" / "data", verbose="-v" in sys.argv[1:]))
