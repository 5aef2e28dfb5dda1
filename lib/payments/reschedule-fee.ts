import { db, type Tx } from "../core/db";
import { AppError } from "../core/errors";
import { env } from "../core/env";
import { logger } from "../core/logger";
import { platformFee } from "../ledger/movements";
import { formatMoney } from "../notifications/templates/format";
import { AUTHORIZATION_VALIDITY_MS } from "./authorization-window";
import { capturePayment } from "./capture-payment";
import { processorFor } from "./get-payment-processor";
import { processorKeys, rescheduleFeePaymentIdPrefix } from "./keys";
import { releaseAuthorization } from "./release-authorization";

/**
 * A reschedule's fee, charged on the booking's card as its own Payment (kind RESCHEDULE_FEE):
 * authorize → the reschedule commits and links the fee → capture. See docs/payments.md
 * ("Reschedule fees") for why this order and not charge-then-refund.
 */
export interface AuthorizedRescheduleFee {
  paymentId: string;
  amount: number;
  currency: string;
}

/**
 * Step 1, before the reschedule's transaction: the fee Payment is written PENDING, then the card
 * the booking was paid with is authorized off-session for the fee (the customer is not asked for
 * a card again). A decline, or a bank that wants the customer to authenticate, is a 402
 * RESCHEDULE_FEE_DECLINED and nothing is held: the caller changes nothing.
 */
export async function authorizeRescheduleFee({
  bookingId,
  rescheduleNumber,
  amount,
  now = new Date(),
}: {
  bookingId: string;
  rescheduleNumber: number;
  amount: number;
  now?: Date;
}): Promise<AuthorizedRescheduleFee> {
  const booking = await db.booking.findUniqueOrThrow({
    where: { id: bookingId },
    select: {
      customerId: true,
      providerId: true,
      serviceId: true,
      serviceName: true,
      currency: true,
      customer: { select: { stripeCustomerId: true } },
      provider: { select: { stripeAccountId: true } },
      payment: { select: { status: true, processor: true, paymentMethodRef: true } },
    },
  });
  const card = booking.payment;
  const money = formatMoney(amount, booking.currency);
  // No card to charge (a booking made before online payment, or one whose payment ended): the fee
  // is owed under the accepted policy, so the move is refused rather than made free.
  if (!card?.paymentMethodRef || card.status === "CANCELED" || card.status === "REFUNDED") {
    throw new AppError(
      "INVALID_STATE",
      `Moving this booking now costs ${money}, and there is no card on the booking to charge it to. The provider can still move it for you, or you can cancel it.`,
      { reason: "NO_CARD_FOR_RESCHEDULE_FEE", feeAmount: amount, currency: booking.currency },
    );
  }

  const prefix = rescheduleFeePaymentIdPrefix(bookingId, rescheduleNumber);
  const attempt = (await db.payment.count({ where: { id: { startsWith: prefix } } })) + 1;
  const paymentId = `${prefix}${attempt}`;
  const { count } = await db.payment.createMany({
    data: [
      {
        id: paymentId,
        kind: "RESCHEDULE_FEE",
        rescheduleNumber,
        customerId: booking.customerId,
        providerId: booking.providerId,
        amount,
        currency: booking.currency,
        platformFeeAmount: platformFee(amount, env.PLATFORM_FEE_BPS),
        status: "PENDING",
        processor: card.processor,
        paymentMethodRef: card.paymentMethodRef,
        createdAt: now,
      },
    ],
    skipDuplicates: true,
  });
  if (count === 0) throw new AppError("CONFLICT", "This booking is being changed right now. Try again in a moment.", { reason: "RESCHEDULE_IN_PROGRESS" });

  const processor = processorFor(card.processor);
  // A thrown error (network, 5xx) leaves the Payment PENDING: the sweeper releases it after 30 minutes.
  const result = await processor.authorize({
    amount,
    currency: booking.currency,
    paymentMethod: card.paymentMethodRef,
    customerRef: booking.customer.stripeCustomerId ?? undefined,
    destinationAccount: booking.provider.stripeAccountId ?? undefined,
    offSession: true,
    description: `Reschedule fee: ${booking.serviceName}`,
    metadata: { paymentId, bookingId, serviceId: booking.serviceId, purpose: "reschedule_fee", rescheduleNumber: String(rescheduleNumber) },
    idempotencyKey: processorKeys.rescheduleFee(bookingId, rescheduleNumber, attempt),
  });

  if (result.status === "authorized") {
    await db.payment.update({
      where: { id: paymentId },
      data: { status: "AUTHORIZED", processorRef: result.ref, authorizedAt: now, authorizationExpiresAt: new Date(now.getTime() + AUTHORIZATION_VALIDITY_MS) },
    });
    return { paymentId, amount, currency: booking.currency };
  }

  if (result.status === "requires_action") {
    // Nobody is there to authenticate an off-session charge: release the pending intent, refuse the move.
    await db.payment.update({ where: { id: paymentId }, data: { status: "CANCELED", processorRef: result.ref, failureCode: "authentication_required" } });
    await releaseAuthorization({ id: paymentId, processor: card.processor, processorRef: result.ref }).catch((error: unknown) => {
      logger.error({ err: error, paymentId }, "releasing a reschedule fee that needed authentication failed; it lapses by itself");
    });
    throw new AppError("RESCHEDULE_FEE_DECLINED", `Your bank wants to confirm the ${money} reschedule fee, which can't be done here. Your booking keeps its time.`, {
      reason: "AUTHENTICATION_REQUIRED",
      paymentId,
      feeAmount: amount,
      currency: booking.currency,
    });
  }

  await db.payment.update({
    where: { id: paymentId },
    data: { status: "FAILED", processorRef: result.ref, failureCode: result.failureCode ?? "card_declined", failureMessage: result.failureMessage ?? null },
  });
  throw new AppError(
    "RESCHEDULE_FEE_DECLINED",
    `The ${money} reschedule fee couldn't be charged to your card: ${result.failureMessage ?? "it was declined."} Your booking keeps its time.`,
    { reason: "DECLINED", declineCode: result.failureCode ?? "card_declined", paymentId, feeAmount: amount, currency: booking.currency },
  );
}

