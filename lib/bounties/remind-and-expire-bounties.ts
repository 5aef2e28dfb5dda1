import { db } from "../core/db";
import { logger } from "../core/logger";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { lockBounty } from "./lock-bounty";

/** Posters hear this long before their open bounty's due date that it is about to expire. */
export const EXPIRY_REMINDER_HOURS = 48;
const HOUR = 3_600_000;

/**
 * Scheduler: open bounties nobody was chosen for expire at their due date, and their posters are
 * reminded first. The order is a guarantee, not a timing: only a reminded bounty expires, so one
 * whose reminder was missed (posted less than 48 h before its due date, or the scheduler was down)
 * is reminded on this tick and expires on a later one.
 */
export async function remindAndExpireBounties({ now = new Date(), limit = 200 }: { now?: Date; limit?: number } = {}): Promise<{ reminded: number; expired: number }> {
  const expired = await expire(now, limit);
  const reminded = await remind(now, limit);
  return { reminded, expired };
}

async function expire(now: Date, limit: number): Promise<number> {
  const due = await db.bounty.findMany({
    where: { status: "OPEN", dueAt: { lte: now }, expiryReminderSentAt: { not: null } },
    select: { id: true },
    orderBy: { dueAt: "asc" },
    take: limit,
  });
  let count = 0;
  for (const { id } of due) {
    try {
      const done = await transactional(async (tx) => {
        const bounty = await lockBounty(tx, id);
        if (bounty.status !== "OPEN") return false; // accepted or cancelled meanwhile
        await tx.bounty.update({ where: { id }, data: { status: "EXPIRED" } });
        await tx.offer.updateMany({ where: { bountyId: id, status: "OPEN" }, data: { status: "DECLINED" } });
        await recordEvent(tx, { type: "bounty.expired", actorId: null, entity: { type: "Bounty", id }, data: { bountyId: id } });
        return true;
      });
      if (done) count++;
    } catch (error) {
      logger.error({ err: error, bountyId: id }, "expiring a bounty failed; the next tick retries");
    }
  }
  return count;
}

async function remind(now: Date, limit: number): Promise<number> {
  const due = await db.bounty.findMany({
    where: { status: "OPEN", expiryReminderSentAt: null, dueAt: { lte: new Date(now.getTime() + EXPIRY_REMINDER_HOURS * HOUR) } },
    select: { id: true },
    orderBy: { dueAt: "asc" },
    take: limit,
  });
  let count = 0;
  for (const { id } of due) {
    // The guarded update is the claim: two overlapping ticks remind once.
    const done = await transactional(async (tx) => {
      const { count: claimed } = await tx.bounty.updateMany({ where: { id, status: "OPEN", expiryReminderSentAt: null }, data: { expiryReminderSentAt: now } });
      if (claimed === 1) await recordEvent(tx, { type: "bounty.expiring", actorId: null, entity: { type: "Bounty", id }, data: { bountyId: id } });
      return claimed === 1;
    });
    if (done) count++;
  }
  return count;
}
