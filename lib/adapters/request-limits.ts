import type { RequestLimit } from "../core/request-limits";
import { env } from "../core/env";
import { createRateLimiter, type RateLimiterConfig } from "./rate-limit";

/** A RequestLimit on a rate-limiter-flexible counter (Redis when REDIS_URL is set, memory otherwise). */
export function requestLimit(per: RequestLimit["per"], config: RateLimiterConfig): RequestLimit {
  const limiter = createRateLimiter({ ...config, points: Math.max(1, Math.round(config.points * env.REQUEST_LIMITS_SCALE)) });
  return { per, consume: (key) => limiter.consume(key) };
}

/**
 * Request limits applied by route() and the action wrappers (docs/adr/005). They sit in front of
 * the use cases' own limits (failed sign-ins per account, reset emails per address, messages per
 * user), which count what a request means rather than that it arrived.
 */
export const requestLimits = {
  /**
   * Every API request and server action, per address: generous, because offices and mobile
   * carriers put many people behind one address; it stops one client flooding every instance.
   */
  global: requestLimit("ip", { keyPrefix: "req:global", points: 600, durationSeconds: 60 }),
  /** Every sign-in attempt, failed or not (the failure counters of ADR 005 are per account too). */
  signIn: requestLimit("ip", { keyPrefix: "req:signin", points: 20, durationSeconds: 60 }),
  signUp: requestLimit("ip", { keyPrefix: "req:signup", points: 10, durationSeconds: 60 * 60 }),
  /** Asking for a link and setting the new password: both guessable, both cheap to refuse. */
  passwordReset: requestLimit("ip", { keyPrefix: "req:reset", points: 10, durationSeconds: 15 * 60 }),
  /** Card authorizations cost money and attract card testing: per user (per address when anonymous). */
  payments: requestLimit("user", { keyPrefix: "req:payments", points: 10, durationSeconds: 60 }),
  /** Opening conversations and posting messages, per user, in front of the per-user send limit. */
  messaging: requestLimit("user", { keyPrefix: "req:messaging", points: 60, durationSeconds: 60 }),
};
