import { db, type Tx } from "../core/db";
import type { AuthorizationOutcome } from "./authorization-outcome";
import { AUTHORIZATION_VALIDITY_MS } from "./authorization-window";

/** The statuses a payment waits in before its money is secured. */
const OPEN = ["PENDING", "REQUIRES_ACTION", "CARD_SAVED"] as const;

/**
 * The Payment-row half of finalizing an authorization (lib/bookings/finalize-booking-payment.ts is
 * the booking half): the payment's columns move here, in the payments floor, whoever acts on them.
 */

/** The bank wants the customer present: the payment waits with what the browser needs to finish it. */
export async function markPaymentAwaitingAction(paymentId: string, clientSecret: string | null): Promise<void> {
  await db.payment.updateMany({ where: { id: paymentId, status: { in: [...OPEN] } }, data: { status: "REQUIRES_ACTION", clientSecret } });
}

/** Declined: the payment records why, and nothing is held. */
export async function markPaymentFailed(paymentId: string, failure: { code: string; message: string }): Promise<void> {
  await db.payment.updateMany({
    where: { id: paymentId, status: { in: [...OPEN] } },
    data: { status: "FAILED", failureCode: failure.code, failureMessage: failure.message, clientSecret: null },
  });
}

/** The payment row locked for the rest of the caller's transaction, with what finalizing needs. */
export async function lockPaymentForFinalize(tx: Tx, paymentId: string) {
  await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${paymentId} FOR UPDATE`;
  return tx.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: { status: true, bookingId: true, customerId: true, amount: true, currency: true, pendingBooking: true, booking: { select: { status: true } } },
  });
}

export type SecuredOutcome = Extract<AuthorizationOutcome, { status: "authorized" | "card_saved" }>;

/** The money is secured (an authorization, or a card saved for later), optionally linking the payment to its new booking. */
export async function recordSecuredPayment(tx: Tx, { paymentId, outcome, now, bookingId }: { paymentId: string; outcome: SecuredOutcome; now: Date; bookingId?: string }): Promise<void> {
  await tx.payment.update({ where: { id: paymentId }, data: { ...(bookingId ? { bookingId } : {}), ...securedData(outcome, now) } });
}

function securedData(outcome: SecuredOutcome, now: Date) {
  const common = { clientSecret: null, failureCode: null, failureMessage: null };
  if (outcome.status === "card_saved") return { ...common, status: "CARD_SAVED" as const, setupIntentRef: outcome.setupRef, paymentMethodRef: outcome.paymentMethodRef };
  return {
    ...common,
    status: "AUTHORIZED" as const,
    processorRef: outcome.ref,
    authorizedAt: now,
    authorizationExpiresAt: new Date(now.getTime() + AUTHORIZATION_VALIDITY_MS),
  };
}
