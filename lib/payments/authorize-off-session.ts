import { db } from "../core/db";
import { outcomeOfAuthorization, type AuthorizationOutcome } from "./authorization-outcome";
import { processorFor } from "./get-payment-processor";
import { processorKeys } from "./keys";

/**
 * The processor half of the far-off bookings job (lib/bookings/authorize-saved-cards.ts decides
 * which bookings are due and what the outcome means for them).
 */

/** Claims a saved card for one tick, so that overlapping ticks do not both call the processor. */
export async function claimOffSessionAttempt({ paymentId, previous, now }: { paymentId: string; previous: Date | null; now: Date }): Promise<boolean> {
  const claim = await db.payment.updateMany({
    where: { id: paymentId, status: "CARD_SAVED", offSessionAttemptedAt: previous },
    data: { offSessionAttemptedAt: now },
  });
  return claim.count === 1;
}

/** Unknown outcome (network, 5xx): unclaimed so that the next tick asks again with the same key. */
export async function releaseOffSessionClaim({ paymentId, now }: { paymentId: string; now: Date }): Promise<void> {
  await db.payment.updateMany({ where: { id: paymentId, status: "CARD_SAVED", offSessionAttemptedAt: now }, data: { offSessionAttemptedAt: null } });
}

/** Authorizes the saved card off-session (key payment:<id>:offsession) and keeps the processor's ref. */
export async function authorizeOffSession({ paymentId }: { paymentId: string }): Promise<AuthorizationOutcome> {
  const payment = await db.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: {
      amount: true,
      currency: true,
      processor: true,
      paymentMethodRef: true,
      bookingId: true,
      customer: { select: { stripeCustomerId: true } },
      provider: { select: { stripeAccountId: true } },
      booking: { select: { serviceName: true, serviceId: true } },
    },
  });
  const result = await processorFor(payment.processor).authorize({
    amount: payment.amount,
    currency: payment.currency,
    paymentMethod: payment.paymentMethodRef ?? "",
    customerRef: payment.customer.stripeCustomerId ?? undefined,
    destinationAccount: payment.provider.stripeAccountId ?? undefined,
    offSession: true,
    description: payment.booking?.serviceName,
    metadata: { paymentId, bookingId: payment.bookingId!, serviceId: payment.booking?.serviceId ?? "" },
    idempotencyKey: processorKeys.offSession(paymentId),
  });
  await db.payment.update({ where: { id: paymentId }, data: { processorRef: result.ref } });
  return outcomeOfAuthorization(result);
}
