"""Discourse markers: background recaps, negation/hypothetical cues, generic (habitual) statements."""

from __future__ import annotations

from marsad.recognise.context import Context
from marsad.schema import Span
from marsad.text.normalise import arabic_pattern

COMPARISON_REACH = 40  # characters between a superlative and the "منذ" it governs ("الأعنف على البلدتين منذ")
_SINCE = arabic_pattern(r"منذ")
_STOP = arabic_pattern(r"[.!?؟؛\n]")


def recognise_markers(ctx: Context) -> list[Span]:
    """Spans of kind ``marker``: value = background | negation | generic. A "منذ" recap cue after a superlative
    ("الغارات الأكثر دموية منذ بداية العام": lexicon.yaml ``comparisons``) measures the news, it recalls nothing."""
    found = ctx.kb.matchers["markers"].find(ctx.norm)
    ends = [m.end for m in found if m.value[0] == "comparison"]
    out: list[Span] = []
    for m in found:
        kind, scope = m.value
        if kind == "comparison":
            continue
        if (kind == "background" and ends and _SINCE.match(ctx.norm, m.start)
                and any(0 <= m.word_start - e <= COMPARISON_REACH and not _STOP.search(ctx.norm, e, m.word_start)
                        for e in ends)):
            continue
        out.append(ctx.span("marker", m.word_start, m.end, kind, scope=scope))
    return out
