"""HTML reports: main text with trafilatura; title and publication date from the page's own metadata only."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from marsad.errors import BadMetadata, BrokenHTML
from marsad.ingest.dates import date_from_url, parse_date

SNIFF_CHARS = 1024
MAX_SITE_NAME_CHARS = 50
_STRONG_TAGS = ("<html", "<!doctype html", "<body", "<head")
_WEAK_TAGS = ("<p>", "<p ", "<div", "<article", "<meta ", "<h1", "<br")

# (attribute, value) pairs on <meta> whose content is the publication date, in order of trust.
_DATE_METAS: tuple[tuple[str, str], ...] = (
    ("property", "article:published_time"),
    ("property", "og:published_time"),
    ("name", "article:published_time"),
    ("itemprop", "datepublished"),
    ("name", "pubdate"),
    ("name", "publish-date"),
    ("name", "publish_date"),
    ("name", "dc.date.issued"),
    ("name", "dcterms.issued"),
    ("name", "date"),
    ("property", "og:pubdate"),
    ("name", "sailthru.date"),
)
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—»:]\s+")


@dataclass(frozen=True, slots=True)
class HtmlContent:
    """What an HTML page gives: main text, title, publication date and where that date came from."""

    text: str
    title: str | None
    published: dt.date | None
    date_source: str | None


def looks_like_html(text: str) -> bool:
    """Sniff the start of ``text`` for HTML tags."""
    head = text[:SNIFF_CHARS].lstrip().lower()
    if any(tag in head for tag in _STRONG_TAGS):
        return True
    return head.startswith("<") and any(tag in head for tag in _WEAK_TAGS)


def extract_html(html: str, *, url: str | None = None) -> HtmlContent:
    """Main text, title and date of an HTML page; :class:`BrokenHTML` when no main text can be found."""
    import trafilatura
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
    except Exception:  # lxml raises several error types on garbage
        tree = None
    if tree is None:
        raise BrokenHTML("the HTML cannot be parsed; check that the file is a complete web page, or pass it as text")
    title = page_title(tree)
    published, source = page_date(tree, url=url)
    try:
        text = trafilatura.extract(
            tree,
            url=url,
            fast=True,  # no readability/justext fallback: it drags comments and link lists back in
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_formatting=False,
            with_metadata=False,
            deduplicate=False,
        )
    except Exception:  # trafilatura on untrusted markup: any failure means "no main text"
        text = None
    if not text or not text.strip():
        raise BrokenHTML(
            "no article text could be extracted from the HTML; check the page is a full article, or give its text"
        )
    return HtmlContent(text=text, title=title, published=published, date_source=source)


def page_title(tree: Any) -> str | None:
    """og:title / twitter:title, else <title> without a trailing site name, else the first <h1>."""
    for xpath in ('//meta[@property="og:title"]/@content', '//meta[@name="twitter:title"]/@content'):
        for value in tree.xpath(xpath):
            if str(value).strip():
                return _clean(str(value))
    for value in tree.xpath("//title/text()"):
        if str(value).strip():
            return _strip_site_name(_clean(str(value)))
    for node in tree.xpath("//h1"):
        value = _clean(node.text_content())
        if value:
            return value
    return None


def page_date(tree: Any, *, url: str | None = None) -> tuple[dt.date | None, str | None]:
    """Publication date from <meta>, JSON-LD, the article's first <time datetime>, or the URL; never the body."""
    metas = [(m.attrib, m.get("content", "")) for m in tree.iter("meta")]
    for attr, wanted in _DATE_METAS:
        for attrib, content in metas:
            if str(attrib.get(attr, "")).strip().lower() == wanted:
                found = _try_date(content)
                if found:
                    return found, f"meta:{wanted}"
    for value in _jsonld_dates(tree):
        found = _try_date(value)
        if found:
            return found, "json-ld"
    for xpath in ('//*[@itemprop="datePublished"]/@datetime', "//article//time/@datetime", "//main//time/@datetime"):
        for value in tree.xpath(xpath):
            found = _try_date(str(value))
            if found:
                return found, "time"
    if url:
        found = date_from_url(url)
        if found:
            return found, "url"
    return None, None


def _jsonld_dates(tree: Any) -> Iterator[str]:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        yield from _find_key(data, "datePublished", depth=0)


def _find_key(data: Any, key: str, *, depth: int) -> Iterator[str]:
    if depth > 6:
        return
    if isinstance(data, dict):
        value = data.get(key)
        if isinstance(value, str):
            yield value
        for child in data.values():
            if isinstance(child, (dict, list)):
                yield from _find_key(child, key, depth=depth + 1)
    elif isinstance(data, list):
        for child in data:
            yield from _find_key(child, key, depth=depth + 1)


def _try_date(value: object) -> dt.date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return parse_date(value)
    except BadMetadata:
        return None


def _clean(value: str) -> str:
    return " ".join(value.split())


def _strip_site_name(title: str) -> str:
    """Drop a trailing site name after the last " | " / " - " (when that part is the shorter one)."""
    matches = list(_TITLE_SEPARATORS.finditer(title))
    if not matches:
        return title
    last = matches[-1]
    head, tail = title[: last.start()].strip(), title[last.end() :].strip()
    if head and len(tail) <= min(len(head), MAX_SITE_NAME_CHARS):
        return head
    return title
