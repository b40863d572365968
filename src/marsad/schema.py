"""Typed records passed between pipeline stages: the contract between stages and with the outputs.

A :class:`Document` enters the pipeline; recognisers add :class:`Span` objects to it; event assembly turns spans into
:class:`Event` records with :class:`Claim` lists. Offsets (``start``/``end``) always index ``Document.text``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Document:
    """One report, as read by ingest. ``text`` is what every offset points into."""

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    language: str = "ar"
    input_format: str = "text"  # text | html | json
    meta: dict[str, Any] = field(default_factory=dict)
    # filled by the pipeline stages
    spans: dict[str, list[Span]] = field(default_factory=dict)
    analysis: dict[str, Any] = field(default_factory=dict)

    def info(self) -> dict[str, Any]:
        """The ``document`` block of the output."""
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "outlet": self.outlet,
            "url": self.url,
            "language": self.language,
            "chars": len(self.text),
        }


@dataclass(slots=True)
class Span:
    """A recognised piece of text: ``kind`` says which recogniser, ``value`` what it means."""

    kind: str
    start: int
    end: int
    text: str
    value: Any = None
    attrs: dict[str, Any] = field(default_factory=dict)
    ns: int = -1  # start in the normalised view (internal)
    ne: int = -1  # end in the normalised view (internal)

    def evidence(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}
