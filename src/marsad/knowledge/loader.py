"""Load, validate and compile the knowledge files once; cache the compiled form on disk.

The compiled :class:`KnowledgeBase` (matchers over normalised Arabic) is pickled under the user cache directory,
keyed by a hash of the data files and of the code that compiles them, so that a command starts fast.
``MARSAD_DATA_DIR`` points at another data folder (an analyst's extended copy); ``MARSAD_NO_CACHE=1`` disables the
cache.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import os
import pickle
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any, NamedTuple

import ahocorasick
import yaml
from pydantic import ValidationError

from marsad.errors import KnowledgeError
from marsad.knowledge import schemas as S
from marsad.text.dates import anchor_matcher
from marsad.text.matcher import Matcher, MatcherGroup
from marsad.text.normalise import normalise
from marsad.text.numbers import number_matchers

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
FILES = ("actors.yaml", "sources.yaml", "triggers.yaml", "lexicon.yaml", "places.tsv", "countries.tsv")
CACHE_VERSION = "19"
_NON_ARABIC_LETTERS = re.compile("[پچژگکیۆێەڕڤۋ]")


#: the registry's actors for a side nobody named ("مسلحون مجهولون", an air strike nobody claims)
UNNAMED_ACTORS = frozenset({"unidentified", "unidentified-military"})


def _alternation(words: list[str]) -> str:
    """A regex alternation of the normalised words, longest first (so that a longer word wins at a position)."""
    return "|".join(sorted((re.escape(normalise(w)) for w in words), key=len, reverse=True))


def _adjective_forms(adjective: str) -> list[str]:
    """A normalised nationality adjective without "ال", then its masculine plural and dual ("جنود أمريكيون",
    "جنديان أمريكيان") or its feminine dual ("طائرتان روسيتان")."""
    stem = adjective.removeprefix("ال")
    if stem.endswith("ي"):
        return [stem, stem + "ين", stem + "ون", stem + "ان"]
    if stem.endswith("يه"):
        return [stem, stem[:-1] + "تان", stem[:-1] + "تين"]
    return [stem]


class Place(NamedTuple):
    """A gazetteer entry (a named tuple: 14k of them are unpickled at every start, and tuples load fastest)."""

    id: str
    kind: str
    name_en: str
    names_ar: tuple[str, ...]
    lat: float
    lon: float
    country: str
    admin1_en: str
    admin1_ar: str
    population: int
    ambiguous: bool
    precision: int


class Country(NamedTuple):
    iso2: str
    iso3: str
    iso_numeric: int
    name_en: str
    names_ar: tuple[str, ...]
    region: str


@dataclass
class KnowledgeBase:
    """Everything the recognisers need, compiled."""

    actors: dict[str, S.Actor]
    sources: dict[str, S.Source]
    outlets: list[S.Outlet]
    sub_event_types: list[S.SubEventType]
    places: list[Place]
    countries: dict[str, Country]
    lexicon: S.LexiconFile
    camps: list[S.Camp] = field(default_factory=list)
    matchers: dict[str, Matcher[Any]] = field(default_factory=dict)
    data_hash: str = ""
    _outlet_index: dict[str, S.Outlet] | None = field(default=None, repr=False)

    @cached_property
    def precedence(self) -> dict[str, int]:
        """ACLED's listing order of the sub-event types (built once: assembly asks for it for every mention)."""
        return {s.name: i for i, s in enumerate(self.sub_event_types)}

    @cached_property
    def nationality(self) -> dict[str, str]:
        """Normalised country adjective ("التركيه") -> ISO2 country code (lexicon.yaml ``nationalities``)."""
        return {normalise(t): n.country for n in self.lexicon.nationalities for t in n.terms}

    @cached_property
    def nationality_words(self) -> dict[str, str]:
        """Every form of a country adjective as a word, with or without "ال", normalised ("تركيه", "تركيان",
        "التركي", "اتراك") -> ISO2 country code."""
        out: dict[str, str] = {}
        for t, country in self.nationality.items():
            forms = _adjective_forms(t)
            if forms[0].endswith("ي"):
                forms.insert(1, forms[0] + "ه")  # the feminine of a masculine adjective ("تركي" -> "تركيه")
            for f in forms:
                out[f] = country
                out["ال" + f] = country
        return out

    @cached_property
    def reaction_leads(self) -> frozenset[str]:
        """Normalised past-tense reaction verbs that open a reaction story (lexicon.yaml ``reaction_leads``)."""
        return frozenset(normalise(w) for w in self.lexicon.reaction_leads)

    @cached_property
    def aim_nouns(self) -> tuple[str, ...]:
        """Normalised verbal nouns that name an aim after "ل" ("لاستعادة", "للإفراج": lexicon.yaml ``aim_nouns``)."""
        return tuple(normalise(w) for w in self.lexicon.aim_nouns)

    @cached_property
    def operation_head(self) -> re.Pattern[str]:
        """A word right before a territorial aim noun that makes it the aim or the name of an operation (lexicon.yaml
        ``operation_heads``: "عملية تحرير الأنبار", "معركة استعادة الرمادي"), or an approach verb and "من" a few words
        after it (``approach_verbs``: "اقتربت القوات الأمنية كثيرا من تحرير")."""
        heads = _alternation(self.lexicon.operation_heads) or "(?!)"
        verbs = _alternation(self.lexicon.approach_verbs) or "(?!)"
        return re.compile(rf"(?<![\u0621-\u064a])(?:[وفبل]?(?:ال)?(?:{heads})|[وف]?(?:{verbs})(?:\s+\S+){{0,5}}\s+من)"
                          r"\s+$")

    @cached_property
    def agreement_verbs(self) -> re.Pattern[str]:
        """Words that tell an agreement reached, signed or taking effect, as one pattern over normalised text
        (lexicon.yaml ``agreement_verbs``; a word may carry و/ف and the article)."""
        words = _alternation(self.lexicon.agreement_verbs) or "(?!)"
        return re.compile(rf"(?<![\u0621-\u064a])[وف]?(?:ال)?(?:{words})(?![\u0621-\u064a])")

    @cached_property
    def speaker_start(self) -> re.Pattern[str]:
        """The start of a speaker the sources registry does not list (lexicon.yaml ``speaker_heads``: "مصدر",
        "العميد", "وسائل"), after optional spaces; a head matches as a word prefix."""
        return re.compile(rf"\s*(?:{_alternation(self.lexicon.speaker_heads) or '(?!)'})")

    def admin1_of(self, place: Place, modifiers: list[str]) -> str:
        """The governorate of an event at ``place``: a city that is a governorate of its own, told with a direction
        or a vicinity word ("قرب دمشق"), stands for the governorate around it (lexicon.yaml ``city_governorates``;
        not a quarter of the city: "مشارف مخيم اليرموك" is still in Damascus)."""
        if place.kind != "admin1" and place.name_en == place.admin1_en and {"direction", "vicinity"} & set(modifiers):
            around = self._surroundings.get((place.admin1_en or "", place.country))
            if around is not None:
                return around
        return place.admin1_en or ""

    @cached_property
    def _surroundings(self) -> dict[tuple[str, str], str]:
        by_name = {p.name_en: p.country for p in self.places if p.kind == "admin1"}
        return {(c.governorate, by_name.get(c.governorate, "")): c.surroundings for c in self.lexicon.city_governorates}

    @cached_property
    def given_name_before(self) -> re.Pattern[str]:
        """A first name (lexicon.yaml ``given_names``) right before the end of the searched text: what follows it is
        a family name ("محمد زمار")."""
        words = _alternation(self.lexicon.given_names) or "(?!)"
        return re.compile(rf"(?<![\u0621-\u064a])[وف]?(?:{words})\s+$")

    @cached_property
    def capability(self) -> re.Pattern[str]:
        """A verb of being able ("تمكنت", "مكنه", "نجح": lexicon.yaml ``capability_verbs``) as a word prefix, with و/ف,
        then anything up to the end of the searched text that is no sentence break."""
        words = _alternation(self.lexicon.capability_verbs) or "(?!)"
        return re.compile(rf"(?<![\u0621-\u064a])[وف]?(?:{words})[^.؛;\n]*$")

    @cached_property
    def topic_shift(self) -> re.Pattern[str]:
        """A sentence opening that turns to another story (lexicon.yaml ``topic_shifts``: "على صعيد آخر", "من جهة
        أخرى"), after spaces and quotes; the phrase may carry و."""
        words = _alternation(self.lexicon.topic_shifts) or "(?!)"
        return re.compile(rf"[\s\"'«“(]*و?(?:{words})(?![\u0621-\u064a])")

    @cached_property
    def country_forces(self) -> dict[str, str]:
        """ISO2 country code -> that state's forces (actor id), from lexicon.yaml ``nationalities``."""
        return {n.country: n.forces for n in self.lexicon.nationalities if n.forces is not None}

    @cached_property
    def force_adjectives(self) -> dict[str, str]:
        """A nationality adjective without "ال", normalised ("روسيه", "امريكيون") -> that state's forces (actor id)."""
        out: dict[str, str] = {}
        for n in self.lexicon.nationalities:
            if n.forces is None:
                continue
            for t in n.terms:
                out.update({f: n.forces for f in _adjective_forms(normalise(t))})
        return out

    @cached_property
    def expected(self) -> re.Pattern[str]:
        """An adjective that tells an event as expected, not done (lexicon.yaml ``expected_words``: "وشيك"), at most
        two words after the event word (no punctuation between)."""
        return re.compile(rf"(?:\s+[\u0621-\u064a]+){{0,2}}\s+(?:{_alternation(self.lexicon.expected_words) or '(?!)'})"
                          r"(?![\u0621-\u064a])")

    @cached_property
    def preposition_places(self) -> frozenset[str]:
        """Ambiguous place names whose other sense never follows a preposition (lexicon.yaml ``preposition_places``:
        "دوما" is also the adverb "always")."""
        return frozenset(normalise(w) for w in self.lexicon.preposition_places)

    @cached_property
    def not_names(self) -> frozenset[str]:
        """Words after a place word that are no name of an unlisted place (lexicon.yaml ``unlisted_not_names``:
        "قرية يسيطر عليها", "حي سكني"), normalised."""
        return frozenset(normalise(w) for w in self.lexicon.unlisted_not_names)

    @cached_property
    def front(self) -> re.Pattern[str]:
        """A front noun right before a battle word, "في" between or not (lexicon.yaml ``front_nouns``: "جبهات القتال",
        "خط جبهة في المعركة" are a place), or a part taken in fighting in general and its preposition
        (``fighting_roles``: "شارك في القتال", "تحث على القتال")."""
        words = _alternation(self.lexicon.front_nouns) or "(?!)"
        roles = _alternation(self.lexicon.fighting_roles) or "(?!)"
        return re.compile(rf"(?<![\u0621-\u064a])(?:[وفبل]?(?:ال)?(?:{words})\s+(?:في\s+)?|[وفبل]?(?:ال)?(?:{roles})"
                          r"\s+(?:في|علي|الي|عن)\s+)$")

    @cached_property
    def protest_ref(self) -> re.Pattern[str]:
        """A noun right before a protest word that makes it name the protesters, not a protest (lexicon.yaml
        ``protest_reference_heads``: "مطالب المحتجين", "بعد مغادرة المحتجين")."""
        words = _alternation(self.lexicon.protest_reference_heads) or "(?!)"
        return re.compile(rf"(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:{words})\s+$")

    @cached_property
    def soldiers(self) -> re.Pattern[str]:
        """A soldier noun as a word (lexicon.yaml ``soldier_nouns``: "جنود", "عسكريين", "ضابط")."""
        return re.compile(rf"(?<![\u0621-\u064a])(?:{_alternation(self.lexicon.soldier_nouns) or '(?!)'})"
                          r"(?![\u0621-\u064a])")

    @cached_property
    def force_pattern(self) -> re.Pattern[str]:
        """A force or strike noun, at most two modifiers, then a nationality adjective (lexicon.yaml); groups
        ``strike`` (set when the noun is a strike: the adjective names its author), ``member`` (soldiers, counted
        as victims more often than not), ``suspect`` and ``adj``."""
        lx = self.lexicon
        return re.compile(
            r"(?<![\u0621-\u064a])(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)"
            rf"(?:(?P<strike>{_alternation(lx.strike_nouns)})|(?P<member>{_alternation(lx.member_nouns)})"
            rf"|(?:{_alternation(lx.force_nouns)}))"
            rf"(?:\s+(?:ال)?(?:{_alternation(lx.force_modifiers)})){{0,2}}"
            # "طائرة حربية، يعتقد أنها روسية،": a suspected nationality names the suspected forces
            r"(?P<suspect>\s*[،,]?\s*(?:يعتقد|يرجح|يشتبه|قيل)\s+(?:انها|انه|انهم))?"
            rf"\s+(?:ال)?(?P<adj>{_alternation(list(self.force_adjectives))})(?![\u0621-\u064a])"
        )

    @cached_property
    def force_adjective_automaton(self) -> Any:
        """An Aho-Corasick automaton over the adjectives of :attr:`force_adjectives`: the recogniser looks for the
        adjectives first (fast, in C) and runs :attr:`force_pattern` only in a window before each one."""
        automaton = ahocorasick.Automaton()
        for form in self.force_adjectives:
            automaton.add_word(form, len(form))
        automaton.make_automaton()
        return automaton

    @cached_property
    def _sub_events(self) -> dict[str, S.SubEventType]:
        return {s.name: s for s in self.sub_event_types}

    @cached_property
    def air_arms(self) -> frozenset[str]:
        """The actors with an air force unit of their own in the registry (a unit with ``air: true`` whose parent
        they are: Israel's military through israel-air-force)."""
        return frozenset(a.parent for a in self.actors.values() if a.air and a.parent)

    def lineage(self, actor_id: str) -> list[str]:
        """The actor and the larger actors it is a unit of, nearest first."""
        out: list[str] = []
        a = self.actors.get(actor_id)
        while a is not None and a.id not in out:
            out.append(a.id)
            a = self.actors.get(a.parent or "")
        return out or [actor_id]

    def allied(self, a: str, b: str, year: int | None = None) -> bool:
        """One is a unit of the other, they are units of one actor, or a camp of ``actors.yaml`` holds both."""
        la, lb = set(self.lineage(a)), set(self.lineage(b))
        return bool(la & lb) or any(c.covers(year) and la & set(c.members) and lb & set(c.members)
                                    for c in self.camps)

    def adversaries(self, a: str, b: str, year: int | None = None) -> bool:
        """Two named armed actors on different sides (unidentified groups side with no one)."""
        unknown = UNNAMED_ACTORS
        pa, pb = self.actors.get(a), self.actors.get(b)
        return bool(
            pa and pb and pa.inter in (1, 2, 3, 8) and pb.inter in (1, 2, 3, 8)
            and a not in unknown and b not in unknown and not self.allied(a, b, year)
        )

    def sub_event(self, name: str) -> S.SubEventType:
        return self._sub_events[name]  # KeyError for an unknown name, as before

    def outlet_for(self, outlet: str | None) -> S.Outlet | None:
        """The registry entry of a document's outlet metadata, if known."""
        if not outlet:
            return None
        if self._outlet_index is None:  # built once, not for every document
            index: dict[str, S.Outlet] = {}
            for o in self.outlets:
                for m in [o.name, *o.match]:
                    index.setdefault(_outlet_key(m), o)
            self._outlet_index = index
        return self._outlet_index.get(_outlet_key(outlet))


