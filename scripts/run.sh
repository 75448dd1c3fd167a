#!/usr/bin/env bash
# Install anteckna into .venv and start it on http://127.0.0.1:8000 with a demo archive: the
# bundled fictional notes of one group over a term, imported into a fresh SQLite file, and one
# login per role printed on start. Stop with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
exec .venv/bin/anteckna serve --demo "$@"
