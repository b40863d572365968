"""The working state shared by recognisers and assembly for one document."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from marsad.knowledge.loader import KnowledgeBase
from marsad.schema import Document, Span
from marsad.text.normalise import NormText
from marsad.text.segment import Segment, clauses, sentences


@dataclass
class Context:
    doc: Document
    kb: KnowledgeBase
    nt: NormText
    sents: list[Segment] = field(default_factory=list)
    spans: dict[str, list[Span]] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    _starts: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _memo: dict[tuple[str, int, int], list[Span]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, doc: Document, kb: KnowledgeBase) -> Context:
        nt = NormText.of(doc.text)
        return cls(doc, kb, nt, sentences(nt.norm))

    @property
    def norm(self) -> str:
        return self.nt.norm

    def span(self, span_kind: str, ns: int, ne: int, value: Any = None, **attrs: Any) -> Span:
        """A span built from normalised offsets, carrying original offsets and text."""
        s, e = self.nt.span(ns, ne)
        return Span(span_kind, s, e, self.doc.text[s:e], value, attrs, ns, ne)

    def clauses(self, sent: Segment) -> list[Segment]:
        return clauses(self.norm, sent)

    def in_range(self, kind: str, start: int, end: int) -> list[Span]:
        """Spans of ``kind`` lying inside normalised ``[start, end)`` (spans are kept sorted by start).

        Assembly asks the same sentence ranges many times: answers are memoised (the caller must not change the
        returned list, and span lists must not change once assembly starts)."""
        key = (kind, start, end)
        hit = self._memo.get(key)
        if hit is not None:
            return hit
        spans = self.spans.get(kind)
        if not spans:
            self._memo[key] = []
            return self._memo[key]
        starts = self._starts.get(kind)
        if starts is None or len(starts) != len(spans):
            starts = self._starts[kind] = [s.ns for s in spans]
        i = bisect_left(starts, start)
        out = []
        while i < len(spans) and spans[i].ns < end:
            if spans[i].ne <= end:
                out.append(spans[i])
            i += 1
        self._memo[key] = out
        return out
