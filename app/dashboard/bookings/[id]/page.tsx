import type { Metadata } from "next";
import Link from "next/link";
import { getBooking } from "@/lib/bookings/get-booking";
import type { Actor } from "@/lib/core/auth/actor";
import { BookingDetailsCard } from "@/components/bookings/booking-details-card";
import { BookingStatusBadge } from "@/components/bookings/booking-status-badge";
import { RescheduleSection } from "@/components/bookings/reschedule-section";
import { SubjectDisputePanel } from "@/components/disputes/subject-dispute-panel";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { LocalDateTime } from "@/components/ui/local-time";
import { providerRescheduleBookingAction } from "../actions";
import { AnswerButtons } from "../_components/answer-buttons";
import { BookingActions } from "../_components/booking-actions";
import { orNotFound } from "@/components/pages/or-not-found";

export const metadata: Metadata = { title: "Booking" };

/** The provider's own booking, or 404 (a booking this provider made as a customer lives under /account). */
async function loadOwnBooking(actor: Actor, bookingId: string) {
  return orNotFound(getBooking({ actor, bookingId, as: "provider" }));
}

export default async function ProviderBookingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const path = `/dashboard/bookings/${encodeURIComponent(id)}`;
  const actor = await requirePageActor(path);
  const booking = await loadOwnBooking(actor, id);
  const query = await searchParams;
  const { allowed } = booking;
  const rescheduling = allowed.reschedule && query.reschedule === "1";
  // A confirmed booking's moves sit with its other actions; a request is moved from below the details.
  const hasActions = allowed.cancel || allowed.markNoShow || allowed.complete;
  const label = `${booking.service.name} for ${booking.customer.name}`;

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <Link href="/dashboard/bookings" className="text-sm text-stone-500 hover:underline">
        ← Bookings
      </Link>

      {query.rescheduled === "1" && allowed.reschedule ? (
        <Alert tone="success" className="mt-4" title="Booking moved" data-testid="booking-rescheduled">
          The booking is now on <LocalDateTime iso={booking.start} zone={booking.timeZone} />.
        </Alert>
      ) : null}

      <div className="mt-6 flex flex-wrap items-start justify-between gap-4" data-testid="provider-booking" data-booking-id={booking.id}>
        <div>
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{booking.service.name}</h1>
          <p className="mt-1 text-stone-600">for {booking.customer.name}</p>
          {allowed.message ? (
            <ButtonLink href={`/account/messages/booking/${booking.id}`} variant="secondary" size="sm" className="mt-3" data-testid="booking-messages">
              Messages
            </ButtonLink>
          ) : null}
          {allowed.review ? (
            <ButtonLink href={`/dashboard/reviews/${encodeURIComponent(booking.id)}`} variant="secondary" size="sm" className="mt-3 ml-2" data-testid="booking-reviews">
              Reviews
            </ButtonLink>
          ) : null}
        </div>
        <div className="flex flex-col items-end gap-3">
          <BookingStatusBadge status={booking.status} />
          <AnswerButtons bookingId={booking.id} label={label} answerable={allowed.confirm} />
          {hasActions ? (
            <BookingActions
              bookingId={booking.id}
              label={label}
              customerName={booking.customer.name}
              price={booking.price}
              rescheduleHref={rescheduling ? null : `${path}?reschedule=1#reschedule`}
              allowed={allowed}
            />
          ) : null}
        </div>
      </div>

      <BookingDetailsCard booking={booking} viewer="PROVIDER" />

      <SubjectDisputePanel actor={actor} bookingId={booking.id} />

      {allowed.reschedule && !hasActions && !rescheduling ? (
        <ButtonLink href={`${path}?reschedule=1#reschedule`} variant="secondary" className="mt-6">
          Move to another time
        </ButtonLink>
      ) : null}

      {rescheduling ? (
        <RescheduleSection booking={booking} action={providerRescheduleBookingAction} doneHref={`${path}?rescheduled=1`} backHref={path} />
      ) : null}
    </div>
  );
}
