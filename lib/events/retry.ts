/**
 * How the outbox retries. A handler gets `maxAttempts` tries with exponential backoff
 * (30 s, 1 min, 2 min … ≈ 64 min in total), enough to ride out a provider outage without
 * retrying a permanent bug forever.
 */
export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** How long a claimed event is hidden from other pollers while its handlers run. */
  leaseMs: number;
  /** Longer than this and a handler counts as failed; kept below the lease so a hung handler is not run twice at once. */
  handlerTimeoutMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 30_000,
  maxDelayMs: 60 * 60_000,
  leaseMs: 60_000,
  handlerTimeoutMs: 30_000,
};

/** Delay before the next try after `failures` failed attempts (≥ 1), with up to 10 % jitter so retries spread out. */
export function backoffMs(failures: number, policy: Pick<RetryPolicy, "baseDelayMs" | "maxDelayMs">, random = Math.random): number {
  const exponential = policy.baseDelayMs * 2 ** Math.max(0, failures - 1);
  return Math.min(policy.maxDelayMs, Math.round(exponential * (1 + 0.1 * random())));
}
