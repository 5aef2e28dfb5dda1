import { db } from "../core/db";
import { logger } from "../core/logger";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { lockVerificationDocument } from "./lock-document";
import { syncProviderVerification } from "./sync-provider-verification";

/**
 * Scheduler: approved badges past their expiry become EXPIRED and their provider's verification is
 * recomputed (another badge may still be in force). Idempotent: the status is re-read under the
 * row lock, so overlapping ticks expire each badge once and record one event.
 */
export async function expireVerificationBadges({ now = new Date(), limit = 200 }: { now?: Date; limit?: number } = {}): Promise<number> {
  const due = await db.verificationDocument.findMany({
    where: { status: "APPROVED", expiresAt: { lte: now } },
    orderBy: { expiresAt: "asc" },
    take: limit,
    select: { id: true },
  });
  let count = 0;
  for (const { id } of due) {
    try {
      const done = await transactional(async (tx) => {
        const document = await lockVerificationDocument(tx, id);
        if (document.status !== "APPROVED" || !document.expiresAt || document.expiresAt > now) return false;
        await tx.verificationDocument.update({ where: { id }, data: { status: "EXPIRED", expiredAt: now } });
        await syncProviderVerification(tx, document.providerId, now);
        await recordEvent(tx, {
          type: "verification.expired",
          actorId: null,
          entity: { type: "VerificationDocument", id },
          data: { documentId: id, providerId: document.providerId, kind: document.kind },
        });
        return true;
      });
      if (done) count++;
    } catch (error) {
      logger.error({ err: error, documentId: id }, "expiring a verification badge failed; the next tick retries");
    }
  }
  return count;
}
