import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { notFound } from "../core/errors";
import { parseInput } from "../core/validation";
import { transactional } from "../events/transactional";
import { completeBounty } from "./complete-bounty";
import { captureEscrow, settleAfterCommit } from "./escrow-settlement";
import { getBounty } from "./get-bounty";
import { assignedUserId, lockBounty } from "./lock-bounty";
import { assertIsPoster } from "./policies";
import { BountyIdInput } from "./schemas";

/**
 * The poster approves the submitted work: COMPLETED, and the escrow goes to the provider minus the
 * platform fee (released in the ledger in the transaction, transferred to their account after it). Races with the automatic release are settled by the bounty's row lock (see
 * completeBounty): the loser gets 409 INVALID_STATE with currentStatus COMPLETED.
 */
export async function approveWork({ actor, now = new Date(), ...input }: { actor: Actor; bountyId: string; now?: Date }) {
  const { bountyId } = parseInput(BountyIdInput, input);
  const before = await db.bounty.findUnique({ where: { id: bountyId }, select: { posterId: true } });
  if (!before) throw notFound("Bounty");
  assertIsPoster(actor, { posterId: before.posterId, assignedUserId: null }, "approve the work");
  // An escrow still only authorized (its capture failed after the accept) is captured first, outside the lock.
  await captureEscrow({ bountyId, now });
  await transactional(async (tx) => {
    const bounty = await lockBounty(tx, bountyId);
    assertIsPoster(actor, { posterId: bounty.posterId, assignedUserId: assignedUserId(bounty) }, "approve the work");
    await completeBounty(tx, bounty, { automatic: false, actorId: actor.userId, now });
  });
  // The provider's share goes to their connected account now (the scheduler retries if the processor is down).
  await settleAfterCommit(bountyId, now);
  return getBounty({ actor, bountyId });
}
