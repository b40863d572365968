"""Who did what to whom: actor1 (agent) and actor2 (target/victims) of a mention."""

from __future__ import annotations

import re

from marsad.assemble.mentions import Mention
from marsad.recognise.context import Context
from marsad.schema import Span

_TARGET_BEFORE = re.compile(
    r"(?:من|صفوف|ضد|على|استهداف|استهدف\w*|مواقع|موقع|مقرات|مقر|رتل\w*|حاجز|حواجز|نقاط|نقطه|تجمعات|تجمع|"
    r"معاقل|عناصر\s+من|عدد\s+من|بين)\s*(?:[\u0621-\u064a]+\s+)?$"
)
_AGENT_BEFORE = re.compile(r"(?:شن\w*|نفذ\w*|قبل|يد|بيد|طيران|طائرات|مقاتلو|مقاتلي|مسلحو|مسلحي|شنتها|تبناه\w*)\s*$")
_OBJECT_TRIGGER = re.compile(r"[وفبل]*(?:ال)?(?:استهداف|اغتيال|اعتقال|اختطاف|خطف|مهاجمه|ضرب|قتل|اعدام|محاصره|حصار)")
_AFFILIATION = re.compile(r"(?:التابع\w*|المقرب\w*|الموالي\w*|المدعوم\w*)\s+$")


def _role(ctx: Context, span: Span, first_trigger: Span | None) -> str:
    norm = ctx.norm
    before = norm[max(0, span.ns - 30):span.ns]
    if _AFFILIATION.search(before):
        return "affiliation"
    if first_trigger is not None and 0 <= span.ns - first_trigger.ne <= 2:
        if norm[span.ns:span.ns + 1] == "ل":
            return "agent"  # "كمين لداعش", "هجوم للتنظيم": the trigger's genitive is its author
        if not _OBJECT_TRIGGER.match(norm, first_trigger.ns):
            return "agent"  # idafa: "هجوم التنظيم", "قصف النظام" (but "استهداف قوات النظام" is the object)
    if _AGENT_BEFORE.search(before):
        return "agent"
    if _TARGET_BEFORE.search(before):
        return "target"
    if first_trigger is not None and span.ns > first_trigger.ns:
        return "target"
    return "agent"


def assign_roles(ctx: Context, m: Mention, claim_actor: str | None) -> tuple[list[str], list[str], dict[str, Span]]:
    """Agents and targets (actor ids, in order) and the span that shows each one."""
    triggers = sorted(m.get("trigger"), key=lambda s: s.ns)
    first = triggers[0] if triggers else None
    agents: list[str] = []
    targets: list[str] = []
    ev: dict[str, Span] = {}
    for a in sorted(m.get("actor"), key=lambda s: s.ns):
        role = _role(ctx, a, first)
        if role == "affiliation":
            continue
        if role == "agent" and a.value == "civilians":
            role = "target"  # civilians are victims, never the side that acts (protesters are their own actor)
        bucket = agents if role == "agent" else targets
        if a.value not in agents and a.value not in targets:
            bucket.append(a.value)
            ev.setdefault(a.value, a)
    if claim_actor and claim_actor not in agents:
        if claim_actor in targets and len(targets) > 1:
            targets.remove(claim_actor)
        if claim_actor not in targets:
            agents.insert(0, claim_actor)
    return agents, targets, ev
