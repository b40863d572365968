"""Who says so: the source whose reporting verb or attribution governs a mention's figures."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.assemble.mentions import Mention
from marsad.recognise.context import Context
from marsad.schema import Span
from marsad.text.normalise import arabic_pattern, normalise
from marsad.text.segment import COMPLEMENTIZER, Segment


@dataclass
class SourceRef:
    """A claim's source: registry id (or None), display name, stance, scale, and the span naming it."""

    id: str | None
    name: str
    stance: str
    scale: str
    span: Span | None = None
    actor: str | None = None  # a party to the event speaking for itself ("أعلن تنظيم داعش")
    claims_responsibility: bool = False  # "أعلن"/"تبنى": the speaker presents itself as the author


def outlet_source(ctx: Context) -> SourceRef:
    o = ctx.kb.outlet_for(ctx.doc.outlet)
    if o is not None:
        return SourceRef(o.id, o.name, o.stance, o.scale)
    name = ctx.doc.outlet or "unattributed"
    return SourceRef(None, name, "media" if ctx.doc.outlet else "unknown", "other")


_PRONOUN_SUBJECT = arabic_pattern(r"\s*(?:ان|إن|أن|انه|انها|بان|بأن|الى|إلى|عن|:|،)(?:\s|$)")
_SPEAKER_END = arabic_pattern(r"\s(?:ان|إن|أن|انه|انها|بان|بأن|في\s+بيان|في\s+تصريح\w*|في\s+(?:مؤتمر|مقابله|لقاء)|"
                              r"لوكاله|ل|قوله|قولها|قولهم|"
                              r"تاكيده|تاكيدها|تاكيدهم|عن|نقلا|ارتفاع|حصيله|تنفيذ|وقوع|سقوط|وهي|وهو|وهم|التي|الذي|الذين)"
                              r"(?:[\s“”\"«]|$)|"
                              # "ضابط رفيع رفض الكشف عن هويته": anonymity is not part of the name
                              r"\s(?:لم\s+يكشف|رفض\s+الكشف|رفضت\s+الكشف|طلب\s+عدم\s+الكشف|فضل\s+عدم\s+الكشف)\s|[،,:.«\"(“”„]")


# a person's name, then the office that presents it: "وأفاد صلاح الدين الشعلان رئيس المجلس البلدي لقرية سديرة أن"
_NAME_THEN_TITLE = arabic_pattern(
    r"\s*(?:[\u0621-\u064a]{2,}\s+){1,3}(?:رئيس|مدير|قائد|قائمقام|محافظ|المتحدث|الناطق|عضو|مسؤول|نائب|"
    r"مختار|امين|وزير|شيخ|زعيم)(?![\u0621-\u064a])"
)


# after "بحسب": the source just quoted ("بحسب تعبيره", "بحسب روايته", "بحسب المصدر نفسه", "وفق نفس المصادر")
_PREVIOUS_SOURCE = arabic_pattern(
    r"\s*(?:تعبير|قول|روايه|(?:ال)?(?:مصدر|مصادر)\s+(?:نفسه|نفسها|ذاته|ذاتها)|نفس\s+(?:ال)?(?:مصدر|مصادر))"
)


# "مسؤول إعلام الفرع في الموصل، سعيد مموزيني، لـ..." or "..., سعيد مموزيني لـ«الشرق الأوسط»:": the name set off by a
# comma, up to the next comma or colon or the addressee ("لـ«...»", "لوكالة", "للشرق الأوسط")
_APPOSITIVE = arabic_pattern(r"\s*[،,]\s*([\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){1,3})"
                             r"(?:\s*[،,:]|\s+(?=ل[«\"“]|لوكاله|لل))")


_QUOTED_NAME = arabic_pattern(r"\s*[«\"“(][^»\"”)\n]{1,40}[»\"”)]")
# "حسبما ذكرت وكالة أنباء الجمهورية الإسلامية نقلا عن بيان من الحرس الثوري": the agency relays a party's words
_RELAYING = arabic_pattern(r"\s*نقلا\s+عن\s+(?:(?:بيان|تصريح|مصدر|مصادر)\s+(?:من\s+|ل|عن\s+)?)?")


