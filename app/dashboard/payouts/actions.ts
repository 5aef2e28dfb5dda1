"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { requestPayout } from "@/lib/payouts/request-payout";
import { RequestPayoutInput, StartOnboardingInput } from "@/lib/payouts/schemas";
import { startOnboarding } from "@/lib/payouts/start-onboarding";

/** Returns the onboarding link; the browser navigates there (a redirect would be swallowed by authedAction). */
export const startOnboardingAction = authedAction(StartOnboardingInput, async (_input, { actor }) => startOnboarding({ actor }));

export const requestPayoutAction = authedAction(RequestPayoutInput, async (input, { actor }) => {
  const payout = await requestPayout({ actor, ...input });
  revalidatePath("/dashboard/payouts");
  revalidatePath("/dashboard/earnings");
  return payout;
});
