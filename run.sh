#!/usr/bin/env bash
# Set up, then run the main job on the bundled corpus (corpus/seeds): outputs/ gets
# the extractions, the compliance matrix (JSON + Excel) and the run history (SQLite).
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
export PREFECT_SERVER_ANALYTICS_ENABLED=false DO_NOT_TRACK=1
.venv/bin/bdhv run corpus/seeds --out outputs "$@"
