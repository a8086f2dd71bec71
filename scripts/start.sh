#!/usr/bin/env bash
# README command 1: install what is missing (scripts/setup.sh: nothing, and no network, once .venv is up to
# date), make `clinic-app` reachable from ~/.local/bin, then start Clinic Intake.
# With --demo, start on a demonstration database filled with fictional cases (unencrypted, in a
# temporary folder) instead of the real one.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
bash scripts/setup.sh

# `clinic-app` in a terminal from now on: a link in ~/.local/bin (on the PATH of a Debian login shell once
# the folder exists). A file there that is not our link is left alone.
bin_dir=$HOME/.local/bin
link=$bin_dir/clinic-app
if [ ! -e "$link" ] || [ -L "$link" ]; then
    mkdir -p "$bin_dir"
    if [ "$(readlink "$link" 2>/dev/null)" != "$repo/.venv/bin/clinic-app" ]; then
        ln -sfn "$repo/.venv/bin/clinic-app" "$link"
        echo "start: linked $link: start the program again with \`clinic-app\` (or bash scripts/start.sh)"
        case ":$PATH:" in
            *":$bin_dir:"*) ;;
            *) echo "start: $bin_dir is not on your PATH yet: log in again, or run $link" ;;
        esac
    fi
else
    echo "start: $link exists and is not a link to this clone: left alone; use $repo/.venv/bin/clinic-app"
fi

if [ "${1:-}" = "--demo" ]; then
    shift
    demo_dir=$(mktemp -d)
    .venv/bin/clinic-app demo-data --db "$demo_dir/demo.db" --count 300 --no-encryption
    exec .venv/bin/clinic-app gui --db "$demo_dir/demo.db" --no-encryption "$@"
fi
exec .venv/bin/clinic-app "$@"
