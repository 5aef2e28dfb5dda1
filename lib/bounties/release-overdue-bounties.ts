import { db } from "../core/db";
import { logger } from "../core/logger";
import { transactional } from "../events/transactional";
import { completeBounty } from "./complete-bounty";
import { captureEscrow, settleAfterCommit } from "./escrow-settlement";
import { lockBounty } from "./lock-bounty";

/**
 * Scheduler: submitted work the poster left unanswered past autoReleaseAt is approved on their
 * behalf and the escrow released (bounty.released with automatic: true). A disputed bounty has no
 * autoReleaseAt (frozen). Racing the poster's own approval is safe: see completeBounty.
 */
export async function releaseOverdueBounties({ now = new Date(), limit = 100 }: { now?: Date; limit?: number } = {}): Promise<number> {
  const due = await db.bounty.findMany({
    where: { status: "AWAITING_APPROVAL", autoReleaseAt: { lte: now } },
    select: { id: true },
    orderBy: { autoReleaseAt: "asc" },
    take: limit,
  });
  let released = 0;
  for (const { id } of due) {
    try {
      await captureEscrow({ bountyId: id, now });
      const done = await transactional(async (tx) => {
        const bounty = await lockBounty(tx, id);
        // Approved, disputed or sent back since the query: nothing to do.
        if (bounty.status !== "AWAITING_APPROVAL" || !bounty.autoReleaseAt || bounty.autoReleaseAt > now) return false;
        await completeBounty(tx, bounty, { automatic: true, actorId: null, now });
        return true;
      });
      if (done) {
        released++;
        await settleAfterCommit(id, now);
      }
    } catch (error) {
      logger.error({ err: error, bountyId: id }, "automatic bounty release failed; the next tick retries");
    }
  }
  return released;
}
