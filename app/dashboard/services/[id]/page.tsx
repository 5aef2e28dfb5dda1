import type { Metadata } from "next";
import { getMyService } from "@/lib/catalog/get-my-service";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { Money } from "@/components/ui/money";
import { ServiceSettingsForm } from "../_components/service-settings-form";
import { leafCategoryGroups } from "../_components/leaf-categories";
import { ServiceDetailsForm } from "../_components/service-details-form";
import { ServiceStatusButtons } from "../_components/service-status-buttons";
import { listCategories } from "@/lib/catalog/list-categories";
import type { ServiceDetails } from "@/lib/catalog/schemas";
import { Alert } from "@/components/ui/alert";
import { orNotFound } from "@/components/pages/or-not-found";

export const metadata: Metadata = { title: "Service settings" };

export default async function ServiceSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/dashboard/services/${encodeURIComponent(id)}`);
  const service = await orNotFound(getMyService({ actor, serviceId: id }));
  const categories = leafCategoryGroups(await listCategories());
  const {
    id: serviceId, providerId: _providerId, name, description, priceAmount, currency, categoryId, depositAmount, archivedAt,
    rescheduleCutoffHours, rescheduleFeeWithinHours, rescheduleFeePercent, ...settings
  } = service;
  const details = { name, description, categoryId, priceAmount, currency: currency as ServiceDetails["currency"], depositAmount, rescheduleCutoffHours, rescheduleFeeWithinHours, rescheduleFeePercent };

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
          <>
            {archivedAt ? null : <ServiceStatusButtons serviceId={serviceId} name={name} active={settings.active} />}
            <ButtonLink href="/dashboard/services" variant="secondary">
              All services
            </ButtonLink>
          </>
        }
      />
      {archivedAt ? (
        <Alert tone="info">This service is archived: it is no longer listed or bookable, and bookings already made stay as they are.</Alert>
      ) : (
        <div className="space-y-12">
          <section aria-labelledby="details-heading">
            <h2 id="details-heading" className="mb-4 text-xl font-semibold">Details and price</h2>
            <ServiceDetailsForm serviceId={serviceId} values={details} categories={categories} />
          </section>
          <section aria-labelledby="settings-heading">
            <h2 id="settings-heading" className="mb-4 text-xl font-semibold">Booking settings</h2>
            <ServiceSettingsForm serviceId={serviceId} settings={settings} />
          </section>
        </div>
      )}
    </div>
  );
}
