import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What every log line and error report of one request carries. Set by route() and the action
 * wrapper; the logger's mixin reads it, so code deep in lib/ that logs through the plain
 * `logger` import still tags its lines without being handed a child logger.
 */
export interface RequestContext {
  requestId: string;
  /** Filled in once the session is read. */
  userId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}
