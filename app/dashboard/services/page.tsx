import type { Metadata } from "next";
import { listMyServices } from "@/lib/catalog/list-my-services";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { POLICY_NAMES } from "@/components/bookings/policy-words";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { formatDuration } from "@/components/ui/format";
import { Money } from "@/components/ui/money";
import { ServiceStatusButtons } from "./_components/service-status-buttons";

export const metadata: Metadata = { title: "Services" };

export default async function ServicesPage() {
  const actor = await requirePageActor("/dashboard/services");
  const services = await listMyServices({ actor });

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <PageHeader
        title="Services"
        description="What you offer, what it costs and how it is booked. Archived services are not listed."
        actions={
          <>
            <ButtonLink href="/dashboard/services/new">New service</ButtonLink>
            <ButtonLink href="/dashboard/availability" variant="secondary">
              Availability
            </ButtonLink>
            <ButtonLink href="/dashboard" variant="secondary">
              Overview
            </ButtonLink>
          </>
        }
      />
      {services.length === 0 ? (
        <EmptyState title="You have no services yet">
          <ButtonLink href="/dashboard/services/new">Add your first service</ButtonLink>
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {services.map((service) => (
            <li key={service.id} className="flex flex-wrap items-center justify-between gap-4 rounded-xl border border-stone-200 bg-white p-5 shadow-sm" data-testid="my-service">
              <div className="min-w-0 space-y-1">
                <div className="flex flex-wrap items-center gap-2">
                  <p className="font-semibold text-stone-900">{service.name}</p>
                  {service.active ? <Badge tone="success">Accepting bookings</Badge> : <Badge>Paused</Badge>}
                </div>
                <p className="text-sm text-stone-600">
                  <Money amount={service.priceAmount} currency={service.currency} />
                  {service.depositAmount ? (
                    <>
                      {" "}(deposit <Money amount={service.depositAmount} currency={service.currency} />)
                    </>
                  ) : null}{" "}
                  · {formatDuration(service.durationMin)} ·{" "}
                  {service.bookingMode === "INSTANT" ? "Instant booking" : "Request to book"} · {POLICY_NAMES[service.cancellationPolicy]} cancellation
                </p>
              </div>
              <div className="flex flex-wrap items-center gap-2">
                <ButtonLink href={`/dashboard/services/${service.id}`} variant="secondary" size="sm" aria-label={`Edit settings for ${service.name}`}>
                  Edit
                </ButtonLink>
                <ServiceStatusButtons serviceId={service.id} name={service.name} active={service.active} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