def _outlet_key(name: str) -> str:
    return normalise(name).casefold().strip()


class _StrictLoader(yaml.SafeLoader):
    """A YAML loader that refuses a key given twice in one mapping (plain YAML keeps the last one silently: a second
    ``anaphora:`` line would drop the first list)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} given twice in one mapping", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_StrictLoader)  # a SafeLoader subclass: no arbitrary objects
    except FileNotFoundError:
        raise KnowledgeError(f"knowledge file {path} is missing; reinstall marsad or fix MARSAD_DATA_DIR",
                             code="E201") from None
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{path.name} is not valid YAML: {exc}", code="E202") from None


def _validate(model: type[Any], data: Any, name: str) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(x) for x in first["loc"])
        raise KnowledgeError(f"{name}: {loc}: {first['msg']} ({exc.error_count()} problem(s) in all)",
                             code="E203") from None


def _read_tsv(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    except FileNotFoundError:
        raise KnowledgeError(f"knowledge file {path} is missing", code="E201") from None
    if rows and not set(columns) <= set(rows[0]):
        missing = sorted(set(columns) - set(rows[0]))
        raise KnowledgeError(f"{path.name}: missing columns {missing}", code="E204")
    return rows


def _places(rows: list[dict[str, str]]) -> list[Place]:
    out = []
    for i, r in enumerate(rows, start=2):
        try:
            out.append(Place(
                r["id"], r["kind"], r["name_en"], tuple(n for n in r["names_ar"].split("|") if n),
                float(r["lat"]), float(r["lon"]), r["country"], r["admin1_en"], r["admin1_ar"],
                int(float(r["population"] or 0)), r["ambiguous"] in ("1", "true", "True"), int(r["precision"] or 1),
            ))
        except (ValueError, KeyError) as exc:
            raise KnowledgeError(f"places.tsv line {i}: {exc}", code="E205") from None
    return out


def _countries(rows: list[dict[str, str]]) -> dict[str, Country]:
    out = {}
    for r in rows:
        out[r["iso2"]] = Country(r["iso2"], r["iso3"], int(r["iso_numeric"] or 0), r["name_en"],
                                 tuple(n for n in r["names_ar"].split("|") if n), r["acled_region"])
    return out


#: the code that compiles the knowledge base (matchers, date anchors, number words): a cached copy built by other code
#: is stale even when the data files are the same
_BUILDERS = tuple(sorted([*(DATA_DIR.parent / "knowledge").glob("*.py"), *(DATA_DIR.parent / "text").glob("*.py")]))


def data_hash(data_dir: Path) -> str:
    """The cache key: the data files, the code that compiles them and :data:`CACHE_VERSION`."""
    h = hashlib.sha1(CACHE_VERSION.encode())
    for path in _BUILDERS:
        h.update(path.read_bytes())
    for name in FILES:
        p = data_dir / name
        if p.exists():
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def load_knowledge(data_dir: Path = DATA_DIR) -> KnowledgeBase:
    """Read and validate every knowledge file, then compile the matchers (no cache)."""
    actors = _validate(S.ActorsFile, _read_yaml(data_dir / "actors.yaml"), "actors.yaml")
    sources = _validate(S.SourcesFile, _read_yaml(data_dir / "sources.yaml"), "sources.yaml")
    triggers = _validate(S.TriggersFile, _read_yaml(data_dir / "triggers.yaml"), "triggers.yaml")
    lexicon = _validate(S.LexiconFile, _read_yaml(data_dir / "lexicon.yaml"), "lexicon.yaml")
    places = _places(_read_tsv(data_dir / "places.tsv", S.PLACE_COLUMNS))
    countries = _countries(_read_tsv(data_dir / "countries.tsv", S.COUNTRY_COLUMNS))
    actor_ids = {a.id for a in actors.actors}
    for s in sources.sources:
        if s.affiliated_actor and s.affiliated_actor not in actor_ids:
            raise KnowledgeError(f"sources.yaml: {s.id}: unknown affiliated_actor {s.affiliated_actor}", code="E203")
    source_ids = {s.id for s in sources.sources}
    for s in sources.sources:
        for country, sid in s.theatre.items():
            if sid not in source_ids:
                raise KnowledgeError(f"sources.yaml: {s.id}: theatre {country}: unknown source {sid}", code="E203")
    for n in lexicon.nationalities:
        if n.forces and n.forces not in actor_ids:
            raise KnowledgeError(f"lexicon.yaml: nationalities {n.country}: unknown forces actor {n.forces}",
                                 code="E203")
    kb = KnowledgeBase(
        actors={a.id: a for a in actors.actors},
        sources={s.id: s for s in sources.sources},
        outlets=sources.outlets,
        sub_event_types=triggers.sub_event_types,
        places=places,
        countries=countries,
        lexicon=lexicon,
        camps=actors.camps,
        data_hash=data_hash(data_dir),
    )
    kb.matchers = _compile(kb, triggers)
    return kb


def _compile(kb: KnowledgeBase, triggers: S.TriggersFile) -> dict[str, Matcher[Any]]:
    lx = kb.lexicon
    m: dict[str, Matcher[Any]] = {}
    m["actors"] = Matcher(
        [(al.text, (a.id, al.stance, False, None, None)) for a in kb.actors.values() for al in a.aliases]
        + [(w.text, (a.id, None, True, w.from_, w.to)) for a in kb.actors.values() for w in a.anaphora],
        quoted=True,
    )
    m["sources"] = Matcher([(al, s.id) for s in kb.sources.values() for al in [*s.aliases]], quoted=True)
    m["civilian_places"] = Matcher([(w, "civilian") for w in lx.civilian_places])
    m["titles"] = Matcher([(w, "analysis") for w in lx.analysis_titles] + [(w, "news") for w in lx.news_questions]
                          + [(w, "reaction") for w in lx.reaction_titles]
                          + [(w, "feature") for w in lx.feature_titles])
    m["source_anaphora"] = Matcher([(w, s.id) for s in kb.sources.values() for w in s.anaphora])
    m["triggers"] = Matcher(
        [(term, (t.sub_event_type, t.strength, t.requires_actor, t.state_actor, t.non_state_actor, t.defender_first,
                 t.overrides, t.leaver_first))
         for t in triggers.triggers for term in t.terms]
    )
    m["figures"] = Matcher(
        [(t.term, ("killed", t.position, t.implies)) for t in lx.killed]
        + [(t.term, ("wounded", t.position, t.implies)) for t in lx.wounded]
        + [(t.term, ("captured", t.position, t.implies)) for t in lx.captured]
    )
    m["nouns"] = Matcher(
        [(p.term, ("person", p.category, p.number)) for p in lx.persons]
        + [(f, ("materiel", mt.type, None)) for mt in lx.materiel for f in mt.forms]
    )
    m["materiel_verbs"] = Matcher([(t.term, t.kind) for t in lx.materiel_verbs])
    m["disruption"] = Matcher([(t.term, ("verb", t.kind)) for t in lx.disruption_verbs]
                              + [(t.term, ("device", t.kind)) for t in lx.disruption_devices])
    m["reporting"] = Matcher(
        [(t.term, ("verb", t.kind)) for t in lx.reporting_verbs] + [(t.term, ("attr", t.kind)) for t in lx.attribution]
    )
    m["markers"] = Matcher(
        [(t.term, ("background", t.scope)) for t in lx.background]
        + [(t.term, ("negation", t.kind)) for t in lx.negation]
        + [(t.term, ("generic", t.kind)) for t in lx.generic]
        + [(w, ("comparison", None)) for w in lx.comparisons]
        + [(w, ("negation", "whether")) for w in lx.whether_words]
    )
    m["geo"] = Matcher(
        [(t.term, ("direction", t.bearing)) for t in lx.directions]
        + [(t.term, ("vicinity", None)) for t in lx.vicinity]
        + [(t.term, ("cue", t.kind)) for t in lx.place_cues]
    )
    # a place name that is also a place cue, direction or vicinity word ("مدينة", "المدينة") would fire everywhere
    stop = {normalise(t.term) for t in (*lx.place_cues, *lx.directions, *lx.vicinity)}
    stop |= {"ال" + w for w in stop}
    by_name: dict[str, list[int]] = {}
    for i, p in enumerate(kb.places):
        for n in p.names_ar:
            if _NON_ARABIC_LETTERS.search(n):
                continue  # Persian/Kurdish spellings fold onto unrelated Arabic words once normalised
            key = " ".join(normalise(n).split())
            if len(key) >= 3 and key not in stop and i not in by_name.setdefault(key, []):
                by_name[key].append(i)
    m["places"] = Matcher([(k, tuple(v)) for k, v in by_name.items()])
    m["countries"] = Matcher([(n, c.iso2) for c in kb.countries.values() for n in c.names_ar])
    m["number_vague"], m["number_words"] = number_matchers()
    m["date_anchors"] = anchor_matcher()
    MatcherGroup(m)  # one automaton and one pass per report for all of them
    return m


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "marsad"


@contextmanager
def _no_collector() -> Iterator[None]:
    """Unpickling or compiling the knowledge allocates ~10^5 long-lived objects: the cyclic collector would scan them
    again and again (half the load time) and never free any."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@cache
