import { AsyncLocalStorage } from "node:async_hooks";
import type { Actor } from "../../../../lib/core/auth/actor";
import { unauthenticated } from "../../../../lib/core/errors";
import { loadActor } from "../../../../lib/core/auth/load-actor";

/**
 * Stands in for lib/core/auth/session in the two-instance test servers, which run route handlers
 * outside Next (no next-auth request context): the signed-in user is whoever the request's
 * x-test-user header names. Test harness only; never imported by the app.
 */
const holder = globalThis as unknown as { __hearthTestUser?: AsyncLocalStorage<string | undefined> };
const requestUser = (holder.__hearthTestUser ??= new AsyncLocalStorage<string | undefined>());

export function runAsUser<T>(userId: string | undefined, work: () => T): T {
  return requestUser.run(userId, work);
}

export async function getCurrentActor(): Promise<Actor | null> {
  const userId = requestUser.getStore();
  return userId ? loadActor(userId) : null;
}

export async function requireActor(): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) throw unauthenticated();
  return actor;
}
