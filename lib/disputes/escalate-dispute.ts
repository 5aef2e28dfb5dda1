import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { getDispute } from "./get-dispute";
import { assertOpen, assertParty, loadDisputeFor } from "./policies";
import { EscalateDisputeInput } from "./schemas";

/** Either party sends the dispute to Hearth support (the admin queue), at any time while it is open. */
export async function escalateDispute({ actor, now = new Date(), ...input }: { actor: Actor; disputeId: string; now?: Date }) {
  const { disputeId } = parseInput(EscalateDisputeInput, input);
  await transactional(async (tx) => {
    const { dispute, side } = await loadDisputeFor(tx, actor, disputeId, { lock: true });
    assertParty(side, "escalate it");
    assertOpen(dispute);
    if (dispute.status === "ESCALATED") throw new AppError("INVALID_STATE", "Hearth support already has this dispute", { currentStatus: dispute.status });
    await tx.dispute.update({ where: { id: disputeId }, data: { status: "ESCALATED", escalatedAt: now, responseDueAt: null } });
    await recordEvent(tx, { type: "dispute.escalated", actorId: actor.userId, entity: { type: "Dispute", id: disputeId }, data: { disputeId, automatic: false } });
  });
  return getDispute({ actor, disputeId });
}
