import { db } from "../core/db";
import { releaseAuthorization } from "./release-authorization";

/**
 * A payment that will not get (or keep) its booking: marked CANCELED first, so a concurrent
 * finalize sees it closed, then its authorization is released at the processor (idempotent, so a
 * second call, or one racing the sweeper, is harmless). Nothing was captured, so no ledger entry.
 */
export async function releaseUnusedPayment({ paymentId, reason }: { paymentId: string; reason: string }): Promise<void> {
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: { processor: true, processorRef: true } });
  if (!payment) return;
  await db.payment.updateMany({
    where: { id: paymentId, status: { in: ["PENDING", "REQUIRES_ACTION", "CARD_SAVED", "FAILED"] } },
    data: { status: "CANCELED", failureCode: reason, clientSecret: null },
  });
  // A finalize that won the race (its booking now holds this authorization) leaves it alone.
  const after = await db.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { status: true } });
  if (after.status !== "CANCELED") return;
  if (payment.processorRef && !payment.processorRef.startsWith("declined:")) {
    await releaseAuthorization({ id: paymentId, processor: payment.processor, processorRef: payment.processorRef });
  }
}
