import { db } from "../core/db";
import { logger } from "../core/logger";
import { releaseUnusedPayment } from "./release-unused-payment";

const MINUTE = 60_000;

/**
 * Scheduled: booking payments that never got their booking (the customer left the
 * authentication step, or the process died mid-request) are cancelled after 30 minutes and
 * their authorizations released, so no customer's money stays held for nothing.
 */
export async function sweepAbandonedPayments({ now = new Date(), afterMinutes = 30, limit = 200 }: { now?: Date; afterMinutes?: number; limit?: number } = {}) {
  const stale = await db.payment.findMany({
    where: { bookingId: null, bountyId: null, status: { in: ["PENDING", "REQUIRES_ACTION"] }, createdAt: { lte: new Date(now.getTime() - afterMinutes * MINUTE) } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  let swept = 0;
  for (const { id } of stale) {
    try {
      await releaseUnusedPayment({ paymentId: id, reason: "ABANDONED" });
      swept++;
    } catch (error) {
      logger.error({ err: error, paymentId: id }, "releasing an abandoned payment failed; next tick retries");
    }
  }
  return swept;
}
