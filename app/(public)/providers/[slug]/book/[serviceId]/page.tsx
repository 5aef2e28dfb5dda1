import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getCurrentActor } from "@/lib/core/auth/session";
import { getProvider } from "@/lib/providers/get-provider";
import { getServiceSlots } from "@/lib/availability/get-service-slots";
import { getCheckoutConfig, type CheckoutConfig } from "@/lib/payments/get-checkout-config";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDuration } from "@/components/ui/format";
import { Money } from "@/components/ui/money";
import { BookingForm } from "./_components/booking-form";
import { JoinWaitlistForm } from "./_components/join-waitlist-form";
import { orNotFound } from "@/components/pages/or-not-found";
import { PausedNotice } from "@/components/flags/paused-notice";

export const metadata: Metadata = { title: "Book a service" };

type Params = Promise<{ slug: string; serviceId: string }>;

export default async function BookServicePage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug, serviceId } = await params;
  const { start } = await searchParams;
  const path = `/providers/${encodeURIComponent(slug)}/book/${encodeURIComponent(serviceId)}`;
  const actor = await getCurrentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);

  const provider = await orNotFound(getProvider({ slug, viewer: actor }));
  const service = provider.services.find((s) => s.id === serviceId);
  if (!service) notFound();
  const checkout = await getCheckoutConfig({ providerId: provider.id });

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
        <Link href="/providers" className="hover:underline">
          Providers
        </Link>{" "}
        /{" "}
        <Link href={`/providers/${provider.slug}`} className="hover:underline">
          {provider.businessName}
        </Link>{" "}
        / Book
      </nav>

      <h1 className="mt-3 text-3xl font-semibold tracking-tight">Book {service.name}</h1>

      <Card className="mt-6 flex flex-wrap items-center justify-between gap-4 p-5">
        <div>
          <p className="font-semibold text-stone-900">{service.name}</p>
          <p className="text-sm text-stone-600">
            with {provider.businessName} · {formatDuration(service.durationMin)}
          </p>
        </div>
        <div className="flex flex-col items-end gap-1">
          <Money className="text-2xl font-semibold" amount={service.priceAmount} currency={service.currency} />
          {checkout.mode === "test-card" ? <Badge tone="warning">Test mode — no real money</Badge> : null}
        </div>
      </Card>

      <PausedNotice flag="bookings.create" className="mt-6" />

      <div className="mt-8">
        {actor.role !== "CUSTOMER" ? (
          <Alert tone="info" title="Bookings are made from customer accounts">
            <p>
              You are signed in as a {actor.role === "PROVIDER" ? "provider" : "admin"}. Sign out and sign in with a customer account to book
              this service.
            </p>
            <ButtonLink href={`/providers/${provider.slug}`} variant="secondary" size="sm" className="mt-3">
              Back to {provider.businessName}
            </ButtonLink>
          </Alert>
        ) : !checkout.acceptsPayments ? (
          <Alert tone="info" title={`${provider.businessName} can't take bookings yet`} data-testid="provider-not-onboarded">
            <p>Their payout account isn&apos;t set up yet, so they can&apos;t be paid for a booking. Please check back later.</p>
          </Alert>
        ) : (
          <SlotsAndForm
            serviceId={service.id}
            bookingMode={service.bookingMode}
            price={{ amount: service.priceAmount, currency: service.currency }}
            checkout={checkout}
            customerId={actor.userId}
            initialStart={typeof start === "string" ? start : undefined}
          />
        )}
      </div>
    </div>
  );
}

async function SlotsAndForm(props: {
  serviceId: string;
  bookingMode: "INSTANT" | "REQUEST";
  price: { amount: number; currency: string };
  checkout: CheckoutConfig;
  customerId: string;
  initialStart?: string;
}) {
  const { customerId, initialStart, ...form } = props;
  // The customer's own waitlist hold shows as free to them (and to nobody else).
  const { timeZone, data } = await getServiceSlots({ serviceId: props.serviceId, query: {}, customerId });
  const preselected = initialStart && data.some((slot) => Date.parse(slot.start) === Date.parse(initialStart)) ? new Date(initialStart).toISOString() : undefined;
  return (
    <>
      <BookingForm {...form} providerTimeZone={timeZone} slots={data} initialStart={preselected} />
      <Card className="mt-10 p-5" data-testid="waitlist-card">
        <h2 className="mb-3 text-lg font-semibold text-stone-900">Join the waitlist</h2>
        <JoinWaitlistForm serviceId={props.serviceId} providerTimeZone={timeZone} />
      </Card>
    </>
  );
}
