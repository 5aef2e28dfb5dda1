import { setEmailPreferenceByToken, type UnsubscribeResult } from "./email-preference-by-token";

/** The unsubscribe page's undo: the same token switches that email back on. */
export function resubscribeToEmail(input: { token: string }): Promise<UnsubscribeResult> {
  return setEmailPreferenceByToken(input, true, "notification.email_resubscribed");
}
