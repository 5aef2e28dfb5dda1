import { appUrl } from "../../core/env";

export type Audience = "customer" | "provider";

/**
 * In-app paths, stored on notifications (relative, so they survive a domain change). Providers answer
 * requests from their bookings list, which has no per-booking page.
 */
export function bookingPath(bookingId: string, audience: Audience): string {
  return audience === "provider" ? "/dashboard/bookings" : `/account/bookings/${encodeURIComponent(bookingId)}`;
}

/** Absolute links for emails, which are read outside the app. */
export function absoluteUrl(path: string): string {
  return new URL(path, appUrl).toString();
}
