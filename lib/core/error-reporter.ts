/**
 * The Sentry reporter without any environment: used by the server (lib/core/report-error.ts) and
 * by the browser's error boundaries (components/errors), so it must not import env or the logger.
 */

/** What we tag an unexpected error with, so a Sentry issue leads to the log lines and the user. */
export interface ErrorTags {
  requestId?: string;
  userId?: string;
  /** Next's digest of a server error shown in an error boundary; it matches the server log line. */
  digest?: string;
}

/** The part of the Sentry SDK we use; the real one is @sentry/nextjs (server entry). */
export interface ErrorSdk {
  init(options: { dsn: string; environment?: string; tracesSampleRate?: number; sendDefaultPii?: boolean }): unknown;
  captureException(error: unknown, hint?: { tags?: Record<string, string> }): string;
  flush(timeoutMs?: number): PromiseLike<boolean>;
}

export interface ErrorReporter {
  /**
   * Loads and initialises the SDK now (server start), so uncaught errors are reported from the
   * first request; reports share this one initialisation. False, and nothing loaded, without a DSN.
   */
  start(): Promise<boolean>;
  /** Sends the error to Sentry with the tags; a no-op (no SDK load, no network) without a DSN. */
  report(error: unknown, tags?: ErrorTags): Promise<void>;
  /** Waits for queued events to leave (tests, shutdown). */
  flush(timeoutMs?: number): Promise<void>;
}

export function tagsOf({ requestId, userId, digest }: ErrorTags): Record<string, string> {
  const tags: Record<string, string> = {};
  if (digest) tags.digest = digest;
  if (requestId) tags.request_id = requestId;
  if (userId) tags.user_id = userId;
  return tags;
}

/**
 * The SDK is loaded and initialised on the first report only, so a process without a DSN never
 * imports Sentry at all. Reporting must never throw: the request is already failing.
 */
export function createErrorReporter({
  dsn,
  environment,
  loadSdk,
  onFailure = () => undefined,
}: {
  dsn: string | undefined;
  environment?: string;
  loadSdk: () => Promise<ErrorSdk>;
  onFailure?: (failure: unknown) => void;
}): ErrorReporter {
  let ready: Promise<ErrorSdk> | null = null;
  const sdk = (configuredDsn: string) =>
    (ready ??= loadSdk().then((loaded) => {
      loaded.init({ dsn: configuredDsn, environment, tracesSampleRate: 0, sendDefaultPii: false });
      return loaded;
    }));
  return {
    async start() {
      if (!dsn) return false;
      try {
        await sdk(dsn);
        return true;
      } catch (failure) {
        onFailure(failure);
        return false;
      }
    },
    async report(error, tags = {}) {
      if (!dsn) return;
      try {
        (await sdk(dsn)).captureException(error, { tags: tagsOf(tags) });
      } catch (failure) {
        onFailure(failure);
      }
    },
    async flush(timeoutMs = 2_000) {
      if (!dsn || !ready) return;
      await (await ready).flush(timeoutMs);
    },
  };
}
