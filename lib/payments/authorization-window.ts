const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How long an authorization holds the money at the processor (Stripe: 7 days for most cards). */
export const AUTHORIZATION_VALIDITY_MS = 7 * DAY;

/** Slack for a capture that runs a little late (a scheduler tick, a processor retry). */
const CAPTURE_SLACK_MS = HOUR;

/**
 * Whether an authorization made at `authorizedAt` is still valid when the booking's payment is
 * captured: at the latest, `completionWindowMs` after its end (the scheduler auto-completes it
 * then; BOOKING_AUTO_COMPLETE_HOURS). If not, the card is saved instead and authorized off-session
 * shortly before the start, and a booking already authorized cannot be moved that far.
 */
export function authorizationCoversCapture({ authorizedAt, end, completionWindowMs }: { authorizedAt: number; end: number; completionWindowMs: number }): boolean {
  return end + completionWindowMs + CAPTURE_SLACK_MS <= authorizedAt + AUTHORIZATION_VALIDITY_MS;
}
