import type { Metadata } from "next";
import { listProviderWaitlist } from "@/lib/waitlist/list-provider-waitlist";
import { minuteToClock } from "@/lib/availability/schemas";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LocalTimeRange } from "@/components/ui/local-time";
import { FillGapsToggle } from "./_components/fill-gaps-toggle";
import { OfferGapForm } from "./_components/offer-gap-form";

export const metadata: Metadata = { title: "Waitlist" };

export default async function ProviderWaitlistPage() {
  const actor = await requirePageActor("/dashboard/waitlist");
  const { entries, fillGaps, timeZone } = await listProviderWaitlist({ actor });

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <PageHeader
        title="Waitlist"
        description="Customers waiting for a time, first come first served. Freed times are offered to them in turn."
        actions={<ButtonLink href="/dashboard" variant="secondary">Overview</ButtonLink>}
      />

      <Card className="mb-6 space-y-4 p-5">
        <FillGapsToggle enabled={fillGaps} />
      </Card>

      <Card className="mb-8 p-5">
        <h2 className="mb-3 text-lg font-semibold text-stone-900">Offer a free gap</h2>
        <OfferGapForm timeZone={timeZone} />
      </Card>

      {entries.length === 0 ? (
        <EmptyState title="Nobody is waiting" />
      ) : (
        <ol className="space-y-3" aria-label="Waiting customers">
          {entries.map((entry, i) => (
            <li key={entry.id}>
              <Card className="p-4" data-testid="provider-waitlist-entry">
                <p className="font-medium text-stone-900">
                  {i + 1}. {entry.customerName} · {entry.service.name}
                </p>
                <p className="text-sm text-stone-600">
                  {entry.localDate}
                  {entry.startMinute !== null && entry.endMinute !== null ? `, ${minuteToClock(entry.startMinute)}–${minuteToClock(entry.endMinute)}` : ", any time"}
                </p>
                {entry.hold ? (
                  <p className="mt-1 text-sm text-green-800">
                    Offered: <LocalTimeRange start={entry.hold.startsAt.toISOString()} end={entry.hold.endsAt.toISOString()} zone={timeZone} />
                  </p>
                ) : null}
              </Card>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
