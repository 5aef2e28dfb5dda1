import type { Actor } from "../core/auth/actor";
import { env } from "../core/env";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { getBounty } from "./get-bounty";
import { assignedUserId, lockBounty } from "./lock-bounty";
import { assertOwnPhotoKeys } from "./photos";
import { assertIsAssigned } from "./policies";
import { SubmitWorkInput } from "./schemas";
import { assertTransition } from "./state-machine";

const DAY = 86_400_000;

/**
 * The assigned provider hands in the work with evidence (notes, their own photos). The poster has
 * BOUNTY_AUTO_RELEASE_DAYS to approve, ask for changes or dispute; silence releases the escrow.
 */
export async function submitWork({ actor, now = new Date(), ...input }: { actor: Actor; bountyId: string; notes: string; photoKeys?: string[]; now?: Date }) {
  const { bountyId, notes, photoKeys } = parseInput(SubmitWorkInput, input);
  assertOwnPhotoKeys(actor.userId, photoKeys);
  await transactional(async (tx) => {
    const bounty = await lockBounty(tx, bountyId);
    assertIsAssigned(actor, { posterId: bounty.posterId, assignedUserId: assignedUserId(bounty) }, "submit the work");
    assertTransition(bounty.status, "AWAITING_APPROVAL");
    await tx.bounty.update({
      where: { id: bountyId },
      data: {
        status: "AWAITING_APPROVAL",
        submissionNotes: notes,
        submissionPhotoKeys: photoKeys,
        submittedAt: now,
        autoReleaseAt: new Date(now.getTime() + env.BOUNTY_AUTO_RELEASE_DAYS * DAY),
      },
    });
    await recordEvent(tx, { type: "bounty.submitted", actorId: actor.userId, entity: { type: "Bounty", id: bountyId }, data: { bountyId } });
  });
  return getBounty({ actor, bountyId });
}
