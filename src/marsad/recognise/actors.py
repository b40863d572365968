"""Actor mentions mapped to registry ids; anaphora ("التنظيم") resolved to an actor named earlier."""

from __future__ import annotations

import re
from typing import Any

from marsad.knowledge.loader import UNNAMED_ACTORS
from marsad.knowledge.schemas import covers
from marsad.recognise.context import Context
from marsad.schema import Span
from marsad.text.normalise import arabic_pattern, normalise


def _theatre_default(ctx: Context, actor_id: str, focus: str | None, pattern: str) -> bool:
    d = ctx.kb.actors[actor_id].default_in
    return d is not None and focus in d.countries and pattern in {normalise(w) for w in d.anaphora}


def _local_country(ctx: Context, pos: int) -> str | None:
    """The country of the places that the sentence at ``pos`` names, when they all lie in one country other than the
    report's focus ("داهمت الشرطة مناطق في اسطنبول" in a report on Syria: Turkey)."""
    sent = ctx.sentence_at(pos)
    if sent is None:
        return None
    countries = {ctx.kb.places[p.value].country for p in ctx.spans.get("place", ())
                 if sent.start <= p.ns < sent.end and not p.attrs.get("reference")}
    if len(countries) != 1:
        return None
    country = countries.pop()
    return country if country and country != ctx.extra.get("focus_country") else None


def _anaphor(value: Any) -> bool:
    return bool(value[2])


# a demonstrative before a one-word generic name: "وكان هذا الجيش" (after "جيش الفتح"), "تلك القوات"
_DEMONSTRATIVE = arabic_pattern(r"(?<![\u0621-\u064a])(?:هذا|هذه|ذلك|تلك|هؤلاء|اولئك)\s+ال(?P<noun>[\u0621-\u064a]+)"
                                r"(?![\u0621-\u064a])")
# the nouns of armed groups that a demonstrative phrase may point back with when no name matched it ("هذه القوات")
_GROUP_NOUNS = frozenset(normalise(w) for w in (
    "قوات", "فصائل", "فصيل", "جماعة", "ميليشيا", "ميليشيات", "مليشيا", "جيش", "تنظيم", "حركة", "مجموعة", "جبهة",
    "حزب", "وحدات", "لواء", "كتيبة"))


def _pointed(ctx: Context, noun: str, pos: int, named: list[Span]) -> str | None:
    """The actor a demonstrative phrase at ``pos`` points back to: the one whose name holds the last use of its noun
    before it ("هذا الجيش" after "جيش الفتح" is that army, not the state's; "هذه القوات" after "قوات عسكرية كبيرة"
    points to no name)."""
    word = re.compile(r"(?<![\u0621-\u064a])[وفبل]?(?:ال)?" + noun + r"(?![\u0621-\u064a])")
    uses = list(word.finditer(ctx.norm, 0, pos))
    if not uses:
        return None
    last = uses[-1]
    return next((a.value for a in named if a.ns <= last.start() and last.end() <= a.ne), None)


def _demonstrative_at(ctx: Context, start: int, end: int, named: list[Span]) -> tuple[str, int] | None:
    """When the anaphor from ``start`` to ``end`` is the noun of a demonstrative phrase: the actor it points back to
    (see ``_pointed``; ``named``: the actor spans before it) and the start of the phrase."""
    m = _DEMONSTRATIVE.search(ctx.norm, max(0, start - 8), end)
    if m is None or m.end() != end:
        return None
    actor_id = _pointed(ctx, m.group("noun"), m.start(), named)
    return (actor_id, m.start()) if actor_id is not None else None


def _pointing_back(ctx: Context, out: list[Span]) -> list[Span]:
    """Actor spans for demonstrative phrases that no name matched ("وهاجمت هذه القوات" after "قوات سوريا
    الديمقراطية"), each pointing back to the actor whose name holds the last use of its noun (see ``_pointed``)."""
    found = []
    for m in _DEMONSTRATIVE.finditer(ctx.norm):
        noun = m.group("noun")
        if noun not in _GROUP_NOUNS or any(a.ns < m.end() and m.start() < a.ne for a in out):
            continue
        actor_id = _pointed(ctx, noun, m.start(), out)
        if actor_id is not None:  # (the span holds the demonstrative: "مسؤول في هذه الوحدات" is a speaker)
            found.append(ctx.span("actor", m.start(), m.end(), actor_id, stance="neutral", anaphora=True))
    return found


