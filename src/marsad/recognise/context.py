"""The working state shared by recognisers and assembly for one document."""

from __future__ import annotations

from bisect import bisect_right
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
    _by_sentence: dict[str, list[list[Span]]] = field(default_factory=dict, repr=False)
    _clauses: dict[int, list[Segment]] = field(default_factory=dict, repr=False)

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
        """The clauses of sentence ``sent`` (split once per sentence; the caller must not change the list)."""
        got = self._clauses.get(sent.index)
        if got is None:
            got = self._clauses[sent.index] = clauses(self.norm, sent)
        return got

    def sentence_at(self, pos: int) -> Segment | None:
        """The sentence that holds normalised offset ``pos`` (None between sentences)."""
        i = bisect_right(self.sents, pos, key=lambda s: s.start) - 1
        return self.sents[i] if i >= 0 and pos < self.sents[i].end else None

    def in_sentence(self, kind: str, sent: Segment) -> list[Span]:
        """Spans of ``kind`` lying inside sentence ``sent`` (starting in it and ending by its end), in text order.

        Assembly asks for every sentence's spans many times: each kind is sorted into sentences once, on first use
        (span lists must not change once assembly starts, and the caller must not change the returned list)."""
        buckets = self._by_sentence.get(kind)
        if buckets is None:
            buckets = self._by_sentence[kind] = self._bucket(kind)
        return buckets[sent.index]

    def _bucket(self, kind: str) -> list[list[Span]]:
        sents = self.sents
        out: list[list[Span]] = [[] for _ in sents]
        starts = [s.start for s in sents]
        for span in self.spans.get(kind, ()):
            i = bisect_right(starts, span.ns) - 1
            if i >= 0 and span.ns < sents[i].end and span.ne <= sents[i].end:
                out[i].append(span)
        return out
