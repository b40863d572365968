"""Tests for marsad.ingest: decoding, chrome stripping, titles, HTML extraction, dates, JSON Lines and errors."""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad import errors
from marsad.ingest import (
    MAX_BYTES,
    date_from_url,
    decode_bytes,
    detect_title,
    document_from_record,
    iter_jsonl,
    looks_like_html,
    parse_date,
    read_document,
    strip_trailing_chrome,
)

DATA = Path(__file__).parent / "data"
SEED = DATA / "seed-report-homs.txt"
HTML = DATA / "html"
SEED_TITLE = '"داعش" يعلن مقتل العشرات من ميليشيا أسد بريف حمص'
SEED_END = 'لميليشيات أسد و"قسد".'
PARAGRAPH = (
    "قتل ثلاثة مدنيين وأصيب خمسة آخرون جراء قصف مدفعي لقوات النظام استهدف بلدة إبلين في جبل الزاوية جنوبي إدلب، "
    "بحسب ما أفاد به الدفاع المدني السوري الذي قال إن فرقه انتشلت جثث الضحايا من تحت الأنقاض."
)


@pytest.fixture(scope="module")
def seed_bytes() -> bytes:
    return SEED.read_bytes()


@pytest.fixture(scope="module")
def seed_body(seed_bytes: bytes) -> str:
    """The seed report without its trailing chrome (encodable in Windows-1256: no emoji)."""
    text = seed_bytes.decode("utf-8")
    return text[: text.index("التعليقات")].rstrip()


