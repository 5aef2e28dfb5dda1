import type { Actor } from "../core/auth/actor";
import type { Tx } from "../core/db";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { settleAfterCommit } from "./escrow-settlement";
import { getBounty } from "./get-bounty";
import { assignedUserId, lockBounty, type LockedBounty } from "./lock-bounty";
import { assertIsParty, viewerRoleOf } from "./policies";
import { CancelBountyInput } from "./schemas";
import { assertTransition } from "./state-machine";

/**
 * Cancelling. Open: the poster (or support) cancels outright; open offers are declined. Assigned
 * (in progress or awaiting approval): one party asks, the other confirms by calling this too, and
 * support may cancel outright; the escrow goes back to the poster in full, right after the commit
 * (the scheduler retries if the processor is down). A disputed bounty is settled by support's
 * resolution instead.
 */
export async function cancelBounty({ actor, now = new Date(), ...input }: { actor: Actor; bountyId: string; reason?: string; now?: Date }) {
  const { bountyId, reason } = parseInput(CancelBountyInput, input);
  const cancelled = await transactional(async (tx) => {
    const bounty = await lockBounty(tx, bountyId);
    const parties = { posterId: bounty.posterId, assignedUserId: assignedUserId(bounty) };
    const role = viewerRoleOf(actor, parties);
    const admin = actor.role === "ADMIN";
    // Outsiders are refused before any state rule, so a refusal tells them nothing about the bounty.
    if (!admin && role !== "poster" && role !== "assigned") assertIsParty(actor, parties, "cancel it");
    if (bounty.status === "DISPUTED") {
      throw new AppError("INVALID_STATE", "A disputed bounty is settled by Hearth support", { currentStatus: bounty.status, reason: "DISPUTED" });
    }
    assertTransition(bounty.status, "CANCELLED");
    // Under review (risk hold): the poster may withdraw it like an open one.
    if (bounty.status === "OPEN" || bounty.status === "UNDER_REVIEW") {
      if (role !== "poster" && !admin) throw new AppError("FORBIDDEN", "Only the person who posted the bounty can cancel it");
    } else if (!(admin && role === "admin")) {
      assertIsParty(actor, parties, "cancel it");
      // The first party's call is a request; the other party's call confirms it.
      if (!bounty.cancelRequestedById || bounty.cancelRequestedById === actor.userId) {
        if (!bounty.cancelRequestedById) {
          await tx.bounty.update({ where: { id: bountyId }, data: { cancelRequestedById: actor.userId, cancelRequestReason: reason ?? null } });
          await noteReason(tx, actor, bountyId, "bounty.cancel_requested.reason", reason);
          await recordEvent(tx, { type: "bounty.cancel_requested", actorId: actor.userId, entity: { type: "Bounty", id: bountyId }, data: { bountyId, requestedById: actor.userId } });
        }
        return false;
      }
    }
    // Confirming a request without a word of one's own agrees with the request's reason.
    await cancelNow(tx, bounty, { actorId: actor.userId, now, reason: reason ?? bounty.cancelRequestReason ?? null });
    await noteReason(tx, actor, bountyId, "bounty.cancelled.reason", reason);
    return true;
  });
  if (cancelled) await settleAfterCommit(bountyId, now);
  return getBounty({ actor, bountyId });
}

/** CANCELLED (by whom, and why), open offers declined, bounty.cancelled with what goes back to the poster. */
export async function cancelNow(tx: Tx, bounty: LockedBounty, { actorId, now, reason = null }: { actorId: string | null; now: Date; reason?: string | null }): Promise<number> {
  await tx.bounty.update({ where: { id: bounty.id }, data: { status: "CANCELLED", cancelledAt: now, autoReleaseAt: null, cancelledById: actorId, cancelReason: reason } });
  await tx.offer.updateMany({ where: { bountyId: bounty.id, status: "OPEN" }, data: { status: "DECLINED" } });
  // Nothing is released before completion, so the whole escrow goes back.
  const refundAmount = bounty.payment?.amount ?? 0;
  await recordEvent(tx, { type: "bounty.cancelled", actorId, entity: { type: "Bounty", id: bounty.id }, data: { bountyId: bounty.id, refundAmount } });
  return refundAmount;
}

async function noteReason(tx: Tx, actor: Actor, bountyId: string, action: string, reason: string | undefined) {
  if (reason) await tx.auditLog.create({ data: { actorId: actor.userId, action, entityType: "Bounty", entityId: bountyId, data: { reason } } });
}
