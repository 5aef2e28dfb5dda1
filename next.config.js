// @ts-check
const { withSentryConfig } = require("@sentry/nextjs/config");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // .next/standalone holds server.js and only the node_modules it needs: the container image
  // (Dockerfile) copies that instead of the whole dependency tree. scripts/start.ts runs it too.
  output: "standalone",
  // Native and WebAssembly packages load from node_modules at run time instead of being bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pino", "@prisma/schema-engine-wasm"],
  experimental: {
    serverActions: { bodySizeLimit: "1mb" },
    // middleware.ts buffers request bodies up to this size (default 10 MB, then silently truncates):
    // message attachments may reach 25 MB per message (lib/messaging/limits.ts) plus form overhead.
    proxyClientMaxBodySize: "26mb",
  },
};

// Sentry's build plugin only uploads source maps with an auth token, and never phones home.
module.exports = withSentryConfig(nextConfig, {
  silent: true,
  telemetry: false,
  sourcemaps: { disable: !process.env.SENTRY_AUTH_TOKEN },
});
