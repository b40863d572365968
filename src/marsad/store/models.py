"""SQLAlchemy 2 models of the observatory store (docs/observatory.md, docs/store.md).

Portable between SQLite and PostgreSQL: plain column types (``String`` without length, ``Text``, ``JSON``,
``LargeBinary``, ``Date``, ``DateTime(timezone=True)``), constraint names from one naming convention so that Alembic
migrations are stable on both back ends.

Tables
------
* ``documents``: one row per *version* of a report; ``(doc_key, content_hash)`` and ``(doc_key, version)`` are unique
  and at most one version of a ``doc_key`` has ``is_current`` true (partial unique index).
* ``extractions``: the extractor's full output object for one document version (JSON).
* ``events``: event *mentions*, one per extracted event of one document version (background events included,
  ``is_background`` true); ``canonical_id`` links a mention to its reconciled :class:`CanonicalEvent`. Mentions of a
  superseded document version are *detached*: ``is_current`` false and ``canonical_id`` null.
* ``claims``: who said which figure about a mention, with the Arabic evidence span.
* ``canonical_events``: reconciled events across reports (ACLED columns + range, sources, grade, explanation).
* ``actors``, ``places``, ``sources``: mirrors of the knowledge registries, refreshed on ingest.
* ``store_meta``: key/value facts (the knowledge hash mirrored last).
* ``rejections``: documents that could not be stored, with the stage, code and reason.

Note for queries: ``event_date`` and ``published`` are :class:`datetime.date` columns; compare them with ``date``
objects (``datetime.date.fromisoformat(s)``), not strings, so that SQLite and PostgreSQL behave the same.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

#: Grades of a canonical event, in the spirit of Airwars.
GRADE_SINGLE = "single source"
GRADE_SEVERAL = "several independent sources"
GRADE_PERPETRATOR = "perpetrator claim only"
GRADE_CONTESTED = "contested"
GRADES = (GRADE_SINGLE, GRADE_SEVERAL, GRADE_PERPETRATOR, GRADE_CONTESTED)

#: Stages a rejection can come from.
REJECTION_STAGES = ("read", "decode", "extract", "store")

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Timezone-aware current time (UTC)."""
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    """Declarative base with the shared naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class AcledColumns:
    """The 31 ACLED columns, shared by event mentions and canonical events (same names, ACLED conventions)."""

    event_id_cnty: Mapped[str] = mapped_column(String, index=True)
    event_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    year: Mapped[int | None] = mapped_column(Integer)
    time_precision: Mapped[int | None] = mapped_column(Integer)
    disorder_type: Mapped[str] = mapped_column(String, default="")
    event_type: Mapped[str] = mapped_column(String, default="", index=True)
    sub_event_type: Mapped[str] = mapped_column(String, default="")
    actor1: Mapped[str] = mapped_column(String, default="")
    assoc_actor_1: Mapped[str] = mapped_column(String, default="")
    inter1: Mapped[int | None] = mapped_column(Integer)
    actor2: Mapped[str] = mapped_column(String, default="")
    assoc_actor_2: Mapped[str] = mapped_column(String, default="")
    inter2: Mapped[int | None] = mapped_column(Integer)
    interaction: Mapped[int | None] = mapped_column(Integer)
    civilian_targeting: Mapped[str] = mapped_column(String, default="")
    iso: Mapped[int | None] = mapped_column(Integer)
    region: Mapped[str] = mapped_column(String, default="")
    country: Mapped[str] = mapped_column(String, default="", index=True)
    admin1: Mapped[str] = mapped_column(String, default="", index=True)
    admin2: Mapped[str] = mapped_column(String, default="")
    admin3: Mapped[str] = mapped_column(String, default="")
    location: Mapped[str] = mapped_column(String, default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(Text, default="")
    source_scale: Mapped[str] = mapped_column(String, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    fatalities: Mapped[int] = mapped_column(Integer, default=0)
    tags: Mapped[str] = mapped_column(Text, default="")
    timestamp: Mapped[int | None] = mapped_column(BigInteger)
    # UCDP-style range and registry ids (not ACLED columns, but on both tables)
    fatalities_low: Mapped[int | None] = mapped_column(Integer)
    fatalities_best: Mapped[int | None] = mapped_column(Integer)
    fatalities_high: Mapped[int | None] = mapped_column(Integer)
    actor1_id: Mapped[str | None] = mapped_column(String)
    actor2_id: Mapped[str | None] = mapped_column(String)
    place_id: Mapped[str | None] = mapped_column(String)


#: Names of the ACLED columns in output order (same as ``marsad.assemble.acled.ACLED_COLUMNS``).
ACLED_FIELDS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip


class Document(Base):
    """One version of one report. A changed content under the same ``doc_key`` is a new version."""

    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("doc_key", "content_hash"),
        UniqueConstraint("doc_key", "version"),
        Index(
            "uq_documents_current_doc_key",
            "doc_key",
            unique=True,
            sqlite_where=text("is_current"),
            postgresql_where=text("is_current"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_key: Mapped[str] = mapped_column(String, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    content_hash: Mapped[str] = mapped_column(String(64))
    raw: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    text: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    outlet: Mapped[str | None] = mapped_column(String)
    url: Mapped[str | None] = mapped_column(Text)
    input_format: Mapped[str] = mapped_column(String, default="text")
    source: Mapped[str | None] = mapped_column(Text)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)

    extractions: Mapped[list[Extraction]] = relationship(back_populates="document", cascade="all, delete-orphan")
    events: Mapped[list[Event]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Event.seq"
    )


class Extraction(Base):
    """The extractor's output object (``marsad.pipeline.extract``) for one document version."""

    __tablename__ = "extractions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    extractor_version: Mapped[str] = mapped_column(String)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    document: Mapped[Document] = relationship(back_populates="extractions")


