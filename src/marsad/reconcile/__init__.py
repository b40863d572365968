"""Reconciliation: event mentions from different reports -> canonical events (docs/store.md).

Blocking on country and a date window, then place distance, event-type compatibility and actor overlap
(:mod:`~marsad.reconcile.rules`); a canonical event's fields, fatality range, sources and Airwars-style grade
(:mod:`~marsad.reconcile.aggregate`); incremental assignment and the deterministic full recompute
(:mod:`~marsad.reconcile.engine`).
"""

from __future__ import annotations

from marsad.reconcile.engine import (
    ReconcileStats,
    reconcile_all,
    reconcile_document,
    reconcile_pending,
    refresh_canonicals,
)

__all__ = ["ReconcileStats", "reconcile_all", "reconcile_document", "reconcile_pending", "refresh_canonicals"]
