#!/usr/bin/env bash
# Install what the tests need on a fresh machine and run the whole suite.
# Uses the PostgreSQL server on 127.0.0.1:5432 when there is one; otherwise installs and starts
# one (apt-get, as root). PostgreSQL tests skip, saying why, only when neither is possible.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[test]"

postgres_answers() {
    .venv/bin/python - <<'PY' 2>/dev/null
import psycopg
psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", connect_timeout=3).close()
PY
}

start_postgres() {
    local version
    for version in $(ls /etc/postgresql 2>/dev/null); do
        pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
    done
}

trust_loopback() {
    local hba
    for hba in /etc/postgresql/*/main/pg_hba.conf; do
        [ -f "$hba" ] || continue
        grep -q "anteckna-tests" "$hba" && continue
        sed -i '1i host all postgres 127.0.0.1/32 trust # anteckna-tests' "$hba"
    done
    for version in $(ls /etc/postgresql 2>/dev/null); do
        pg_ctlcluster --skip-systemctl-redirect "$version" main restart 2>/dev/null || true
    done
}

if ! postgres_answers; then
    start_postgres
    if ! postgres_answers && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "Installing PostgreSQL for the database tests…" >&2
        apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        start_postgres
        trust_loopback
    fi
    for _ in $(seq 1 20); do postgres_answers && break; sleep 1; done
    postgres_answers || echo "No PostgreSQL server could be started: its tests will be skipped." >&2
fi

# The browser tests drive Debian's chromium (never a downloaded browser).
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing chromium for the browser tests…" >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
        || echo "chromium could not be installed: the browser tests will be skipped." >&2
fi

.venv/bin/ruff check src tests bench
.venv/bin/ruff format --check --quiet src tests bench
.venv/bin/mypy

status=0
.venv/bin/pytest -q -p no:cacheprovider "$@" || status=$?
# pytest's 5 means it collected no test: that is a failure of this script, not a pass.
exit "$status"