class CanonicalEvent(AcledColumns, Base):
    """An incident reconciled from one or more event mentions in different reports."""

    __tablename__ = "canonical_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number_of_sources: Mapped[int] = mapped_column(Integer, default=1)
    number_of_reports: Mapped[int] = mapped_column(Integer, default=1)
    #: ``[{"name", "id", "stance"}]``, sorted by name
    sources: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    grade: Mapped[str] = mapped_column(String, default=GRADE_SINGLE, index=True)
    #: ``{"mentions": [ids], "documents": [ids], "merges": [{"mention", "with", "distance_km", "date_gap_days",
    #: "type", "actors", "score"}], "rule": str}``
    explanation: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    key: Mapped[str] = mapped_column(String, default="", index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    mentions: Mapped[list[Event]] = relationship(back_populates="canonical", order_by="Event.id")


class Event(AcledColumns, Base):
    """One extracted event (a *mention*) of one document version."""

    __tablename__ = "events"
    __table_args__ = (UniqueConstraint("document_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    is_background: Mapped[bool] = mapped_column(Boolean, default=False)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    confidence: Mapped[float | None] = mapped_column(Float)
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    canonical_id: Mapped[int | None] = mapped_column(
        ForeignKey("canonical_events.id", ondelete="SET NULL"), index=True, nullable=True
    )

    document: Mapped[Document] = relationship(back_populates="events")
    canonical: Mapped[CanonicalEvent | None] = relationship(back_populates="mentions")
    claims: Mapped[list[Claim]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Claim.id"
    )


class Claim(Base):
    """Who says which figure about one event mention, with the evidence span in the document text."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String, default="")
    source_id: Mapped[str | None] = mapped_column(String)
    source_stance: Mapped[str | None] = mapped_column(String)
    killed_min: Mapped[int | None] = mapped_column(Integer)
    killed_max: Mapped[int | None] = mapped_column(Integer)
    wounded_min: Mapped[int | None] = mapped_column(Integer)
    wounded_max: Mapped[int | None] = mapped_column(Integer)
    captured: Mapped[int | None] = mapped_column(Integer)
    materiel: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    evidence_start: Mapped[int | None] = mapped_column(Integer)
    evidence_end: Mapped[int | None] = mapped_column(Integer)
    evidence_text: Mapped[str | None] = mapped_column(Text)
    source_evidence: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)

    event: Mapped[Event] = relationship(back_populates="claims")


class Actor(Base):
    """Mirror of ``actors.yaml`` (refreshed on ingest)."""

    __tablename__ = "actors"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    inter: Mapped[int | None] = mapped_column(Integer)
    country: Mapped[str | None] = mapped_column(String)
    parent: Mapped[str | None] = mapped_column(String)
    names: Mapped[list[str]] = mapped_column(JSON, default=list)


class Place(Base):
    """Mirror of the gazetteer (``places.tsv`` + extras), refreshed on ingest."""

    __tablename__ = "places"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    name_ar: Mapped[str | None] = mapped_column(String)
    kind: Mapped[str | None] = mapped_column(String)
    country: Mapped[str | None] = mapped_column(String, index=True)
    admin1: Mapped[str | None] = mapped_column(String)
    admin1_ar: Mapped[str | None] = mapped_column(String)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    precision: Mapped[int | None] = mapped_column(Integer)


class Source(Base):
    """Mirror of ``sources.yaml`` (sources and outlets), refreshed on ingest."""

    __tablename__ = "sources"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String, default="source")  # source | outlet
    stance: Mapped[str | None] = mapped_column(String)
    scale: Mapped[str | None] = mapped_column(String)
    affiliated_actor: Mapped[str | None] = mapped_column(String)


class Meta(Base):
    """Small key/value facts about the store (e.g. ``knowledge_hash``: the registries mirrored last)."""

    __tablename__ = "store_meta"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Rejection(Base):
    """A document that could not be stored: ``stage`` is read, decode, extract or store."""

    __tablename__ = "rejections"
    __table_args__ = (UniqueConstraint("doc_key", "content_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_key: Mapped[str] = mapped_column(String, index=True)
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    stage: Mapped[str] = mapped_column(String)
    code: Mapped[str] = mapped_column(String)
    reason: Mapped[str] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


__all__ = [
    "ACLED_FIELDS",
    "GRADES",
    "GRADE_CONTESTED",
    "GRADE_PERPETRATOR",
    "GRADE_SEVERAL",
    "GRADE_SINGLE",
    "REJECTION_STAGES",
    "Actor",
    "Base",
    "CanonicalEvent",
    "Claim",
    "Document",
    "Event",
    "Extraction",
    "Meta",
    "Place",
    "Rejection",
    "Source",
]
