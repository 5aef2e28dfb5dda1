"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";
import { ProposeDisputeRefundInput } from "@/lib/disputes/schemas";
import { applyFieldErrors, bountyErrorMessage, type ShownError } from "@/components/bounties/action-errors";
import { ActionErrorText } from "@/components/bounties/action-error-text";
import { AmountInput } from "@/components/bounties/amount-input";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { formatMoney } from "@/components/ui/format";
import { proposeDisputeRefundAction } from "../../actions";

type FormInput = z.input<typeof ProposeDisputeRefundInput>;
type FormOutput = z.output<typeof ProposeDisputeRefundInput>;

/** A settlement offer: the refund to the customer (0 releases everything to the provider). */
export function ProposalForm({ disputeId, paidAmount, currency }: { disputeId: string; paidAmount: number; currency: string }) {
  const [error, setError] = useState<ShownError | null>(null);
  const form = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(ProposeDisputeRefundInput), defaultValues: { disputeId, refundAmount: undefined, note: "" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await proposeDisputeRefundAction(values);
    if (!result.ok && !applyFieldErrors(result.error, ["refundAmount", "note"] as const, form.setError)) setError(bountyErrorMessage(result.error));
  });
  const amountError = errors.refundAmount?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Propose a settlement" data-testid="dispute-proposal-form">
      <Field id="proposal-amount" label="Refund to the customer" hint={`Between 0 and ${formatMoney(paidAmount, currency)}; the rest goes to the provider.`} error={amountError}>
        <Controller
          control={form.control}
          name="refundAmount"
          render={({ field }) => (
            <AmountInput id="proposal-amount" value={field.value as number | undefined} onChange={field.onChange} currency={currency} invalid={Boolean(amountError)} describedBy={describedBy("proposal-amount", { error: amountError, hint: true })} />
          )}
        />
      </Field>
      <Field id="proposal-note" label="Note (optional)" error={errors.note?.message}>
        <Input id="proposal-note" {...form.register("note")} />
      </Field>
      <Button type="submit" variant="secondary" pending={isSubmitting} data-testid="propose-refund">
        Propose
      </Button>
      <ActionErrorText error={error} />
    </form>
  );
}
