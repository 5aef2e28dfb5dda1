import type { Metadata } from "next";
import Link from "next/link";
import { getBooking } from "@/lib/bookings/get-booking";
import type { Actor } from "@/lib/core/auth/actor";
import { getCheckoutConfig } from "@/lib/payments/get-checkout-config";
import { getPayment } from "@/lib/payments/get-payment";
import { BookingDetailsCard } from "@/components/bookings/booking-details-card";
import { BookingStatusBadge } from "@/components/bookings/booking-status-badge";
import { RescheduleSection } from "@/components/bookings/reschedule-section";
import { SubjectDisputePanel } from "@/components/disputes/subject-dispute-panel";
import { ReviewStatusBlock } from "@/components/reviews/review-status-block";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { LocalDateTime } from "@/components/ui/local-time";
import { formatMoney } from "@/components/ui/format";
import { quoteRescheduleFee } from "@/lib/bookings/reschedule-policy";
import { rescheduleBookingAction } from "../actions";
import { CancelBooking } from "./_components/cancel-booking";
import { ConfirmBookingPayment } from "./_components/confirm-booking-payment";
import { orNotFound } from "@/components/pages/or-not-found";

export const metadata: Metadata = { title: "Booking" };

const statusHelp: Record<string, string> = {
  REQUESTED: "Waiting for the provider to confirm. You'll be notified as soon as they answer.",
  CONFIRMED: "You're booked. The provider will see you at the time below.",
  DECLINED: "The provider couldn't take this booking. Try another time or another provider.",
  EXPIRED: "The provider didn't answer in time, so this request lapsed.",
  COMPLETED: "This booking is complete.",
  CANCELLED: "This booking was cancelled.",
  NO_SHOW: "This booking was marked as a no-show.",
};

async function loadBooking(actor: Actor, bookingId: string) {
  // Only the customer manages the booking here; an admin or the provider viewing it gets every flag false.
  const booking = await orNotFound(getBooking({ actor, bookingId, as: "customer" }));
  return { booking, now: Date.now() };
}

export default async function BookingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const actor = await requirePageActor(`/account/bookings/${encodeURIComponent(id)}`);
  const { booking, now } = await loadBooking(actor, id);
  const query = await searchParams;
  const justCreated = query.created === "1";
  const path = `/account/bookings/${booking.id}`;
  const { allowed } = booking;
  // Once it has ended, what is left is the provider's call (completed or no-show): nothing to manage here.
  const manage = allowed.reschedule || allowed.cancel;
  const rescheduling = allowed.reschedule && query.reschedule === "1";
  // The fee is the customer's (the provider moves a booking free); the form says what will be charged.
  const feeQuote =
    rescheduling && booking.reschedulePolicy
      ? quoteRescheduleFee({ policy: booking.reschedulePolicy, priceAmount: booking.price.amount, startsAt: new Date(booking.start), at: new Date(now) })
      : null;
  const feeNotice =
    feeQuote && !feeQuote.closed && feeQuote.feeAmount > 0
      ? `Moving this booking now costs ${formatMoney(feeQuote.feeAmount, booking.price.currency)} under the reschedule policy you accepted. It will be charged to the card on this booking when you confirm the new time; if the charge fails, the booking keeps its current time.`
      : null;
  // A saved card whose authorization (48 h ahead) needs the customer: they confirm it here.
  const paymentAction =
    allowed.confirmPayment && booking.payment
      ? {
          payment: await getPayment({ actor, paymentId: booking.payment.id }),
          checkout: await getCheckoutConfig({ providerId: booking.provider.id }),
        }
      : null;

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <Link href="/account/bookings" className="text-sm text-stone-500 hover:underline">
        ← My bookings
      </Link>

      {justCreated ? (
        <Alert tone="success" className="mt-4" title={booking.status === "CONFIRMED" ? "You're booked!" : "Request sent"} data-testid="booking-created">
          {booking.status === "CONFIRMED"
            ? "Your booking is confirmed."
            : (
              <>
                {booking.provider.businessName} will confirm or decline your request
                {booking.expiresAt ? (
                  <>
                    {" "}
                    by <LocalDateTime iso={booking.expiresAt} zone={booking.timeZone} />
                  </>
                ) : null}
                .
              </>
            )}
        </Alert>
      ) : null}

      {query.rescheduled === "1" && allowed.reschedule ? (
        <Alert tone="success" className="mt-4" title="Booking moved" data-testid="booking-rescheduled">
          Your booking is now on <LocalDateTime iso={booking.start} zone={booking.timeZone} />.
        </Alert>
      ) : null}

      <div className="mt-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{booking.service.name}</h1>
          <p className="mt-1 text-stone-600">
            with{" "}
            <Link href={`/providers/${booking.provider.slug}`} className="font-medium text-brand-700 hover:underline">
              {booking.provider.businessName}
            </Link>
          </p>
          {allowed.message ? (
            <ButtonLink href={`/account/messages/booking/${booking.id}`} variant="secondary" size="sm" className="mt-3" data-testid="booking-messages">
              Messages
            </ButtonLink>
          ) : null}
        </div>
        <BookingStatusBadge status={booking.status} />
      </div>

      <p className="mt-3 text-sm text-stone-600" data-testid="booking-status-help">
        {statusHelp[booking.status] ?? ""}
      </p>

      {paymentAction ? (
        <div className="mt-4">
          <ConfirmBookingPayment
            paymentId={paymentAction.payment.id}
            clientSecret={paymentAction.payment.clientSecret}
            checkout={paymentAction.checkout}
            amountLabel={formatMoney(paymentAction.payment.amount, paymentAction.payment.currency)}
          />
        </div>
      ) : null}

      <BookingDetailsCard booking={booking} viewer="CUSTOMER" />

      <ReviewStatusBlock bookingId={booking.id} actor={actor} />
      <SubjectDisputePanel actor={actor} bookingId={booking.id} />

      {manage ? (
        <section className="mt-6 flex flex-wrap items-start gap-3" aria-label="Manage booking">
          {allowed.reschedule && !rescheduling ? (
            <ButtonLink href={`${path}?reschedule=1#reschedule`} variant="secondary">
              Reschedule
            </ButtonLink>
          ) : null}
          {allowed.cancel ? <CancelBooking bookingId={booking.id} status={booking.status} policy={booking.policy} /> : null}
        </section>
      ) : null}

      {rescheduling ? <RescheduleSection booking={booking} action={rescheduleBookingAction} doneHref={`${path}?rescheduled=1`} backHref={path} feeNotice={feeNotice} /> : null}
    </div>
  );
}
