import type { Metadata } from "next";
import { listCategories } from "@/lib/catalog/list-categories";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { leafCategoryGroups } from "../_components/leaf-categories";
import { ServiceDetailsForm } from "../_components/service-details-form";

export const metadata: Metadata = { title: "New service" };

export default async function NewServicePage() {
  const categories = leafCategoryGroups(await listCategories());
  const values = { name: "", description: "", categoryId: "", priceAmount: 8_500, currency: "USD" as const, depositAmount: null, durationMin: 60, rescheduleCutoffHours: 0, rescheduleFeeWithinHours: 0, rescheduleFeePercent: 0 };

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <PageHeader
        title="New service"
        description="It takes bookings as soon as it is saved (once your listing is live)."
        actions={
          <ButtonLink href="/dashboard/services" variant="secondary">
            All services
          </ButtonLink>
        }
      />
      <ServiceDetailsForm values={values} categories={categories} />
    </div>
  );
}
