import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { transactional } from "../events/transactional";
import type { PaymentProcessor } from "../payments/processor";
import { applyAccountStatus } from "./apply-account-status";
import { toPayoutAccountDto, type PayoutAccountDto } from "./dto";
import { getPaymentProcessor } from "../payments/get-payment-processor";
import { lockOwnPayoutProfile, findOwnPayoutProfile } from "./policies";

/**
 * Asks the processor whether the provider's account can be paid and stores the answer (audit row
 * on change; provider.payouts_enabled on the flip to true). The processor is asked before the
 * transaction, so no row lock is held across the network call.
 */
export async function refreshAccountStatus({ actor, processor = getPaymentProcessor() }: { actor: Actor; processor?: PaymentProcessor }): Promise<PayoutAccountDto> {
  const profile = await findOwnPayoutProfile(db, actor);
  if (!profile.stripeAccountId) return toPayoutAccountDto(profile);
  const next = await processor.retrieveConnectedAccount(profile.stripeAccountId);
  return transactional(async (tx) => {
    const locked = await lockOwnPayoutProfile(tx, actor);
    // The status we fetched describes that account; if it was replaced meanwhile, it says nothing about this one.
    if (locked.stripeAccountId !== profile.stripeAccountId) return toPayoutAccountDto(locked);
    await applyAccountStatus(tx, { providerId: locked.id, previous: locked, next, actorId: actor.userId });
    return toPayoutAccountDto({ stripeAccountId: locked.stripeAccountId, ...next });
  });
}
