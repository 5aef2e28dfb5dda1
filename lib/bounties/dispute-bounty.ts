import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { openBountyDisputeRecord } from "../disputes/bounty-dispute-record";
import { getBounty } from "./get-bounty";
import { assignedUserId, lockBounty } from "./lock-bounty";
import { assertIsParty, viewerRoleOf } from "./policies";
import { DisputeBountyInput } from "./schemas";
import { assertTransition } from "./state-machine";

/**
 * Either party disputes an assigned bounty: the money freezes (no automatic release, no
 * cancellation by the parties) until resolveDispute or an accepted proposal. The Dispute row
 * (lib/disputes) gives the other party DISPUTE_RESPONSE_DAYS to answer before it escalates.
 */
export async function disputeBounty({ actor, now = new Date(), ...input }: { actor: Actor; bountyId: string; reason: string; now?: Date }) {
  const { bountyId, reason } = parseInput(DisputeBountyInput, input);
  await transactional(async (tx) => {
    const bounty = await lockBounty(tx, bountyId);
    assertIsParty(actor, { posterId: bounty.posterId, assignedUserId: assignedUserId(bounty) }, "open a dispute");
    assertTransition(bounty.status, "DISPUTED");
    await tx.bounty.update({
      where: { id: bountyId },
      data: { status: "DISPUTED", disputedAt: now, disputeReason: reason, disputeOpenedById: actor.userId, disputeByChargeback: false, autoReleaseAt: null, cancelRequestedById: null, cancelRequestReason: null },
    });
    const role = viewerRoleOf(actor, { posterId: bounty.posterId, assignedUserId: assignedUserId(bounty) });
    await openBountyDisputeRecord(tx, {
      bountyId,
      openedById: actor.userId,
      respondentId: role === "poster" ? assignedUserId(bounty) : bounty.posterId,
      reason,
      paidAmount: bounty.payment?.amount ?? 0,
      currency: bounty.currency,
      now,
    });
    await recordEvent(tx, { type: "bounty.disputed", actorId: actor.userId, entity: { type: "Bounty", id: bountyId }, data: { bountyId } });
  });
  return getBounty({ actor, bountyId });
}
