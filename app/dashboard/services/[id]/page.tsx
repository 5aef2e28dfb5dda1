import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getMyService } from "@/lib/catalog/get-my-service";
import { isAppError } from "@/lib/core/errors";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { Money } from "@/components/ui/money";
import { ProvidersOnly } from "../../_components/providers-only";
import { ServiceSettingsForm } from "../_components/service-settings-form";

export const metadata: Metadata = { title: "Service settings" };

export default async function ServiceSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/dashboard/services/${encodeURIComponent(id)}`);
  if (actor.role !== "PROVIDER") return <ProvidersOnly />;
  const service = await getMyService({ actor, serviceId: id }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { id: serviceId, providerId: _providerId, name, description: _description, priceAmount, currency, ...settings } = service;

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <PageHeader
        title={name}
        description={
          <>
            <Money amount={priceAmount} currency={currency} /> · Changes apply to new bookings only; existing bookings keep their price and policy.
          </>
        }
        actions={
          <ButtonLink href="/dashboard/services" variant="secondary">
            All services
          </ButtonLink>
        }
      />
      <ServiceSettingsForm serviceId={serviceId} settings={settings} />
    </div>
  );
}
