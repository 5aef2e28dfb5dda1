import { logger } from "../core/logger";
import { deliverEvents } from "./deliver";

// Dispatches still running in this process, so tests and graceful shutdown can wait for them. On
// globalThis because route handlers start them in one module graph and the boot code's shutdown
// waits for them from another (Next loads instrumentation separately).
const holder = globalThis as unknown as { __hearthDispatches?: Set<Promise<void>> };
const inFlight = (holder.__hearthDispatches ??= new Set<Promise<void>>());

/**
 * Delivers freshly committed events right away, without making the request wait for handlers.
 * Never throws: whatever is not delivered here stays PENDING and the poller picks it up.
 */
export function dispatchAfterCommit(ids: string[]): void {
  if (ids.length === 0) return;
  const run: Promise<void> = deliverEvents({ ids })
    .then(() => undefined)
    .catch((error: unknown) => logger.error({ err: error, eventIds: ids }, "after-commit dispatch failed; the poller will retry"))
    .finally(() => inFlight.delete(run));
  inFlight.add(run);
}

/** Resolves once every dispatch started so far (and any they led to) has finished. */
export async function settleDispatches(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}
