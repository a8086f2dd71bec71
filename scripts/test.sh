#!/usr/bin/env bash
# README command 2: install everything (setup.sh --dev), start a throwaway PostgreSQL on loopback, run the
# whole test suite. .ci/run calls exactly this. About 20 minutes on 2 cores, in three stages:
#   1. every test but the frozen ones (pytest -m "not frozen"): about 10 minutes;
#   2. the Linux installers (.tar.gz and .deb) built once with packaging/build-linux.sh, under their own time
#      limit (CLINIC_BUILD_TIMEOUT seconds, default 1800): about 6 minutes of both cores;
#   3. the frozen tests (tests/packaging/test_frozen_smoke.py) against those installers: about 1 minute.
# With arguments, they go to one pytest run instead (e.g. `bash scripts/test.sh tests/letters -x`); a frozen
# test selected that way builds the installers itself.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev

export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d)
export CLINIC_APP_HOME=$work/home   # no test touches the real data folder
mkdir -p "$CLINIC_APP_HOME"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT

# A real PostgreSQL server for the storage tests, on 127.0.0.1 only, in a temporary folder, on a free port
# (two runs at once on one machine must not collide).
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "${CLINIC_TEST_PG_URL:-}" ] && [ -n "$pg_bin" ]; then
    pg_dir=$(mktemp -d)
    run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
    [ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
    run_pg "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres >/dev/null
    free_port() {
        .venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
    }
    started=
    for attempt in 1 2 3 4 5; do   # a port found free may be taken before the server binds it: try another
        port=${CLINIC_TEST_PG_PORT:-$(free_port)}
        if run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
            -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null; then
            started=1
            break
        fi
        [ -z "${CLINIC_TEST_PG_PORT:-}" ] || break
    done
    [ -n "$started" ] || { echo "test: PostgreSQL did not start:" >&2; cat "$pg_dir/log" >&2; exit 1; }
    cleanup() {
        run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
        rm -rf "$pg_dir" "$work"
    }
    export CLINIC_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    echo "test: PostgreSQL running at 127.0.0.1:$port"
fi

# pytest's status 5 (no test collected) is a failure here: a run that tested nothing must not pass.
run_pytest() {
    local status=0
    .venv/bin/python -m pytest "$@" || status=$?
    if [ "$status" = 5 ]; then
        echo "test: pytest collected no tests: that is a failure here" >&2
        status=1
    fi
    return "$status"
}

if [ "$#" -gt 0 ]; then
    run_pytest "$@"
    exit $?
fi

status=0
started_at=$SECONDS
echo "test: stage 1/3: the tests (all but the frozen ones)"
run_pytest -m "not frozen" || status=$?
echo "test: stage 1/3 took $((SECONDS - started_at)) s"

started_at=$SECONDS
echo "test: stage 2/3: building the Linux installers (packaging/build-linux.sh, about 5 minutes)"
dist=$work/dist
build_status=0
CLINIC_BUILD_PYTHON=$PWD/.venv/bin/python CLINIC_BUILD_DIR=$work/build CLINIC_DIST_DIR=$dist \
    timeout "${CLINIC_BUILD_TIMEOUT:-1800}" bash packaging/build-linux.sh || build_status=$?
echo "test: stage 2/3 took $((SECONDS - started_at)) s"
if [ "$build_status" != 0 ]; then
    [ "$build_status" = 124 ] && echo "test: the installer build exceeded ${CLINIC_BUILD_TIMEOUT:-1800} s" >&2
    echo "test: the installer build failed (status $build_status): the frozen tests cannot run" >&2
    exit 1
fi

started_at=$SECONDS
echo "test: stage 3/3: the frozen tests, on the installers just built"
CLINIC_FROZEN_DIR=$dist run_pytest -m frozen || status=$?
echo "test: stage 3/3 took $((SECONDS - started_at)) s"
exit "$status"
