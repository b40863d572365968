"""Discourse markers: background recaps, negation/hypothetical cues, generic (habitual) statements."""

from __future__ import annotations

from marsad.recognise.context import Context
from marsad.schema import Span


def recognise_markers(ctx: Context) -> list[Span]:
    """Spans of kind ``marker``: value = background | negation | generic."""
    return [ctx.span("marker", m.word_start, m.end, m.value[0], scope=m.value[1])
            for m in ctx.kb.matchers["markers"].find(ctx.norm)]