# --- decoding -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encode", "encoding"),
    [
        (lambda s: s.encode("utf-8"), "utf-8"),
        (lambda s: codecs.BOM_UTF8 + s.encode("utf-8"), "utf-8-sig"),
        (lambda s: s.encode("cp1256"), "cp1256"),
        (lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"), "utf-16-le"),
        (lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"), "utf-16-be"),
        (lambda s: s.encode("utf-16-le"), "utf-16-le"),
        (lambda s: s.encode("utf-16-be"), "utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "cp1256", "utf16le-bom", "utf16be-bom", "utf16le-nobom", "utf16be-nobom"],
)
def test_every_encoding_gives_the_same_document(encode: object, encoding: str, seed_body: str) -> None:
    assert callable(encode)
    data = encode(seed_body)
    doc = read_document(data)
    assert doc.text == seed_body
    assert doc.meta["encoding"] == encoding
    assert doc.title == SEED_TITLE


def test_decode_keeps_text_as_is() -> None:
    text = "سطر أول\r\nسطر ثان\u00a0مع مسافة\tو\u200fعلامة"
    assert decode_bytes(text.encode("utf-8")).text == text


def test_html_declared_charset_is_used_for_legacy_bytes() -> None:
    doc = read_document((HTML / "diyala-cp1256.html").read_bytes())
    assert doc.meta["encoding"] == "cp1256"
    assert "الحشد الشعبي" in doc.text


# --- plain text: chrome and titles --------------------------------------------------------------------------------


def test_seed_chrome_is_stripped(seed_bytes: bytes) -> None:
    doc = read_document(seed_bytes, source_name="seed-report-homs.txt")
    assert doc.text.endswith(SEED_END)
    assert "التعليقات" not in doc.text
    assert "الأكثر قراءة" not in doc.text
    assert seed_bytes.decode("utf-8").startswith(doc.text)  # a prefix: offsets stay valid
    assert doc.title == SEED_TITLE
    assert doc.id == hashlib.sha1(seed_bytes).hexdigest()[:16]
    assert doc.input_format == "text"
    assert doc.language == "ar"
    assert doc.meta["source"] == "seed-report-homs.txt"


def test_chrome_in_the_middle_is_kept() -> None:
    text = f"{PARAGRAPH}\n\nاقرأ أيضا\n\n{PARAGRAPH}\n\nشارك\n"
    assert strip_trailing_chrome(text) == f"{PARAGRAPH}\n\nاقرأ أيضا\n\n{PARAGRAPH}"


def test_most_read_list_and_share_bar_are_stripped() -> None:
    body = f"{PARAGRAPH}\n(رويترز)"
    tail = (
        "\n\nاقرأ أيضاً:\nمقتل قيادي في ميليشيا محلية بانفجار عبوة ناسفة في درعا\nغارات روسية على محيط جسر الشغور\n"
        "فيسبوك | تويتر | واتساب\nجميع الحقوق محفوظة © 2021 شبكة الشمال\n  ١٢  \n"
    )
    assert strip_trailing_chrome(body + tail) == body


def test_short_last_line_without_chrome_is_kept() -> None:
    text = f"{PARAGRAPH}\nالمصدر: الدفاع المدني\n\n"
    assert strip_trailing_chrome(text) == f"{PARAGRAPH}\nالمصدر: الدفاع المدني"


def test_sentence_starting_with_share_word_is_kept() -> None:
    text = f"{PARAGRAPH}\nشارك عشرات المقاتلين في الهجوم."
    assert strip_trailing_chrome(text) == text


def test_title_detection() -> None:
    assert detect_title(f"قصف على إدلب\n\n{PARAGRAPH}") == "قصف على إدلب"
    assert detect_title(f"قصف على إدلب\nقصف على إدلب\n{PARAGRAPH}") == "قصف على إدلب"
    assert detect_title(f"قصف على إدلب\n{PARAGRAPH}") is None
    assert detect_title(f"{PARAGRAPH} {PARAGRAPH}\n\n{PARAGRAPH}") is None  # too long for a title
    assert detect_title(PARAGRAPH) is None


def test_explicit_arguments_win(seed_bytes: bytes) -> None:
    doc = read_document(
        seed_bytes,
        doc_id="homs-1",
        title="عنوان آخر",
        published=dt.date(2020, 7, 5),
        outlet="orient",
        url="https://example.org/2019/01/01/x",
    )
    assert (doc.id, doc.title, doc.published, doc.outlet) == ("homs-1", "عنوان آخر", dt.date(2020, 7, 5), "orient")
    assert doc.meta["date_source"] == "argument"
    assert doc.info()["published"] == "2020-07-05"


# --- HTML ---------------------------------------------------------------------------------------------------------

_CHROME_IN_PAGES = (
    "الرئيسية",
    "اتصل بنا",
    "التعليقات",
    "حسبنا الله",
    "الصمت الدولي",
    "الأكثر قراءة",
    "غارات روسية",
    "فيسبوك",
    "تويتر",
    "جميع الحقوق",
    "اقرأ أيضاً",
    "حملة اعتقالات",
    "تعليقات القراء",
    "الطماطم",
)


@pytest.mark.parametrize("name", ["idlib-shelling.html", "raqqa-jsonld.html", "diyala-cp1256.html"])
def test_html_main_text_drops_chrome(name: str) -> None:
    doc = read_document((HTML / name).read_bytes())
    assert doc.input_format == "html"
    assert len(doc.text) > 300
    for chrome in _CHROME_IN_PAGES:
        assert chrome not in doc.text, chrome


def test_html_meta_date_title_and_body() -> None:
    doc = read_document((HTML / "idlib-shelling.html").read_bytes())
    assert doc.title == "قصف مدفعي يستهدف قرى جبل الزاوية جنوب إدلب"
    assert doc.published == dt.date(2021, 6, 10)  # not the header's "today" nor the body's 2020 date
    assert doc.meta["date_source"] == "meta:article:published_time"
    assert "جبل الزاوية" in doc.text
    assert doc.text.rstrip().endswith("في الخامس من آذار 2020.")


def test_html_jsonld_date_and_title_without_site_name() -> None:
    doc = read_document((HTML / "raqqa-jsonld.html").read_bytes())
    assert doc.published == dt.date(2019, 1, 16)
    assert doc.meta["date_source"] == "json-ld"
    assert doc.title == "انفجار سيارة مفخخة في مدينة الرقة يوقع قتلى"


def test_html_url_date_fallback_and_explicit_date_wins() -> None:
    data = (HTML / "diyala-cp1256.html").read_bytes()
    assert read_document(data).published is None
    doc = read_document(data, url="https://example.net/iraq/2020/03/07/diyala-attack")
    assert doc.published == dt.date(2020, 3, 7)
    assert doc.meta["date_source"] == "url"
    doc = read_document(data, url="https://example.net/2020/03/07/x", published=dt.date(2020, 3, 8))
    assert doc.published == dt.date(2020, 3, 8)


def test_html_time_element_in_article() -> None:
    page = (
        "<html><head><title>خبر</title></head><body><nav><time datetime='2030-01-01'>اليوم</time></nav>"
        f"<article><h1>هجوم في ديالى</h1><time datetime='2017-05-04T10:00:00+03:00'>4 أيار</time>"
        f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>"
    )
    doc = read_document(page.encode("utf-8"))
    assert doc.published == dt.date(2017, 5, 4)
    assert doc.meta["date_source"] == "time"


def test_html_date_in_body_is_not_used() -> None:
    page = f"<html><body><article><p>في 21 شباط 2018 {PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>"
    assert read_document(page.encode("utf-8")).published is None


def test_html_sniffing_and_forced_formats() -> None:
    assert looks_like_html("<!DOCTYPE html><html>")
    assert looks_like_html("\n  <p>نص</p>")
    assert not looks_like_html(PARAGRAPH)
    assert not looks_like_html("قال إن <p> ليس وسما هنا")
    doc = read_document(f"<p>{PARAGRAPH}</p>".encode(), fmt="text")
    assert doc.input_format == "text"
    assert doc.text.startswith("<p>")
    with pytest.raises(errors.UsageError):
        read_document(PARAGRAPH.encode(), fmt="pdf")


# --- errors -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "error", "code"),
    [
        (b"", errors.EmptyInput, "E101"),
        (b" \n\t\r\n ", errors.EmptyInput, "E101"),
        (codecs.BOM_UTF16_LE + " \n ".encode("utf-16-le"), errors.EmptyInput, "E101"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", errors.BinaryInput, "E102"),
        (b"\x00\x01\x02\x03" * 50 + PARAGRAPH.encode(), errors.BinaryInput, "E102"),
        (("\x01\x02\x03\x04\x05" * 20 + PARAGRAPH).encode(), errors.BinaryInput, "E102"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8a\x00", errors.UndecodableInput, "E103"),
        (codecs.BOM_UTF8 + b"\xd9\x82\xff\xfe", errors.UndecodableInput, "E103"),
        (b"Three civilians were killed in shelling on Idlib, the civil defence said.", errors.NotArabic, "E104"),
        ("قصف على إدلب".encode(), errors.NotArabic, "E104"),
        (("قتل " * 10 + "the quick brown fox jumps over the lazy dog " * 20).encode(), errors.NotArabic, "E104"),
        (PARAGRAPH.encode("utf-8").decode("latin-1").encode("utf-8"), errors.NotArabic, "E104"),
        (b"<html><body><div><ul><li></li></ul></div></body></html>", errors.BrokenHTML, "E106"),
    ],
    ids=[
        "empty",
        "whitespace",
        "utf16-whitespace",
        "png",
        "nul-bytes",
        "control-chars",
        "bad-utf16-bom",
        "bad-utf8-bom",
        "english",
        "too-few-arabic",
        "mostly-latin",
        "mojibake",
        "html-without-text",
    ],
)
def test_input_errors(data: bytes, error: type[errors.MarsadError], code: str) -> None:
    with pytest.raises(error) as info:
        read_document(data)
    assert info.value.code == code
    assert str(info.value).startswith(f"{code}: ")
    assert "\n" not in str(info.value)
    assert info.value.exit_code == 3


def test_too_large_is_checked_before_decoding() -> None:
    with pytest.raises(errors.TooLarge) as info:
        read_document(b"\xff" * (MAX_BYTES + 1))
    assert info.value.code == "E105"
    assert MAX_BYTES == 10 * 1024 * 1024


def test_mojibake_message_says_what_to_do() -> None:
    mojibake = PARAGRAPH.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
    with pytest.raises(errors.NotArabic, match="UTF-8"):
        read_document(mojibake)


def test_broken_html_still_extracts_when_possible() -> None:
    page = f"<html><body><div class='x'><p>{PARAGRAPH}<p>{PARAGRAPH}</div><div <<< </sp"
    doc = read_document(page.encode("utf-8"))
    assert "جبل الزاوية" in doc.text


# --- dates --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018-02-21", dt.date(2018, 2, 21)),
        ("2018-02-21 02:46:01", dt.date(2018, 2, 21)),
        ("2018-02-21T10:00:00Z", dt.date(2018, 2, 21)),
        ("2018-02-21T23:30:00+03:00", dt.date(2018, 2, 21)),
        ("Tue, 01 Sep 2020 10:00:00 GMT", dt.date(2020, 9, 1)),
        ("21 شباط 2018", dt.date(2018, 2, 21)),
        ("٢١ شباط ٢٠١٨", dt.date(2018, 2, 21)),
        ("الأربعاء 21 فبراير 2018", dt.date(2018, 2, 21)),
        ("21 فبراير/شباط 2018", dt.date(2018, 2, 21)),
        ("5 تشرين الثاني 2019", dt.date(2019, 11, 5)),
        ("21/02/2018", dt.date(2018, 2, 21)),
    ],
)
def test_parse_date(value: str, expected: dt.date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["", "not a date", "2018-13-45", "شباط 2018", "x" * 500])
def test_parse_date_rejects(value: str) -> None:
    with pytest.raises(errors.BadMetadata) as info:
        parse_date(value)
    assert info.value.code == "E108"


def test_date_from_url() -> None:
    assert date_from_url("https://example.org/2019/01/16/story") == dt.date(2019, 1, 16)
    assert date_from_url("https://example.org/news/2019-01-16-story") == dt.date(2019, 1, 16)
    assert date_from_url("https://example.org/news/123456789") is None
    assert date_from_url("https://example.org/2019/13/40/x") is None


# --- JSON Lines ---------------------------------------------------------------------------------------------------


def test_iter_jsonl_skips_blanks_and_reports_bad_lines() -> None:
    lines = [
        json.dumps({"id": "a", "text": PARAGRAPH}, ensure_ascii=False),
        "",
        "{not json",
        "[1, 2]",
        "   ",
        json.dumps({"text": PARAGRAPH, "date": "2018-02-21"}),
    ]
    stream = io.BytesIO(codecs.BOM_UTF8 + "\n".join(lines).encode("utf-8") + b"\n")
    items = list(iter_jsonl(stream))
    assert [lineno for lineno, _ in items] == [1, 3, 4, 6]
    assert isinstance(items[0][1], dict)
    assert items[0][1]["id"] == "a"
    for _, bad in items[1:3]:
        assert isinstance(bad, errors.BadRecord)
        assert bad.code == "E107"
    assert "line 3" in str(items[1][1])
    record = items[3][1]
    assert isinstance(record, dict)
    doc = document_from_record(record, lineno=6)
    assert doc.id == "line-6"
    assert doc.published == dt.date(2018, 2, 21)
    assert doc.input_format == "json"


def test_document_from_record_fields_and_defaults() -> None:
    record = {"id": 17, "text": f"عنوان الخبر\n\n{PARAGRAPH}", "published": "21 شباط 2018", "url": "https://x.org/a"}
    doc = document_from_record(record, lineno=2, defaults={"outlet": "orient", "title": None})
    assert (doc.id, doc.outlet, doc.url, doc.title) == ("17", "orient", "https://x.org/a", "عنوان الخبر")
    assert doc.published == dt.date(2018, 2, 21)
    page = (HTML / "raqqa-jsonld.html").read_text(encoding="utf-8")
    cli_defaults = {"outlet": "other", "published": dt.date(2024, 1, 1), "url": None}
    doc = document_from_record({"html": page, "outlet": "furat"}, lineno=3, defaults=cli_defaults)
    assert doc.outlet == "furat"
    assert doc.published == dt.date(2019, 1, 16)  # the page's own date beats a default
    assert doc.meta["content_format"] == "html"
    assert "تعليقات القراء" not in doc.text
    doc = document_from_record({"text": PARAGRAPH}, lineno=4, defaults=cli_defaults)
    assert (doc.published, doc.meta["date_source"], doc.outlet) == (dt.date(2024, 1, 1), "default", "other")
    doc = document_from_record(
        {"text": PARAGRAPH, "published": "", "date": "2018-02-21"}, lineno=5, defaults=cli_defaults
    )
    assert doc.published == dt.date(2018, 2, 21)


@pytest.mark.parametrize(
    ("record", "error"),
    [
        ({"title": "بلا نص"}, errors.BadRecord),
        ({"text": 5}, errors.BadRecord),
        ({"text": PARAGRAPH, "title": ["x"]}, errors.BadRecord),
        ({"text": PARAGRAPH, "id": {"a": 1}}, errors.BadRecord),
        ({"text": PARAGRAPH, "published": 2018}, errors.BadRecord),
        ({"text": PARAGRAPH + "\ud800"}, errors.BadRecord),
        ({"text": PARAGRAPH, "published": "yesterday-ish"}, errors.BadMetadata),
        ({"text": PARAGRAPH, "date": "2018-02-30"}, errors.BadMetadata),
        ({"text": "  "}, errors.EmptyInput),
        ({"text": "English only, no Arabic here at all, sorry."}, errors.NotArabic),
    ],
)
def test_document_from_record_errors(record: dict[str, object], error: type[errors.MarsadError]) -> None:
    with pytest.raises(error) as info:
        document_from_record(record, lineno=9)
    if error in (errors.BadRecord, errors.BadMetadata):
        assert "line 9" in str(info.value)


# --- robustness ---------------------------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_raise_only_marsad_errors(data: bytes) -> None:
    try:
        doc = read_document(data)
    except errors.MarsadError:
        return
    assert doc.text.strip()


_ARABIC_ISH = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهوي أإآىةء\n\r\t<>/p!0123456789٠١٢:()💡✨")),
    max_size=600,
)


@settings(max_examples=200, deadline=None)
@given(_ARABIC_ISH, st.sampled_from(["auto", "text", "html"]))
def test_arabic_like_text_keeps_offsets(text: str, fmt: str) -> None:
    try:
        doc = read_document(text.encode("utf-8"), fmt=fmt)
    except errors.MarsadError:
        return
    if doc.input_format == "text":
        assert text.startswith(doc.text)
        assert doc.text == doc.text.rstrip()


def test_a_link_line_glued_to_the_last_sentence_is_chrome() -> None:
    from marsad.ingest.text import strip_trailing_chrome

    body = "وفر آخرون إلى منطقة جزيرة الخالدية."
    assert strip_trailing_chrome(body + " رابط الخبر بصحيفة الوئام: العراق: مقتل 19 من عناصر داعش") == body
    assert strip_trailing_chrome(body + "\nرابط الخبر بصحيفة الوئام: العراق") == body
    assert strip_trailing_chrome("قتل خمسة. وأصيب عشرة.") == "قتل خمسة. وأصيب عشرة."


def test_a_tag_list_glued_to_the_last_sentence_is_chrome() -> None:
    """"... جنوبي الرمادي. سمات الرمادي داعش هجوم مسلح": the site's tags (a period may sit among them), not a
    sentence with an attack in it; "سماتها" or "سمات" further back in the body is text."""
    from marsad.ingest.text import strip_trailing_chrome

    body = "قتل عشرة من عناصر داعش بضربة جوية استهدفت مقرهم، جنوبي الرمادي."
    assert strip_trailing_chrome(body + " سمات الرمادي داعش هجوم مسلح") == body
    assert strip_trailing_chrome(body + " سمات التحالف الدولي. داعش غارة") == body
    assert strip_trailing_chrome(body + "\nسمات العراق داعش") == body
    kept = body + " سماتها واضحة في كل هجوم"
    assert strip_trailing_chrome(kept) == kept
    far = body + " سمات الهجوم. " + "وقال مسؤول إن القوات العراقية تواصل عملياتها العسكرية في المنطقة " * 3 + "."
    assert strip_trailing_chrome(far) == far
