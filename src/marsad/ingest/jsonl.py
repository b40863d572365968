"""JSON Lines input: one report per line as ``{"text" | "html": ..., "id", "title", "published", "outlet", "url"}``."""

from __future__ import annotations

import codecs
import datetime as dt
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from marsad.errors import BadMetadata, BadRecord, MarsadError, TooLarge
from marsad.ingest.dates import parse_date
from marsad.ingest.decode import check_controls
from marsad.ingest.reader import MAX_BYTES, build_document
from marsad.schema import Document

_STRING_FIELDS = ("title", "outlet", "url")


def iter_jsonl(stream: BinaryIO) -> Iterator[tuple[int, dict[str, Any] | MarsadError]]:
    """Yield ``(line number, record)`` per non-blank line, or ``(line number, error)`` for a line that is no object."""
    for lineno, raw in enumerate(stream, start=1):
        if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if not raw.strip():
            continue
        if len(raw) > MAX_BYTES:
            yield (
                lineno,
                TooLarge(
                    f"line {lineno}: the record is {len(raw) / 1048576:.1f} MB, "
                    f"over the {MAX_BYTES // 1048576} MB limit; split the report"
                ),
            )
            continue
        try:
            record = json.loads(raw)
        except (ValueError, RecursionError) as exc:
            detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            yield lineno, BadRecord(f"line {lineno}: not valid JSON ({detail}); fix or remove the line")
            continue
        if not isinstance(record, dict):
            yield (
                lineno,
                BadRecord(
                    f"line {lineno}: a JSON {type(record).__name__} where an object was expected; "
                    'write one {"text": ...} object per line'
                ),
            )
            continue
        yield lineno, record


def document_from_record(record: dict[str, Any], *, lineno: int, defaults: dict[str, Any] | None = None) -> Document:
    """A :class:`Document` from one JSON Lines record; ``defaults`` fill fields the record lacks (or sets to null).

    A default ``published`` date is a fallback: the record's own date, the page's date and a URL date come first.
    """
    if not isinstance(record, dict):
        raise BadRecord(f'line {lineno}: the record is not a JSON object; write one {{"text": ...}} object per line')
    defaults = defaults or {}
    fields: dict[str, Any] = dict(defaults)
    fields.update({key: value for key, value in record.items() if value is not None})
    published = record.get("published")
    if published is None or published == "":
        published = record.get("date")
    body, fmt = _body(record, lineno)
    doc_id = record.get("id")
    if doc_id is None or doc_id == "":
        doc_id = f"line-{lineno}"
    elif isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
        raise BadRecord(f"line {lineno}: 'id' must be a string or integer, not {_json_type(doc_id)}; fix the record")
    strings: dict[str, str | None] = {}
    for name in _STRING_FIELDS:
        value = fields.get(name)
        if value is not None and not isinstance(value, str):
            raise BadRecord(f"line {lineno}: {name!r} must be a string, not {_json_type(value)}; fix the record")
        strings[name] = value or None
    try:
        body.encode("utf-8")
    except UnicodeEncodeError:
        raise BadRecord(f"line {lineno}: the {fmt} has an unpaired surrogate (\\ud8xx); fix the record") from None
    check_controls(body)
    return build_document(
        body,
        doc_id=str(doc_id),
        fmt=fmt,
        published=_published(published, lineno),
        fallback_published=_published(defaults.get("published"), lineno),
        outlet=strings["outlet"],
        url=strings["url"],
        title=strings["title"],
        meta={"line": lineno, "content_format": fmt},
        input_format="json",
    )


def _body(record: dict[str, Any], lineno: int) -> tuple[str, str]:
    for name in ("text", "html"):
        value = record.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise BadRecord(f"line {lineno}: {name!r} must be a string, not {_json_type(value)}; fix the record")
        if name == "text" and not value.strip() and isinstance(record.get("html"), str):
            continue
        if len(value) > MAX_BYTES:
            raise TooLarge(f"line {lineno}: the {name} has {len(value)} characters, over the limit; split the report")
        return value, name
    raise BadRecord(f"line {lineno}: the record has neither 'text' nor 'html'; add the report's text")


def _published(value: Any, lineno: int) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise BadRecord(
            f"line {lineno}: 'published' must be a date string like \"2018-02-21\", not {_json_type(value)}; fix it"
        )
    try:
        return parse_date(value)
    except BadMetadata as exc:
        raise BadMetadata(f"line {lineno}: {exc.reason}") from None


def _json_type(value: Any) -> str:
    return {
        bool: "a boolean",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "an array",
        dict: "an object",
    }.get(type(value), type(value).__name__)
