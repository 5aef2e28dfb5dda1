"use client";

import Link from "next/link";
import { BookingStatusBadge } from "@/components/bookings/booking-status-badge";
import { CancellationSummary } from "@/components/bookings/cancellation-summary";
import { EmptyState } from "@/components/ui/card";
import { LocalTimeRange } from "@/components/ui/local-time";
import { Money } from "@/components/ui/money";
import type { ProviderBookingsFilter } from "@/components/data/query-keys";
import { AnswerButtons } from "./answer-buttons";
import { BookingActions } from "./booking-actions";
import { useProviderBookings, type ProviderBookingPage } from "./provider-bookings-query";

/**
 * The provider's bookings for one tab and page, from the React Query cache (seeded by the server),
 * so confirming, declining or cancelling changes the row in place without a reload.
 * What each row offers comes from its `allowed` flags, worked out by the server at `now`; `now`
 * also dates the seed, so a fresh server render replaces an older cached copy.
 */
export function ProviderBookingList({ filter, initial, now }: { filter: ProviderBookingsFilter; initial: ProviderBookingPage; now: number }) {
  const { data } = useProviderBookings(filter, initial, now);
  const bookings = data.data;

  if (bookings.length === 0) {
    return (
      <EmptyState title={filter.status === "REQUESTED" ? "No requests waiting for an answer" : "No bookings here yet"}>
        {filter.status === "REQUESTED" ? "New booking requests from customers will show up here." : null}
      </EmptyState>
    );
  }
  return (
    <ul className="space-y-3">
      {bookings.map((booking) => {
        const { allowed } = booking;
        const label = `${booking.service.name} for ${booking.customer.name}`;
        return (
          <li
            key={booking.id}
            data-testid="provider-booking"
            data-booking-id={booking.id}
            className="flex flex-wrap items-start justify-between gap-4 rounded-xl border border-stone-200 bg-white p-5 shadow-sm"
          >
            <div className="min-w-0 flex-1 space-y-1">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/dashboard/bookings/${booking.id}`} className="font-semibold text-stone-900 hover:underline">
                  {booking.service.name}
                </Link>
                <BookingStatusBadge status={booking.status} />
              </div>
              <p className="text-sm text-stone-700">
                Customer: <span className="font-medium">{booking.customer.name}</span> · <Money amount={booking.price.amount} currency={booking.price.currency} />
              </p>
              <LocalTimeRange className="block text-sm text-stone-700" start={booking.start} end={booking.end} zone={booking.timeZone} />
              {booking.address ? <p className="text-sm text-stone-600">Address: {booking.address}</p> : null}
              {booking.notes ? <p className="text-sm whitespace-pre-line text-stone-600">Notes: {booking.notes}</p> : null}
              {booking.phase.lapsed ? <p className="text-sm text-amber-700">This request expired before you answered.</p> : null}
              {booking.status === "CANCELLED" ? <CancellationSummary booking={booking} viewer="PROVIDER" /> : null}
            </div>
            <AnswerButtons bookingId={booking.id} label={label} answerable={allowed.confirm} />
            {allowed.cancel || allowed.markNoShow || allowed.complete ? (
              <BookingActions
                bookingId={booking.id}
                label={label}
                customerName={booking.customer.name}
                price={booking.price}
                rescheduleHref={`/dashboard/bookings/${booking.id}?reschedule=1#reschedule`}
                allowed={allowed}
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
