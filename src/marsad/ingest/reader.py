"""``read_document``: bytes of one report (text or HTML) to a :class:`~marsad.schema.Document`."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from marsad.errors import EmptyInput, NotArabic, TooLarge, UsageError
from marsad.ingest.dates import date_from_url
from marsad.ingest.decode import decode_bytes
from marsad.ingest.html import extract_html, looks_like_html
from marsad.ingest.script import arabic_letter_count, letter_count
from marsad.ingest.text import detect_title, strip_trailing_chrome
from marsad.schema import Document

MAX_BYTES = 10 * 1024 * 1024
MIN_ARABIC_LETTERS = 20
MIN_ARABIC_SHARE = 0.30
FORMATS = ("auto", "text", "html")
# The language gate looks at this many characters: enough to judge, cheap on huge inputs.
LANGUAGE_SAMPLE_CHARS = 200_000
_MOJIBAKE = ("Ø", "Ù", "Ã")


def read_document(
    data: bytes,
    *,
    doc_id: str | None = None,
    source_name: str | None = None,
    published: dt.date | None = None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
    fmt: str = "auto",
) -> Document:
    """Decode, clean and check one report; explicit arguments win over what the page itself says."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown input format {fmt!r}; use one of: {', '.join(FORMATS)}")
    if not isinstance(data, bytes):
        data = bytes(data)
    if len(data) > MAX_BYTES:
        raise TooLarge(
            f"the input is {len(data) / 1048576:.1f} MB, over the {MAX_BYTES // 1048576} MB limit; "
            "split it into separate reports"
        )
    if not data.strip():
        raise EmptyInput("the input is empty; give a file with the report's text")
    decoded = decode_bytes(data)
    meta: dict[str, Any] = {"encoding": decoded.encoding, "bytes": len(data)}
    if source_name is not None:
        meta["source"] = source_name
    return build_document(
        decoded.text,
        doc_id=doc_id or hashlib.sha1(data).hexdigest()[:16],
        fmt=fmt,
        published=published,
        outlet=outlet,
        url=url,
        title=title,
        meta=meta,
    )


def build_document(
    text: str,
    *,
    doc_id: str,
    fmt: str,
    published: dt.date | None,
    outlet: str | None,
    url: str | None,
    title: str | None,
    meta: dict[str, Any],
    input_format: str | None = None,
    fallback_published: dt.date | None = None,
) -> Document:
    """Shared by files and JSON Lines records: HTML extraction or title detection, chrome strip, language gate.

    ``published`` wins over the page's own date; ``fallback_published`` is used only when no date is found.
    """
    if not text.strip():
        raise EmptyInput("the input has only whitespace; give a file with the report's text")
    is_html = fmt == "html" or (fmt == "auto" and looks_like_html(text))
    date_source = "argument" if published else None
    if is_html:
        page = extract_html(text, url=url)
        source_text = page.text
        found_title = page.title
        if published is None and page.published is not None:
            published, date_source = page.published, page.date_source
    else:
        source_text = text
        found_title = None
    body = strip_trailing_chrome(source_text)
    if not is_html:
        found_title = detect_title(body)
    if published is None and url:
        published = date_from_url(url)
        date_source = "url" if published else None
    if published is None and fallback_published is not None:
        published, date_source = fallback_published, "default"
    if not body.strip():
        raise EmptyInput("no report text is left after removing page chrome; check the input is an article")
    check_arabic(body)
    meta["chrome_chars"] = len(source_text) - len(body)
    if date_source:
        meta["date_source"] = date_source
    return Document(
        id=doc_id,
        text=body,
        title=title or found_title,
        published=published,
        outlet=outlet,
        url=url,
        language="ar",
        input_format=input_format or ("html" if is_html else "text"),
        meta=meta,
    )


def check_arabic(text: str) -> None:
    """Raise :class:`NotArabic` unless enough of the letters are Arabic script."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    arabic = arabic_letter_count(sample)
    if arabic >= MIN_ARABIC_LETTERS and arabic >= MIN_ARABIC_SHARE * len(sample):
        return  # enough even against every character: no need to count the letters
    letters = letter_count(sample)
    if arabic >= MIN_ARABIC_LETTERS and arabic >= MIN_ARABIC_SHARE * letters:
        return
    share = arabic / letters if letters else 0.0
    if sum(sample.count(ch) for ch in _MOJIBAKE) >= max(5, letters // 10):
        raise NotArabic(
            "the text looks like Arabic UTF-8 read with the wrong encoding (mojibake such as 'Ø§Ù„'); "
            "re-save the original file as UTF-8"
        )
    raise NotArabic(
        f"only {arabic} of {letters} letters ({share:.0%}) are Arabic script "
        f"(need {MIN_ARABIC_LETTERS} and {MIN_ARABIC_SHARE:.0%}); marsad reads Arabic reports only"
    )
