#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on 127.0.0.1 for the store's contract suite and prints its URL.
# Best effort: prints nothing (and the PostgreSQL suite is skipped) where PostgreSQL cannot be had.
set -uo pipefail
PORT=${PG_TEST_PORT:-54329}
DIR=${PG_TEST_DIR:-/tmp/roundtable-pg-$PORT}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  (timeout 300 apt-get update -qq && DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq postgresql) >/dev/null 2>&1
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
fi
[ -n "$bin" ] || { echo "PostgreSQL is not available; its contract suite will be skipped." >&2; exit 0; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if ! as_pg "$bin/pg_isready" -h 127.0.0.1 -p "$PORT" -q 2>/dev/null; then
  rm -rf "$DIR" && mkdir -p "$DIR" && { [ "$(id -u)" != 0 ] || chown postgres "$DIR"; }
  as_pg "$bin/initdb" -D "$DIR/data" -U roundtable --auth=trust >/dev/null 2>&1 || { echo "initdb failed" >&2; exit 0; }
  as_pg "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/log" -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1" -w start >/dev/null 2>&1 || { echo "PostgreSQL did not start" >&2; exit 0; }
fi
echo "postgres://roundtable@127.0.0.1:$PORT/postgres"
