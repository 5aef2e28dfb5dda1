/**
 * Whether this process is shutting down. Boot code starts the drain on SIGTERM; readiness answers
 * 503 from then on and long-lived responses (the live stream) end, so clients reconnect to another
 * instance. On globalThis because Next loads instrumentation and route handlers in separate module
 * graphs, and both must see the one drain.
 */
interface Lifecycle {
  drain: AbortController;
}

const holder = globalThis as unknown as { __hearthLifecycle?: Lifecycle };

function lifecycle(): Lifecycle {
  holder.__hearthLifecycle ??= { drain: new AbortController() };
  return holder.__hearthLifecycle;
}

export const isDraining = (): boolean => lifecycle().drain.signal.aborted;

/** Aborted when the drain starts: pass it (with the request's own) to anything that would outlive it. */
export const drainSignal = (): AbortSignal => lifecycle().drain.signal;

export function startDraining(): void {
  lifecycle().drain.abort(new Error("the server is shutting down"));
}

/** Tests only: a fresh, not-draining process. */
export function resetLifecycleForTests(): void {
  holder.__hearthLifecycle = undefined;
}
