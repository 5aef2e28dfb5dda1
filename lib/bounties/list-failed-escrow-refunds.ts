import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { escrowBalance } from "./escrow";
import { assertIsAdmin } from "./policies";

/**
 * Escrow refunds the processor reported as failed (refund.failed): the money is held again and
 * waits for support, oldest first. Listed beside the disputes, retried with retryEscrowRefund.
 */
export async function listFailedEscrowRefunds({ actor, limit = 100 }: { actor: Actor; limit?: number }) {
  assertIsAdmin(actor);
  const rows = await db.payment.findMany({
    where: { bountyId: { not: null }, refundFailedAt: { not: null } },
    select: {
      id: true,
      currency: true,
      refundFailedAt: true,
      refundFailureReason: true,
      bounty: { select: { id: true, title: true, status: true } },
      customer: { select: { name: true, email: true } },
    },
    orderBy: [{ refundFailedAt: "asc" }, { id: "asc" }],
    take: limit,
  });
  const data = await Promise.all(
    rows.map(async (row) => ({
      bountyId: row.bounty!.id,
      title: row.bounty!.title,
      bountyStatus: row.bounty!.status,
      poster: row.customer,
      currency: row.currency,
      heldAmount: (await escrowBalance(db, row.id)).held,
      failedAt: row.refundFailedAt!.toISOString(),
      reason: row.refundFailureReason,
    })),
  );
  return { data };
}