def _relayed_party(ctx: Context, src: SourceRef | None, actors: list[Span]) -> SourceRef | None:
    """The party an unlisted channel relays ("نقلا عن بيان من الحرس الثوري"), else the channel itself."""
    if src is None or src.span is None:
        return src
    m = _RELAYING.match(ctx.norm, src.span.ne)
    if m is None:
        return src
    party = next((a for a in actors if m.end() <= a.ns <= m.end() + 3 and a.value != "civilians"), None)
    return _party(ctx, party) if party is not None else src


# "مركز الإعلام الأمني التابع لقيادة العمليات": a "ل" after "التابع" is the body a speaker belongs to, not an addressee
_AFFILIATED = arabic_pattern(r"(?<![\u0621-\u064a])(?:ال)?(?:تابع|تابعه|تابعين|تابعون)\s+$")
# what a comma after a speaker opens that is no name: the addressee ("، للصحافيين أمس"), a description ("، وهي مجموعة
# إعلامية ناشطة")
_NO_NAME_START = arabic_pattern(r"(?:لل[\u0621-\u064a]+|وهي|وهو|وهم|وهما|وهن)(?![\u0621-\u064a])")
_BEFORE_SPEAKER = arabic_pattern(r"\s*(?:فيه|فيها|بدوره|بدورها)\s+")


def _unlisted_speaker(ctx: Context, pos: int) -> SourceRef | None:
    """A speaker the registry does not list ("مصدر في وزارة الداخلية", "العميد عبد الأمير الخزرجي"): kept by name
    (stance unknown) rather than credited to the outlet."""
    norm = ctx.norm
    lead = _BEFORE_SPEAKER.match(norm, pos)
    if lead is not None:
        pos = lead.end()  # "الذي أعلن فيه رئيس الحكومة التركية": the speaker comes after "فيه"
    if not ctx.kb.speaker_start.match(norm, pos) and not _NAME_THEN_TITLE.match(norm, pos):
        return None
    start = pos + len(norm[pos:]) - len(norm[pos:].lstrip())
    limit = min(len(norm), start + 70)
    # "أفاد مصدر في قوات البيشمركة بمقتل 18": the name ends where the figure it reports begins (not at an event
    # word: "مركز المصالحة" is a name)
    told = [s.ns for s in ctx.spans.get("figure", ()) if start < s.ns < limit]
    # "ونشرت وكالة بلومبيرغ في 13 فبراير/شباط 2018 تقريرا": nor is the day of the statement part of the name, nor
    # the outlet it spoke to ("مسؤول في وحدات حماية الشعب لفرانس برس")
    dated = [s.ns for s in ctx.spans.get("date", ()) if start < s.ns < limit]
    outlets = [s.ns for s in ctx.spans.get("source", ()) if start < s.ns < limit and "ل" in s.attrs.get("clitic", "")
               and not _AFFILIATED.search(ctx.norm, max(0, s.ns - 10), s.ns)]  # (not "التابع لقيادة العمليات")
    limit = min([limit, *told, *dated, *outlets])
    m = _SPEAKER_END.search(norm, start, limit)
    end = m.start() if m else limit
    words = norm[start:end].split()
    if not words:
        return None
    quoted = _QUOTED_NAME.match(norm, end) if len(words) == 1 else None
    if quoted is not None:
        end = quoted.end()  # "وذكرت وكالة «فارس»", "أورد موقع (سباه نيوز)": the outlet's name is in quotes
        words = norm[start:end].split()
    app = _APPOSITIVE.match(norm, end) if len(words) <= 12 and quoted is None else None
    if app is not None and (app.group(1).split()[0] in _NAME_TAIL or COMPLEMENTIZER.match(app.group(1))
                            or _NO_NAME_START.match(app.group(1))):
        # "وقال فرع وزارة الصحة، في بيان، إن": the statement, not a name set off by commas; "أعلن رئيس الحكومة
        # التركية أحمد داود أوغلو، أن العناصر الأولى": what was said
        app = None
    if app is not None:
        end = app.end(1)  # "مسؤول إعلام الفرع في الموصل، سعيد مموزيني، لـ...": the name set off by commas
    else:
        words = words[:8]
        while len(words) > 1 and words[-1] in _NAME_TAIL:
            words.pop()  # "الناطق باسم الجهاز صباح النعمان في حديث": the name ends before "في حديث"
        end = start + len(" ".join(words))
    span = ctx.span("source", start, end)
    return SourceRef(None, span.text.strip(), "unknown", "other", span)


