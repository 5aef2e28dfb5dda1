#!/usr/bin/env sh
# prisma generate, offline: the CLI skips its schema-engine download when this points at any file.
export PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-/bin/false}" CHECKPOINT_DISABLE=1
exec "$(dirname "$0")/../../node_modules/.bin/prisma" generate
