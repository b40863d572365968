"""Shared fixtures: the compiled knowledge base and an ``extract_text`` helper."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from marsad.ingest import read_document
from marsad.knowledge import KnowledgeBase, get_knowledge
from marsad.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return get_knowledge()


def extract_text(text: str, published: str | None = "2020-09-01", outlet: str | None = None) -> dict[str, Any]:
    """Run the whole pipeline on a text."""
    doc = read_document(text.encode("utf-8"), published=dt.date.fromisoformat(published) if published else None,
                        outlet=outlet)
    return extract(doc)
