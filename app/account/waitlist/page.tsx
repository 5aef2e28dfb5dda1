import type { Metadata } from "next";
import Link from "next/link";
import { listMyWaitlist } from "@/lib/waitlist/list-my-waitlist";
import { minuteToClock } from "@/lib/availability/schemas";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LocalTimeRange } from "@/components/ui/local-time";
import { LeaveWaitlistButton } from "./_components/leave-waitlist-button";

export const metadata: Metadata = { title: "My waitlist" };

export default async function MyWaitlistPage() {
  const actor = await requirePageActor("/account/waitlist");
  const entries = actor.role === "CUSTOMER" ? await listMyWaitlist({ actor }) : [];

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <PageHeader title="My waitlist" description="Days you are waiting for. When a time opens up, it is held for you for a short while." />
      {entries.length === 0 ? (
        <EmptyState title="You are not waiting for anything">
          <Link href="/providers" className="font-medium text-brand-700 hover:underline">
            Find a pro to book
          </Link>
        </EmptyState>
      ) : (
        <ul className="space-y-3" aria-label="Waitlist entries">
          {entries.map((entry) => (
            <li key={entry.id}>
              <Card className="flex flex-wrap items-center justify-between gap-4 p-5" data-testid="waitlist-entry">
                <div>
                  <p className="font-semibold text-stone-900">
                    {entry.service.name} with {entry.service.provider.businessName}
                  </p>
                  <p className="text-sm text-stone-600">
                    {entry.localDate}
                    {entry.startMinute !== null && entry.endMinute !== null ? `, ${minuteToClock(entry.startMinute)}–${minuteToClock(entry.endMinute)}` : ", any time"} (
                    {entry.service.provider.timeZone})
                  </p>
                  {entry.hold ? (
                    <p className="mt-2 text-sm font-medium text-green-800">
                      Held for you: <LocalTimeRange start={entry.hold.startsAt.toISOString()} end={entry.hold.endsAt.toISOString()} zone={entry.service.provider.timeZone} />
                    </p>
                  ) : null}
                </div>
                <div className="flex gap-2">
                  {entry.hold ? (
                    <ButtonLink href={`/account/waitlist/holds/${entry.hold.id}`} size="sm">
                      Book the held time
                    </ButtonLink>
                  ) : null}
                  <LeaveWaitlistButton entryId={entry.id} />
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
