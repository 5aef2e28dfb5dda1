import { env } from "./env";
import { logger } from "./logger";

/** What we tag an unexpected error with, so a Sentry issue leads to the log lines and the user. */
export interface ErrorTags {
  requestId?: string;
  userId?: string;
}

/** The part of the Sentry SDK we use; the real one is @sentry/nextjs (server entry). */
export interface ErrorSdk {
  init(options: { dsn: string; environment?: string; tracesSampleRate?: number; sendDefaultPii?: boolean }): unknown;
  captureException(error: unknown, hint?: { tags?: Record<string, string> }): string;
  flush(timeoutMs?: number): PromiseLike<boolean>;
}

export interface ErrorReporter {
  /** Sends the error to Sentry with the tags; a no-op (no SDK load, no network) without a DSN. */
  report(error: unknown, tags?: ErrorTags): Promise<void>;
  /** Waits for queued events to leave (tests, shutdown). */
  flush(timeoutMs?: number): Promise<void>;
}

export function tagsOf({ requestId, userId }: ErrorTags): Record<string, string> {
  const tags: Record<string, string> = {};
  if (requestId) tags.request_id = requestId;
  if (userId) tags.user_id = userId;
  return tags;
}

/**
 * The SDK is loaded and initialised on the first report only, so a process without a DSN never
 * imports Sentry at all. Reporting must never throw: the request is already failing.
 */
export function createErrorReporter({ dsn, environment, loadSdk }: { dsn: string | undefined; environment?: string; loadSdk: () => Promise<ErrorSdk> }): ErrorReporter {
  let ready: Promise<ErrorSdk> | null = null;
  const sdk = (configuredDsn: string) =>
    (ready ??= loadSdk().then((loaded) => {
      loaded.init({ dsn: configuredDsn, environment, tracesSampleRate: 0, sendDefaultPii: false });
      return loaded;
    }));
  return {
    async report(error, tags = {}) {
      if (!dsn) return;
      try {
        (await sdk(dsn)).captureException(error, { tags: tagsOf(tags) });
      } catch (failure) {
        logger.warn({ err: failure }, "could not report an error to Sentry");
      }
    },
    async flush(timeoutMs = 2_000) {
      if (!dsn || !ready) return;
      await (await ready).flush(timeoutMs);
    },
  };
}

const serverReporter = createErrorReporter({
  dsn: env.SENTRY_DSN,
  environment: env.NODE_ENV,
  loadSdk: async () => (await import("@sentry/nextjs")) as unknown as ErrorSdk,
});

/** Reports an unexpected (500) error from a route or action; see route() and the action wrapper. */
export function reportError(error: unknown, tags?: ErrorTags): Promise<void> {
  return serverReporter.report(error, tags);
}
