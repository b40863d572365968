"""Ingest sources: folders, text/HTML files, JSON Lines, WARC (written with warcio here) and RSS/Atom feeds."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from marsad.collect import collect
from marsad.errors import FileMissing, SourceUnreadable
from marsad.store.db import open_db
from marsad.store.ingest import ingest
from marsad.store.models import Document
from tests.store_helpers import OTHER, SAME_1, SAME_2, write_jsonl

PAGE = (
    "<html><head><title>قصف على أريحا</title><meta property='article:published_time' content='2020-09-01'></head>"
    "<body><article><h1>قصف على أريحا</h1><p>{text}</p></article></body></html>"
)


def _warc(path: Path) -> Path:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n, rec in enumerate((SAME_1, OTHER), start=1):
            body = PAGE.format(text=rec["text"]).encode("utf-8")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    f"https://example.org/news/{n}", "response", payload=io.BytesIO(body), http_headers=headers
                )
            )
        # a non-HTML response is skipped
        headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://example.org/logo.png", "response", payload=io.BytesIO(b"\x89PNG"), http_headers=headers
            )
        )
    return path


FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Orient</title><link>https://example.org</link><description>news</description>
<item><title>قصف على أريحا</title><link>https://example.org/a/1</link>
<pubDate>Tue, 01 Sep 2020 10:00:00 GMT</pubDate><description><![CDATA[<p>{one}</p>]]></description></item>
<item><title>هجوم في البادية</title><link>https://example.org/a/2</link>
<pubDate>Tue, 01 Sep 2020 11:00:00 GMT</pubDate><description><![CDATA[<p>{two}</p>]]></description></item>
</channel></rss>
"""


def test_warc_ingest(tmp_path: Path) -> None:
    warc = _warc(tmp_path / "crawl.warc.gz")
    items = list(collect([str(warc)]))
    assert [i.doc_key for i in items] == ["https://example.org/news/1", "https://example.org/news/2"]
    engine = open_db(f"sqlite:///{tmp_path / 'w.sqlite'}")
    stats = ingest(engine, [str(warc)], workers=1)
    assert stats.new == 2 and stats.rejected == 0 and stats.events >= 2
    with Session(engine) as s:
        doc = s.scalar(select(Document).where(Document.doc_key == "https://example.org/news/1"))
        assert doc is not None and doc.input_format == "html" and "أريحا" in doc.text
        assert doc.url == "https://example.org/news/1"
    assert ingest(engine, [str(warc)], workers=1).unchanged == 2
    engine.dispose()


def test_rss_ingest(tmp_path: Path) -> None:
    feed = tmp_path / "orient.rss"
    feed.write_text(FEED.format(one=SAME_2["text"], two=OTHER["text"]), encoding="utf-8")
    items = list(collect([str(feed)]))
    assert [i.doc_key for i in items] == ["https://example.org/a/1", "https://example.org/a/2"]
    assert items[0].meta["published"] == "2020-09-01" and items[0].meta["outlet"] == "Orient"
    engine = open_db(f"sqlite:///{tmp_path / 'f.sqlite'}")
    stats = ingest(engine, [str(feed)], workers=1)
    assert stats.new == 2 and stats.rejected == 0 and stats.events >= 2
    with Session(engine) as s:
        doc = s.scalar(select(Document).where(Document.doc_key == "https://example.org/a/1"))
        assert doc is not None and doc.published is not None and doc.published.isoformat() == "2020-09-01"
        assert doc.outlet == "Orient"
    engine.dispose()


def test_folder_is_recursive_and_skips_unknown_files(tmp_path: Path) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "one.txt").write_text(SAME_1["text"], encoding="utf-8")
    (tmp_path / "in" / "sub" / "two.html").write_text(PAGE.format(text=OTHER["text"]), encoding="utf-8")
    write_jsonl(tmp_path / "in" / "sub" / "more.jsonl", [SAME_2])
    (tmp_path / "in" / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "in" / ".hidden.txt").write_text("x", encoding="utf-8")
    keys = [i.doc_key for i in collect([str(tmp_path / "in")])]
    assert len(keys) == 3
    assert keys[0].endswith("in/one.txt") and "r2" in keys


def test_bad_sources(tmp_path: Path) -> None:
    with pytest.raises(FileMissing):
        list(collect([str(tmp_path / "nope")]))
    bad = tmp_path / "bad.warc"
    bad.write_bytes(b"this is not a warc file at all\n" * 10)
    with pytest.raises(SourceUnreadable):
        list(collect([str(bad)]))
    feed = tmp_path / "bad.rss"
    feed.write_text("<?xml version='1.0'?><rss><channel><item>", encoding="utf-8")
    with pytest.raises(SourceUnreadable):
        list(collect([str(feed)]))


def test_feed_from_url(tmp_path: Path) -> None:
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    (tmp_path / "feed.xml").write_text(FEED.format(one=SAME_1["text"], two=OTHER["text"]), encoding="utf-8")

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(tmp_path)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
        items = list(collect([url]))
        assert [i.doc_key for i in items] == ["https://example.org/a/1", "https://example.org/a/2"]
        with pytest.raises(SourceUnreadable):
            list(collect([f"http://127.0.0.1:{server.server_address[1]}/missing.xml"]))
    finally:
        server.shutdown()
        server.server_close()
