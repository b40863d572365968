"""Ingest: bytes, HTML pages and JSON Lines records to :class:`~marsad.schema.Document` objects.

Decoding (BOM, UTF-8, UTF-16, Windows-1256, detection), HTML main-text extraction, title detection and stripping of
trailing page chrome; every rejection is a :class:`~marsad.errors.InputError` with a code.
"""

from __future__ import annotations

from marsad.ingest.dates import date_from_url, parse_date
from marsad.ingest.decode import Decoded, decode_bytes
from marsad.ingest.html import extract_html, looks_like_html
from marsad.ingest.jsonl import document_from_record, iter_jsonl
from marsad.ingest.reader import MAX_BYTES, check_arabic, read_document
from marsad.ingest.text import detect_title, strip_trailing_chrome

__all__ = [
    "MAX_BYTES",
    "Decoded",
    "check_arabic",
    "date_from_url",
    "decode_bytes",
    "detect_title",
    "document_from_record",
    "extract_html",
    "iter_jsonl",
    "looks_like_html",
    "parse_date",
    "read_document",
    "strip_trailing_chrome",
]
