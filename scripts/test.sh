#!/usr/bin/env bash
# README command 2: install everything, start a throwaway PostgreSQL on loopback, run the whole test suite.
# .ci/run calls exactly this. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev

export QT_QPA_PLATFORM=offscreen
export CLINIC_APP_HOME=$(mktemp -d)   # no test touches the real data folder

# A real PostgreSQL server for the storage tests, on 127.0.0.1 only, in a temporary folder.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "${CLINIC_TEST_PG_URL:-}" ] && [ -n "$pg_bin" ]; then
    pg_dir=$(mktemp -d)
    port=${CLINIC_TEST_PG_PORT:-54329}
    run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
    [ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
    run_pg "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres >/dev/null
    run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
        -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    trap 'run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true' EXIT
    export CLINIC_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    echo "test: PostgreSQL running at 127.0.0.1:$port"
fi

set +e
.venv/bin/python -m pytest "$@"
status=$?
set -e
if [ "$status" = 5 ]; then
    echo "test: pytest collected no tests: that is a failure here" >&2
    exit 1
fi
exit "$status"
