"""The observatory's REST API (FastAPI) and the dashboard it serves; see docs/api.md."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(db_url: str, token: str | None) -> FastAPI:
    """The FastAPI app over the store at ``db_url``; ``token`` enables ``POST /api/documents``."""
    from marsad.api.app import create_app as _create

    return _create(db_url, token)


__all__ = ["create_app"]
