import { db } from "../core/db";
import { notFound } from "../core/errors";
import { isProviderListed } from "../providers/listing-readiness";
import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { computeSlots } from "../availability/compute-slots";
import { loadSlotInputs } from "../availability/load-slot-inputs";
import type { BookingPaymentResult } from "./booking-payment-result";
import { loadBookingPaymentResult } from "./booking-payment-result";
import { finalizeBookingPayment } from "./finalize-booking-payment";
import { paymentRequestFingerprint } from "../payments/keys";
import { assertAcceptsPayments } from "../payments/policies";
import { assertChargeable, findPaymentAttempt, startBookingPayment } from "../payments/start-booking-payment";
import { assertCanBook } from "./policies";
import { RequestBookingInput } from "./schemas";
import { slotTaken } from "./slot-taken";
import { assertEnabled } from "../flags/is-enabled";

const HOUR = 3_600_000;

/**
 * Books a free start time and pays for it (docs: payments design, decision 2). Price and currency
 * come from the service, never from the client. The slot is checked here before any money moves
 * (non-binding), and again, bindingly, when the booking row is written with its authorized payment.
 * Retrying the same request (same card) answers with the same payment and booking.
 */
export async function requestBooking({ actor, now = new Date(), ...input }: RequestBookingInput & { actor: Actor; now?: Date }): Promise<BookingPaymentResult> {
  await assertEnabled("bookings.create");
  const data = parseInput(RequestBookingInput, input);
  const start = Date.parse(data.start);
  const { service, rules, busy } = await loadSlotInputs(db, data.serviceId, start - 24 * HOUR, start + 24 * HOUR, undefined, {
    now: now.getTime(),
    holderId: actor.userId,
  });
  assertCanBook(actor, service.provider);
  const provider = await db.providerProfile.findUniqueOrThrow({
    where: { id: service.providerId },
    select: { businessName: true, payoutsEnabled: true, stripeAccountId: true },
  });
  assertAcceptsPayments(provider);
  // A listing that is not live is not public: its services answer like missing ones.
  if (!(await isProviderListed(db, service.providerId))) throw notFound("Service");
  assertChargeable(service);

  const request = { serviceId: service.id, start: new Date(start).toISOString(), notes: data.notes, address: data.address };
  const attempt = await findPaymentAttempt(paymentRequestFingerprint({ customerId: actor.userId, ...request, paymentMethod: data.paymentMethod }));
  if (attempt.kind === "replay") return loadBookingPaymentResult(attempt.paymentId);

  const free = computeSlots(rules, busy, now.getTime(), start, start + 1).some((slot) => slot.start === start);
  if (!free) throw await slotTaken(undefined, data.serviceId, start, now);

  const outcome = await startBookingPayment({
    paymentId: attempt.paymentId,
    create: attempt.kind === "new",
    customerId: actor.userId,
    service,
    provider,
    request,
    paymentMethod: data.paymentMethod,
    now,
  });
  return finalizeBookingPayment({ paymentId: attempt.paymentId, outcome, now });
}
