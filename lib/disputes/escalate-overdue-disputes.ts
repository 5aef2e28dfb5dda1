import { db } from "../core/db";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";

/**
 * Scheduled: a dispute whose respondent did not answer by responseDueAt goes to the admin queue.
 * Idempotent: each one is re-checked under its lock (an answer may have just arrived) and only an
 * AWAITING_RESPONSE dispute moves, so a second run (or another instance) escalates nothing twice.
 */
export async function escalateOverdueDisputes({ now = new Date(), limit = 200 }: { now?: Date; limit?: number } = {}): Promise<number> {
  const due = await db.dispute.findMany({
    where: { status: "AWAITING_RESPONSE", responseDueAt: { lte: now } },
    select: { id: true },
    orderBy: { responseDueAt: "asc" },
    take: limit,
  });
  let escalated = 0;
  for (const { id } of due) {
    const moved = await transactional(async (tx) => {
      const { count } = await tx.dispute.updateMany({
        where: { id, status: "AWAITING_RESPONSE", responseDueAt: { lte: now } },
        data: { status: "ESCALATED", escalatedAt: now, responseDueAt: null },
      });
      if (count === 1) await recordEvent(tx, { type: "dispute.escalated", actorId: null, entity: { type: "Dispute", id }, data: { disputeId: id, automatic: true } });
      return count === 1;
    });
    if (moved) escalated += 1;
  }
  return escalated;
}
