import { env } from "./env";
import { logger } from "./logger";
import { createErrorReporter, type ErrorSdk, type ErrorTags } from "./error-reporter";

export type { ErrorTags };

const serverReporter = createErrorReporter({
  dsn: env.SENTRY_DSN,
  environment: env.NODE_ENV,
  loadSdk: async () => (await import("@sentry/nextjs")) as unknown as ErrorSdk,
  onFailure: (failure) => logger.warn({ err: failure }, "could not report an error to Sentry"),
});

/** Reports an unexpected (500) error from a route or action; see route() and the action wrapper. */
export function reportError(error: unknown, tags?: ErrorTags): Promise<void> {
  return serverReporter.report(error, tags);
}

/** Server start-up (lib/boot): Sentry is initialised once, here, when SENTRY_DSN is set. */
export function startErrorReporting(): Promise<boolean> {
  return serverReporter.start();
}
