import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { transactional } from "../events/transactional";
import type { PaymentProcessor } from "../payments/processor";
import { payoutSelect, type PayoutDto } from "./dto";
import { availableBalance } from "./get-provider-balances";
import { getPaymentProcessor } from "../payments/get-payment-processor";
import { lockOwnPayoutProfile } from "./policies";
import { RequestPayoutInput } from "./schemas";
import { assertEmailVerified } from "../users/policies";
import { assertEnabled } from "../flags/is-enabled";
import { assessRisk, recordRiskAssessment } from "../risk/assess-risk";
import { madeStatus, postPayoutMovement } from "./pay-out";

/**
 * Pays out the provider's available balance in one currency (or exactly `amount` of it): the
 * Payout row and the ledger's payout movement commit together. The provider row is locked first,
 * so concurrent payouts run one after the other and the second sees the balance the first left:
 * a balance is never paid twice and never goes negative.
 *
 * Test mode: the payout is "paid" at once (no real money moves). Stripe: funds already reach the
 * provider's connected account with each destination charge, and Stripe's automatic payouts move
 * them to the bank on the account's schedule; this records the amount as paid out in Hearth and
 * leaves the Payout "pending", since Hearth does not see the bank transfer itself.
 *
 * Risk (docs/risk.md): a payout scoring at or above the review threshold is created "held": no
 * ledger movement and no processor call; its amount is reserved (out of the available balance)
 * until an admin approves it (the same path as here, decide-held-payout.ts) or rejects it.
 */
export async function requestPayout({
  actor,
  processor = getPaymentProcessor(),
  now = new Date(),
  ...input
}: RequestPayoutInput & { actor: Actor; processor?: PaymentProcessor; now?: Date }): Promise<PayoutDto> {
  await assertEnabled("payouts");
  const { currency, amount } = parseInput(RequestPayoutInput, input);
  return transactional(async (tx) => {
    const profile = await lockOwnPayoutProfile(tx, actor);
    await assertEmailVerified(tx, actor);
    if (!profile.payoutsEnabled) throw new AppError("INVALID_STATE", "Set up payouts before requesting one");
    const available = await availableBalance(tx, profile.id, currency);
    if (available <= 0) throw new AppError("INVALID_STATE", `You have no ${currency} balance to pay out`, { available: Math.max(available, 0), currency });
    const paid = amount ?? available;
    if (paid > available) {
      throw new AppError("INVALID_STATE", "That is more than your available balance; reload to see the current amount", { available, currency });
    }
    const verdict = await assessRisk(tx, { kind: "PAYOUT", userId: actor.userId, providerId: profile.id, amount: paid, now });
    const held = verdict.decision === "HOLD";
    const row = await tx.payout.create({
      data: { providerId: profile.id, amount: paid, currency, status: held ? "held" : madeStatus(processor), createdAt: now },
      select: payoutSelect,
    });
    await recordRiskAssessment(tx, { verdict, subjectId: row.id, userId: actor.userId, currency, now });
    if (!held) await postPayoutMovement(tx, { id: row.id, providerId: profile.id, amount: paid, currency });
    await tx.auditLog.create({
      data: {
        actorId: actor.userId,
        action: "payout.requested",
        entityType: "Payout",
        entityId: row.id,
        data: { providerId: profile.id, amount: paid, currency, status: row.status, processor: processor.name, riskScore: verdict.score },
      },
    });
    return row;
  });
}
