import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { transactional } from "../events/transactional";
import { payout as payoutLines } from "../ledger/movements";
import { postLedgerTransaction } from "../ledger/post-ledger-transaction";
import type { PaymentProcessor } from "../payments/processor";
import { payoutSelect, type PayoutDto } from "./dto";
import { availableBalance } from "./get-provider-balances";
import { getPaymentProcessor } from "../payments/get-payment-processor";
import { lockOwnPayoutProfile } from "./policies";
import { RequestPayoutInput } from "./schemas";
import { assertEmailVerified } from "../users/policies";
import { assertEnabled } from "../flags/is-enabled";

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
 */
export async function requestPayout({
  actor,
  processor = getPaymentProcessor(),
  ...input
}: RequestPayoutInput & { actor: Actor; processor?: PaymentProcessor }): Promise<PayoutDto> {
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
    const row = await tx.payout.create({
      data: { providerId: profile.id, amount: paid, currency, status: processor.name === "test-mode" ? "paid" : "pending" },
      select: payoutSelect,
    });
    await postLedgerTransaction(tx, {
      key: `payout:${row.id}`,
      kind: "payout",
      description: `Payout ${row.id}`,
      lines: payoutLines({ amount: paid, currency, providerId: profile.id }),
    });
    await tx.auditLog.create({
      data: {
        actorId: actor.userId,
        action: "payout.requested",
        entityType: "Payout",
        entityId: row.id,
        data: { providerId: profile.id, amount: paid, currency, status: row.status, processor: processor.name },
      },
    });
    return row;
  });
}
