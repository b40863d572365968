"""Pydantic schemas of the knowledge files in ``src/marsad/data`` (see docs/knowledge.md)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Stance = Literal["neutral", "government", "opposition", "isis", "kurdish", "pejorative", "self", "loyalist"]
SourceStance = Literal[
    "government", "opposition", "local", "monitor", "kurdish", "loyalist", "perpetrator-affiliated", "official",
    "media", "international", "unknown",
]
Scale = Literal["local", "subnational", "national", "regional", "international", "other", "new media"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def covers(start: int | None, end: int | None, year: int | None) -> bool:
    """Whether a period of years (inclusive; either end open when None) holds ``year`` (an unknown year: always)."""
    return year is None or ((start is None or year >= start) and (end is None or year <= end))


class _Period(_Strict):
    """An entry valid in a period of years: ``from``/``to``, inclusive, optional."""

    from_: int | None = Field(default=None, alias="from")
    to: int | None = None

    def covers(self, year: int | None) -> bool:
        return covers(self.from_, self.to, year)


class ActorName(_Period):
    name: str
    country: str | None = None


class Alias(_Strict):
    text: str
    stance: str | None = None


class Anaphor(_Period):
    """A word that means this actor only if it was named before ("التنظيم"); with no name before it, a generic one
    ("قوات الأمن") means the forces of the report's country, and ``from``/``to`` limit the years in which it can."""

    text: str


class TheatreDefault(_Strict):
    """Anaphors that mean this actor in reports about these countries even when no name came before ("طيران
    التحالف" in a report on Syria or Iraq is the US-led coalition, in one on Yemen the Saudi-led one)."""

    countries: list[str] = Field(min_length=1)
    anaphora: list[str] = Field(min_length=1)


