"""Event triggers: words that name an event (sub-event type), from ``triggers.yaml``."""

from __future__ import annotations

from marsad.recognise.context import Context
from marsad.schema import Span


def recognise_triggers(ctx: Context) -> list[Span]:
    """Spans of kind ``trigger``: value = sub-event type (or ``@attack``), attrs: strength and actor hints."""
    out = []
    for m in ctx.kb.matchers["triggers"].find(ctx.norm):
        sub, strength, requires_actor, state, non_state = m.value
        out.append(ctx.span("trigger", m.word_start, m.end, sub, strength=strength, requires_actor=requires_actor,
                            state_actor=state, non_state_actor=non_state))
    return out
