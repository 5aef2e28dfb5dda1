import type { Tx } from "../core/db";
import { env } from "../core/env";
import { AppError } from "../core/errors";
import { platformFee, releaseHeld } from "../ledger/movements";
import { postLedgerTransaction } from "../ledger/post-ledger-transaction";
import { escrowBalance } from "./escrow-balance";
import { escrowLedgerKeys } from "./escrow-keys";

/**
 * Releases `amount` of the escrow to the provider, minus the platform fee, inside the caller's
 * transaction (which holds the bounty's row lock and has just checked its state). The ledger key
 * release:<paymentId> is the second guard: a release posted twice would throw and roll back.
 * No payment (an honor bounty): nothing, and null. The caller records its domain event (bounty.released).
 */
export async function releaseHeldFunds(tx: Tx, { paymentId, amount, automatic }: { paymentId: string; amount?: number; automatic: boolean }): Promise<{ amount: number; currency: string } | null> {
  await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${paymentId} FOR UPDATE`;
  const payment = await tx.payment.findUnique({
    where: { id: paymentId },
    select: { status: true, capturedAmount: true, currency: true, providerId: true, chargebackOpenedAt: true, chargebackClosedAt: true },
  });
  if (!payment) return null;
  if (payment.chargebackOpenedAt && !payment.chargebackClosedAt) {
    // Read under the payment's lock, which the chargeback webhook takes too: it is either before or after us.
    throw new AppError("INVALID_STATE", "The poster's bank is contesting this card payment (a chargeback): nothing is released until it closes.", { reason: "CHARGEBACK_OPEN" });
  }
  if (payment.status !== "CAPTURED") {
    throw new AppError("UNAVAILABLE", "The escrow payment is still being processed. Please try again in a minute.", { paymentStatus: payment.status });
  }
  const { held } = await escrowBalance(tx, paymentId);
  const release = amount ?? held;
  if (!Number.isInteger(release) || release <= 0 || release > held) throw new Error(`Release of ${release} is outside 1..${held} for ${paymentId}`);
  const fee = platformFee(release, env.PLATFORM_FEE_BPS);
  const posted = await postLedgerTransaction(tx, {
    key: escrowLedgerKeys.release(paymentId),
    kind: "release",
    paymentId,
    description: automatic ? "Bounty escrow released automatically" : "Bounty escrow released",
    lines: releaseHeld({ amount: release, currency: payment.currency, fee, providerId: payment.providerId }),
  });
  if (!posted) throw new AppError("CONFLICT", "This escrow was already released", { paymentId });
  await tx.payment.update({ where: { id: paymentId }, data: { platformFeeAmount: fee } });
  return { amount: release, currency: payment.currency };
}
