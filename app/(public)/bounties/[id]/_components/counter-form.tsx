"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";
import type { OfferDto } from "@/lib/bounties/dto";
import { CounterOfferInput } from "@/lib/bounties/schemas";
import { applyFieldErrors, bountyErrorMessage, type ShownError } from "@/components/bounties/action-errors";
import { ActionErrorText } from "@/components/bounties/action-error-text";
import { AmountInput } from "@/components/bounties/amount-input";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { counterOfferAction } from "../../actions";

/** The poster's one counter-offer on an offer: a different price the provider may take. */
export function CounterForm({ bountyId, offer, onClose }: { bountyId: string; offer: OfferDto; onClose: () => void }) {
  const [error, setError] = useState<ShownError | null>(null);
  const form = useForm<z.input<typeof CounterOfferInput>, unknown, z.output<typeof CounterOfferInput>>({
    resolver: zodResolver(CounterOfferInput),
    defaultValues: { bountyId, offerId: offer.id, amount: Number.NaN },
  });
  const { errors, isSubmitting } = form.formState;
  const id = `counter-${offer.id}`;
  const amountError = errors.amount ? (Number.isNaN(form.getValues("amount")) ? "Enter the price you propose" : errors.amount.message) : undefined;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await counterOfferAction(values);
    if (result.ok) return onClose();
    if (!applyFieldErrors(result.error, ["amount"] as const, form.setError)) setError(bountyErrorMessage(result.error));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-4" aria-label="Counter-offer">
      <Field id={id} label="Your counter-offer" hint="You can counter each offer once. The provider may take it or keep their price." error={amountError}>
        <Controller
          control={form.control}
          name="amount"
          render={({ field }) => (
            <AmountInput id={id} value={field.value} onChange={field.onChange} currency={offer.currency} invalid={Boolean(amountError)} describedBy={describedBy(id, { error: amountError, hint: true })} />
          )}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" pending={isSubmitting}>
          Send counter-offer
        </Button>
        <Button variant="ghost" size="sm" onClick={onClose} disabled={isSubmitting}>
          Cancel
        </Button>
      </div>
      <ActionErrorText error={error} />
    </form>
  );
}
