"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { ResolveDisputeInput } from "@/lib/bounties/schemas";
import { applyFieldErrors, bountyErrorMessage, type ShownError } from "@/components/bounties/action-errors";
import { ActionErrorText } from "@/components/bounties/action-error-text";
import { AmountInput } from "@/components/bounties/amount-input";
import { Button } from "@/components/ui/button";
import { describedBy, Field, FieldError } from "@/components/ui/field";
import { formatMoney } from "@/components/ui/format";
import { resolveDisputeAction } from "../actions";

type FormInput = z.input<typeof ResolveDisputeInput>;
type FormOutput = z.output<typeof ResolveDisputeInput>;

/** Support's decision: everything back to the poster, a split, or everything to the provider. */
export function ResolveForm({ bountyId, amount, currency }: { bountyId: string; amount: number; currency: string }) {
  const [error, setError] = useState<ShownError | null>(null);
  const paid = amount > 0;
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(ResolveDisputeInput),
    defaultValues: { bountyId, outcome: paid ? "partial_refund" : "release", refundAmount: undefined },
  });
  const outcome = useWatch({ control: form.control, name: "outcome" });
  const { errors, isSubmitting } = form.formState;
  const total = formatMoney(amount, currency);
  const options = [
    { value: "refund", label: paid ? `Full refund: ${total} back to the poster` : "Side with the poster (cancel the bounty)" },
    ...(paid ? [{ value: "partial_refund", label: "Partial refund: split the money" }] : []),
    { value: "release", label: paid ? `Release: ${total} to the provider (minus the platform fee)` : "Side with the provider (complete the bounty)" },
  ] as const;
  const refundId = `refund-${bountyId}`;
  const refundError = errors.refundAmount ? (Number.isNaN(form.getValues("refundAmount")) ? "Enter the amount to refund" : errors.refundAmount.message) : undefined;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await resolveDisputeAction({ ...values, refundAmount: values.outcome === "partial_refund" ? values.refundAmount : undefined });
    if (!result.ok && !applyFieldErrors(result.error, ["outcome", "refundAmount"] as const, form.setError)) setError(bountyErrorMessage(result.error));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Resolve the dispute" data-testid="resolve-form">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-800">Outcome</legend>
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2 text-sm text-stone-800">
            <input type="radio" value={o.value} className="size-4" {...form.register("outcome")} />
            {o.label}
          </label>
        ))}
        <FieldError message={errors.outcome?.message} />
      </fieldset>
      {outcome === "partial_refund" ? (
        <Field id={refundId} label="Refund to the poster" hint={`Less than ${total}; the rest is released to the provider.`} error={refundError}>
          <Controller
            control={form.control}
            name="refundAmount"
            render={({ field }) => (
              <AmountInput id={refundId} value={field.value} onChange={field.onChange} currency={currency} invalid={Boolean(refundError)} describedBy={describedBy(refundId, { error: refundError, hint: true })} />
            )}
          />
        </Field>
      ) : null}
      <Button type="submit" pending={isSubmitting} data-testid="resolve-dispute">
        Resolve dispute
      </Button>
      <ActionErrorText error={error} />
    </form>
  );
}
