"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { ResolveDisputeCaseInput } from "@/lib/disputes/schemas";
import { applyFieldErrors, bountyErrorMessage, type ShownError } from "@/components/bounties/action-errors";
import { ActionErrorText } from "@/components/bounties/action-error-text";
import { AmountInput } from "@/components/bounties/amount-input";
import { Button } from "@/components/ui/button";
import { describedBy, Field, FieldError } from "@/components/ui/field";
import { formatMoney } from "@/components/ui/format";
import { resolveDisputeCaseAction } from "../../actions";

type FormInput = z.input<typeof ResolveDisputeCaseInput>;
type FormOutput = z.output<typeof ResolveDisputeCaseInput>;

/** Support's decision on a booking or bounty dispute. */
export function ResolveCaseForm({ disputeId, paidAmount, currency }: { disputeId: string; paidAmount: number; currency: string }) {
  const [error, setError] = useState<ShownError | null>(null);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(ResolveDisputeCaseInput),
    defaultValues: { disputeId, outcome: paidAmount > 0 ? "partial_refund" : "release", refundAmount: undefined },
  });
  const outcome = useWatch({ control: form.control, name: "outcome" });
  const { errors, isSubmitting } = form.formState;
  const total = formatMoney(paidAmount, currency);
  const options = [
    { value: "refund", label: `Full refund: ${total} back to the customer` },
    { value: "partial_refund", label: "Partial refund: split the money" },
    { value: "release", label: `Release: ${total} to the provider (minus the platform fee)` },
  ] as const;
  const refundError = errors.refundAmount?.message;
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await resolveDisputeCaseAction({ ...values, refundAmount: values.outcome === "partial_refund" ? values.refundAmount : undefined });
    if (!result.ok && !applyFieldErrors(result.error, ["outcome", "refundAmount"] as const, form.setError)) setError(bountyErrorMessage(result.error));
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Resolve the dispute" data-testid="resolve-case-form">
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
        <Field id="case-refund" label="Refund to the customer" hint={`Less than ${total}; the rest is released to the provider.`} error={refundError}>
          <Controller
            control={form.control}
            name="refundAmount"
            render={({ field }) => (
              <AmountInput id="case-refund" value={field.value as number | undefined} onChange={field.onChange} currency={currency} invalid={Boolean(refundError)} describedBy={describedBy("case-refund", { error: refundError, hint: true })} />
            )}
          />
        </Field>
      ) : null}
      <Button type="submit" pending={isSubmitting} data-testid="resolve-case">
        Resolve dispute
      </Button>
      <ActionErrorText error={error} />
    </form>
  );
}
