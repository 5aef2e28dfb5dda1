"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type Path } from "react-hook-form";
import type { z } from "zod";
import { CreateServiceInput, SERVICE_CURRENCIES, UpdateServiceInput, type ServiceDetails } from "@/lib/catalog/schemas";
import { describeReschedulePolicy } from "@/components/bookings/reschedule-policy-words";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { formatMoney } from "@/components/ui/format";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import { createServiceAction, updateServiceAction } from "../actions";
import type { CategoryGroup } from "./leaf-categories";

/** One form for a new service (details plus its duration) and for editing an existing one's details. */
type FormInput = z.input<typeof CreateServiceInput> & { serviceId?: string };
type FormOutput = z.output<typeof CreateServiceInput> & { serviceId?: string };

const whole = (value: unknown) => (value === "" || value === null || value === undefined ? NaN : Number(value));
const optionalWhole = (value: unknown) => (value === "" || value === null || value === undefined ? null : Number(value));

type NumberKey = "priceAmount" | "depositAmount" | "durationMin" | "rescheduleCutoffHours" | "rescheduleFeeWithinHours" | "rescheduleFeePercent";

export function ServiceDetailsForm({ serviceId, values, categories }: {
  serviceId?: string;
  values: ServiceDetails & { durationMin?: number };
  categories: CategoryGroup[];
}) {
  const router = useRouter();
  const isNew = !serviceId;
  const { register, handleSubmit, control, setError, formState } = useForm<FormInput, unknown, FormOutput>({
    // The same schemas as the actions; the form's type is the create shape, which the update one narrows.
    resolver: zodResolver(isNew ? CreateServiceInput : UpdateServiceInput) as never,
    defaultValues: { ...values, ...(serviceId ? { serviceId } : {}) },
  });
  const [status, setStatus] = useState<{ tone: "success" | "error"; message: string } | null>(null);
  const { errors } = formState;
  const errorOf = (key: string) => (errors as Record<string, { message?: string } | undefined>)[key]?.message;
  const [price, deposit, currency, cutoff, feeWithin, feePercent] = useWatch({
    control,
    name: ["priceAmount", "depositAmount", "currency", "rescheduleCutoffHours", "rescheduleFeeWithinHours", "rescheduleFeePercent"],
  });
  const money = (amount: unknown) => (typeof amount === "number" && Number.isFinite(amount) ? formatMoney(amount, String(currency ?? "USD")) : "—");

  const onSubmit = handleSubmit(async (input) => {
    setStatus(null);
    const result = isNew ? await createServiceAction(input) : await updateServiceAction({ ...input, serviceId });
    if (result.ok) {
      if (isNew) {
        router.push(`/dashboard/services/${result.data.id}?created=1`);
        return;
      }
      setStatus({ tone: "success", message: "Saved. New bookings use these; existing bookings keep their price and policies." });
      return;
    }
    const fields = (result.error.details as { fields?: Record<string, string[]> } | undefined)?.fields ?? {};
    for (const [key, messages] of Object.entries(fields)) setError(key as Path<FormInput>, { type: "server", message: messages[0] });
    setStatus({ tone: "error", message: Object.keys(fields).length ? "Some fields need fixing: see the messages under them." : result.error.message });
  });

  const number = (key: NumberKey, label: string, hint: string, optional = false) => (
    <Field id={key} label={label} hint={hint} error={errorOf(key)}>
      <Input
        id={key}
        inputMode="numeric"
        invalid={Boolean(errorOf(key))}
        aria-describedby={describedBy(key, { error: errorOf(key), hint })}
        {...register(key, { setValueAs: optional ? optionalWhole : whole })}
      />
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={isNew ? "New service" : "Service details"} className="space-y-6">
      <Field id="name" label="Name" error={errorOf("name")}>
        <Input id="name" invalid={Boolean(errorOf("name"))} {...register("name")} />
      </Field>
      <Field id="description" label="Description" error={errorOf("description")}>
        <Textarea id="description" rows={3} invalid={Boolean(errorOf("description"))} {...register("description")} />
      </Field>
      <Field id="categoryId" label="Category" hint="The most specific category that fits." error={errorOf("categoryId")}>
        <NativeSelect id="categoryId" invalid={Boolean(errorOf("categoryId"))} {...register("categoryId")}>
          <option value="">Choose a category</option>
          {categories.map((group) => (
            <optgroup key={group.name} label={group.name}>
              {group.options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </optgroup>
          ))}
        </NativeSelect>
      </Field>
      <div className="grid gap-5 sm:grid-cols-3">
        {number("priceAmount", "Price (in cents)", `8500 = 85.00. Now: ${money(price)}.`)}
        <Field id="currency" label="Currency" error={errorOf("currency")}>
          <NativeSelect id="currency" invalid={Boolean(errorOf("currency"))} {...register("currency")}>
            {SERVICE_CURRENCIES.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </NativeSelect>
        </Field>
        {number("depositAmount", "Deposit (in cents, optional)", `Shown to customers; at most the price. The full price is authorized at booking. Now: ${money(deposit)}.`, true)}
      </div>
      {isNew ? <div className="max-w-xs">{number("durationMin", "Duration (minutes)", "How long one job takes. More booking settings after saving.")}</div> : null}
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold text-stone-900">Rescheduling</legend>
        <div className="grid gap-5 sm:grid-cols-3">
          {number("rescheduleCutoffHours", "No changes in the last (hours)", "0 lets customers reschedule until the start.")}
          {number("rescheduleFeeWithinHours", "Fee applies within (hours)", "0 for never; must be more than the cutoff.")}
          {number("rescheduleFeePercent", "Fee (% of the price)", "Charged to the customer's card when they reschedule; you receive it like the price.")}
        </div>
        <p className="text-sm text-stone-600" data-testid="reschedule-summary">
          {describeReschedulePolicy({ cutoffHours: Number(cutoff) || 0, feeWithinHours: Number(feeWithin) || 0, feePercent: Number(feePercent) || 0 })}
        </p>
      </fieldset>
      {status ? (
        <Alert tone={status.tone} data-testid="service-status">
          {status.message}
        </Alert>
      ) : null}
      <Button type="submit" pending={formState.isSubmitting}>
        {isNew ? "Create service" : "Save details"}
      </Button>
    </form>
  );
}
