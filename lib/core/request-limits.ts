import { clientIpFrom } from "./client-ip";

/**
 * A request limit as route() and the action wrappers apply it: counted per client address, or per
 * signed-in user (the address for anonymous callers). `consume` throws AppError RATE_LIMITED with
 * `retryAfterSeconds`, which routes answer as 429 with Retry-After. The counters themselves live in
 * lib/adapters/request-limits.ts (Redis or memory); lib/core only knows this shape.
 */
export interface RequestLimit {
  readonly per: "ip" | "user";
  consume(key: string): Promise<void>;
}

// On globalThis because Next loads instrumentation and route handlers in separate module graphs:
// the boot code installs the global limit once and every graph's route() sees it.
const holder = globalThis as unknown as { __hearthGlobalRequestLimit?: RequestLimit };

/** The per-address limit every route and action counts against; boot code installs it (undefined removes it). */
export function installGlobalRequestLimit(limit: RequestLimit | undefined): RequestLimit | undefined {
  const previous = holder.__hearthGlobalRequestLimit;
  holder.__hearthGlobalRequestLimit = limit;
  return previous;
}

/** Counts one request against the global limit (unless `global: false`) and the route's own limits. */
export async function enforceRequestLimits({
  headers,
  userId,
  limits = [],
  global = true,
}: {
  headers: Headers;
  userId: string | null;
  limits?: readonly RequestLimit[];
  global?: boolean;
}): Promise<void> {
  const ip = clientIpFrom(headers);
  const all = global && holder.__hearthGlobalRequestLimit ? [holder.__hearthGlobalRequestLimit, ...limits] : limits;
  for (const limit of all) await limit.consume(limit.per === "user" && userId ? `user:${userId}` : `ip:${ip}`);
}
