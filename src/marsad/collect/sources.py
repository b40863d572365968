"""Walk ingest paths and yield :class:`Item` objects, one per report.

* a folder: every file below it (recursive, sorted, hidden files skipped) with a known extension;
* ``.jsonl``: one item per line (``doc_key`` = the record's ``id``, else ``<path>#line-<n>``);
* ``.warc`` / ``.warc.gz``: one item per ``response`` record with an HTML or text body (``doc_key`` = target URI);
* RSS/Atom (``.rss``, ``.atom``, ``.xml`` or a file that starts like a feed; or an ``http(s)://`` URL): one item per
  entry (``doc_key`` = the entry's link, else its id);
* any other file: its bytes, read as text or HTML (``doc_key`` = the absolute path).
"""

from __future__ import annotations

import gzip
import html
import urllib.request
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from marsad.collect.items import Item
from marsad.errors import FileMissing, MarsadError, SourceUnreadable, TooLarge
from marsad.ingest import MAX_BYTES, iter_jsonl

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
WARC_SUFFIXES = (".warc", ".warc.gz")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
FOLDER_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES + WARC_SUFFIXES + JSONL_SUFFIXES
FEED_TIMEOUT_S = 30


def collect(paths: Iterable[str]) -> Iterator[Item]:
    """Items from every path (file, folder or feed URL), in order; missing paths raise ``E109`` up front."""
    plist = list(paths)
    for p in plist:
        if not _is_url(p) and not Path(p).exists():
            raise FileMissing(f"no such file or folder: {p}")
    for p in plist:
        yield from collect_path(p)


def collect_path(path: str) -> Iterator[Item]:
    """Items from one path or URL."""
    if _is_url(path):
        yield from _feed_items(_fetch(path), path)
        return
    p = Path(path)
    if p.is_dir():
        for f in sorted(p.rglob("*")):
            rel = f.relative_to(p)
            if any(part.startswith(".") for part in rel.parts) or not f.is_file():
                continue
            if _suffix(f) in FOLDER_SUFFIXES:
                yield from _file_items(f)
        return
    yield from _file_items(p)


def _is_url(path: str) -> bool:
    return path.startswith(("http://", "https://"))


def _suffix(p: Path) -> str:
    name = p.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else p.suffix.lower()


def _key(p: Path) -> str:
    return p.resolve().as_posix()


def _file_items(p: Path) -> Iterator[Item]:
    suffix = _suffix(p)
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_items(p)
    elif suffix in WARC_SUFFIXES:
        yield from _warc_items(p)
    else:
        data = _read_head(p)
        if suffix in FEED_SUFFIXES or _looks_like_feed(data):
            yield from _feed_items(data, _key(p))
            return
        fmt = "html" if suffix in HTML_SUFFIXES else "auto"
        yield Item(_key(p), data, source=str(p), input_format="html" if fmt == "html" else "text", meta={"fmt": fmt})


