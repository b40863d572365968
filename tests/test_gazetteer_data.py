"""Checks on the gazetteer knowledge files (src/marsad/data/places.tsv, countries.tsv, admin1.geojson).

Reads only files inside the repository."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from marsad.knowledge.schemas import PLACE_COLUMNS as SCHEMA_PLACE_COLUMNS

DATA = Path(__file__).resolve().parents[1] / "src" / "marsad" / "data"
PLACE_COLUMNS = list(SCHEMA_PLACE_COLUMNS)
SY_IQ_ADMIN1 = {
    "SY": {
        "Al-Hasakah",
        "Al-Raqqah",
        "Aleppo",
        "As-Suwayda",
        "Damascus",
        "Daraa",
        "Deir ez-Zor",
        "Hama",
        "Homs",
        "Idlib",
        "Latakia",
        "Quneitra",
        "Rif Dimashq",
        "Tartus",
    },
    "IQ": {
        "Al Anbar",
        "Al Muthanna",
        "Al-Qādisiyyah",
        "Babylon",
        "Baghdad",
        "Basra",
        "Dhi Qar",
        "Diyala",
        "Duhok",
        "Erbil",
        "Karbala",
        "Kirkuk",
        "Maysan",
        "Najaf",
        "Nineveh",
        "Saladin",
        "Sulaymaniyah",
        "Wasit",
    },
}

_TRANS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك", "ؤ": "و", "ئ": "ي"}
)


def norm(s: str) -> str:
    return " ".join(re.sub("[\u064b-\u065f\u0670\u0640]", "", s).translate(_TRANS).split())


@pytest.fixture(scope="module")
def places():
    with (DATA / "places.tsv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        assert reader.fieldnames == PLACE_COLUMNS
        return list(reader)


@pytest.fixture(scope="module")
def by_name(places):
    idx: dict[str, list[dict]] = {}
    for r in places:
        for n in r["names_ar"].split("|"):
            idx.setdefault(norm(n), []).append(r)
    return idx


def test_size_and_row_count(places):
    assert (DATA / "places.tsv").stat().st_size < 6_000_000
    assert len(places) > 5000


def test_every_row_complete(places):
    for r in places:
        assert r["id"] and r["kind"] and r["names_ar"], r
        assert all(n.strip() for n in r["names_ar"].split("|")), r["id"]
        assert re.fullmatch(r"[A-Z]{2}", r["country"]), r["id"]
        assert r["ambiguous"] in ("0", "1"), r["id"]
        assert r["precision"] in ("1", "2", "3"), r["id"]
        assert r["population"] == "" or r["population"].isdigit(), r["id"]
        assert r["source"], r["id"]


def test_coordinates_in_range(places):
    for r in places:
        lat, lon = float(r["lat"]), float(r["lon"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180, r["id"]
        if r["country"] in ("SY", "IQ"):
            assert 29 <= lat <= 38 and 35 <= lon <= 49, r["id"]


def test_ids_unique(places):
    ids = [r["id"] for r in places]
    assert len(ids) == len(set(ids))


def test_syria_iraq_admin1_filled(places):
    for r in places:
        if r["country"] in SY_IQ_ADMIN1:
            assert r["admin1_en"] in SY_IQ_ADMIN1[r["country"]], (r["id"], r["admin1_en"])
            assert r["admin1_ar"], r["id"]


TURKISH_PROVINCES = 81


@pytest.mark.parametrize(("name", "admin1"), [
    ("كيليس", "Kilis"), ("شانلي أورفة", "Sanliurfa"), ("ماردين", "Mardin"), ("ديار بكر", "Diyarbakir"),
    ("أنقرة", "Ankara"), ("إسطنبول", "Istanbul"), ("جزرة", "Sirnak"), ("سروج", "Sanliurfa"), ("نصيبين", "Mardin"),
])
def test_turkish_towns_carry_their_province(by_name, name, admin1):
    """The ACLED admin-1 of a Turkish town (data-sources/admin1_capitals_abroad.tsv for GeoNames towns, by hand in
    places_extra.yaml for the border towns GeoNames names in Latin only)."""
    rows = [r for r in by_name[norm(name)] if r["country"] == "TR"]
    assert rows, name
    assert rows[0]["admin1_en"] == admin1, (name, rows[0]["admin1_en"])


@pytest.mark.parametrize(("name", "country", "admin1"), [
    ("السلط", "JO", "Balqa"), ("إربد", "JO", "Irbid"), ("زحلة", "LB", "Beqaa"), ("صيدا", "LB", "South"),
    ("طرابلس", "LB", "North"), ("جازان", "SA", "Jazan"), ("خان يونس", "PS", "Gaza Strip"), ("الحديدة", "YE", "Al Hudaydah"),
    ("الأهواز", "IR", "Khuzestan"), ("العريش", "EG", "North Sinai"),
])
def test_towns_of_the_region_carry_their_province(by_name, name, country, admin1):
    """Lebanon, Jordan, Yemen, Saudi Arabia, Palestine, Iran and Egypt: the ACLED admin-1 of a GeoNames town from the province
    of data-sources/admin1_capitals_abroad.tsv whose listed town shares its GeoNames admin1 code."""
    rows = [r for r in by_name[norm(name)] if r["country"] == country]
    assert rows, name
    assert rows[0]["admin1_en"] == admin1, (name, rows[0]["admin1_en"])


def test_every_turkish_province_is_known(places):
    """Each GeoNames town of Turkey lies in one of its 81 provinces (an admin1 code the capitals file misses would
    leave towns without one); a region across provinces ("جنوب شرق تركيا") has none."""
    tr = [r for r in places if r["country"] == "TR" and r["kind"] != "broad"]
    assert tr and all(r["admin1_en"] for r in tr), [r["name_en"] for r in tr if not r["admin1_en"]][:5]
    assert len({r["admin1_en"] for r in tr}) <= TURKISH_PROVINCES


def test_syria_iraq_rows_first(places):
    countries = [r["country"] for r in places]
    last_sy_iq = max(i for i, c in enumerate(countries) if c in ("SY", "IQ"))
    first_other = min(i for i, c in enumerate(countries) if c not in ("SY", "IQ"))
    assert last_sy_iq < first_other


def test_no_short_or_non_arabic_names(places):
    for r in places:
        for n in r["names_ar"].split("|"):
            assert len(norm(n).replace(" ", "")) > 2, (r["id"], n)
            assert not re.search("[پچژگڤۆێەڕڵھ]", n) or r["country"] == "IQ", (r["id"], n)


@pytest.mark.parametrize(
    "name,country,kind",
    [
        ("بادية تدمر", "SY", "desert"),
        ("البادية السورية", "SY", "desert"),
        ("السخنة", "SY", None),
        ("التنف", "SY", "base"),
        ("مطار التيفور", "SY", "airport"),
        ("قاعدة حميميم", "SY", "base"),
        ("مخيم الركبان", "SY", "camp"),
        ("مخيم الهول", "SY", "camp"),
        ("الباغوز", "SY", "village"),
        ("الشدادي", "SY", "village"),
        ("حقل العمر", "SY", "oilfield"),
        ("معبر باب الهوى", "SY", "crossing"),
        ("سد الفرات", "SY", "dam"),
        ("الغوطة الشرقية", "SY", "region"),
        ("كوباني", "SY", None),
        ("قاعدة عين الأسد", "IQ", "base"),
        ("المنطقة الخضراء", "IQ", "district"),
        ("جرف الصخر", "IQ", "village"),
        ("سلسلة جبال حمرين", "IQ", "mountain"),
        ("سد الموصل", "IQ", "dam"),
        ("الكرادة", "IQ", "neighbourhood"),
        ("الدجيل", "IQ", "town"),
        ("التريمسة", "SY", "town"),
    ],
)
def test_extra_places_present(by_name, name, country, kind):
    rows = by_name.get(norm(name), [])
    assert any(r["country"] == country and (kind is None or r["kind"] == kind) for r in rows), name


def test_desert_is_region_precision(by_name):
    (row,) = [r for r in by_name[norm("بادية تدمر")] if r["country"] == "SY"]
    assert row["precision"] == "3"
    assert row["admin1_en"] == "Homs"


@pytest.mark.parametrize(
    "name,country",
    [
        ("تدمر", "SY"),
        ("القائم", "IQ"),
        ("حديثة", "IQ"),
        ("هيت", "IQ"),
        ("الطبقة", "SY"),
        ("القصير", "SY"),
        ("الباب", "SY"),
    ],
)
def test_ambiguous_flags(by_name, name, country):
    rows = [r for r in by_name[norm(name)] if r["country"] == country]
    assert rows and all(r["ambiguous"] == "1" for r in rows), name


@pytest.mark.parametrize("name", ["دمشق", "حلب", "بغداد", "الموصل", "دير الزور", "الرقة", "إدلب", "الفلوجة"])
def test_major_places_not_ambiguous(by_name, name):
    rows = [r for r in by_name[norm(name)] if r["country"] in ("SY", "IQ")]
    assert rows and any(r["ambiguous"] == "0" for r in rows), name


def test_shared_names_syria_iraq_first(places):
    seen: dict[str, str] = {}
    for r in places:
        for n in r["names_ar"].split("|"):
            k = norm(n)
            if r["country"] in ("SY", "IQ"):
                assert seen.get(k, "SY") in ("SY", "IQ"), (n, r["id"])
            seen.setdefault(k, r["country"])


def test_admin1_rows(places):
    admin1 = [r for r in places if r["kind"] == "admin1"]
    assert len(admin1) == 32
    assert all(r["precision"] == "3" for r in admin1)


def test_admin1_rows_sit_at_the_provincial_capital(places):
    """ACLED codes a governorate-only event (geo_precision 3) at the provincial capital, not at a centroid."""
    by_name = {(r["kind"] == "admin1", r["name_en"]): r for r in places if r["country"] in ("SY", "IQ")}
    for admin, town in (("Al Anbar", "Ramadi"), ("Diyala", "Baqubah"), ("Homs", "Homs"), ("Nineveh", "Mosul"),
                        ("Deir ez-Zor", "Deir ez-Zor"), ("Tartus", "Tartus")):
        a, t = by_name[(True, admin)], by_name[(False, town)]
        assert abs(float(a["lat"]) - float(t["lat"])) < 0.01 and abs(float(a["lon"]) - float(t["lon"])) < 0.01, admin


def test_countries():
    with (DATA / "countries.tsv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        assert reader.fieldnames == ["iso2", "iso3", "iso_numeric", "name_en", "names_ar", "acled_region"]
        rows = {r["iso2"]: r for r in reader}
    assert len(rows) > 240
    assert "سوريا" in rows["SY"]["names_ar"].split("|") and "سورية" in rows["SY"]["names_ar"].split("|")
    assert rows["IQ"]["names_ar"].split("|")[0] == "العراق"
    assert rows["SY"]["acled_region"] == rows["IQ"]["acled_region"] == "Middle East"
    assert rows["EG"]["acled_region"] == "Northern Africa"
    assert rows["SY"]["iso3"] == "SYR" and rows["SY"]["iso_numeric"] == "760"
    assert all(r["acled_region"] for r in rows.values())


def test_admin1_geojson():
    gj = json.loads((DATA / "admin1.geojson").read_text(encoding="utf-8"))
    feats = gj["features"]
    assert len(feats) == 33
    names = {f["properties"]["name_en"] for f in feats}
    assert SY_IQ_ADMIN1["SY"] <= names and SY_IQ_ADMIN1["IQ"] <= names
