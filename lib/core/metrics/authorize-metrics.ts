import { createHash, timingSafeEqual } from "node:crypto";
import { AppError } from "../errors";

/**
 * Without a token the endpoint is open (a cluster-internal scrape, local development). With one,
 * the bearer token must match; both sides are hashed first so the comparison is constant-time
 * whatever the lengths.
 */
export function authorizeMetrics(authorization: string | null, token: string | undefined): void {
  if (!token) return;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  const given = authorization?.startsWith("Bearer ") ? authorization.slice(7) : "";
  if (!timingSafeEqual(digest(given), digest(token))) throw new AppError("UNAUTHENTICATED", "A valid metrics token is required");
}
