import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { AppError, notFound } from "../core/errors";
import { parseInput } from "../core/validation";
import { transactional } from "../events/transactional";
import { escrowPaymentId } from "./escrow";
import { settleBountyEscrow } from "./escrow-settlement";
import { getBounty } from "./get-bounty";
import { assertIsAdmin } from "./policies";
import { BountyIdInput } from "./schemas";

/**
 * Support retries an escrow refund the processor reported as failed (say the poster has a new
 * card on file with their bank now). The failure mark is cleared and the escrow settled at once:
 * what is still held goes back under the next refund key (the failed refund keeps its own), so a
 * double click refunds once. Should the processor refuse again, the error answers here and the
 * next refund.failed marks it again.
 */
export async function retryEscrowRefund({ actor, now = new Date(), ...input }: { actor: Actor; bountyId: string; now?: Date }) {
  assertIsAdmin(actor);
  const { bountyId } = parseInput(BountyIdInput, input);
  const paymentId = escrowPaymentId(bountyId);
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: { refundFailedAt: true } });
  if (!payment) throw notFound("Bounty payment");
  const cleared = await transactional(async (tx) => {
    const { count } = await tx.payment.updateMany({ where: { id: paymentId, refundFailedAt: { not: null } }, data: { refundFailedAt: null } });
    if (count === 1) await tx.auditLog.create({ data: { actorId: actor.userId, action: "payment.refund_retried", entityType: "Payment", entityId: paymentId, data: { paymentId, bountyId } } });
    return count === 1;
  });
  // A second click that lost the race still settles (harmless: same key); one with nothing to retry is told so.
  if (!cleared && !payment.refundFailedAt) throw new AppError("INVALID_STATE", "This bounty has no failed refund to retry");
  await settleBountyEscrow({ bountyId, now });
  return getBounty({ actor, bountyId });
}
