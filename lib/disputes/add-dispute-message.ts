import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { getDispute } from "./get-dispute";
import { assertOpen, loadDisputeFor } from "./policies";
import { noteResponse } from "./respond";
import { AddDisputeMessageInput } from "./schemas";

/** A party or support writes on an open dispute; the other side is notified. */
export async function addDisputeMessage({ actor, now = new Date(), ...input }: AddDisputeMessageInput & { actor: Actor; now?: Date }) {
  const { disputeId, body } = parseInput(AddDisputeMessageInput, input);
  await transactional(async (tx) => {
    const { dispute } = await loadDisputeFor(tx, actor, disputeId, { lock: true });
    assertOpen(dispute);
    const message = await tx.disputeMessage.create({ data: { disputeId, authorId: actor.userId, body, createdAt: now }, select: { id: true } });
    await noteResponse(tx, dispute, actor, now);
    await recordEvent(tx, { type: "dispute.message_added", actorId: actor.userId, entity: { type: "Dispute", id: disputeId }, data: { disputeId, messageId: message.id } });
  });
  return getDispute({ actor, disputeId });
}
