#!/usr/bin/env bash
# Makes sure the services the tests use are up on loopback, and prints the test database's URL.
# These machines start PostgreSQL 15 (127.0.0.1:5432, trust) before every session; if it has stopped, it is started
# the way the machine starts it. Anything that cannot be had is an error, never a silent skip.
set -euo pipefail
PG_URL=${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}

if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null && ls /etc/postgresql >/dev/null 2>&1; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start >&2 || true
  fi
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null && break; sleep 1; done
fi
if ! psql "$PG_URL" -tAc 'select 1' >/dev/null 2>&1; then
  echo "PostgreSQL is not reachable at $PG_URL: the store's PostgreSQL contract suite cannot run." >&2
  exit 1
fi
echo "$PG_URL"
