#!/usr/bin/env bash
# Starts the app for Playwright on a fresh database: PGlite under .data/e2e by default,
# or the DATABASE_URL database with its public schema dropped first.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${DATABASE_URL:-}" ]; then
  psql "$DATABASE_URL" -q -c "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"
else
  export PGLITE_DIR="${PGLITE_DIR:-.data/e2e}"
  rm -rf "$PGLITE_DIR"
fi
if [ -n "${REDIS_URL:-}" ]; then
  # Rate-limit counters and cached state from an earlier run must not leak into this one.
  redis-cli -u "$REDIS_URL" --scan --pattern 'hearth:*' | xargs -r redis-cli -u "$REDIS_URL" del > /dev/null
fi
exec npx tsx scripts/start.ts
