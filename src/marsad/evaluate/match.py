"""Pairing predicted and gold events of one report: a similarity over place, type, actors, date and figures,
and an optimal one-to-one assignment (exact over subsets for small reports, greedy beyond)."""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache
from typing import Any

from marsad.text.normalise import normalise

MATCH_MIN = 0.4
KM = 25.0


def distance_km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    try:
        la1, lo1, la2, lo2 = (
            math.radians(float(x)) for x in (a["latitude"], a["longitude"], b["latitude"], b["longitude"])
        )
    except (KeyError, TypeError, ValueError):
        return None
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def admin_key(name: Any) -> str:
    """Compare governorate names loosely ("Al-Raqqah" ~ "Ar Raqqah" ~ "Raqqa")."""
    s = normalise(str(name or "")).casefold()
    for junk in (
        "governorate",
        "province",
        "al-",
        "al ",
        "ar ",
        "as ",
        "ad ",
        "ad-",
        "as-",
        "ar-",
        "an ",
        "-",
        " ",
        "'",
        "‘",
        "’",
    ):
        s = s.replace(junk, "")
    s = s.replace("ā", "a").replace("ī", "i").replace("ū", "u").replace("ḩ", "h").replace("ẕ", "z")
    return s.rstrip("h")


def actor_ids(ev: dict[str, Any]) -> tuple[str | None, str | None]:
    """(actor1, actor2) ACLED-level registry ids of a predicted (``actor1_id``) or gold (``actor1``) event: a unit
    that ACLED codes as its parent ("syria-air-force" is "Military Forces of Syria") counts as the parent."""
    if "actor1_id" in ev:
        return _acled_level(ev.get("actor1_id")), _acled_level(ev.get("actor2_id"))
    return _acled_level(_registry_id(ev.get("actor1"))), _acled_level(_registry_id(ev.get("actor2")))


@lru_cache(maxsize=4096)
def _acled_level(actor_id: str | None) -> str | None:
    from marsad.assemble.roles import canonical
    from marsad.knowledge import get_knowledge

    return canonical(get_knowledge(), actor_id) if actor_id else actor_id


_YEARS = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)\s*$")


@lru_cache(maxsize=1)
def _acled_names() -> dict[str, str]:
    from marsad.knowledge import get_knowledge

    out: dict[str, str] = {}
    for a in get_knowledge().actors.values():
        for n in a.names:
            out.setdefault(_YEARS.sub("", n.name).strip().casefold(), a.id)
    return out


def _registry_id(value: Any) -> str | None:
    """A gold actor. Annotators wrote ``new:ACLED name`` for an actor the registry lacked at the time; once the
    registry has an actor with that ACLED name (years aside), the gold means that actor."""
    if not isinstance(value, str):
        return None
    if value.startswith("new:"):
        return _acled_names().get(_YEARS.sub("", value[4:]).strip().casefold(), value)
    return value


def location_ok(p: dict[str, Any], g: dict[str, Any]) -> bool:
    d = distance_km(p, g)
    return d is not None and d <= KM


def similarity(p: dict[str, Any], g: dict[str, Any]) -> float:
    d = distance_km(p, g)
    if d is not None and d <= KM:
        loc = 1.0
    elif admin_key(p.get("admin1")) and admin_key(p.get("admin1")) == admin_key(g.get("admin1")):
        loc = 0.5
    elif d is not None and d <= 100:
        loc = 0.4
    else:
        loc = 0.0
    typ = (
        1.0
        if p.get("sub_event_type") == g.get("sub_event_type")
        else (0.5 if p.get("event_type") == g.get("event_type") else 0.0)
    )
    pa, ga = set(filter(None, actor_ids(p))), set(filter(None, actor_ids(g)))
    act = len(pa & ga) / max(len(pa | ga), 1)
    date = 1.0 if p.get("event_date") == g.get("event_date") else 0.0
    fat = 1.0 if p.get("fatalities") == g.get("fatalities") else 0.0
    if loc == 0.0 and typ < 1.0:
        return 0.0
    return 0.35 * loc + 0.25 * typ + 0.2 * act + 0.1 * date + 0.1 * fat


def assign(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[tuple[int, int, float]]:
    """Best one-to-one pairs (pred index, gold index, similarity) with similarity >= MATCH_MIN."""
    sims = [[similarity(p, g) for g in gold] for p in pred]
    n, m = len(pred), len(gold)
    if n == 0 or m == 0:
        return []
    if min(n, m) <= 8 and max(n, m) <= 14:
        pairs = _exact(sims, n, m)
    else:
        pairs = _greedy(sims, n, m)
    return [(i, j, sims[i][j]) for i, j in pairs if sims[i][j] >= MATCH_MIN]


def _exact(sims: list[list[float]], n: int, m: int) -> list[tuple[int, int]]:
    @cache
    def best(i: int, used: int) -> tuple[float, tuple[tuple[int, int], ...]]:
        if i == n:
            return 0.0, ()
        top = best(i + 1, used)
        for j in range(m):
            if not used & (1 << j) and sims[i][j] >= MATCH_MIN:
                s, rest = best(i + 1, used | (1 << j))
                if s + sims[i][j] > top[0]:
                    top = (s + sims[i][j], ((i, j), *rest))
        return top

    return list(best(0, 0)[1])


def _greedy(sims: list[list[float]], n: int, m: int) -> list[tuple[int, int]]:
    cells = sorted(((sims[i][j], i, j) for i in range(n) for j in range(m)), reverse=True)
    used_i: set[int] = set()
    used_j: set[int] = set()
    out = []
    for _s, i, j in cells:
        if i not in used_i and j not in used_j:
            out.append((i, j))
            used_i.add(i)
            used_j.add(j)
    return out
