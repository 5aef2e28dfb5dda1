import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { AppError, notFound } from "../core/errors";
import { parseInput } from "../core/validation";
import type { PaymentProcessor } from "../payments/processor";
import type { PayoutAccountDto } from "./dto";
import { getPaymentProcessor } from "../payments/get-payment-processor";
import { findOwnPayoutProfile } from "./policies";
import { refreshAccountStatus } from "./refresh-account-status";
import { CompleteOnboardingInput } from "./schemas";

/**
 * The provider is back from onboarding. With Stripe the return URL proves nothing (the provider
 * may have left half-way), so the account's status is read from Stripe. Test mode has no hosted
 * onboarding: arriving with the provider's own account id on the return URL (?test_onboarding=…)
 * is the onboarding, and anything else is refused.
 */
export async function completeOnboarding({
  actor,
  processor = getPaymentProcessor(),
  ...input
}: CompleteOnboardingInput & { actor: Actor; processor?: PaymentProcessor }): Promise<PayoutAccountDto> {
  const { accountRef } = parseInput(CompleteOnboardingInput, input);
  const profile = await findOwnPayoutProfile(db, actor);
  if (!profile.stripeAccountId) throw new AppError("INVALID_STATE", "Start setting up payouts first");
  const mustMatch = processor.name === "test-mode" || accountRef !== undefined;
  if (mustMatch && accountRef !== profile.stripeAccountId) throw notFound("Payout account");
  return refreshAccountStatus({ actor, processor });
}