def get_knowledge(data_dir: str | None = None) -> KnowledgeBase:
    """The compiled knowledge base (cached in memory and on disk).

    It lives as long as the process: once loaded it is moved out of the cyclic collector's reach (``gc.freeze``), so
    the collections that extraction triggers do not walk the whole gazetteer and automaton every time."""
    directory = Path(data_dir or os.environ.get("MARSAD_DATA_DIR") or DATA_DIR)
    use_cache = os.environ.get("MARSAD_NO_CACHE") not in ("1", "true")
    key = data_hash(directory)
    path = _cache_dir() / f"kb-{key}.pickle"
    if use_cache and path.exists():
        try:
            with path.open("rb") as fh, _no_collector():
                kb = pickle.load(fh)
            if isinstance(kb, KnowledgeBase) and kb.data_hash == key:
                gc.freeze()
                os.utime(path)  # the most recently used versions are the ones pruning keeps
                return kb
        except Exception:
            pass
    with _no_collector():
        kb = load_knowledge(directory)
    gc.freeze()
    if use_cache:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as fh:
                pickle.dump(kb, fh, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(path)
            prune_cache(path.parent, keep=CACHE_KEEP)
        except OSError:
            pass
    return kb


CACHE_KEEP = 4  # compiled versions kept: the bundled data and a few analysts' copies (about 7 MB each)
_STALE_TMP_SECONDS = 3600


def prune_cache(directory: Path, keep: int = CACHE_KEEP) -> list[Path]:
    """Delete all but the ``keep`` most recently used compiled knowledge files, and temporary files left by killed
    processes; returns what was deleted. Every edit of the data files makes a new version, so without this the cache
    would grow by one file per edit."""
    removed: list[Path] = []
    versions = sorted(directory.glob("kb-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    now = time.time()
    stale = [p for p in directory.glob("kb-*.tmp") if now - p.stat().st_mtime > _STALE_TMP_SECONDS]
    for p in [*versions[keep:], *stale]:
        try:
            p.unlink()
            removed.append(p)
        except OSError:
            continue  # another process removed or is using it: nothing to do
    return removed
