import type { Metadata } from "next";
import { getHold } from "@/lib/waitlist/get-hold";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { orNotFound } from "@/components/pages/or-not-found";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { LocalDateTime, LocalTimeRange } from "@/components/ui/local-time";

export const metadata: Metadata = { title: "A time held for you" };

/** The hold link from the waitlist email: only its customer sees it (404 for anyone else). */
export default async function HoldPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/account/waitlist/holds/${id}`);
  const hold = await orNotFound(getHold({ actor, holdId: id }));
  const { provider } = hold.service;
  const bookHref = `/providers/${encodeURIComponent(provider.slug)}/book/${encodeURIComponent(hold.serviceId)}?start=${encodeURIComponent(hold.startsAt.toISOString())}`;

  return (
    <div className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
      <PageHeader title="A time opened up" description={`${hold.service.name} with ${provider.businessName}`} />
      <Card className="space-y-4 p-6" data-testid="hold">
        <p className="text-lg font-semibold text-stone-900">
          <LocalTimeRange start={hold.startsAt.toISOString()} end={hold.endsAt.toISOString()} zone={provider.timeZone} />
        </p>
        {hold.status === "ACTIVE" ? (
          <>
            <p className="text-sm text-stone-600">
              Held for you alone until <LocalDateTime iso={hold.expiresAt.toISOString()} zone={provider.timeZone} />. Book it before then, payment
              included; after that it goes to the next person on the waitlist.
            </p>
            <ButtonLink href={bookHref}>Book this time</ButtonLink>
          </>
        ) : hold.status === "CLAIMED" ? (
          <Alert tone="success" title="You booked this time" />
        ) : (
          <Alert tone="info" title="This hold has ended">
            <p>It was not booked in time, so it went to the next person. You stay on the waitlist for other times.</p>
          </Alert>
        )}
      </Card>
    </div>
  );
}
