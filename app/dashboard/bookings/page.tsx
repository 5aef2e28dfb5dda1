import type { Metadata } from "next";
import Link from "next/link";
import { listBookings } from "@/lib/bookings/list-bookings";
import type { Actor } from "@/lib/core/auth/actor";
import { BookingStatusBadge, bookingStatusLabels, type BookingStatus } from "@/components/bookings/booking-status-badge";
import { CancellationSummary } from "@/components/bookings/cancellation-summary";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { ButtonLink } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { LocalTimeRange } from "@/components/ui/local-time";
import { Money } from "@/components/ui/money";
import { ProvidersOnly } from "../_components/providers-only";
import { AnswerButtons } from "./_components/answer-buttons";
import { BookingActions } from "./_components/booking-actions";

export const metadata: Metadata = { title: "Booking requests" };

const tabs: Array<{ status?: BookingStatus; label: string }> = [
  { label: "All" },
  { status: "REQUESTED", label: "Requests" },
  { status: "CONFIRMED", label: "Confirmed" },
  { status: "COMPLETED", label: "Completed" },
  { status: "CANCELLED", label: "Cancelled" },
  { status: "NO_SHOW", label: "No-shows" },
  { status: "DECLINED", label: "Declined" },
];

function tabHref(status: BookingStatus | undefined, cursor?: string) {
  const qs = new URLSearchParams({ ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) });
  const s = qs.toString();
  return s ? `/dashboard/bookings?${s}` : "/dashboard/bookings";
}

async function loadBookings(actor: Actor, status: BookingStatus | undefined, cursor: string | undefined) {
  const page = await listBookings({ actor, query: { as: "provider", status, cursor, limit: 20 } });
  return { ...page, now: Date.now() };
}

export default async function ProviderBookingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("/dashboard/bookings");
  if (actor.role !== "PROVIDER") return <ProvidersOnly />;

  const params = await searchParams;
  // "All" by default, so a row answered here stays in view with its new status.
  const status = (Object.keys(bookingStatusLabels) as BookingStatus[]).find((s) => s === params.status);
  const cursor = typeof params.cursor === "string" && params.cursor ? params.cursor : undefined;

  const { data: bookings, nextCursor, now } = await loadBookings(actor, status, cursor);

  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <PageHeader title="Bookings" description="Answer requests, manage what's coming up and record how it went." actions={<ButtonLink href="/dashboard" variant="secondary">Overview</ButtonLink>} />

      <nav aria-label="Filter by status" className="mb-6 flex flex-wrap gap-2">
        {tabs.map((tab) => {
          const active = tab.status === status;
          return (
            <Link
              key={tab.label}
              href={tabHref(tab.status)}
              aria-current={active ? "page" : undefined}
              className={cn(
                "rounded-full px-4 py-1.5 text-sm font-medium",
                active ? "bg-stone-900 text-white" : "bg-white text-stone-700 ring-1 ring-stone-200 hover:bg-stone-100",
              )}
            >
              {tab.label}
            </Link>
          );
        })}
      </nav>

      {bookings.length === 0 ? (
        <EmptyState title={status === "REQUESTED" ? "No requests waiting for an answer" : "No bookings here yet"}>
          {status === "REQUESTED" ? "New booking requests from customers will show up here." : null}
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {bookings.map((booking) => {
            const lapsed = booking.status === "REQUESTED" && booking.expiresAt !== null && Date.parse(booking.expiresAt) <= now;
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
                    Customer: <span className="font-medium">{booking.customer.name}</span> ·{" "}
                    <Money amount={booking.price.amount} currency={booking.price.currency} />
                  </p>
                  <LocalTimeRange className="block text-sm text-stone-700" start={booking.start} end={booking.end} zone={booking.timeZone} />
                  {booking.address ? <p className="text-sm text-stone-600">Address: {booking.address}</p> : null}
                  {booking.notes ? <p className="text-sm whitespace-pre-line text-stone-600">Notes: {booking.notes}</p> : null}
                  {lapsed ? <p className="text-sm text-amber-700">This request expired before you answered.</p> : null}
                  {booking.status === "CANCELLED" ? <CancellationSummary booking={booking} viewer="PROVIDER" /> : null}
                </div>
                <AnswerButtons bookingId={booking.id} label={label} answerable={booking.status === "REQUESTED" && !lapsed} />
                {booking.status === "CONFIRMED" ? (
                  <BookingActions
                    bookingId={booking.id}
                    label={label}
                    customerName={booking.customer.name}
                    price={booking.price}
                    rescheduleHref={`/dashboard/bookings/${booking.id}?reschedule=1#reschedule`}
                    started={Date.parse(booking.start) <= now}
                    ended={Date.parse(booking.end) <= now}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}

      {cursor || nextCursor ? (
        <nav aria-label="Pagination" className="mt-6 flex justify-between">
          {cursor ? (
            <ButtonLink href={tabHref(status)} variant="ghost">
              ← First page
            </ButtonLink>
          ) : (
            <span />
          )}
          {nextCursor ? (
            <ButtonLink href={tabHref(status, nextCursor)} variant="secondary" rel="next">
              Next page →
            </ButtonLink>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
