"""Extraction of JSON Lines records, in this process or in a pool of worker processes (``--workers``).

Results come back in input order; a bad record becomes a ``rejected`` result and processing goes on. Records are
sent to the workers in bounded batches, so memory does not grow with the input.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any, BinaryIO

from marsad.errors import MarsadError

BATCH = 512


def _process(item: tuple[int, dict[str, Any] | None, tuple[str, str] | None, dict[str, Any]]) -> dict[str, Any]:
    """One record -> one output object (runs in a worker)."""
    from marsad.ingest import document_from_record
    from marsad.pipeline import extract, rejected

    lineno, rec, error, defaults = item
    if error is not None or rec is None:
        code, reason = error or ("E107", "empty record")
        return rejected(f"line-{lineno}", code, reason)
    rid = str(rec.get("id") or f"line-{lineno}")
    try:
        doc = document_from_record(rec, lineno=lineno, defaults=defaults)
    except MarsadError as err:
        return rejected(rid, err.code, err.reason)
    return extract(doc)


def _warm() -> None:
    from marsad.knowledge import get_knowledge

    get_knowledge()


def extract_jsonl(stream: BinaryIO, defaults: dict[str, Any], workers: int = 1) -> Iterator[dict[str, Any]]:
    """Results for every line of a JSON Lines stream, in order."""
    from marsad.ingest import iter_jsonl

    items = (
        (lineno, None, (rec.code, rec.reason), defaults) if isinstance(rec, MarsadError)
        else (lineno, rec, None, defaults)
        for lineno, rec in iter_jsonl(stream)
    )
    if workers <= 1:
        yield from map(_process, items)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm) as pool:
        while batch := list(islice(items, BATCH)):
            yield from pool.map(_process, batch, chunksize=16)


def default_workers() -> int:
    """The local cores (what ``--workers 0`` means)."""
    return os.cpu_count() or 1
