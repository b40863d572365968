#!/usr/bin/env bash
# The main job: set up, ingest the bundled sample corpus (corpus/*.jsonl, 1,150 real Arabic reports) into SQLite,
# reconcile it, and serve the API and the map dashboard on http://127.0.0.1:8000 (Ctrl-C to stop).
# Re-running is cheap: ingestion is idempotent. Set MARSAD_DB_URL to use PostgreSQL instead.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
DB=${MARSAD_DB_URL:-sqlite:///marsad.sqlite}
.venv/bin/marsad ingest corpus/*.jsonl --db "$DB"
echo "The seed report, extracted (marsad extract tests/data/seed-report-homs.txt --published 2020-09-01):"
.venv/bin/marsad extract tests/data/seed-report-homs.txt --published 2020-09-01 | .venv/bin/python scripts/show_events.py
echo "Open http://127.0.0.1:8000/ (API docs: http://127.0.0.1:8000/docs)"
exec .venv/bin/marsad serve --db "$DB" --host 127.0.0.1 --port "${PORT:-8000}"
