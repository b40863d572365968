"""Event triggers: words that name an event (sub-event type), from ``triggers.yaml``."""

from __future__ import annotations

import re

from marsad.recognise.context import Context
from marsad.schema import Span

# up to four words between an aim ("بهدف") and the event word it governs ("بهدف تفجيرها", "لمنع أي أعمال تخريب أو
# شغب"); punctuation ends the aim
_AIM_GAP = re.compile(r"\s*(?:[\u0621-\u064a]+\s+){0,4}")


def recognise_triggers(ctx: Context) -> list[Span]:
    """Spans of kind ``trigger``: value = sub-event type (or ``@attack``), attrs: strength and actor hints.

    An event word governed by an aim ("بهدف تفجيرها": in order to detonate them) names no event and is left out."""
    out = []
    norm = ctx.norm
    aims = [m.end for m in ctx.kb.matchers["markers"].find(norm) if m.value == ("negation", "purpose")]
    for m in ctx.kb.matchers["triggers"].find(norm):
        if any(0 <= m.word_start - e <= 30 and _AIM_GAP.fullmatch(norm, e, m.word_start) for e in aims):
            continue
        sub, strength, requires_actor, state, non_state = m.value
        out.append(ctx.span("trigger", m.word_start, m.end, sub, strength=strength, requires_actor=requires_actor,
                            state_actor=state, non_state_actor=non_state))
    return out
