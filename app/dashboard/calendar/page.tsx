import type { Metadata } from "next";
import { getCalendarFeedLink } from "@/lib/calendar/get-calendar-feed-link";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { FeedLink } from "./_components/feed-link";

export const metadata: Metadata = { title: "Calendar feed" };

export default async function CalendarFeedPage() {
  const actor = await requirePageActor("/dashboard/calendar");
  const link = await getCalendarFeedLink({ actor });

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <PageHeader
        title="Calendar feed"
        description="See your confirmed bookings in Google Calendar, Apple Calendar or Outlook."
        actions={<ButtonLink href="/dashboard" variant="secondary">Overview</ButtonLink>}
      />
      <Card className="space-y-4 p-6">
        <FeedLink initialUrl={link?.url ?? null} />
        <div className="space-y-2 text-sm text-stone-600">
          <p>
            Add it as a calendar subscription (&ldquo;From URL&rdquo; in Google Calendar, &ldquo;New Calendar Subscription&rdquo; in Apple
            Calendar, &ldquo;Subscribe from web&rdquo; in Outlook). It lists confirmed bookings from the last 30 days and the next year;
            calendar apps refresh it every few hours.
          </p>
          <p>
            Anyone with this link can see your bookings, including customers&rsquo; first names and addresses. Keep it private; if it
            leaks, rotate it and subscribe again with the new link.
          </p>
        </div>
      </Card>
    </div>
  );
}
