import type { Tx } from "../core/db";
import { env } from "../core/env";
import { OPEN_DISPUTE_STATUSES } from "./status";

/**
 * The Dispute row behind a bounty's DISPUTED status, written by the bounty use cases in their own
 * transaction (they hold the bounty's lock): dispute-bounty and a chargeback open it, the
 * resolution and a lost chargeback close it. The Bounty's dispute columns are kept as the bounty
 * page's summary; the Dispute row carries the case (messages, evidence, proposals, deadline).
 */

const DAY = 86_400_000;

export async function openBountyDisputeRecord(
  tx: Tx,
  facts: { bountyId: string; openedById: string | null; respondentId: string | null; reason: string; paidAmount: number; currency: string; now: Date },
): Promise<string> {
  const { bountyId, openedById, respondentId, reason, paidAmount, currency, now } = facts;
  const byChargeback = openedById === null;
  const open = await tx.dispute.findFirst({ where: { bountyId, status: { in: [...OPEN_DISPUTE_STATUSES] } }, select: { id: true } });
  if (open) {
    // A party's dispute that the bank then contests goes straight to support.
    if (byChargeback) await tx.dispute.update({ where: { id: open.id }, data: { byChargeback: true, status: "ESCALATED", escalatedAt: now, responseDueAt: null } });
    return open.id;
  }
  const created = await tx.dispute.create({
    data: {
      bountyId,
      openedById,
      respondentId,
      byChargeback,
      reason,
      paidAmount,
      currency,
      status: byChargeback ? "ESCALATED" : "AWAITING_RESPONSE",
      escalatedAt: byChargeback ? now : null,
      responseDueAt: byChargeback ? null : new Date(now.getTime() + env.DISPUTE_RESPONSE_DAYS * DAY),
      createdAt: now,
    },
    select: { id: true },
  });
  return created.id;
}

export async function closeBountyDisputeRecord(
  tx: Tx,
  outcome: { bountyId: string; resolution: string; refundAmount: number; releasedAmount: number; resolvedById: string | null; now: Date },
): Promise<string | null> {
  const { bountyId, resolution, refundAmount, releasedAmount, resolvedById, now } = outcome;
  const open = await tx.dispute.findFirst({ where: { bountyId, status: { in: [...OPEN_DISPUTE_STATUSES] } }, select: { id: true } });
  if (!open) return null;
  await tx.dispute.update({
    where: { id: open.id },
    data: { status: "RESOLVED", resolution, refundAmount, releasedAmount, resolvedById, resolvedAt: now, responseDueAt: null },
  });
  await tx.disputeProposal.updateMany({ where: { disputeId: open.id, status: "PENDING" }, data: { status: "WITHDRAWN", decidedAt: now } });
  return open.id;
}