/**
 * Step 2, inside the reschedule's transaction: the authorized fee is tied to the booking. Only a
 * linked fee is ever captured; one the sweeper released meanwhile cannot be linked (409).
 */
export async function linkRescheduleFee(tx: Tx, { paymentId, bookingId }: { paymentId: string; bookingId: string }): Promise<void> {
  const { count } = await tx.payment.updateMany({
    where: { id: paymentId, kind: "RESCHEDULE_FEE", status: "AUTHORIZED", feeBookingId: null },
    data: { feeBookingId: bookingId },
  });
  if (count !== 1) throw new AppError("CONFLICT", "The hold for the reschedule fee is no longer valid. Try again.", { reason: "RESCHEDULE_FEE_RELEASED", paymentId });
}

/**
 * Step 3, after the commit: capture in full, crediting the provider through the same capture
 * path as a booking's price (ledger capture:<paymentId>, platform fee included). A failure here
 * leaves the linked fee AUTHORIZED for settleRescheduleFees to capture with the same key.
 */
export async function captureRescheduleFee({ paymentId, now = new Date() }: { paymentId: string; now?: Date }): Promise<boolean> {
  const payment = await db.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { amount: true, feeBookingId: true } });
  if (!payment.feeBookingId) return false;
  return capturePayment({ paymentId, amount: payment.amount, now });
}

/**
 * The compensation when the reschedule did not commit (slot taken meanwhile, a concurrent change):
 * the fee's authorization is voided, so no money is taken. Marked CANCELED first, under the
 * not-linked guard, so a late link fails instead of linking a released hold.
 */
export async function releaseRescheduleFee({ paymentId, reason }: { paymentId: string; reason: string }): Promise<boolean> {
  const { count } = await db.payment.updateMany({
    where: { id: paymentId, kind: "RESCHEDULE_FEE", status: { in: ["PENDING", "AUTHORIZED"] }, feeBookingId: null },
    data: { status: "CANCELED", failureCode: reason },
  });
  if (count === 0) return false;
  const payment = await db.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { processor: true, processorRef: true } });
  if (!payment.processorRef) return true;
  try {
    await releaseAuthorization({ id: paymentId, processor: payment.processor, processorRef: payment.processorRef });
  } catch (error) {
    // The hold is still there: say so, so the next settleRescheduleFees tick releases it again.
    await db.payment.updateMany({ where: { id: paymentId, status: "CANCELED", failureCode: reason }, data: { status: "AUTHORIZED", failureCode: null } });
    throw error;
  }
  return true;
}

const MINUTE = 60_000;

/**
 * Scheduled safety net for a process that died between the steps: a linked fee still AUTHORIZED
 * is captured (its reschedule happened); an unlinked one older than `afterMinutes` is released
 * (its reschedule never committed). PENDING ones are the abandoned-payment sweeper's.
 */
export async function settleRescheduleFees({ now = new Date(), afterMinutes = 30, limit = 200 }: { now?: Date; afterMinutes?: number; limit?: number } = {}) {
  const due = await db.payment.findMany({
    where: {
      kind: "RESCHEDULE_FEE",
      status: "AUTHORIZED",
      OR: [{ feeBookingId: { not: null } }, { feeBookingId: null, createdAt: { lte: new Date(now.getTime() - afterMinutes * MINUTE) } }],
    },
    select: { id: true, feeBookingId: true },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  let settled = 0;
  for (const { id, feeBookingId } of due) {
    try {
      if (feeBookingId ? await captureRescheduleFee({ paymentId: id, now }) : await releaseRescheduleFee({ paymentId: id, reason: "RESCHEDULE_NOT_APPLIED" })) settled++;
    } catch (error) {
      logger.error({ err: error, paymentId: id }, "settling a reschedule fee failed; next tick retries");
    }
  }
  return settled;
}