class Actor(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    names: list[ActorName] = Field(min_length=1)
    inter: int = Field(ge=1, le=8)
    country: str | None = None
    parent: str | None = None
    aliases: list[Alias] = Field(default_factory=list)
    anaphora: list[Anaphor] = Field(default_factory=list)
    air: bool = False  # acts mainly from the air: its unspecified "attacks"/"targeting" are air strikes
    default_in: TheatreDefault | None = None
    notes: str | None = None

    @model_validator(mode="after")
    def _defaults_are_anaphora(self) -> Actor:
        if self.default_in is not None and not set(self.default_in.anaphora) <= {w.text for w in self.anaphora}:
            raise ValueError(f"{self.id}: default_in.anaphora must be listed in its anaphora")
        return self

    @field_validator("aliases", "anaphora", mode="before")
    @classmethod
    def _alias_strings(cls, v: object) -> object:
        if isinstance(v, list):
            return [{"text": a} if isinstance(a, str) else a for a in v]
        return v


class Camp(_Period):
    """Actors that fight on one side in a period ("pro-government forces in Syria"). Two armed actors that share no
    camp (and are not units of one another) are treated as adversaries when one report names both as authors."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    members: list[str] = Field(min_length=2)
    notes: str | None = None


class ActorsFile(_Strict):
    version: int
    actors: list[Actor]
    camps: list[Camp] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique(self) -> ActorsFile:
        ids = [a.id for a in self.actors]
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            raise ValueError(f"duplicate actor ids: {sorted(dup)}")
        known = set(ids)
        for a in self.actors:
            if a.parent and a.parent not in known:
                raise ValueError(f"actor {a.id}: unknown parent {a.parent}")
        for c in self.camps:
            unknown = sorted(set(c.members) - known)
            if unknown:
                raise ValueError(f"camp {c.id}: unknown members {unknown}")
        return self


class Source(_Strict):
    id: str
    name: str
    stance: SourceStance
    scale: Scale = "other"
    affiliated_actor: str | None = None
    aliases: list[str] = Field(default_factory=list)
    # a generic source that means a particular one in a report about a country ("الدفاع المدني" in Syria is the
    # White Helmets): ISO2 country -> source id
    theatre: dict[str, str] = Field(default_factory=dict)
    # short forms that mean this source only after its full name in the same report ("المرصد" after "المرصد السوري")
    anaphora: list[str] = Field(default_factory=list)
    notes: str | None = None


class Outlet(_Strict):
    id: str
    name: str
    stance: SourceStance = "media"
    scale: Scale = "other"
    match: list[str] = Field(default_factory=list)
    affiliated_actor: str | None = None
    #: a printed daily: its issue of day D carries the news of day D-1, so an item it does not date happened then
    print_daily: bool = False
    notes: str | None = None


class SourcesFile(_Strict):
    version: int
    sources: list[Source]
    outlets: list[Outlet] = Field(default_factory=list)


class SubEventType(_Strict):
    name: str
    event_type: str
    disorder_type: str


class Trigger(BaseModel):
    model_config = ConfigDict(extra="allow")
    sub_event_type: str
    strength: Literal["strong", "weak"] = "strong"
    terms: list[str] = Field(min_length=1)
    requires_actor: bool = False
    state_actor: bool = False
    non_state_actor: bool = False
    #: the actor named before the term defends and the attack's author (named after it) is actor1 ("صد هجوما")
    defender_first: bool = False
    #: the weapon or attack words beside the term are what it neutralised ("أبطل مفعول عبوة ناسفة", "أسقطت طائرة
    #: مسيرة"): this type wins over theirs when no one was killed or wounded
    overrides: bool = False
    #: the actor named with the term leaves the place ("انسحب", "إخلاء"): it is actor2, and the side that takes the
    #: place over is actor1 (ACLED's non-violent transfer of territory)
    leaver_first: bool = False


class TriggersFile(BaseModel):
    model_config = ConfigDict(extra="allow")
    version: int
    sub_event_types: list[SubEventType] = Field(min_length=25)
    triggers: list[Trigger]

    @model_validator(mode="after")
    def _known_types(self) -> TriggersFile:
        names = {s.name for s in self.sub_event_types}
        for t in self.triggers:
            if not t.sub_event_type.startswith("@") and t.sub_event_type not in names:
                raise ValueError(f"trigger for unknown sub_event_type {t.sub_event_type!r}")
        missing = names - {t.sub_event_type for t in self.triggers}
        if missing:
            raise ValueError(f"sub-event types with no trigger: {sorted(missing)}")
        return self


class PositionedTerm(BaseModel):
    model_config = ConfigDict(extra="allow")
    term: str
    position: Literal["after", "before", "both"] = "both"
    #: the count the word carries when no number stands next to it: a dual ("قتيلين" = 2), or "several" for an
    #: indefinite plural ("سقوط قتلى" = 3, ACLED's "several"; not with the article: "القتلى" refers back)
    implies: int | Literal["several"] | None = None


class MaterielType(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: str
    forms: list[str]


class Nationality(BaseModel):
    """Adjectives of a country ("التركية", "التركي"): after a place name they say which country it is in; after a
    noun of armed force ("طائرة حربية روسية", "قصف تركي") they name ``forces``, that state's armed forces."""

    model_config = ConfigDict(extra="forbid")
    country: str
    terms: list[str]
    forces: str | None = None  # actor id in actors.yaml


class PersonTerm(BaseModel):
    model_config = ConfigDict(extra="allow")
    term: str
    category: str = "person"
    number: int | Literal["plural"] = "plural"


class CityGovernorate(BaseModel):
    """A governorate that is one city (Damascus): a place told in a direction from it or around it ("جنوب دمشق",
    "قرب دمشق") lies in the governorate that surrounds it (``surroundings``, Rif Dimashq)."""

    model_config = ConfigDict(extra="forbid")
    governorate: str
    surroundings: str


class KindTerm(BaseModel):
    model_config = ConfigDict(extra="allow")
    term: str
    kind: str | None = None
    scope: str | None = None
    bearing: float | None = None


def _terms(v: object) -> object:
    if isinstance(v, list):
        return [{"term": a} if isinstance(a, str) else a for a in v]
    return v


class LexiconFile(BaseModel):
    model_config = ConfigDict(extra="allow")
    killed: list[PositionedTerm]
    wounded: list[PositionedTerm]
    captured: list[PositionedTerm] = Field(default_factory=list)
    materiel: list[MaterielType] = Field(default_factory=list)
    persons: list[PersonTerm] = Field(default_factory=list)
    reporting_verbs: list[KindTerm] = Field(default_factory=list)
    attribution: list[KindTerm] = Field(default_factory=list)
    background: list[KindTerm] = Field(default_factory=list)
    directions: list[KindTerm] = Field(default_factory=list)
    vicinity: list[KindTerm] = Field(default_factory=list)
    place_cues: list[KindTerm] = Field(default_factory=list)
    negation: list[KindTerm] = Field(default_factory=list)
    generic: list[KindTerm] = Field(default_factory=list)
    materiel_verbs: list[KindTerm] = Field(default_factory=list)
    disruption_verbs: list[KindTerm] = Field(default_factory=list)
    disruption_devices: list[KindTerm] = Field(default_factory=list)
    nationalities: list[Nationality] = Field(default_factory=list)
    force_nouns: list[str] = Field(default_factory=list)
    strike_nouns: list[str] = Field(default_factory=list)
    member_nouns: list[str] = Field(default_factory=list)
    soldier_nouns: list[str] = Field(default_factory=list)
    force_modifiers: list[str] = Field(default_factory=list)
    civilian_places: list[str] = Field(default_factory=list)
    analysis_titles: list[str] = Field(default_factory=list)
    news_questions: list[str] = Field(default_factory=list)
    reaction_titles: list[str] = Field(default_factory=list)
    feature_titles: list[str] = Field(default_factory=list)
    reaction_leads: list[str] = Field(default_factory=list)
    comparisons: list[str] = Field(default_factory=list)
    whether_words: list[str] = Field(default_factory=list)
    aim_nouns: list[str] = Field(default_factory=list)
    operation_heads: list[str] = Field(default_factory=list)
    approach_verbs: list[str] = Field(default_factory=list)
    expected_words: list[str] = Field(default_factory=list)
    front_nouns: list[str] = Field(default_factory=list)
    fighting_roles: list[str] = Field(default_factory=list)
    protest_reference_heads: list[str] = Field(default_factory=list)
    preposition_places: list[str] = Field(default_factory=list)
    unlisted_not_names: list[str] = Field(default_factory=list)
    agreement_verbs: list[str] = Field(default_factory=list)
    speaker_heads: list[str] = Field(default_factory=list)
    topic_shifts: list[str] = Field(default_factory=list)
    capability_verbs: list[str] = Field(default_factory=list)
    given_names: list[str] = Field(default_factory=list)
    city_governorates: list[CityGovernorate] = Field(default_factory=list)

    _norm = field_validator(
        "killed", "wounded", "captured", "persons", "reporting_verbs", "attribution", "background", "directions",
        "vicinity", "place_cues", "negation", "generic", "materiel_verbs", "disruption_verbs", "disruption_devices",
        mode="before",
    )(_terms)


#: the sub-event types of a change of territory (triggers.yaml ``sub_event_types``)
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")

PLACE_COLUMNS = (
    "id", "kind", "name_en", "names_ar", "lat", "lon", "country", "admin1_en", "admin1_ar", "population",
    "ambiguous", "precision", "source",
)
COUNTRY_COLUMNS = ("iso2", "iso3", "iso_numeric", "name_en", "names_ar", "acled_region")
