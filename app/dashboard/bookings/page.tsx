import type { Metadata } from "next";
import Link from "next/link";
import { listBookings } from "@/lib/bookings/list-bookings";
import type { Actor } from "@/lib/core/auth/actor";
import { bookingStatusLabels, type BookingStatus } from "@/components/bookings/booking-status-badge";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { ButtonLink } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { PageHeader } from "@/components/ui/card";
import { CursorPager } from "@/components/ui/cursor-pager";
import { PAGE_SIZE } from "./_components/page-size";
import { ProviderBookingList } from "./_components/provider-booking-list";

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
  const page = await listBookings({ actor, query: { as: "provider", status, cursor, limit: PAGE_SIZE } });
  return { ...page, now: Date.now() };
}

export default async function ProviderBookingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("/dashboard/bookings");

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

      <ProviderBookingList key={`${status ?? "all"}:${cursor ?? ""}`} filter={{ status, cursor }} initial={{ data: bookings, nextCursor }} now={now} />

      <CursorPager firstHref={cursor ? tabHref(status) : null} nextHref={nextCursor ? tabHref(status, nextCursor) : null} />
    </div>
  );
}
