#!/usr/bin/env bash
# Create .venv and install the project with its pinned dependency set.
# Used by run.sh, test.sh and CI alike, so all three install the same way.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -c constraints.txt -e '.[test]'
