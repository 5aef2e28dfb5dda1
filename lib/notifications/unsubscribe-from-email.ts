import { setEmailPreferenceByToken, type UnsubscribeResult } from "./email-preference-by-token";

export type { UnsubscribeResult } from "./email-preference-by-token";

/**
 * One click from an email (the link, or the mail client's RFC 8058 POST): that one type's email is
 * off for that one user; in-app notifications are left alone. Idempotent: a second click changes
 * nothing and answers the same.
 */
export function unsubscribeFromEmail(input: { token: string }): Promise<UnsubscribeResult> {
  return setEmailPreferenceByToken(input, false, "notification.email_unsubscribed");
}
