"""Group a sentence's clauses into event mentions and collect the spans each one owns."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from marsad.recognise.context import Context
from marsad.schema import Span
from marsad.text.normalise import arabic_pattern, is_definite
from marsad.text.segment import Segment

_KINDS = ("trigger", "actor", "place", "place_unknown", "figure", "materiel", "date", "marker", "source", "report")


@dataclass
class Mention:
    """A candidate event: the spans of one or more adjacent clauses of a sentence."""

    sent: Segment
    start: int
    end: int
    spans: dict[str, list[Span]] = field(default_factory=dict)
    contrast: bool = False  # its clause opens with "بينما", "فيما", "في حين": set against the one before

    def get(self, kind: str) -> list[Span]:
        return self.spans.get(kind, [])

    def extend(self, other: dict[str, list[Span]], end: int) -> None:
        for k, v in other.items():
            self.spans.setdefault(k, []).extend(v)
        self.end = max(self.end, end)

    @property
    def own_places(self) -> list[Span]:
        return [p for p in self.get("place") if not p.attrs.get("reference")] + self.get("place_unknown")


def numbered_kill(f: Span) -> bool:
    """A killed figure that gives a number: "سقوط قتلى" / "مقتل وإصابة" with none (low None) does not count; a
    number of dead and wounded together ("عشرات القتلى والجرحى", kind ``lumped``) does."""
    return f.value == "killed" and bool(f.attrs.get("acled")) and (
        f.attrs.get("low") is not None or f.attrs.get("kind") == "lumped")


_BEFORE_THAT = arabic_pattern(r"[\s\"«“]*[وف]?(?:بعدما|بعد\s+ان|قبل\s+ان|قبلما)\s")


_CAUSE = arabic_pattern(r"[\s\"«“]*(?:جراء|من\s+جراء|بسبب|نتيجه|اثر|على\s+اثر|بفعل)\s")


# ("في وقت" sets a clause against the one before, not "في وقت متأخر السبت": late on Saturday)
_CONTRAST = arabic_pattern(r"[\s\"«“]*(?:بينما|فيما|في\s+حين|في\s+المقابل|"
                           r"في\s+وقت(?!\s+(?:متاخر|سابق|لاحق|مبكر|قصير)))\s")


# "..., أيضاً دارت اشتباكات بين قوات النظام وتنظيم داعش في محور منطقة المفكر": an additive word that opens a clause
# with an indefinite event word tells one more event, even when its place comes in the next clause
_ALSO = arabic_pattern(r"[\s\"«“]*(?:و?ايضا|و?كذلك)\s")


#: lexicon ``generic`` kinds that cancel only some event words of the clause (the rest of the clause is kept): those
#: of a campaign, and the aircraft a side has or sends (``fleet``)
CAMPAIGN_SCOPES = ("campaign", "campaign_verb", "fleet")
# what may stand between a present-tense campaign verb and its event word: up to three words ("وتشن تركيا غارات",
# "وتنفذ طائرات تابعة للائتلاف غارات"), no punctuation
_VERB_OBJECT_GAP = arabic_pattern(r"\s+(?:[\u0621-\u064a]+\s+){0,3}")
# "الائتلاف الدولي الذي تقوده واشنطن وينفذ ضربات جوية": the verb describes who a party is (a relative clause)
_RELATIVE_BEFORE = arabic_pattern(r"(?<![\u0621-\u064a])(?:الذي|التي|الذين)\s+[^.،,:؛\n]*$")
# "الذي كان ينفذ غارات": a past progressive tells what was going on that day
_WAS = arabic_pattern(r"(?<![\u0621-\u064a])[وف]?(?:كان|كانت|كانوا)\s+$")


def _object_of(ctx: Context, mk: Span, t: Span) -> bool:
    """The event word comes after the verb ``mk`` with at most three words between them and no punctuation."""
    return t.ns >= mk.ne and _VERB_OBJECT_GAP.fullmatch(ctx.norm, mk.ne, t.ns) is not None


def _in_campaign(ctx: Context, mk: Span, t: Span) -> bool:
    """The event word lies in a campaign marker ("قتال داعش"), or is the indefinite object of a present-tense
    campaign verb ("وتشن تركيا غارات جوية") that no "كان" puts in the past (the caller keeps the headline and the first
    paragraph out unless the verb describes a party, "الذي ... وينفذ ضربات": there "وتشن قوات النظام غارات مكثفة على ريف
    درعا" is the news, going on as it is told)."""
    if mk.attrs.get("scope") == "campaign":
        return mk.ns <= t.ns < mk.ne
    return (_object_of(ctx, mk, t) and not is_definite(ctx.norm[t.ns:t.ne])
            and _WAS.search(ctx.norm, max(0, mk.ns - 10), mk.ns) is None)


def _another(ctx: Context, cl: Segment, triggers: list[Span]) -> bool:
    """The clause opens with "أيضاً"/"كذلك" and its first event word is indefinite (a new event, not "الغارات")."""
    if not triggers or _ALSO.match(ctx.norm, cl.start) is None:
        return False
    w = ctx.norm[triggers[0].ns:triggers[0].ne]
    return not is_definite(w)


def _new_party(actors: list[Span], before: list[Span]) -> bool:
    """The clause names an actor the mention so far does not (not a pronoun or a repeat of the same side)."""
    known = {a.value for a in before}
    return any(a.value not in known and not a.attrs.get("anaphora") and a.value != "civilians" for a in actors)


def _collect(sent_spans: dict[str, tuple[list[Span], list[int]]], start: int, end: int) -> dict[str, list[Span]]:
    """The spans of each kind starting in ``[start, end)`` (a toll may run on past a comma: "حصيلة القتلى ...، يوم
    الأحد، إلى 52 شخصا"): spans are sorted by start, so one bisect finds the slice."""
    out: dict[str, list[Span]] = {}
    for k, (v, starts) in sent_spans.items():
        if not v:
            out[k] = []
            continue
        out[k] = v[bisect_left(starts, start):bisect_left(starts, end)]
    return out


def sentence_mentions(ctx: Context, sent: Segment) -> list[Mention]:
    """Clauses with a trigger (or a killed figure) open a mention; the clauses after them add to it."""
    out: list[Mention] = []
    pending: dict[str, list[Span]] = {}
    pending_start = sent.start
    if not ctx.in_sentence("trigger", sent) and not ctx.in_sentence("figure", sent):
        return []  # nothing can open a mention
    sent_spans = {k: (v, [x.ns for x in v]) for k in _KINDS for v in (ctx.in_sentence(k, sent),)}
    # (a destination, "نقل المقاتلين إلى البادية", is no place of the sentence's events, listed or unlisted)
    for kind in ("place", "place_unknown"):
        places = sent_spans[kind][0]
        if any(p.attrs.get("destination") for p in places):
            kept = [p for p in places if not p.attrs.get("destination")]
            sent_spans[kind] = (kept, [x.ns for x in kept])
    held: Mention | None = None  # a contrast clause naming a side, its event word still to come
    toll: Mention | None = None  # a contrast clause with a toll and no event word, its place still to come
    for cl in ctx.clauses(sent):
        spans = _collect(sent_spans, cl.start, cl.end)
        if toll is not None:
            if not spans["trigger"] and _new_place(spans, out[-1]):
                toll.extend(spans, cl.end)  # "..., بينما قتل خمسة مدنيين وأصيب آخرون، في مدينة عربين"
                out.append(toll)
                toll = None
                continue
            out[-1].extend(toll.spans, toll.end)
            toll = None
        if held is not None and not spans["trigger"]:
            out[-1].extend(held.spans, held.end)
            held = None
        if out and _BEFORE_THAT.match(ctx.norm, cl.start):
            out[-1].extend(spans, cl.end)  # "اغتالوا المرشح بالرصاص، بعدما داهموا منزله": how the same incident began
            continue
        campaign = [mk for mk in spans["marker"] if mk.value == "generic" and (
            mk.attrs.get("scope") == "campaign" or (mk.attrs.get("scope") == "campaign_verb" and (
                sent.paragraph > 1 or _RELATIVE_BEFORE.search(ctx.norm, max(0, mk.ns - 30), mk.ns))))]
        if campaign and not spans["figure"] and not spans["date"] and not any(
                p.attrs["precision"] == 1 and not p.attrs.get("reference") for p in spans["place"]):
            # "وشاركت قوات البشمركة في قتال داعش": the fight against a group as a campaign, with no toll, day or
            # town of its own, is no fight of a day (its event words are dropped, the rest of the clause kept)
            spans = dict(spans, trigger=[t for t in spans["trigger"]
                                         if not any(_in_campaign(ctx, mk, t) for mk in campaign)])
        fleet = [mk for mk in spans["marker"] if mk.value == "generic" and mk.attrs.get("scope") == "fleet"]
        if fleet and not any(numbered_kill(f) for f in spans["figure"]) and all(
                t.value == "Air/drone strike" and any(_object_of(ctx, mk, t) for mk in fleet)
                for t in spans["trigger"]):
            # "نشرت الولايات المتحدة ست مقاتلات من طراز إف-16 في قاعدة إنجرليك", "روسيا لديها عشرات الطائرات الحربية":
            # aircraft deployed or owned, and no other event word or toll in the clause ("أرسلت طائرات حربية قصفت
            # البلدة", "أرسلت طائرات قتلت 5"), are no strike
            spans = dict(spans, trigger=[])
        if any(mk.value == "generic" and mk.attrs.get("scope") not in CAMPAIGN_SCOPES for mk in spans["marker"]):
            # a habitual/general statement ("بشكل روتيني", "تشهد المنطقة"): keep only who is speaking
            spans = {k: (v if k in ("source", "report", "date") else []) for k, v in spans.items()}
        has_trigger = bool(spans["trigger"])
        has_kill = any(numbered_kill(f) for f in spans["figure"])  # a toll opens a mention
        own_place = [p for p in spans["place"] if not p.attrs.get("reference")] + spans["place_unknown"]
        opens = has_trigger or (has_kill and not out)
        if (opens and out and has_trigger and _CONTRAST.match(ctx.norm, cl.start)
                and _new_party(spans["actor"], out[-1].get("actor"))):
            # "..., بينما نفذ الطيران الحربي السوري أربع غارات على محيط البلدتين": another side's action is another
            # event, even with no place of its own
            m = Mention(sent, cl.start, cl.end, {}, contrast=True)
            m.extend(spans, cl.end)
            out.append(m)
            continue
        if held is not None:
            # "..., في وقت أقدمت جبهة النصرة في مدينة خان شيخون، على إعدام محام": the side set against the one
            # before, with its place, then its deed in the next clause: an event of its own
            held.extend(spans, cl.end)
            out.append(held)
            held = None
            continue
        if (not has_trigger and out and _CONTRAST.match(ctx.norm, cl.start)
                and _new_party(spans["actor"], [])):
            held = Mention(sent, cl.start, cl.end, {}, contrast=True)
            held.extend(spans, cl.end)
            continue
        if has_kill and not has_trigger and out and held is None and _CONTRAST.match(ctx.norm, cl.start):
            # "قتل 20 مدنيا بقصف على مدينة دوما، بينما قتل خمسة مدنيين في مدينة عربين": a toll set against the one
            # before, at a place of its own, is another incident (with no place, more of the same one)
            m = Mention(sent, cl.start, cl.end, {}, contrast=True)
            m.extend(spans, cl.end)
            if _new_place(spans, out[-1]):
                out.append(m)
            else:
                toll = m
            continue
        if opens and out and _CAUSE.match(ctx.norm, cl.start):
            # "قتل 52 مدنيا في الغوطة، جراء قصف على مدينة دوما": what caused the toll is the same incident, and the
            # place it names is where it happened (the toll's place is the wider one)
            if own_place:
                m = out[-1]
                m.spans["place"] = [p for p in m.get("place") if p.attrs.get("reference")]
                m.spans["place_unknown"] = []
            out[-1].extend(spans, cl.end)
            continue
        if opens and out and not own_place and not _another(ctx, cl, spans["trigger"]):
            out[-1].extend(spans, cl.end)  # same incident, told on in the next clause
            continue
        if opens and out and own_place and not out[-1].own_places:
            out[-1].extend(spans, cl.end)
            continue
        if opens:
            m = Mention(sent, pending_start if not out else cl.start, cl.end, dict(pending) if not out else {})
            m.contrast = bool(out) and _CONTRAST.match(ctx.norm, cl.start) is not None
            m.extend(spans, cl.end)
            out.append(m)
            pending = {}
        elif out:
            out[-1].extend(spans, cl.end)
        else:
            for k, v in spans.items():
                pending.setdefault(k, []).extend(v)
    if held is not None:
        out[-1].extend(held.spans, held.end)
    if toll is not None:
        out[-1].extend(toll.spans, toll.end)
    return out


def _new_place(spans: dict[str, list[Span]], last: Mention) -> bool:
    """The clause names a town or village of its own that the mention before it does not."""
    known = {p.value for p in last.own_places}
    return any(p.attrs.get("precision") == 1 and not p.attrs.get("reference") and p.value not in known
               for p in spans["place"])
