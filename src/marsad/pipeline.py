"""The extraction pipeline: ordered stages, each a plain function over a :class:`Context`.

Stage order and what each needs/provides is declared in :data:`STAGES`; :func:`extract` runs them on one
:class:`~marsad.schema.Document` and returns the output record. No stage does I/O, so the same function runs in
any worker process.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from marsad.assemble.acled import to_record
from marsad.assemble.draft import EventDraft
from marsad.assemble.events import draft_events
from marsad.assemble.merge import merge_events
from marsad.assemble.sides import (
    actors_named,
    blamed_by_government,
    claimant,
    claimed,
    hand_over,
    held_places,
    opposing_side,
)
from marsad.assemble.tolls import split_zone_tolls
from marsad.knowledge.loader import KnowledgeBase, get_knowledge
from marsad.recognise.actors import recognise_actors
from marsad.recognise.context import Context
from marsad.recognise.figures import recognise_figures
from marsad.recognise.markers import recognise_markers
from marsad.recognise.places import recognise_places
from marsad.recognise.sources import recognise_sources
from marsad.recognise.time import recognise_dates
from marsad.recognise.triggers import counted_liberations, recall_by_old_dates, recognise_triggers
from marsad.schema import Document, Span
from marsad.text.normalise import normalise

COMMENTARY_TOLL_MAX = 50  # a reaction story keeps a toll up to this as news (above: a campaign's running total)
#: an analysis or a reaction keeps as news only the events it dates this many days before publication or later
#: (dev: 1 and 2 measured alike; 2 keeps more of the reconciliation pairs' tellings)
COMMENTARY_NEWS_DAYS = 2
REACTION_DAY_WORDS = 4  # a reaction verb this many words before a day dates the reaction (not the event)
_WORD = re.compile(r"[\u0621-\u064a]+")
BROAD_LEAD_SENTENCES = 3  # a broad region places only events of the title and the first two sentences


@dataclass(frozen=True)
class Stage:
    name: str
    func: Callable[[Context], list[Span]]
    needs: tuple[str, ...]
    provides: tuple[str, ...]


STAGES: tuple[Stage, ...] = (
    Stage("triggers", recognise_triggers, ("norm",), ("trigger",)),
    Stage("places", recognise_places, ("norm",), ("place", "place_unknown", "country", "focus_country")),
    Stage("actors", recognise_actors, ("norm", "focus_country"), ("actor",)),
    Stage("sources", recognise_sources, ("norm", "focus_country"), ("source", "report")),
    Stage("dates", recognise_dates, ("norm", "published"), ("date",)),
    Stage("figures", recognise_figures, ("norm", "date"), ("figure", "materiel", "marker")),
    Stage("markers", recognise_markers, ("norm",), ("marker",)),
)


def _commentary(kb: KnowledgeBase, title: str | None) -> str | None:
    """"analysis" when the title heads an analysis piece (it asks: "لماذا ...", "... ؟"), "reaction" when it heads a
    reaction story ("تدين", "تنفي"), None for the report of an event (lexicon.yaml ``analysis_titles``,
    ``feature_titles``, ``news_questions``, ``reaction_titles``)."""
    t = normalise(title or "").strip()
    hits = kb.matchers["titles"].find(t)
    if any(h.value == "news" for h in hits):
        return None  # "ماذا حدث في السويداء؟" announces the news
    opens = len(t) - len(t.lstrip("\"«“'( "))
    if t.endswith("؟") or any((h.value == "analysis" and h.word_start == opens) or h.value == "feature"
                              for h in hits):
        return "analysis"
    return "reaction" if any(h.value == "reaction" for h in hits) else None


def _told_toll(d: EventDraft, title: str) -> bool:
    """A killed figure of at most :data:`COMMENTARY_TOLL_MAX` at a place the event's own text names and the
    (normalised) title does not ("السعودية تدين الهجوم الكيماوي في دوما": Douma's attack is the one reacted to)."""
    names = [*(d.place.names_ar if d.place is not None else ()), *([d.unknown_place] if d.unknown_place else [])]
    if not d.explicit.get("place") or any(normalise(n) in title for n in names):
        return False
    return any(c.killed[0] and c.killed[0] <= COMMENTARY_TOLL_MAX for c in d.claims)


def _news_of_the_day(ctx: Context, d: EventDraft, published: dt.date | None) -> bool:
    """An event an analysis or a reaction dates itself, at most :data:`COMMENTARY_NEWS_DAYS` before publication (a
    strike five days earlier in "ما هي احتمالات ومخاطر الضربات العسكرية المرتقبة" is its backdrop)."""
    if not d.explicit.get("date") or d.explicit.get("statement_day") or _reaction_day(ctx, d.date_span):
        return False  # (the day a statement about it was made dates the statement, not the event)
    return published is None or d.date is None or (published - d.date).days <= COMMENTARY_NEWS_DAYS


def _reaction_day(ctx: Context, span: Span | None) -> bool:
    """"كما حذرت روسيا، اليوم الاثنين، من اتهام النظام بتنفيذ هجوم كيميائي": a day told right after a reaction verb
    (lexicon.yaml ``reaction_leads``, its speaker between them) is the day of the reaction, not of the event."""
    if span is None:
        return False
    words = [w[1:] if w[:1] in ("و", "ف") else w
             for w in _WORD.findall(ctx.norm, max(0, span.ns - 60), span.ns)[-REACTION_DAY_WORDS:]]
    words = [w for w in words if w != "اليوم"]
    return bool(set(words) & ctx.kb.reaction_leads)


def _reaction_lead(kb: KnowledgeBase, text: str) -> bool:
    """The report opens with a reaction ("حذرت الولايات المتحدة إيران ...", lexicon.yaml ``reaction_leads``): like a
    reaction title, its events are the backdrop."""
    return bool(set(normalise(text[:80]).split()[:2]) & kb.reaction_leads)


def recognise(doc: Document, kb: KnowledgeBase | None = None, *, allow_broad: bool = False) -> Context:
    """Run every recogniser; the context holds the spans by kind. ``allow_broad`` lets broad regions ("شمالي
    العراق") count as places."""
    ctx = Context.of(doc, kb or get_knowledge())
    ctx.extra["allow_broad"] = allow_broad
    if (not ctx.kb.matchers["triggers"].find(ctx.norm) and not ctx.kb.matchers["figures"].find(ctx.norm)
            and not counted_liberations(ctx)):
        return ctx  # no event word and no casualty word anywhere: nothing can become an event
    for stage in STAGES:
        for span in stage.func(ctx):
            ctx.spans.setdefault(span.kind, []).append(span)
    for spans in ctx.spans.values():
        spans.sort(key=lambda s: s.ns)
    _drop_spans_inside_names(ctx)
    _places_of_sources(ctx)
    recall_by_old_dates(ctx)
    return ctx


def _drop_spans_inside_names(ctx: Context) -> None:
    """"قناة الميادين", "لواء شهداء اليرموك": a place word inside a source or actor name is not a location; "صحيفة
    عين اليوم": nor is a day inside a source's name a date."""
    names = sorted((s.ns, s.ne) for k in ("source", "actor") for s in ctx.spans.get(k, []))
    if names and ctx.spans.get("place"):
        starts = [a for a, _ in names]

        def inside(pos: int) -> bool:
            i = bisect_right(starts, pos) - 1
            return i >= 0 and names[i][0] <= pos < names[i][1]

        ctx.spans["place"] = [p for p in ctx.spans["place"] if not inside(p.attrs.get("name_ns", p.ns))]
    sources = sorted((s.ns, s.ne) for s in ctx.spans.get("source", []))
    if sources and ctx.spans.get("date"):
        # "صحيفة عين اليوم": a day in a source's name is no date
        ctx.spans["date"] = [d for d in ctx.spans["date"] if not any(a <= d.ns and d.ne <= b for a, b in sources)]


_SOURCE_PLACE_GAP = re.compile(r"\s+(?:في|من|داخل|ب)\s+|\s+ب")


def _places_of_sources(ctx: Context) -> None:
    """"وقال مدير مركز الدفاع المدني في ريف دمشق": a place right after a source's name says where the source is, so
    it only locates an event (a reference place), it is not where the event happened."""
    places = ctx.spans.get("place")
    if not places or not ctx.spans.get("source"):
        return
    # not a source alias that is also a party's name ("الجيش والشرطة في قضاء الطارمية"), and only a source that
    # speaks: a reporting verb shortly before it ("وقال مدير مركز ..."), not "أمام مكتب الأمم المتحدة في مدينة أربيل"
    actors = [(a.ns, a.ne) for a in ctx.spans.get("actor", [])]
    verbs = [r.ne for r in ctx.spans.get("report", []) if r.value == "verb"]
    ends = {s.ne for s in ctx.spans["source"] if not any(a < s.ne and s.ns < b for a, b in actors)
            and any(0 <= s.ns - v <= 80 for v in verbs)}
    norm = ctx.norm
    for p in places:
        start = p.ns
        for e in ends:
            if 0 < start - e <= 12 and _SOURCE_PLACE_GAP.fullmatch(norm, e, start):
                p.attrs["reference"] = True
                break


def _assemble(ctx: Context) -> list[EventDraft]:
    """Event assembly: drafts from the mentions (the author state media blame for shells, per telling), merged, a
    zone's toll split over the towns named in it (and a headline's toll that names no place over the body's towns),
    then the sides a report leaves implicit (the side that claimed its one bombing among them, the adversary that holds
    a place) and who took over a place left."""
    doc_actors = actors_named(ctx)
    drafts = draft_events(ctx)
    blamed_by_government(ctx.kb, drafts, doc_actors)
    unplaced: list[EventDraft] = []
    drafts = split_zone_tolls(ctx.kb, merge_events(ctx.kb, drafts, unplaced), unplaced)
    claimed(drafts, claimant(ctx))
    opposing_side(ctx.kb, drafts, doc_actors, held_places(ctx))
    hand_over(ctx.kb, drafts, doc_actors)
    return drafts


def extract(doc: Document, kb: KnowledgeBase | None = None) -> dict[str, Any]:
    """Extract events from one document: the output object of ``marsad extract``."""
    kb = kb or get_knowledge()
    # (before the report: the matchers keep the scan of the last text)
    commentary = _commentary(kb, doc.title) or ("reaction" if _reaction_lead(kb, doc.text) else None)
    ctx = recognise(doc, kb)
    drafts = _assemble(ctx)
    if ctx.extra.get("broad_seen") and all(d.background for d in drafts):
        # no event placed below a broad region: read the report again with "شمالي العراق" as a place (precision 3)
        # the report's own event is told in its first sentences; later ones are analysis and recaps
        ctx = recognise(doc, kb, allow_broad=True)
        drafts = [d for d in _assemble(ctx)
                  if d.background or d.mention.sent.index < BROAD_LEAD_SENTENCES]
    if commentary:
        # "لماذا يلتحق الأجانب ...؟", "السعودية تدين الهجوم الكيماوي": an analysis or a reaction tells of events as
        # examples or as its backdrop; only those it dates itself are news, the others are background. A reaction
        # story also keeps a toll it tells at a named place ("الأنبار تطالب ...": "وفي حوادث مماثلة قتل ثلاثة عناصر
        # من الصحوة في منطقة العامرية"): the incidents that prompt the demand are news of the day (not a toll in the
        # hundreds, a campaign's running total, nor the event at the place the title names: the one reacted to); a
        # day it names more than COMMENTARY_NEWS_DAYS back is the backdrop too
        title = normalise(doc.title or "")
        for d in drafts:
            if _news_of_the_day(ctx, d, doc.published) or (commentary == "reaction" and _told_toll(d, title)):
                continue
            d.background = True
    events: list[dict[str, Any]] = []
    background: list[dict[str, Any]] = []
    for i, d in enumerate(drafts):
        rec = to_record(ctx, d, i)
        (background if d.background else events).append(rec)
    return {"id": doc.id, "document": doc.info(), "events": events, "background": background, "rejected": None}


def rejected(doc_id: str, code: str, reason: str, info: dict[str, Any] | None = None) -> dict[str, Any]:
    """The output object for a document that could not be processed."""
    return {
        "id": doc_id,
        "document": info,
        "events": [],
        "background": [],
        "rejected": {"code": code, "reason": reason},
    }