_QUOTE = arabic_pattern(r"«[^»]*»?|“[^”]*”?")
_NAME_TAIL = frozenset(normalise(w) for w in (
    "في", "حديث", "حديثه", "تصريح", "تصريحات", "التي", "الذي", "أمس", "اليوم", "خلال", "عن", "على", "ل", "لـ",
    # "وقال مكتب رئيس الوزراء يوم الخميس إن": the day of the statement is not part of the name
    "يوم", "صباح", "مساء", "ليل", "ليلة", "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"))
_WORD = arabic_pattern(r"\s*([\u0621-\u064a]+)")


# "وتابعت الوكالة", "وقال المرصد", "وأشار البيان": a definite head noun names the source just quoted
_BACK_NOUNS = ("الوكاله", "المصدر", "المرصد", "الشبكه", "البيان", "الخليه")


def _names_back(norm: str, pos: int) -> bool:
    return any(w in norm[pos:pos + 14] for w in _BACK_NOUNS)


def _named_again(norm: str, pos: int, previous: SourceRef) -> bool:
    """"وقال الخزرجي" after "العميد عبد الأمير الخزرجي": the subject is a word of the previous speaker's name; "وأعلنت
    الوزارة" after "وزارة الداخلية التركية": the subject is the head noun of that name, made definite."""
    if previous.span is None:
        return False
    first = _WORD.match(norm, pos)
    name = _WORD.findall(norm, previous.span.ns, previous.span.ne)
    if not (first and name):
        return False
    word = first.group(1)
    if word.startswith("ال") and len(word) > 4 and not name[0].startswith("ال") and word[2:] == name[0]:
        return True
    return previous.id is None and len(word) > 3 and word in name[1:]


_RELAY = arabic_pattern(r"\s*(?:[\u0621-\u064a]+\s+)?عن\s+")  # "نقلت وسائل إعلام رسمية سورية عن مصدر عسكري"


def _relayed(ctx: Context, r: Span, channel: Span, sources: list[Span], actors: list[Span]) -> SourceRef | None:
    """"ونقلت وكالة الأناضول عن المتحدث باسم مجلس المحافظة عميد عياش أن ...": the agency relays, the one it
    quotes is the source of the figures."""
    if not ctx.norm[r.ns:r.ne].lstrip("وف").startswith("نقل"):
        return None
    m = _RELAY.match(ctx.norm, channel.ne)
    if m is None:
        return None
    quoted = [s for s in sources if 0 <= s.ns - m.end() <= 12]  # also inside the title: "مدير المرصد"
    if quoted:
        return _registry(ctx, quoted[0])
    who = [a for a in actors if 0 <= a.ns - m.end() <= 2]
    if who:
        return _party(ctx, who[0])
    return _unlisted_speaker(ctx, m.end())


def _party(ctx: Context, span: Span, claims_responsibility: bool = False) -> SourceRef:
    """A party to the conflict speaking for itself, named by its ACLED name."""
    a = ctx.kb.actors[span.value]
    return SourceRef(None, a.names[0].name, "party", "other", span, a.id, claims_responsibility)


def _registry(ctx: Context, span: Span) -> SourceRef:
    s = ctx.kb.sources[span.value]
    return SourceRef(s.id, s.name, s.stance, s.scale, span, s.affiliated_actor)


_OUTLET_NOUNS = r"وكاله|صحيفه|قناه|موقع|شبكه|جريده|اذاعه"  # the kinds of outlet (normalised)
# the kind of outlet before its name, when the registry spells the name alone: "بحسب وكالة أنباء الأناضول"
_OUTLET_KIND = arabic_pattern(r"(?:\s+(?:" + _OUTLET_NOUNS + r"|وكالات|انباء|الانباء|للانباء))+\s+")
# the outlet a speaker talks to ("وقال المصدر لوكالة الأنباء الألمانية إن"): the addressee, not the source
_ADDRESSEE = arabic_pattern(r"ل(?:ل|" + _OUTLET_NOUNS + r"|تلفزيون)")
_STATEMENT_OF = arabic_pattern(r"[وف]?(?:في|ب)\s*(?:بيان|تصريح|تصريحات|حديث|مؤتمر)")
STATEMENT_REACH = 30  # characters between a speaker's verb and "في بيان" that is its statement
_SPEAKER_GOES_ON = arabic_pattern(r"(?<![\u0621-\u064a])[بل]?ان(?:ه|ها|هم)\s+(?:قد\s+)?$")  # normalised: أنه = انه