def recognise_actors(ctx: Context) -> list[Span]:
    """Spans of kind ``actor``: value = actor id, attrs: stance, anaphora."""
    out: list[Span] = []
    recent: list[str] = []  # actors named so far, most recent last
    joined: set[int] = set()  # ids of the spans of names that follow a "و" ("وقوات المعارضة")
    forces = sorted(_state_forces(ctx) + _states_acting(ctx), key=lambda f: f.ns)
    told = 0  # how many of ``forces`` come before the current name
    for group in ctx.kb.matchers["actors"].find_groups(ctx.norm, weak=_anaphor):
        while told < len(forces) and forces[told].ne <= group[0].word_start:
            # "طائرة حربية روسية ... الطيران الحربي": the anaphor can mean the forces named so
            if forces[told].value in recent:
                recent.remove(forces[told].value)
            recent.append(forces[told].value)
            told += 1
        named = [m for m in group if not m.value[2]]
        pointed = None  # the actor a demonstrative phrase points back to ("هذا الجيش") and the phrase's start
        if named:
            m = named[0]
        elif any(f.ns <= group[0].word_start < f.ne for f in forces):
            continue  # "الطائرات الحربية التركية": the nationality names the forces, the anaphor is only its noun
        else:
            # an anaphor ("التنظيم", "القوات الحكومية") refers to the most recently named actor it can mean
            cands = {m.value[0]: m for m in group}
            prior = [a for a in reversed(recent) if a in cands]
            pointed = _demonstrative_at(ctx, group[0].word_start, group[0].end, out + forces[:told])
            local = _local_country(ctx, group[0].word_start)
            if local is not None:
                # "داهمت الشرطة منازل في اسطنبول" in a report on Syria: a generic name means the forces of the one
                # foreign country its sentence places the event in, not those named before nor the report's own
                prior = [a for a in cands if ctx.kb.actors[a].country == local
                         and ctx.kb.actors[a].inter in (1, 8)] or prior
            if not prior:
                # nobody named yet: a generic name ("قوات الأمن") means the forces of the report's country, and
                # some anaphors have a default by theatre ("طيران التحالف" over Syria or Iraq)
                focus = ctx.extra.get("focus_country")
                year = ctx.doc.published.year if ctx.doc.published else None
                # (a state's own forces, whatever inter code they carry abroad: the Turkish army is 8 in Syria)
                prior = [a for a in cands if ctx.kb.actors[a].country == focus and ctx.kb.actors[a].inter in (1, 8)
                         and covers(cands[a].value[3], cands[a].value[4], year)]  # an anaphor's years
                prior = prior or [a for a in cands if _theatre_default(ctx, a, focus, cands[a].pattern)]
            if not prior and pointed is None:
                continue
            m = group[0] if pointed is not None else cands[prior[0]]
        actor_id, stance, anaphora = m.value[:3]
        if pointed is not None:
            actor_id = pointed[0]
        if actor_id in recent:
            recent.remove(actor_id)
        recent.append(actor_id)
        start = pointed[1] if pointed is not None else m.word_start  # (from the demonstrative)
        span = ctx.span("actor", start, m.end, actor_id, stance=stance, anaphora=anaphora)
        if m.start > m.word_start and ctx.norm[m.word_start] == "و":
            joined.add(id(span))
        out.append(span)
    taken = [(a.ns, a.ne) for a in out]
    extra = [f for f in forces if not any(ns < f.ne and f.ns < ne for ns, ne in taken)]
    extra += _pointing_back(ctx, sorted(out + extra, key=lambda a: a.ns))
    if extra:
        joined |= {id(f) for f in extra if ctx.norm[f.ns] == "و"}
        out = sorted(out + extra, key=lambda a: a.ns)
    # a generic word right before a name ("طيران التحالف", "قوات الحشد") belongs to that name; one joined to the
    # name by "و" ("بين القوات النظامية وقوات المعارضة") is the other side. Gunmen "of" a named group ("مسلحين من
    # تنظيم داعش", "مقاتلون تابعون لهيئة تحرير الشام") are that group, not unidentified gunmen beside it
    norm = ctx.norm
    return [a for i, a in enumerate(out)
            if not (i + 1 < len(out)
                    and ((a.attrs["anaphora"] and not out[i + 1].attrs["anaphora"]
                          and 0 <= out[i + 1].ns - a.ne <= 1 and id(out[i + 1]) not in joined)
                         or (a.value in UNNAMED_ACTORS and out[i + 1].value not in UNNAMED_ACTORS
                             and _OF_GROUP.fullmatch(norm, a.ne, out[i + 1].ns) is not None)))]


