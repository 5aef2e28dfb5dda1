import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getBooking } from "@/lib/bookings/get-booking";
import type { Actor } from "@/lib/core/auth/actor";
import { BookingStatusBadge } from "@/components/bookings/booking-status-badge";
import { CancellationSummary } from "@/components/bookings/cancellation-summary";
import { describePolicy } from "@/components/bookings/policy-words";
import { RescheduleSection } from "@/components/bookings/reschedule-section";
import { SubjectDisputePanel } from "@/components/disputes/subject-dispute-panel";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LocalDateTime, LocalTimeRange } from "@/components/ui/local-time";
import { Money } from "@/components/ui/money";
import { ProvidersOnly } from "../../_components/providers-only";
import { providerRescheduleBookingAction } from "../actions";
import { AnswerButtons } from "../_components/answer-buttons";
import { BookingActions } from "../_components/booking-actions";
import { orNotFound } from "@/components/pages/or-not-found";

export const metadata: Metadata = { title: "Booking" };

/** The provider's own booking, or 404 (a booking this provider made as a customer lives under /account). */
async function loadOwnBooking(actor: Actor, bookingId: string) {
  const booking = await orNotFound(getBooking({ actor, bookingId }));
  if (booking.provider.id !== actor.providerId) notFound();
  return { booking, now: Date.now() };
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
  if (actor.role !== "PROVIDER") return <ProvidersOnly />;
  const { booking, now } = await loadOwnBooking(actor, id);
  const query = await searchParams;
  // Once it has ended, what is left is recording the outcome (BookingActions offers only that).
  const open = (booking.status === "REQUESTED" || booking.status === "CONFIRMED") && Date.parse(booking.end) > now;
  const rescheduling = open && query.reschedule === "1";
  const label = `${booking.service.name} for ${booking.customer.name}`;

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <Link href="/dashboard/bookings" className="text-sm text-stone-500 hover:underline">
        ← Bookings
      </Link>

      {query.rescheduled === "1" && open ? (
        <Alert tone="success" className="mt-4" title="Booking moved" data-testid="booking-rescheduled">
          The booking is now on <LocalDateTime iso={booking.start} zone={booking.timeZone} />.
        </Alert>
      ) : null}

      <div className="mt-6 flex flex-wrap items-start justify-between gap-4" data-testid="provider-booking" data-booking-id={booking.id}>
        <div>
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{booking.service.name}</h1>
          <p className="mt-1 text-stone-600">for {booking.customer.name}</p>
          <ButtonLink href={`/account/messages/booking/${booking.id}`} variant="secondary" size="sm" className="mt-3" data-testid="booking-messages">
            Messages
          </ButtonLink>
          {booking.status === "COMPLETED" ? (
            <ButtonLink href={`/dashboard/reviews/${encodeURIComponent(booking.id)}`} variant="secondary" size="sm" className="mt-3 ml-2" data-testid="booking-reviews">
              Reviews
            </ButtonLink>
          ) : null}
        </div>
        <div className="flex flex-col items-end gap-3">
          <BookingStatusBadge status={booking.status} />
          <AnswerButtons bookingId={booking.id} label={label} answerable={booking.status === "REQUESTED" && (!booking.expiresAt || Date.parse(booking.expiresAt) > now)} />
          {booking.status === "CONFIRMED" ? (
            <BookingActions
              bookingId={booking.id}
              label={label}
              customerName={booking.customer.name}
              price={booking.price}
              rescheduleHref={rescheduling ? null : `${path}?reschedule=1#reschedule`}
              started={Date.parse(booking.start) <= now}
              ended={Date.parse(booking.end) <= now}
            />
          ) : null}
        </div>
      </div>

      {booking.status === "CANCELLED" ? (
        <Card className="mt-4 p-4">
          <CancellationSummary booking={booking} viewer="PROVIDER" />
        </Card>
      ) : null}

      <Card className="mt-6 p-6">
        <dl className="grid gap-5 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <dt className="text-xs font-medium tracking-wide text-stone-500 uppercase">When</dt>
            <dd className="mt-1 text-stone-900">
              <LocalTimeRange start={booking.start} end={booking.end} zone={booking.timeZone} />
            </dd>
          </div>
          <div>
            <dt className="text-xs font-medium tracking-wide text-stone-500 uppercase">Price</dt>
            <dd className="mt-1 font-semibold text-stone-900">
              <Money amount={booking.price.amount} currency={booking.price.currency} />
            </dd>
          </div>
          <div>
            <dt className="text-xs font-medium tracking-wide text-stone-500 uppercase">Customer&apos;s cancellation policy</dt>
            <dd className="mt-1 text-sm text-stone-800">{booking.policy ? describePolicy(booking.policy) : "—"}</dd>
          </div>
          <div className="sm:col-span-2">
            <dt className="text-xs font-medium tracking-wide text-stone-500 uppercase">Address</dt>
            <dd className="mt-1 text-stone-800">{booking.address || <span className="text-stone-500">Not given</span>}</dd>
          </div>
          <div className="sm:col-span-2">
            <dt className="text-xs font-medium tracking-wide text-stone-500 uppercase">Notes</dt>
            <dd className="mt-1 whitespace-pre-line text-stone-800">{booking.notes || <span className="text-stone-500">None</span>}</dd>
          </div>
        </dl>
      </Card>

      <SubjectDisputePanel actor={actor} bookingId={booking.id} />

      {booking.status === "REQUESTED" && !rescheduling ? (
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
