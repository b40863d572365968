"""Extraction of one :class:`~marsad.collect.Item` (runs in worker processes): item -> document + extractor output.

Returns plain, picklable dicts so that the single writer in the main process can store them.
"""

from __future__ import annotations

from typing import Any

from marsad.collect.items import Item
from marsad.errors import MarsadError
from marsad.values import as_date as _date

#: stage names of rejections (documents.md): reading the source, decoding the report, running the extractor
STAGE_READ = "read"
STAGE_DECODE = "decode"
STAGE_EXTRACT = "extract"
STAGE_STORE = "store"


def init_worker() -> None:
    """Load the knowledge base once per worker process."""
    from marsad.knowledge.loader import get_knowledge

    get_knowledge()


def rejected(item: Item, stage: str, code: str, reason: str) -> dict[str, Any]:
    """The outcome of an item that cannot be stored."""
    return {
        "status": "rejected",
        "doc_key": item.doc_key,
        "content_hash": item.content_hash,
        "source": item.source,
        "stage": stage,
        "code": code,
        "reason": reason,
    }


def process(item: Item) -> dict[str, Any]:
    """Read and extract one item: ``{"status": "ok", "document": {...}, "result": {...}}`` or a rejection."""
    from marsad.ingest import document_from_record, read_document
    from marsad.pipeline import extract

    if item.error is not None:
        return rejected(item, STAGE_READ, item.error.code, item.error.reason)
    try:
        if isinstance(item.payload, dict):
            doc = document_from_record(item.payload, lineno=int(item.meta.get("lineno", 0)))
            doc.id = item.doc_key
        else:
            doc = read_document(
                item.payload,
                doc_id=item.doc_key,
                source_name=item.source,
                published=_date(item.meta.get("published")),
                outlet=item.meta.get("outlet"),
                url=item.meta.get("url"),
                title=item.meta.get("title"),
                fmt=item.meta.get("fmt", "auto"),
            )
    except MarsadError as err:
        return rejected(item, STAGE_DECODE, err.code, err.reason)
    except Exception as exc:  # a bug in the reader must not stop the whole ingest
        return rejected(item, STAGE_DECODE, "E000", f"internal error ({type(exc).__name__}: {exc})")
    try:
        result = extract(doc)
    except MarsadError as err:
        return rejected(item, STAGE_EXTRACT, err.code, err.reason)
    except Exception as exc:
        return rejected(item, STAGE_EXTRACT, "E000", f"internal error ({type(exc).__name__}: {exc})")
    return {
        "status": "ok",
        "doc_key": item.doc_key,
        "content_hash": item.content_hash,
        "raw": item.raw,
        "source": item.source,
        "document": {
            "text": doc.text,
            "title": doc.title,
            "published": doc.published,
            "outlet": doc.outlet,
            "url": doc.url,
            "input_format": doc.input_format,
        },
        "result": result,
    }
