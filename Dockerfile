# syntax=docker/dockerfile:1
# Multi-stage build of Hearth. No secret is needed (or accepted) at build time: env.ts demands
# NEXTAUTH_SECRET at server start, never during `next build`. NEXT_PUBLIC_* values are compiled
# into the browser bundle, so they are build arguments (public by definition).

FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_SCHEMA_ENGINE_BINARY=/bin/false
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
COPY scripts/db ./scripts/db
RUN npm install --no-audit --no-fund

FROM deps AS build
ARG NEXT_PUBLIC_POSTHOG_KEY=""
ARG NEXT_PUBLIC_POSTHOG_HOST=""
ARG NEXT_PUBLIC_SENTRY_DSN=""
ENV NODE_ENV=production
COPY . .
RUN npx next build

# The web image: the standalone server plus what `npm run db:migrate` (migration Job) needs.
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
# NEXT_MANUAL_SIG_HANDLE: SIGTERM drains the instance (lib/boot/graceful-shutdown.ts) instead of Next exiting at once.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 NEXT_MANUAL_SIG_HANDLE=true
COPY --from=build --chown=1000:1000 /app/.next/standalone ./
COPY --from=build --chown=1000:1000 /app/.next/static ./.next/static
COPY --from=build --chown=1000:1000 /app/public ./public
# Migrations (k8s/migrate-job.yaml runs `npm run db:migrate`) use the full toolchain.
COPY --from=build --chown=1000:1000 /app/node_modules ./node_modules
COPY --from=build --chown=1000:1000 /app/prisma ./prisma
COPY --from=build --chown=1000:1000 /app/scripts ./scripts
COPY --from=build --chown=1000:1000 /app/lib ./lib
COPY --from=build --chown=1000:1000 /app/package.json /app/prisma.config.ts /app/tsconfig.json ./
USER 1000:1000
EXPOSE 3000
CMD ["node", "server.js"]
