#!/usr/bin/env bash
# README command 1: install everything, then start Clinic Intake.
# With --demo, start on a demonstration database filled with fictional cases (unencrypted, in a
# temporary folder) instead of the real one.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ "${1:-}" = "--demo" ]; then
    shift
    demo_dir=$(mktemp -d)
    .venv/bin/clinic-app demo-data --db "$demo_dir/demo.db" --count 300 --no-encryption
    exec .venv/bin/clinic-app gui --db "$demo_dir/demo.db" --no-encryption "$@"
fi
exec .venv/bin/clinic-app "$@"