# "بحسب ما أفادت به", "وفقا لما قالته": the verb of what was said, between the attribution and its speaker
_WHAT = arabic_pattern(r"\s*ما\s")
_WHAT_SAID = arabic_pattern(r"\s*(?:ما\s+)?[\u0621-\u064a]+(?:\s+(?:به|بها|بهم))?(?=\s)")


_DATELINE_END = arabic_pattern(r"[)\s]*[-–—]")


def _dateline(norm: str, s: Span) -> bool:
    """The outlet named in a dateline ("(CNN)-- قال ...", "بيروت (رويترز) - ..."): the report's byline, no speaker."""
    return _DATELINE_END.match(norm, s.ne) is not None


def _resolve(ctx: Context, r: Span, sources: list[Span], actors: list[Span],
             previous: SourceRef | None) -> SourceRef | None:
    """The source a reporting verb or an attribution ("بحسب") introduces, if the text names one."""
    norm = ctx.norm
    if r.value == "attr":
        said = _WHAT_SAID.match(norm, r.ne) if norm[r.ns:r.ne].endswith("ما") or _WHAT.match(norm, r.ne) else None
        pos = said.end() if said is not None else r.ne  # "بحسب ما قالته مصادر": the speaker comes after the verb
        # the source may begin inside the attribution phrase ("بحسب مصادر" + "مصادر في الشرطة")
        nxt = [s for s in sources if s.ns >= r.ns and (s.ns - pos <= 12 or _OUTLET_KIND.fullmatch(norm, pos, s.ns))]
        if nxt:
            return _registry(ctx, nxt[0])
        if previous is not None and (_PREVIOUS_SOURCE.match(norm, pos) or _names_back(norm, pos)):
            return previous  # "بحسب المرصد" after "وبحسب المرصد السوري لحقوق الإنسان"
        return _relayed_party(ctx, _unlisted_speaker(ctx, pos), actors)
    # reporting verb: the source is the subject right after it ("ذكرت وكالة أعماق"), or just before it
    # (not past "إن"/"أنه": "قال إنه وردت تقارير" is what the speaker said)
    after = [s for s in sources if (0 <= s.ns - r.ne <= 14 or _OUTLET_KIND.fullmatch(norm, r.ne, max(r.ne, s.ns)))
             and not COMPLEMENTIZER.search(norm, r.ne, s.ns) and not _ADDRESSEE.match(norm, s.ns)]
    if after:
        relayed = _relayed(ctx, r, after[0], sources, actors)
        return relayed if relayed is not None else _registry(ctx, after[0])
    # (not the outlet of a dateline: "(CNN)-- قال أحمد الشيخو" is the outlet's byline, the speaker comes after)
    before = [s for s in sources if 0 <= r.ns - s.ne <= 4 and not _dateline(norm, s)]
    if before:
        return _registry(ctx, before[-1])
    # (civilians never speak as a party: "وثق مقتل 8 مدنيين" names the victims)
    speakers = [a for a in actors if a.value != "civilians"]
    # (a subject before the verb only within its clause: "مواقع التنظيم، وقال مسؤول" is not the group speaking)
    # (not a party after a speaker's head: "أكدت مصادر في قوات النظام" are sources, named by their affiliation)
    # (nor past "إلى أن": "وأشارت إلى أن طيران التحالف والجيش ساهما" tells what the coalition did)
    who = [a for a in speakers if 0 <= a.ns - r.ne <= 10 and not ctx.kb.speaker_start.match(norm, r.ne, a.ns)
           and not COMPLEMENTIZER.search(norm, r.ne, a.ns)] or [
        a for a in speakers if 0 <= r.ns - a.ne <= 3 and not any(c in norm[a.ne:r.ns] for c in "،,.:؛")]
    if who:
        return _party(ctx, who[0], r.attrs.get("kind") == "claim")
    if previous is not None and r.attrs.get("kind") in ("say", "claim", None) and (
            _names_back(norm, r.ne)
            or _PRONOUN_SUBJECT.match(norm, r.ne) or _named_again(norm, r.ne, previous)):
        return previous  # "وأضاف أن ...", "وتابعت الوكالة": the speaker of the previous sentence goes on
    return _relayed_party(ctx, _unlisted_speaker(ctx, r.ne), actors)


