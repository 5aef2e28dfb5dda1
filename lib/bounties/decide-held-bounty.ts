import type { Tx } from "../core/db";
import { AppError } from "../core/errors";
import type { InTransactionFacts } from "../events/in-transaction";
import { recordEvent } from "../events/record-event";
import { cancelNow } from "./cancel-bounty";
import { lockBounty } from "./lock-bounty";
import { assertTransition } from "./state-machine";

/**
 * The bounties side of an admin's risk decision (lib/risk/decide-hold.ts), in its transaction:
 * approved, UNDER_REVIEW → OPEN with the usual bounty.posted (board refresh, "your bounty is live");
 * rejected, UNDER_REVIEW → CANCELLED with bounty.cancelled and the admin's note as the reason.
 * A bounty its poster withdrew meanwhile stays cancelled on a rejection; an approval is a 409.
 */
export async function decideHeldBounty(tx: Tx, { bountyId, approved, actorId, note, now }: InTransactionFacts["risk.bounty_hold_decided"]): Promise<void> {
  const bounty = await lockBounty(tx, bountyId);
  if (!approved && bounty.status === "CANCELLED") return;
  if (bounty.status !== "UNDER_REVIEW") {
    throw new AppError("INVALID_STATE", "This bounty is no longer under review", { currentStatus: bounty.status });
  }
  assertTransition(bounty.status, approved ? "OPEN" : "CANCELLED");
  if (!approved) {
    await cancelNow(tx, bounty, { actorId, now, reason: note });
    return;
  }
  await tx.bounty.update({ where: { id: bountyId }, data: { status: "OPEN" } });
  await recordEvent(tx, { type: "bounty.posted", actorId, entity: { type: "Bounty", id: bountyId }, data: { bountyId } });
}
