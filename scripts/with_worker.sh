#!/usr/bin/env bash
# Run a server command with the background worker beside it (the admin import runs there);
# the worker stops when the server does. Usage: scripts/with_worker.sh COMMAND [ARGS...]
set -euo pipefail
cd "$(dirname "$0")/.."
# --no-reload: a reloading worker runs in a child process that killing $WORKER would orphan.
.venv/bin/python manage.py db_worker --backend imports --no-reload &
WORKER=$!
trap 'kill $WORKER 2>/dev/null; wait $WORKER 2>/dev/null || true' EXIT
"$@"
