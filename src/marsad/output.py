"""Writers for extraction results: JSON (one object per input), JSON Lines, and ACLED-ordered CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from marsad.assemble.acled import ACLED_COLUMNS

CSV_EXTRA = ("fatalities_low", "fatalities_best", "fatalities_high", "is_background", "confidence", "document_id",
             "claims")


def write_json(result: dict[str, Any], out: TextIO, *, pretty: bool = False) -> None:
    """One result as JSON (a line of JSON Lines unless ``pretty``)."""
    out.write(json.dumps(result, ensure_ascii=False, indent=2 if pretty else None))
    out.write("\n")


class CsvWriter:
    """ACLED column order, then marsad's extras; background events are included with is_background=True."""

    def __init__(self, out: TextIO, *, include_background: bool = False) -> None:
        self._w = csv.writer(out, lineterminator="\n")
        self._w.writerow([*ACLED_COLUMNS, *CSV_EXTRA])
        self.include_background = include_background

    def write(self, result: dict[str, Any]) -> None:
        rows: Iterable[dict[str, Any]] = result["events"]
        if self.include_background:
            rows = [*result["events"], *result["background"]]
        for ev in rows:
            extra = {
                "document_id": result["id"],
                "claims": json.dumps(ev.get("claims", []), ensure_ascii=False),
            }
            self._w.writerow([ev.get(c, "") for c in ACLED_COLUMNS]
                             + [extra.get(c, ev.get(c, "")) for c in CSV_EXTRA])
