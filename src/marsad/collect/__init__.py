"""Ingest sources to items: files (text/HTML), folders (recursive), JSON Lines, WARC, RSS/Atom feeds.

Every source yields :class:`~marsad.collect.items.Item` objects ``(doc_key, payload, metadata)``: ``payload`` is the
raw bytes of a report or a JSON Lines record (a dict). See :func:`~marsad.collect.sources.collect`.
"""

from __future__ import annotations

from marsad.collect.items import Item
from marsad.collect.sources import collect, collect_path

__all__ = ["Item", "collect", "collect_path"]
