import type { Actor } from "../core/auth/actor";
import { env } from "../core/env";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { getBounty } from "./get-bounty";
import { assignedUserId, lockBounty } from "./lock-bounty";
import { assertIsPoster } from "./policies";
import { RequestChangesInput } from "./schemas";
import { assertTransition } from "./state-machine";

/**
 * The poster sends the work back (AWAITING_APPROVAL → IN_PROGRESS), at most
 * BOUNTY_MAX_CHANGE_REQUESTS times; after that they approve or dispute. The automatic release
 * stops until the next submission.
 */
export async function requestChanges({ actor, now = new Date(), ...input }: { actor: Actor; bountyId: string; reason: string; now?: Date }) {
  const { bountyId, reason } = parseInput(RequestChangesInput, input);
  await transactional(async (tx) => {
    const bounty = await lockBounty(tx, bountyId);
    assertIsPoster(actor, { posterId: bounty.posterId, assignedUserId: assignedUserId(bounty) }, "ask for changes");
    assertTransition(bounty.status, "IN_PROGRESS");
    const max = env.BOUNTY_MAX_CHANGE_REQUESTS;
    if (bounty.changeRequests >= max) {
      throw new AppError("INVALID_STATE", `You already asked for changes ${max} times. Approve the work or open a dispute.`, {
        currentStatus: bounty.status,
        reason: "CHANGE_REQUEST_LIMIT",
        changeRequests: bounty.changeRequests,
      });
    }
    await tx.bounty.update({
      where: { id: bountyId },
      data: { status: "IN_PROGRESS", changeRequests: { increment: 1 }, autoReleaseAt: null, changeRequestReason: reason, changeRequestedAt: now },
    });
    // The bounty keeps the latest reason (both parties see it); each one also stays in the audit
    // trail (written before its event, so never newer than it), where the notification reads its own.
    await tx.auditLog.create({ data: { actorId: actor.userId, action: "bounty.changes_requested.reason", entityType: "Bounty", entityId: bountyId, data: { reason } } });
    await recordEvent(tx, { type: "bounty.changes_requested", actorId: actor.userId, entity: { type: "Bounty", id: bountyId }, data: { bountyId } });
  });
  return getBounty({ actor, bountyId });
}
