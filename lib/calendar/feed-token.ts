import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { appUrl } from "../core/env";

/** 192 random bits, URL-safe: the feed URL is the only credential a calendar app can hold. */
export function newCalendarToken(): string {
  return randomBytes(24).toString("base64url");
}

/**
 * Whether a stored token is one we issued. The column's default is a cuid, which shares its
 * timestamp, counter and host fingerprint with the provider's own (public) id and leaves ~40 random
 * bits, so it is never accepted: a provider creates a real link first (rotateCalendarToken).
 */
export function isIssuedCalendarToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{32}$/.test(token);
}

/**
 * Constant-time comparison. Hashing first gives timingSafeEqual the equal-length buffers it needs
 * without the early length check that would reveal the stored token's length.
 */
export function calendarTokensMatch(stored: string, given: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(stored), digest(given)) && stored.length > 0;
}

/**
 * The segment is the ProviderProfile id. The folder is app/api/providers/[slug]/calendar.ics because
 * Next allows one dynamic name per level and [slug] already serves the public profile.
 */
export function calendarFeedLink(providerId: string, token: string): { path: string; url: string } {
  const path = `/api/providers/${encodeURIComponent(providerId)}/calendar.ics?token=${encodeURIComponent(token)}`;
  return { path, url: new URL(path, appUrl).toString() };
}
