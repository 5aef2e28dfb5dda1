import type { Metadata } from "next";
import { getAvailability } from "@/lib/availability/get-availability";
import { localToday } from "@/lib/availability/local-date";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { AddOverrideForm } from "./_components/add-override-form";
import { formatLocalDate } from "./_components/format-date";
import { RemoveOverrideButton } from "./_components/remove-override-button";
import { WeeklyHoursForm } from "./_components/weekly-hours-form";

export const metadata: Metadata = { title: "Availability" };

export default async function AvailabilityPage() {
  const actor = await requirePageActor("/dashboard/availability");
  const now = new Date();
  const { timeZone, weekly, overrides } = await getAvailability({ actor, now });

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <PageHeader
        title="Availability"
        description="When customers can book you. Existing bookings are never moved or cancelled by changes here."
        actions={
          <>
            <ButtonLink href="/dashboard/services" variant="secondary">
              Service settings
            </ButtonLink>
            <ButtonLink href="/dashboard" variant="secondary">
              Overview
            </ButtonLink>
          </>
        }
      />

      <p className="mb-8 rounded-lg border border-brand-200 bg-brand-50 px-4 py-3 text-brand-900" data-testid="availability-zone">
        Times are in <strong>{timeZone}</strong>, your business&apos;s time zone. Customers see them converted to their own.
      </p>

      <section aria-labelledby="weekly-heading" className="space-y-3">
        <div>
          <h2 id="weekly-heading" className="text-lg font-semibold text-stone-900">
            Weekly hours
          </h2>
          <p className="text-sm text-stone-600">
            Add several intervals for breaks (e.g. 09:00–12:00 and 13:00–17:00). 24-hour clock; use 24:00 for midnight.
          </p>
        </div>
        <WeeklyHoursForm weekly={weekly} timeZone={timeZone} />
      </section>

      <section aria-labelledby="overrides-heading" className="mt-12 space-y-4">
        <div>
          <h2 id="overrides-heading" className="text-lg font-semibold text-stone-900">
            Days off and special hours
          </h2>
          <p className="text-sm text-stone-600">For one date, these replace your weekly hours.</p>
        </div>

        {overrides.length === 0 ? (
          <EmptyState title="No upcoming days off or special hours" />
        ) : (
          <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white shadow-sm" aria-label="Upcoming days off and special hours">
            {overrides.map((override) => {
              const day = formatLocalDate(override.date);
              const hours = override.closed ? "Closed all day" : override.intervals.map((i) => `${i.start}–${i.end}`).join(", ");
              return (
                <li key={override.date} className="flex items-center justify-between gap-4 p-4" data-testid="override" data-date={override.date}>
                  <div>
                    <p className="font-medium text-stone-900">{day}</p>
                    <p className="text-sm text-stone-600 tabular-nums">{hours}</p>
                  </div>
                  <RemoveOverrideButton date={override.date} label={`${override.closed ? "day off" : "special hours"} on ${day}`} />
                </li>
              );
            })}
          </ul>
        )}

        <AddOverrideForm today={localToday(timeZone, now)} takenDates={overrides.map((o) => o.date)} />
      </section>
    </div>
  );
}
