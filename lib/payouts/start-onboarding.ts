import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { appUrl } from "../core/env";
import { AppError } from "../core/errors";
import { transactional } from "../events/transactional";
import type { PaymentProcessor } from "../payments/processor";
import { getPaymentProcessor } from "../payments/get-payment-processor";
import { findOwnPayoutProfile } from "./policies";
import { assertEmailVerified } from "../users/policies";

/** Where the processor sends the provider back: the payouts page, which finishes or restarts onboarding. */
export function onboardingUrls(base = appUrl) {
  return {
    returnUrl: new URL("/dashboard/payouts?onboarding=return", base).toString(),
    refreshUrl: new URL("/dashboard/payouts?onboarding=refresh", base).toString(),
  };
}

/**
 * Creates the provider's connected account if they have none and returns a fresh onboarding link
 * (links are single-use and expire, so a new one each time). The processor call happens outside
 * any database transaction; the idempotency key makes Stripe answer a repeated or concurrent
 * creation with the same account, and the conditional write keeps whichever account was stored first.
 */
export async function startOnboarding({ actor, processor = getPaymentProcessor() }: { actor: Actor; processor?: PaymentProcessor }): Promise<{ url: string }> {
  const profile = await findOwnPayoutProfile(db, actor);
  await assertEmailVerified(db, actor);
  if (profile.payoutsEnabled) throw new AppError("INVALID_STATE", "Payouts are already set up");
  const accountRef = profile.stripeAccountId ?? (await createAccount(actor, profile, processor));
  return processor.createOnboardingLink({ accountRef, ...onboardingUrls() });
}

async function createAccount(
  actor: Actor,
  profile: { id: string; country: string; user: { email: string } },
  processor: PaymentProcessor,
): Promise<string> {
  const { accountRef } = await processor.createConnectedAccount({
    email: profile.user.email,
    country: profile.country,
    idempotencyKey: `provider:${profile.id}:account`,
    metadata: { providerId: profile.id },
  });
  return transactional(async (tx) => {
    const { count } = await tx.providerProfile.updateMany({ where: { id: profile.id, stripeAccountId: null }, data: { stripeAccountId: accountRef } });
    if (count === 0) {
      // A concurrent start stored its account first; use that one (with Stripe it is the same account).
      const stored = await tx.providerProfile.findUniqueOrThrow({ where: { id: profile.id }, select: { stripeAccountId: true } });
      return stored.stripeAccountId!;
    }
    await tx.auditLog.create({
      data: { actorId: actor.userId, action: "provider.payout_account_created", entityType: "ProviderProfile", entityId: profile.id, data: { processor: processor.name } },
    });
    return accountRef;
  });
}
