import { db } from "../core/db";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { EXPIRY_WARNING_DAYS } from "./schemas";

const DAY = 86_400_000;

/**
 * Scheduler: a badge that lapses within 14 days is announced to its provider once (the
 * notification and email handlers of verification.expiring). The guarded update of
 * expiryWarningSentAt is the claim, so overlapping ticks record one event per document.
 * A badge approved with less than 14 days left is warned on the next tick.
 */
export async function warnExpiringVerificationBadges({ now = new Date(), limit = 200 }: { now?: Date; limit?: number } = {}): Promise<number> {
  const horizon = new Date(now.getTime() + EXPIRY_WARNING_DAYS * DAY);
  const due = await db.verificationDocument.findMany({
    where: { status: "APPROVED", expiryWarningSentAt: null, expiresAt: { gt: now, lte: horizon } },
    orderBy: { expiresAt: "asc" },
    take: limit,
    select: { id: true, providerId: true, kind: true, expiresAt: true },
  });
  let count = 0;
  for (const document of due) {
    const claimed = await transactional(async (tx) => {
      const { count: won } = await tx.verificationDocument.updateMany({
        where: { id: document.id, status: "APPROVED", expiryWarningSentAt: null },
        data: { expiryWarningSentAt: now },
      });
      if (won !== 1) return false;
      await recordEvent(tx, {
        type: "verification.expiring",
        actorId: null,
        entity: { type: "VerificationDocument", id: document.id },
        data: { documentId: document.id, providerId: document.providerId, kind: document.kind, expiresAt: document.expiresAt!.toISOString() },
      });
      return true;
    });
    if (claimed) count++;
  }
  return count;
}
