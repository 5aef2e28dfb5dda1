"use server";

import { publicAction } from "@/lib/core/action";
import { resubscribeToEmail } from "@/lib/notifications/resubscribe-to-email";
import { UnsubscribeInput } from "@/lib/notifications/schemas";
import { unsubscribeFromEmail } from "@/lib/notifications/unsubscribe-from-email";

// Public: the token, not a session, says whose email this is (the link may be opened signed out).
const resubscribeAction = publicAction(UnsubscribeInput, (input) => resubscribeToEmail(input));
const unsubscribeAction = publicAction(UnsubscribeInput, (input) => unsubscribeFromEmail(input));

export type EmailChoiceState = { subscribed: boolean; error?: string };

/** The landing page's toggle: undo the unsubscribe, or unsubscribe again. */
export async function toggleEmailSubscription(previous: EmailChoiceState, formData: FormData): Promise<EmailChoiceState> {
  const token = String(formData.get("token") ?? "");
  const resubscribe = formData.get("intent") === "resubscribe";
  const result = await (resubscribe ? resubscribeAction : unsubscribeAction)({ token });
  return result.ok ? { subscribed: resubscribe } : { ...previous, error: result.error.message };
}
