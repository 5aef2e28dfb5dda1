import type { Metadata } from "next";
import Link from "next/link";
import { listBookings } from "@/lib/bookings/list-bookings";
import { getMe } from "@/lib/users/get-me";
import { getListingReadiness } from "@/lib/providers/listing-readiness";
import type { Actor } from "@/lib/core/auth/actor";
import { BookingStatusBadge } from "@/components/bookings/booking-status-badge";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { ButtonLink } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LocalTimeRange } from "@/components/ui/local-time";
import { ListingChecklist } from "./_components/listing-checklist";

export const metadata: Metadata = { title: "Dashboard" };

const PAGE = 100;

/** Open requests and upcoming confirmed bookings, soonest first. */
async function loadOverview(actor: Actor) {
  const [me, readiness, requested, confirmed] = await Promise.all([
    getMe({ actor }),
    getListingReadiness({ actor }),
    listBookings({ actor, query: { as: "provider", status: "REQUESTED", limit: PAGE } }),
    listBookings({ actor, query: { as: "provider", status: "CONFIRMED", limit: PAGE } }),
  ]);
  const soonestFirst = (a: Row, b: Row) => a.start.localeCompare(b.start);
  return {
    me,
    readiness,
    waiting: requested.data.filter((b) => b.phase.answerable).sort(soonestFirst),
    upcoming: confirmed.data.filter((b) => b.phase.open).sort(soonestFirst),
    moreWaiting: requested.nextCursor ? "+" : "",
    moreUpcoming: confirmed.nextCursor ? "+" : "",
  };
}

export default async function DashboardPage() {
  const actor = await requirePageActor("/dashboard");
  const { me, readiness, waiting, upcoming, moreWaiting, moreUpcoming } = await loadOverview(actor);

  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <PageHeader
        title={`Welcome, ${me.name}`}
        description="Your bookings at a glance."
        actions={
          <>
            {me.providerSlug ? (
              <ButtonLink href={`/providers/${me.providerSlug}`} variant="secondary">
                View public profile
              </ButtonLink>
            ) : null}
            <ButtonLink href="/dashboard/calendar" variant="secondary">
              Calendar feed
            </ButtonLink>
            <ButtonLink href="/dashboard/waitlist" variant="secondary">
              Waitlist
            </ButtonLink>
            <ButtonLink href="/dashboard/bookings">Manage bookings</ButtonLink>
          </>
        }
      />

      <nav aria-label="Set up your bookings" className="-mt-4 mb-8 flex flex-wrap gap-2">
        <ButtonLink href="/dashboard/profile" variant="secondary" size="sm">
          Profile
        </ButtonLink>
        <ButtonLink href="/dashboard/availability" variant="secondary" size="sm">
          Availability
        </ButtonLink>
        <ButtonLink href="/dashboard/services" variant="secondary" size="sm">
          Services
        </ButtonLink>
        <ButtonLink href="/dashboard/payouts" variant="secondary" size="sm">
          Payouts
        </ButtonLink>
        <ButtonLink href="/dashboard/earnings" variant="secondary" size="sm">
          Earnings
        </ButtonLink>
        <ButtonLink href="/dashboard/reviews" variant="secondary" size="sm">
          Reviews
        </ButtonLink>
        <ButtonLink href="/dashboard/verification" variant="secondary" size="sm">
          Verification
        </ButtonLink>
      </nav>

      <ListingChecklist live={readiness.live} items={readiness.items} />

      <div className="grid gap-4 sm:grid-cols-3">
        <Stat label="Requests awaiting your answer" value={`${waiting.length}${moreWaiting}`} href="/dashboard/bookings?status=REQUESTED" testId="stat-requests" />
        <Stat label="Upcoming confirmed bookings" value={`${upcoming.length}${moreUpcoming}`} href="/dashboard/bookings?status=CONFIRMED" testId="stat-upcoming" />
        <Stat label="Your time zone" value={me.timeZone} small />
      </div>

      <div className="mt-10 grid gap-8 lg:grid-cols-2">
        <BookingList title="Waiting for your answer" empty="No requests waiting. New ones show up here." bookings={waiting.slice(0, 5)} />
        <BookingList title="Coming up" empty="Nothing booked yet." bookings={upcoming.slice(0, 5)} />
      </div>
    </div>
  );
}

function Stat({ label, value, href, testId, small }: { label: string; value: string; href?: string; testId?: string; small?: boolean }) {
  const body = (
    <Card className="h-full p-5 transition hover:border-brand-300">
      <p className="text-sm text-stone-600">{label}</p>
      <p className={cn("mt-2 truncate font-semibold text-stone-900", small ? "pt-2 text-lg" : "text-3xl")} title={value} data-testid={testId}>
        {value}
      </p>
    </Card>
  );
  return href ? (
    <Link href={href} className="block">
      {body}
    </Link>
  ) : (
    body
  );
}

type Row = Awaited<ReturnType<typeof listBookings>>["data"][number];

function BookingList({ title, empty, bookings }: { title: string; empty: string; bookings: Row[] }) {
  return (
    <section aria-label={title}>
      <h2 className="mb-3 text-lg font-semibold">{title}</h2>
      {bookings.length === 0 ? (
        <EmptyState title={empty} />
      ) : (
        <ul className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white shadow-sm">
          {bookings.map((b) => (
            <li key={b.id} className="flex items-start justify-between gap-3 p-4">
              <div className="min-w-0">
                <p className="font-medium text-stone-900">{b.service.name}</p>
                <p className="text-sm text-stone-600">{b.customer.name}</p>
                <LocalTimeRange className="text-sm text-stone-700" start={b.start} end={b.end} zone={b.timeZone} />
              </div>
              <BookingStatusBadge status={b.status} />
            </li>
          ))}
        </ul>
      )}
      {bookings.length ? (
        <Link href="/dashboard/bookings" className="mt-3 inline-block text-sm font-medium text-brand-700 hover:underline">
          See all bookings →
        </Link>
      ) : null}
    </section>
  );
}
