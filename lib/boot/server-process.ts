import { env, missingRuntimeSecret } from "../core/env";
import { logger } from "../core/logger";

/**
 * Per-process background work: error reporting when a DSN is set, the outbox poller that
 * re-dispatches events whose after-commit delivery did not happen (crash, restart, failure), the
 * booking scheduler (expiry, reminders, auto-complete), and the graceful shutdown on SIGTERM. It lives above every domain (not in
 * lib/core) because it wires them: lib/subscriptions.ts registers every handler with the outbox.
 */
export async function startServerProcess(): Promise<void> {
  const missing = missingRuntimeSecret();
  if (missing) {
    // One clear line and a non-zero exit beat a stack trace from the first request that signs a cookie.
    console.error(`[hearth] cannot start: ${missing}`);
    process.exit(1);
  }
  // The same reporter route() and the action wrapper report through: one Sentry.init per process.
  const { startErrorReporting } = await import("../core/report-error");
  await startErrorReporting();
  // Every route() and server action counts against it from now on (ADR 005).
  const { installGlobalRequestLimit } = await import("../core/request-limits");
  const { requestLimits } = await import("../adapters/request-limits");
  installGlobalRequestLimit(requestLimits.global);
  const { wireOutbox } = await import("../subscriptions");
  wireOutbox();
  const { startOutboxPoller } = await import("../events/poller");
  const stopPoller = startOutboxPoller();
  const { startScheduler } = await import("../scheduler/start-scheduler");
  const stopScheduler = startScheduler();
  // SIGTERM drains: no new requests, in-flight ones and this process's outbox work finish (docs/operations.md).
  const { trackHttpRequests } = await import("./http-requests");
  trackHttpRequests();
  const { installGracefulShutdown } = await import("./graceful-shutdown");
  const { settleDispatches } = await import("../events/dispatch");
  installGracefulShutdown({ delayMs: env.SHUTDOWN_DELAY_MS, timeoutMs: env.SHUTDOWN_TIMEOUT_MS, finish: [settleDispatches, stopPoller, stopScheduler] });
  logger.info({ port: env.PORT }, "hearth server process started");
}
