import type { Tx } from "../core/db";
import { recordEvent } from "../events/record-event";
import { releaseEscrow } from "./escrow";
import type { LockedBounty } from "./lock-bounty";
import { assertTransition } from "./state-machine";

/**
 * AWAITING_APPROVAL (or DISPUTED) → COMPLETED with the escrow released, in the caller's
 * transaction, which holds the bounty's row lock. Whoever gets the lock first (the poster's
 * approval, the automatic release, an admin) completes it; the others find it COMPLETED and stop
 * at the state check, so the release, its ledger posting and bounty.released happen once.
 */
export async function completeBounty(
  tx: Tx,
  bounty: LockedBounty,
  { automatic, actorId, now, releaseAmount, resolution }: { automatic: boolean; actorId: string | null; now: Date; releaseAmount?: number; resolution?: string },
): Promise<number> {
  assertTransition(bounty.status, "COMPLETED");
  const released = await releaseEscrow(tx, { bountyId: bounty.id, amount: releaseAmount, automatic, actorId });
  await tx.bounty.update({
    where: { id: bounty.id },
    data: { status: "COMPLETED", completedAt: now, releasedAt: now, autoReleaseAt: null, cancelRequestedById: null, cancelRequestReason: null, ...(resolution ? { disputeResolution: resolution } : {}) },
  });
  await recordEvent(tx, { type: "bounty.completed", actorId, entity: { type: "Bounty", id: bounty.id }, data: { bountyId: bounty.id } });
  return released;
}
