#!/usr/bin/env bash
# Install anteckna into .venv and show what it reads in the bundled (fictional) sample notes.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
.venv/bin/anteckna demo "$@"
