"""Sources of claims: registry sources (agencies, monitors, pages) and the reporting words that govern figures."""

from __future__ import annotations

from marsad.recognise.context import Context
from marsad.schema import Span


def recognise_sources(ctx: Context) -> list[Span]:
    """Spans of kind ``source`` (value = source id) and ``report`` (value = "verb"|"attr", attrs kind)."""
    sources, focus = ctx.kb.sources, ctx.extra.get("focus_country")
    out = []
    for m in ctx.kb.matchers["sources"].find(ctx.norm):
        src = sources.get(m.value)
        # "الدفاع المدني" in a report about Syria is the White Helmets (sources.yaml ``theatre``)
        sid = src.theatre.get(focus, m.value) if src is not None and focus else m.value
        out.append(ctx.span("source", m.word_start, m.end, sid, clitic=ctx.norm[m.word_start:m.start]))
    if out:
        # "وأحصى المرصد": a short form means the source whose full name the report gave before it
        named = [(s.ns, s.ne, s.value) for s in out]
        for m in ctx.kb.matchers["source_anaphora"].find(ctx.norm):
            if any(a <= m.word_start < b or a < m.end <= b for a, b, _ in named):
                continue  # part of the full name ("المرصد" in "المرصد السوري")
            if any(v == m.value and b <= m.word_start for _, b, v in named):
                out.append(ctx.span("source", m.word_start, m.end, m.value, anaphora=True))
    for m in ctx.kb.matchers["reporting"].find(ctx.norm):
        role, kind = m.value
        if role == "verb" and " " not in m.pattern and ctx.norm[m.word_start:m.start] not in _VERB_PREFIXES:
            continue  # a verb takes "و"/"ف" only: "رفض الكشف عن هويته", "وزارة النقل" are nouns
        out.append(ctx.span("report", m.word_start, m.end, role, kind=kind))
    return out


_VERB_PREFIXES = frozenset({"", "و", "ف"})
