import type { Actor } from "../core/auth/actor";
import type { Tx } from "../core/db";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { closeBountyDisputeRecord } from "../disputes/bounty-dispute-record";
import { completeBounty } from "./complete-bounty";
import { captureEscrow, chargebackOpen, settleAfterCommit } from "./escrow-settlement";
import { getBounty } from "./get-bounty";
import { lockBounty } from "./lock-bounty";
import { assertIsAdmin } from "./policies";
import { ResolveDisputeInput, type ResolveDisputeInput as ResolveDisputeOptions } from "./schemas";

/**
 * Hearth support settles a dispute. refund: CANCELLED, everything back to the poster. release:
 * COMPLETED, everything to the provider. partial_refund: COMPLETED, refundAmount back to the poster
 * and the rest released; the release is posted in this transaction, the refund of what stays
 * held and the provider's transfer right after the commit (retried by the scheduler), so the
 * ledger balances at every step. Not while the poster's bank contests the charge (a chargeback).
 */
export async function resolveDispute({ actor, now = new Date(), ...input }: ResolveDisputeOptions & { actor: Actor; now?: Date }) {
  assertIsAdmin(actor);
  const { bountyId, outcome, refundAmount } = parseInput(ResolveDisputeInput, input);
  await settleBountyDispute({ actorId: actor.userId, bountyId, outcome, refundAmount, now });
  return getBounty({ actor, bountyId });
}

/**
 * The money half of a decision, for support's resolution and for a refund proposal the other party
 * accepted (lib/disputes): the caller has checked who may decide. Closes the bounty's Dispute row
 * in the same transaction.
 */
export async function settleBountyDispute({
  actorId,
  bountyId,
  outcome,
  refundAmount,
  now,
  inTx,
}: {
  actorId: string;
  bountyId: string;
  outcome: "refund" | "partial_refund" | "release";
  refundAmount?: number;
  now: Date;
  /** Runs in the resolving transaction, before the Dispute row closes (e.g. accepting the proposal). */
  inTx?: (tx: Tx) => Promise<void>;
}): Promise<void> {
  // Releasing needs captured money; a full refund of a never-captured escrow just voids it.
  if (outcome !== "refund") await captureEscrow({ bountyId, now });
  await transactional(async (tx) => {
    const bounty = await lockBounty(tx, bountyId);
    if (bounty.status !== "DISPUTED") throw new AppError("INVALID_STATE", "This bounty is not in dispute", { currentStatus: bounty.status });
    if (bounty.payment && chargebackOpen(bounty.payment)) {
      // The bank holds the money's fate: a refund would be refused and a release could be clawed back.
      throw new AppError("INVALID_STATE", "The poster's bank is contesting this card payment (a chargeback). Resolve the dispute once the chargeback is closed.", {
        currentStatus: bounty.status,
        reason: "CHARGEBACK_OPEN",
      });
    }
    const amount = bounty.payment?.amount ?? 0;
    let refunded = 0;
    if (outcome === "refund") {
      refunded = amount;
      await tx.bounty.update({ where: { id: bountyId }, data: { status: "CANCELLED", cancelledAt: now, cancelledById: actorId, disputeResolution: outcome } });
    } else if (outcome === "release") {
      await completeBounty(tx, bounty, { automatic: false, actorId, now, resolution: outcome });
    } else {
      if (amount === 0) throw new AppError("VALIDATION_FAILED", "A for-honor bounty has no money to split", { fields: { outcome: ["Refund or release"] } });
      refunded = refundAmount!;
      if (refunded >= amount) {
        throw new AppError("VALIDATION_FAILED", `A partial refund is less than the ${amount} paid; use a full refund instead`, { fields: { refundAmount: [`At most ${amount - 1}`] } });
      }
      await completeBounty(tx, bounty, { automatic: false, actorId, now, releaseAmount: amount - refunded, resolution: outcome });
    }
    if (inTx) await inTx(tx);
    await closeBountyDisputeRecord(tx, { bountyId, resolution: outcome, refundAmount: refunded, releasedAmount: amount - refunded, resolvedById: actorId, now });
    await recordEvent(tx, { type: "bounty.dispute_resolved", actorId, entity: { type: "Bounty", id: bountyId }, data: { bountyId, outcome, refundAmount: refunded } });
  });
  await settleAfterCommit(bountyId, now);
}
