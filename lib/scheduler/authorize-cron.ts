import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "../core/env";
import { AppError } from "../core/errors";

/**
 * The internal scheduler endpoint is for a Kubernetes CronJob or Vercel Cron, which send
 * `Authorization: Bearer $CRON_SECRET`. Without a configured secret the endpoint does not exist.
 */
export function authorizeCron(authorization: string | null, secret = env.CRON_SECRET): void {
  if (!secret) throw new AppError("NOT_FOUND", "Not found");
  const digest = (value: string) => createHash("sha256").update(value).digest();
  const given = authorization?.startsWith("Bearer ") ? authorization.slice(7) : "";
  if (!timingSafeEqual(digest(given), digest(secret))) throw new AppError("UNAUTHENTICATED", "A valid cron secret is required");
}