# between gunmen and the group they belong to: "من", "من عناصر", "ينتمون إلى", "تابعين ل"
_OF_GROUP = arabic_pattern(
    r"\s+(?:من(?:\s+(?:عناصر|مقاتلي|مسلحي))?|ينتمون(?:\s+إلى)?|تابعين|التابعين|تابعون|يتبعون)\s*")


_FORCE_REACH = 90  # characters before an adjective where its noun phrase may begin

# a verb of attack right before a state's name: "شنت تركيا غارات", "قصفت إسرائيل مواقع", "شنت واشنطن ضربات"
_ATTACK_VERB_BEFORE = arabic_pattern(
    r"(?<![\u0621-\u064a])[وف]?(?:شنت|شن|قصفت|قصف|استهدفت|نفذت|ضربت|هاجمت|اغارت|دمرت|اطلقت)\s+$")


def _states_acting(ctx: Context) -> list[Span]:
    """A state named as the subject of an attack verb ("شنت الولايات المتحدة ضربات", "قصفت واشنطن") is its forces,
    the author (lexicon.yaml ``nationalities`` gives each state's forces)."""
    kb, norm = ctx.kb, ctx.norm
    forces = kb.country_forces
    names: list[tuple[int, int, str]] = [(c.ns, c.ne, c.value) for c in ctx.spans.get("country", [])]
    for m in kb.matchers["places"].find(norm):
        capital = next((kb.places[i] for i in m.value if kb.places[i].kind == "capital"), None)
        if capital is not None:
            names.append((m.word_start, m.end, capital.country))
    out: list[Span] = []
    for start, end, country in names:
        actor_id = forces.get(country)
        if actor_id is None or actor_id not in kb.actors or not _ATTACK_VERB_BEFORE.search(norm, max(0, start - 10),
                                                                                                  start):
            continue
        out.append(ctx.span("actor", start, end, actor_id, stance="neutral", anaphora=False, author=True,
                            force=True, counted=False))
    return out


def _state_forces(ctx: Context) -> list[Span]:
    """"طائرة حربية روسية", "قوات تركية", "غارات جوية روسية": a force noun and a nationality adjective name that
    state's forces (lexicon.yaml ``nationalities``/``force_nouns``). After a strike noun, or as a suspicion ("طائرة
    حربية، يعتقد أنها روسية"), only the adjective is the actor, marked ``author``: the author whatever the frame."""
    kb, norm = ctx.kb, ctx.norm
    out: list[Span] = []
    if not kb.force_adjectives:
        return out
    pattern = kb.force_pattern
    done = -1  # end of the last phrase found: phrases do not overlap
    for last, size in kb.force_adjective_automaton.iter(norm):
        start, end = last + 1 - size, last + 1
        if start < done or (end < len(norm) and "\u0621" <= norm[end] <= "\u064a"):
            continue  # inside another word ("روسيه" in "الروسيهات") or inside a phrase already found
        # the adjective ends the phrase: the noun and its modifiers stand in the few words before it
        m = pattern.search(norm, max(0, start - _FORCE_REACH), end)
        while m is not None and m.end() != end:
            m = pattern.search(norm, m.start() + 1, end)
        if m is None or m.start() < done:
            continue
        done = m.end()
        actor_id = kb.force_adjectives[m.group("adj")]
        # the adjective alone after a strike noun, and after "يعتقد أنها" (which a clause boundary may precede)
        author = bool(m.group("strike") or m.group("suspect"))
        start = m.start("adj") if author else m.start()
        out.append(ctx.span("actor", start, m.end(), actor_id, stance="neutral", anaphora=False, author=author,
                            force=True, counted=bool(m.group("member"))))
    return out
