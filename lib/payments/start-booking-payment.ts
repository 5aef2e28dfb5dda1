import { db } from "../core/db";
import { AppError } from "../core/errors";
import { env } from "../core/env";
import { platformFee } from "../ledger/movements";
import { authorizationCoversCapture } from "./authorization-window";
import { outcomeOfAuthorization, outcomeOfCardSetup, type AuthorizationOutcome } from "./authorization-outcome";
import { getPaymentProcessor } from "./get-payment-processor";
import { paymentIdFor, processorKeys } from "./keys";

const HOUR = 3_600_000;

/** The booking request waiting for its payment (Payment.pendingBooking). */
export interface PendingBooking {
  serviceId: string;
  start: string;
  notes: string;
  address: string;
}

export interface StartBookingPaymentOptions {
  paymentId: string;
  /** false when resuming a PENDING attempt of the same request (the processor replays its answer). */
  create: boolean;
  customerId: string;
  service: { id: string; name: string; providerId: string; priceAmount: number; currency: string; durationMin: number };
  provider: { stripeAccountId: string | null };
  request: PendingBooking;
  paymentMethod: string;
  now: Date;
}

/**
 * Steps (b) and (c) of a paid booking: the Payment is written PENDING with the amount and currency
 * of the service (never the client's), then the card is authorized now, or saved when the booking
 * is too far off for an authorization to last until its payment is captured.
 */
export async function startBookingPayment(options: StartBookingPaymentOptions): Promise<AuthorizationOutcome> {
  const { paymentId, customerId, service, request, now } = options;
  assertChargeable(service);
  const processor = getPaymentProcessor();
  if (options.create) {
    const { count } = await db.payment.createMany({
      data: [
        {
          id: paymentId,
          customerId,
          providerId: service.providerId,
          amount: service.priceAmount,
          currency: service.currency,
          // The expected fee, so pending earnings can be shown; set again on what is captured.
          platformFeeAmount: platformFee(service.priceAmount, env.PLATFORM_FEE_BPS),
          status: "PENDING",
          processor: processor.name,
          pendingBooking: { ...request },
          createdAt: now,
        },
      ],
      skipDuplicates: true,
    });
    // A concurrent identical request wrote it first: continue with it (the processor keys are shared).
    if (count === 0) await db.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { id: true } });
  }

  const customer = await db.user.findUniqueOrThrow({ where: { id: customerId }, select: { stripeCustomerId: true } });
  const metadata = { paymentId, serviceId: service.id, customerId };
  const end = Date.parse(request.start) + service.durationMin * 60_000;
  if (authorizationCoversCapture({ authorizedAt: now.getTime(), end, completionWindowMs: env.BOOKING_AUTO_COMPLETE_HOURS * HOUR })) {
    const result = await processor.authorize({
      amount: service.priceAmount,
      currency: service.currency,
      paymentMethod: options.paymentMethod,
      customerRef: customer.stripeCustomerId ?? undefined,
      destinationAccount: options.provider.stripeAccountId ?? undefined,
      // The card is kept on the payment (as a saved card's is) so a reschedule fee can be charged to it later.
      keepCard: true,
      customerKey: processorKeys.customer(customerId),
      description: service.name,
      metadata,
      idempotencyKey: processorKeys.authorize(paymentId),
    });
    const card = result.status === "failed" ? {} : { paymentMethodRef: options.paymentMethod };
    await db.payment.update({ where: { id: paymentId }, data: { processorRef: result.ref, ...card } });
    await rememberProcessorCustomer(customerId, customer.stripeCustomerId, result.customerRef);
    return outcomeOfAuthorization(result);
  }

  const result = await processor.saveCard({
    paymentMethod: options.paymentMethod,
    customerRef: customer.stripeCustomerId ?? undefined,
    customerKey: processorKeys.customer(customerId),
    metadata,
    idempotencyKey: processorKeys.setup(paymentId),
  });
  await db.payment.update({ where: { id: paymentId }, data: { setupIntentRef: result.ref } });
  await rememberProcessorCustomer(customerId, customer.stripeCustomerId, result.customerRef);
  return outcomeOfCardSetup(result);
}

/** Stores the processor's customer made for this user's first kept card (the same one for concurrent first bookings). */
async function rememberProcessorCustomer(userId: string, known: string | null, made: string | undefined) {
  if (!made || known) return;
  await db.user.updateMany({ where: { id: userId, stripeCustomerId: null }, data: { stripeCustomerId: made } });
}

/** Prices come from the catalog; one that cannot be charged is refused before anything is written. */
export function assertChargeable(service: { priceAmount: number; currency: string }): void {
  if (!Number.isInteger(service.priceAmount) || service.priceAmount <= 0) {
    throw new AppError("INVALID_STATE", "This service has no price, so it can't be booked and paid online", { reason: "NOT_CHARGEABLE" });
  }
  if (!/^[A-Z]{3}$/.test(service.currency)) {
    throw new AppError("INVALID_STATE", "This service's currency isn't supported", { reason: "BAD_CURRENCY" });
  }
}

/** Which attempt of this request to use: a live one is replayed or resumed, otherwise a new one. */
export async function findPaymentAttempt(fingerprint: string): Promise<{ kind: "replay" | "resume" | "new"; paymentId: string }> {
  const attempts = await db.payment.findMany({
    where: { id: { startsWith: paymentIdFor(fingerprint, 0).slice(0, -1) } },
    select: { id: true, status: true, bookingId: true, booking: { select: { status: true } } },
  });
  const attemptOf = (id: string) => Number(id.slice(id.lastIndexOf("_") + 1));
  const latest = attempts.sort((a, b) => attemptOf(b.id) - attemptOf(a.id))[0];
  if (!latest) return { kind: "new", paymentId: paymentIdFor(fingerprint, 0) };
  const bookingOpen = latest.booking?.status === "REQUESTED" || latest.booking?.status === "CONFIRMED";
  if (latest.bookingId && bookingOpen) return { kind: "replay", paymentId: latest.id };
  if (!latest.bookingId && latest.status === "REQUIRES_ACTION") return { kind: "replay", paymentId: latest.id };
  if (!latest.bookingId && latest.status === "PENDING") return { kind: "resume", paymentId: latest.id };
  return { kind: "new", paymentId: paymentIdFor(fingerprint, attemptOf(latest.id) + 1) };
}
