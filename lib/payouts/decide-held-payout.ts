import type { Tx } from "../core/db";
import { AppError } from "../core/errors";
import type { InTransactionFacts } from "../events/in-transaction";
import { getPaymentProcessor } from "../payments/get-payment-processor";
import type { PaymentProcessor } from "../payments/processor";
import { availableBalance } from "./get-provider-balances";
import { madeStatus, postPayoutMovement } from "./pay-out";

/**
 * The payouts side of an admin's risk decision (lib/risk/decide-hold.ts), in its transaction, under
 * the provider row lock like every payout. Approved: the payout is made through the usual path
 * (ledger movement, "paid" in test mode, "pending" with Stripe), if the balance still covers it
 * (an open dispute may have frozen earnings meanwhile: 409, the hold stays). Rejected: "cancelled";
 * nothing was moved, so the reservation simply ends and the money is available again.
 */
export async function decideHeldPayout(
  tx: Tx,
  { payoutId, approved, actorId, note }: InTransactionFacts["risk.payout_hold_decided"],
  processor: PaymentProcessor = getPaymentProcessor(),
): Promise<void> {
  const found = await tx.payout.findUnique({ where: { id: payoutId }, select: { providerId: true } });
  if (!found) throw new AppError("NOT_FOUND", "Payout not found");
  await tx.$queryRaw`SELECT id FROM "ProviderProfile" WHERE id = ${found.providerId} FOR UPDATE`;
  const payout = await tx.payout.findUniqueOrThrow({ where: { id: payoutId }, select: { id: true, providerId: true, amount: true, currency: true, status: true } });
  if (payout.status !== "held") throw new AppError("INVALID_STATE", `This payout is ${payout.status}, not held`, { currentStatus: payout.status });

  let status = "cancelled";
  if (approved) {
    // Its own reservation is still counted in `available`: what is left must not be negative.
    const available = await availableBalance(tx, payout.providerId, payout.currency);
    if (available < 0) {
      throw new AppError("INVALID_STATE", "The provider's available balance no longer covers this payout", { available: available + payout.amount, currency: payout.currency });
    }
    status = madeStatus(processor);
    await postPayoutMovement(tx, payout);
  }
  await tx.payout.update({ where: { id: payoutId }, data: { status } });
  await tx.auditLog.create({
    data: {
      actorId,
      action: approved ? "payout.hold_approved" : "payout.hold_rejected",
      entityType: "Payout",
      entityId: payoutId,
      data: { providerId: payout.providerId, amount: payout.amount, currency: payout.currency, status, processor: processor.name, note },
    },
  });
}
