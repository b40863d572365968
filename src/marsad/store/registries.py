"""Mirror the knowledge registries (actors, places, sources) into the store when the knowledge changed."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from marsad.store.models import Actor, Meta, Place, Source

META_KEY = "knowledge_hash"


def refresh_registries(session: Session, *, force: bool = False) -> bool:
    """Replace the mirrors if the knowledge hash differs from the one mirrored last; True when refreshed."""
    from marsad.knowledge.loader import get_knowledge

    kb = get_knowledge()
    stored = session.scalar(select(Meta).where(Meta.key == META_KEY))
    if not force and stored is not None and stored.value == kb.data_hash:
        return False
    session.execute(delete(Actor))
    session.execute(delete(Place))
    session.execute(delete(Source))
    session.flush()
    session.add_all(
        Actor(
            id=a.id,
            name=a.names[-1].name,
            inter=a.inter,
            country=a.country,
            parent=a.parent,
            names=[n.name for n in a.names],
        )
        for a in kb.actors.values()
    )
    seen: set[str] = set()
    places = []
    for p in kb.places:
        if p.id in seen:
            continue
        seen.add(p.id)
        places.append(
            Place(
                id=p.id,
                name=p.name_en,
                name_ar=p.names_ar[0] if p.names_ar else None,
                kind=p.kind,
                country=p.country,
                admin1=p.admin1_en,
                admin1_ar=p.admin1_ar,
                latitude=p.lat,
                longitude=p.lon,
                precision=p.precision,
            )
        )
    session.add_all(places)
    sources: dict[str, Source] = {}
    for s in kb.sources.values():
        sources[s.id] = Source(
            id=s.id, name=s.name, kind="source", stance=s.stance, scale=s.scale, affiliated_actor=s.affiliated_actor
        )
    for o in kb.outlets:
        sources.setdefault(
            o.id,
            Source(
                id=o.id, name=o.name, kind="outlet", stance=o.stance, scale=o.scale, affiliated_actor=o.affiliated_actor
            ),
        )
    session.add_all(sources.values())
    if stored is None:
        session.add(Meta(key=META_KEY, value=kb.data_hash))
    else:
        stored.value = kb.data_hash
    session.flush()
    return True
