"""The unit every source yields: one report (bytes or a JSON Lines record) with its key and metadata."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from marsad.errors import MarsadError


@dataclass(slots=True)
class Item:
    """One report to ingest.

    ``doc_key`` identifies the report across runs (record id, file path or URL); ``payload`` is the raw bytes of a
    page or text, or a JSON Lines record (dict); ``meta`` may give ``published`` (ISO date), ``outlet``, ``url``,
    ``title`` and ``fmt`` (auto/text/html); ``source`` says where it came from. ``error`` marks an item that could
    not be read at all (a line that is no JSON object, an unreadable WARC record): it is recorded as a rejection.
    """

    doc_key: str
    payload: bytes | dict[str, Any]
    source: str
    input_format: str = "text"
    meta: dict[str, Any] = field(default_factory=dict)
    error: MarsadError | None = None

    @property
    def raw(self) -> bytes:
        """The bytes kept in ``documents.raw`` and hashed: records as canonical JSON (sorted keys, UTF-8)."""
        if isinstance(self.payload, bytes):
            return self.payload
        return json.dumps(self.payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")

    @property
    def content_hash(self) -> str:
        """sha256 of :attr:`raw` (hex)."""
        return hashlib.sha256(self.raw).hexdigest()
