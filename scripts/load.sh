#!/usr/bin/env bash
# `make load`: gunicorn with the production settings on loopback, locust headless against it,
# then the figures into docs/performance.md. Stops the server it started, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
PORT="${LOAD_PORT:-8791}"
USERS="${LOAD_USERS:-50}"
DURATION="${LOAD_DURATION:-60}"
OUT=var/load
mkdir -p "$OUT"

if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
    echo "port $PORT is already in use: set LOAD_PORT" >&2
    exit 1
fi
GUNICORN_BIND="127.0.0.1:$PORT" $BIN/gunicorn -c gunicorn.conf.py leersteun.wsgi \
    >"$OUT/gunicorn.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT

for _ in $(seq 60); do
    curl -fsS "http://127.0.0.1:$PORT/gezondheid/" >/dev/null 2>&1 && break
    sleep 1
done
curl -fsS "http://127.0.0.1:$PORT/gezondheid/" >/dev/null || { echo "server did not start" >&2; exit 1; }

LOADAVG_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
# The load stays on loopback and stops after $DURATION seconds.
$BIN/locust -f bench/locustfile.py --headless --host "http://127.0.0.1:$PORT" \
    --users "$USERS" --spawn-rate 10 --run-time "${DURATION}s" --stop-timeout 5 \
    --csv "$OUT/locust" --only-summary --loglevel WARNING >"$OUT/locust.log" 2>&1 || true

LOAD_AVERAGE="$LOADAVG_BEFORE" $BIN/python scripts/load_report.py \
    "$OUT/locust_stats.csv" "$USERS" "$DURATION"
