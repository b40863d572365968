"""Sentence and clause segmentation with offsets into the normalised text."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.text.normalise import arabic_pattern

_SENT_END = arabic_pattern(
    r"(?<!\.)(?!\.\.(?!\.)[ \t])[.!?؟؛\n]+(?=\s|$)|\n"
    # a full stop with its space on the wrong side, or none ("اليوم .وأوضحت", "العراق.واستهدفت"), between words of
    # three letters or more (not "ت.غ", "العربية.نت")
    r"|(?<=\s)\.(?=[\u0621-\u064a])|(?<=[\u0621-\u064a]{3})\.(?=[\u0621-\u064a]{3})"
)
# clause boundaries: commas and discourse connectives that usually start a new proposition
_CLAUSE_BOUNDARY = arabic_pattern(
    r"[،,:]|\s(?=(?:فيما|بينما|في حين|كما|وكان|وقد|في وقت|ثم|فيما|وسط|اضافه الي|في غضون|بالتزامن مع|تزامنا مع"
    r"|بالتوازي مع) )"
)

#: "أن"/"إن" and their pronoun forms (normalised "ان", "انه", "بان" ...) that open a reported clause: what follows is
#: what the speaker said, a clause of its own
COMPLEMENTIZER = arabic_pattern(r"(?<![\u0621-\u064a])(?:ان|انه|انها|انهم|بان|بانه|بانها)(?![\u0621-\u064a])")


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    index: int
    paragraph: int = 0


def sentences(norm: str) -> list[Segment]:
    """Split into sentences; each keeps its paragraph number (line-break separated blocks; blank lines count once)."""
    out: list[Segment] = []
    pos = 0
    para = 0
    brk = False  # a line break since the last sentence: one paragraph step, however many lines
    for m in _SENT_END.finditer(norm):
        if m.start() > pos and norm[pos:m.start()].strip():
            if brk and out:
                para += 1
            brk = False
            out.append(Segment(pos, m.start(), len(out), para))
        if "\n" in m.group():
            brk = True
        pos = m.end()
    if pos < len(norm) and norm[pos:].strip():
        if brk and out:
            para += 1
        out.append(Segment(pos, len(norm), len(out), para))
    return [_trim(norm, s) for s in out]


def clauses(norm: str, sent: Segment) -> list[Segment]:
    """Split one sentence into clauses."""
    out: list[Segment] = []
    pos = sent.start
    for m in _CLAUSE_BOUNDARY.finditer(norm, sent.start, sent.end):
        if m.start() > pos and norm[pos:m.start()].strip():
            out.append(Segment(pos, m.start(), len(out), sent.paragraph))
        pos = m.end()
    if pos < sent.end and norm[pos:sent.end].strip():
        out.append(Segment(pos, sent.end, len(out), sent.paragraph))
    return [_trim(norm, c) for c in out] or [sent]


def _trim(norm: str, s: Segment) -> Segment:
    a, b = s.start, s.end
    while a < b and norm[a].isspace():
        a += 1
    while b > a and norm[b - 1].isspace():
        b -= 1
    return Segment(a, b, s.index, s.paragraph)
