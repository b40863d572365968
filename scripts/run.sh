#!/usr/bin/env bash
# The main job: set up, then extract the bundled seed report and print its events.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
.venv/bin/marsad extract tests/data/seed-report-homs.txt --published 2020-09-01 --pretty "$@"
