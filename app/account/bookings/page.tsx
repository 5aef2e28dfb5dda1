import type { Metadata } from "next";
import Link from "next/link";
import { listBookings } from "@/lib/bookings/list-bookings";
import { BookingStatusBadge } from "@/components/bookings/booking-status-badge";
import { CancellationSummary } from "@/components/bookings/cancellation-summary";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { LocalTimeRange } from "@/components/ui/local-time";
import { Money } from "@/components/ui/money";
import { CursorPager } from "@/components/ui/cursor-pager";
import { PaymentSummary } from "@/components/payments/payment-summary";

export const metadata: Metadata = { title: "My bookings" };

export default async function MyBookingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("/account/bookings");
  const { cursor: rawCursor } = await searchParams;
  const cursor = typeof rawCursor === "string" && rawCursor ? rawCursor : undefined;
  const { data: bookings, nextCursor } = await listBookings({ actor, query: { as: "customer", cursor, limit: 20 } });

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <PageHeader title="My bookings" description="Follow your requests and upcoming appointments." actions={
          <>
            <ButtonLink href="/account/waitlist" variant="secondary">My waitlist</ButtonLink>
            <ButtonLink href="/providers" variant="secondary">Book a service</ButtonLink>
          </>
        } />

      {bookings.length === 0 ? (
        <EmptyState title={cursor ? "No more bookings" : "No bookings yet"}>
          <Link href="/providers" className="font-medium text-brand-700 hover:underline">
            Find a pro to book
          </Link>
        </EmptyState>
      ) : (
        <ul className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white shadow-sm">
          {bookings.map((booking) => (
            <li key={booking.id} data-testid="booking-row" data-booking-id={booking.id} className="relative flex flex-wrap items-start justify-between gap-4 p-5 hover:bg-stone-50">
              <div className="min-w-0">
                <p className="font-semibold text-stone-900">
                  <Link href={`/account/bookings/${booking.id}`} className="after:absolute after:inset-0">
                    {booking.service.name}
                  </Link>
                </p>
                <p className="text-sm text-stone-600">{booking.provider.businessName}</p>
                <LocalTimeRange className="mt-1 block text-sm text-stone-700" start={booking.start} end={booking.end} zone={booking.timeZone} />
              </div>
              <div className="flex flex-col items-end gap-2">
                <BookingStatusBadge status={booking.status} />
                <Money className="text-sm font-medium text-stone-800" amount={booking.price.amount} currency={booking.price.currency} />
                {booking.status === "CANCELLED" ? <CancellationSummary booking={booking} viewer="CUSTOMER" compact /> : null}
                <PaymentSummary payment={booking.payment} compact />
              </div>
            </li>
          ))}
        </ul>
      )}

      <CursorPager firstHref={cursor ? "/account/bookings" : null} nextHref={nextCursor ? `/account/bookings?cursor=${encodeURIComponent(nextCursor)}` : null} />
    </div>
  );
}