def governing_sources(ctx: Context, m: Mention, previous: SourceRef | None) -> list[tuple[Span, SourceRef]]:
    """Every reporting verb or attribution of the mention's sentence with the source it introduces."""
    return sentence_speakers(ctx, m.sent, previous)


def sentence_speakers(ctx: Context, sent: Segment, previous: SourceRef | None) -> list[tuple[Span, SourceRef]]:
    """Every reporting verb or attribution of a sentence with the source it introduces (worked out once per sentence
    and previous speaker: assembly asks again for each mention; the caller must not change the list)."""
    memo: dict[tuple[int, int], tuple[SourceRef | None, list[tuple[Span, SourceRef]]]]
    memo = ctx.extra.setdefault("speakers", {})
    key = (sent.index, id(previous))
    hit = memo.get(key)
    if hit is not None and hit[0] is previous:  # (the entry keeps ``previous`` alive: its id is not reused)
        return hit[1]
    out = _speakers(ctx, sent, previous)
    memo[key] = (previous, out)
    return out


def _speakers(ctx: Context, sent: Segment, previous: SourceRef | None) -> list[tuple[Span, SourceRef]]:
    sources = ctx.in_sentence("source", sent)
    actors = ctx.in_sentence("actor", sent)
    out: list[tuple[Span, SourceRef]] = []
    quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(ctx.norm, sent.start, sent.end)]
    for r in ctx.in_sentence("report", sent):
        if out and any(a < r.ns and r.ne <= b and out[-1][0].ns < a for a, b in quotes):
            continue  # a verb inside the words the speaker is quoted with ("قال ... إن «... وأعلن التنظيم ...»")
        if r.attrs.get("kind") == "continue" or (out and (
                _SPEAKER_GOES_ON.search(ctx.norm, max(0, r.ns - 8), r.ns)
                # "قال الجيش التركي في بيان إن ...": the statement the speaker just named is its own
                or (_STATEMENT_OF.match(ctx.norm, r.ns) and r.ns - out[-1][0].ne <= STATEMENT_REACH))):
            # "مؤكدا", "مشيرا": the participle goes on with the sentence's speaker (or the previous one); so does a
            # verb after the speaker's own pronoun ("وأفاد المرصد بأنه وثق مقتل 8 مدنيين")
            src = out[-1][1] if out else previous
        else:
            src = _resolve(ctx, r, sources, actors, previous)
        if src is not None:
            out.append((r, src))
    return out


def source_for(pos: int, govs: list[tuple[Span, SourceRef]], default: SourceRef) -> SourceRef:
    """The source governing a figure at ``pos``: the last verb/attribution before it, else a trailing "بحسب X"."""
    before = [src for r, src in govs if r.ns < pos]
    if before:
        return before[-1]
    after = [src for r, src in govs if r.ns > pos and r.value == "attr"]
    return after[0] if after else default


def sentence_source(ctx: Context, m: Mention, previous: SourceRef | None) -> SourceRef | None:
    """The source governing mention ``m`` in its sentence, or None when the sentence names none."""
    govs = governing_sources(ctx, m, previous)
    if not govs:
        sources = ctx.in_sentence("source", m.sent)
        near = [s for s in sources if s.ns >= m.start - 60 and not _dateline(ctx.norm, s)]
        if near and any(r.value == "verb" for r in ctx.in_sentence("report", m.sent)):
            return _registry(ctx, near[0])
        return None
    inside = [src for r, src in govs if r.ns <= m.end]
    return inside[0] if inside else govs[0][1]