def _read_head(p: Path) -> bytes:
    try:
        with p.open("rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise SourceUnreadable(f"cannot read {p}: {exc.strerror or exc}") from None


def _looks_like_feed(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)


def _jsonl_items(p: Path) -> Iterator[Item]:
    key = _key(p)
    try:
        fh = p.open("rb")
    except OSError as exc:
        raise SourceUnreadable(f"cannot read {p}: {exc.strerror or exc}") from None
    with fh:
        for lineno, rec in iter_jsonl(fh):
            where = f"{p}:{lineno}"
            if isinstance(rec, MarsadError):
                yield Item(f"{key}#line-{lineno}", where.encode(), source=where, input_format="json", error=rec)
                continue
            rid = rec.get("id")
            doc_key = str(rid) if isinstance(rid, (str, int)) and not isinstance(rid, bool) and rid != "" else None
            yield Item(
                doc_key or f"{key}#line-{lineno}",
                rec,
                source=where,
                input_format="json",
                meta={"lineno": lineno},
            )


def _warc_items(p: Path) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        fh = p.open("rb")
    except OSError as exc:
        raise SourceUnreadable(f"cannot read {p}: {exc.strerror or exc}") from None
    with fh:
        if not _warc_magic(fh):
            raise SourceUnreadable(f"{p} is not a WARC file (no 'WARC/' header); check the file")
        try:
            for record in ArchiveIterator(fh):
                if record.rec_type not in ("response", "resource"):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                where = f"{p}@{record.rec_headers.get_header('WARC-Record-ID') or uri}"
                if record.http_headers is not None:
                    status = record.http_headers.get_statuscode()
                    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                    if status and not str(status).startswith("2"):
                        continue
                else:
                    ctype = (record.rec_headers.get_header("Content-Type") or "").lower()
                if ctype and not any(t in ctype for t in ("html", "text/plain", "xml")):
                    continue
                body = record.content_stream().read(MAX_BYTES + 1)
                fmt = "html" if ("html" in ctype or not ctype) else "auto"
                yield Item(
                    uri or where,
                    body,
                    source=where,
                    input_format="html" if fmt == "html" else "text",
                    meta={"fmt": fmt, "url": uri or None},
                )
        except ArchiveLoadFailed as exc:
            raise SourceUnreadable(f"{p} is not a readable WARC file ({exc}); check the file") from None


def _warc_magic(fh: BinaryIO) -> bool:
    """True when the (possibly gzipped) file starts with a WARC version line; rewinds the file."""
    head = fh.read(2)
    fh.seek(0)
    if head == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=fh) as gz:
                first = gz.read(5)
        except (OSError, EOFError):
            first = b""
        fh.seek(0)
    else:
        first = fh.read(5)
        fh.seek(0)
    return first == b"WARC/"


def _fetch(url: str) -> bytes:
    req = urllib.request.Request(url, headers={"User-Agent": "marsad (feed reader)"})
    try:
        with urllib.request.urlopen(req, timeout=FEED_TIMEOUT_S) as resp:
            data: bytes = resp.read(MAX_BYTES * 4)
            return data
    except (OSError, ValueError) as exc:
        raise SourceUnreadable(f"cannot fetch the feed {url}: {exc}; check the URL and the network") from None


def _entry_body(entry: Any) -> str:
    contents = entry.get("content") or []
    for c in contents:
        value = c.get("value") if isinstance(c, dict) else None
        if value:
            return str(value)
    return str(entry.get("summary") or entry.get("description") or "")


def _entry_date(entry: Any) -> str | None:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(name)
        if t:
            return f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}"
    return None


def _feed_items(data: bytes, origin: str) -> Iterator[Item]:
    import feedparser

    parsed = feedparser.parse(data)
    entries = [e for e in parsed.get("entries") or [] if e.get("title") or _entry_body(e)]
    if parsed.get("bozo") and not entries:
        exc = parsed.get("bozo_exception")
        raise SourceUnreadable(f"{origin} is not a readable RSS/Atom feed ({exc}); check the file or URL")
    outlet = (parsed.get("feed") or {}).get("title") or None
    for n, entry in enumerate(entries, start=1):
        link = entry.get("link") or None
        key = link or entry.get("id") or f"{origin}#entry-{n}"
        title = entry.get("title") or None
        body = _entry_body(entry)
        # the page kept and hashed: title + body, so a changed headline is a new version too
        page = f"<html><head><title>{html.escape(title or '')}</title></head><body><article>"
        page += (f"<h1>{html.escape(title)}</h1>" if title else "") + body + "</article></body></html>"
        raw = page.encode("utf-8")
        meta: dict[str, Any] = {"fmt": "html", "url": link, "title": title, "outlet": outlet}
        if (published := _entry_date(entry)) is not None:
            meta["published"] = published
        err = TooLarge("the feed entry is over the size limit; split it") if len(raw) > MAX_BYTES else None
        yield Item(str(key), raw, source=f"{origin}#entry-{n}", input_format="html", meta=meta, error=err)
