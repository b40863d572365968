#!/usr/bin/env bash
# Set up, then run every check CI runs: lint (ruff), types (mypy), tests (pytest, incl. golden files and the
# quality gate on the gold set).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
echo "== ruff"; .venv/bin/ruff check src tests tools
echo "== mypy"; .venv/bin/mypy
echo "== pytest"; .venv/bin/pytest "$@"
