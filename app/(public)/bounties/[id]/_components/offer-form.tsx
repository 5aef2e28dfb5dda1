"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";
import type { OfferDto } from "@/lib/bounties/dto";
import { SubmitOfferInput } from "@/lib/bounties/schemas";
import { applyFieldErrors, bountyErrorMessage, type ShownError } from "@/components/bounties/action-errors";
import { ActionErrorText } from "@/components/bounties/action-error-text";
import { AmountInput } from "@/components/bounties/amount-input";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { reviseOfferAction, submitOfferAction } from "../../actions";
import { toast } from "sonner";

type FormInput = z.input<typeof SubmitOfferInput>;
type FormOutput = z.output<typeof SubmitOfferInput>;
const FIELDS = ["amount", "message", "etaDays"] as const;

/**
 * A provider's offer: price (none for honor), a message and how many days they need. The same
 * form revises an open offer (the schema's rules are the same field by field).
 */
export function OfferForm({
  bountyId,
  currency,
  forHonor,
  offer,
  onDone,
}: {
  bountyId: string;
  currency: string;
  forHonor: boolean;
  offer?: OfferDto;
  onDone?: () => void;
}) {
  const [error, setError] = useState<ShownError | null>(null);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(SubmitOfferInput),
    defaultValues: { bountyId, amount: offer?.amount ?? (forHonor ? 0 : Number.NaN), message: offer?.message ?? "", etaDays: offer?.etaDays ?? 3 },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = offer ? await reviseOfferAction({ ...values, offerId: offer.id }) : await submitOfferAction(values);
    if (result.ok) {
      toast.success(offer ? "Offer updated." : "Offer sent.");
      onDone?.();
      return;
    }
    if (!applyFieldErrors(result.error, FIELDS, form.setError)) setError(bountyErrorMessage(result.error));
  });

  const amountError = errors.amount ? (Number.isNaN(form.getValues("amount")) ? "Enter your price" : errors.amount.message) : undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={offer ? "Revise your offer" : "Make an offer"}>
      {forHonor ? (
        <p className="text-sm text-stone-600">This bounty is for honor: your offer carries no price.</p>
      ) : (
        <Field id="offer-amount" label="Your price" hint="The total you'd charge. It's paid into escrow when the poster accepts." error={amountError}>
          <Controller
            control={form.control}
            name="amount"
            render={({ field }) => (
              <AmountInput
                id="offer-amount"
                value={field.value}
                onChange={field.onChange}
                currency={currency}
                invalid={Boolean(amountError)}
                describedBy={describedBy("offer-amount", { error: amountError, hint: true })}
              />
            )}
          />
        </Field>
      )}
      <Field id="offer-eta" label="Days you need" error={errors.etaDays?.message}>
        <Input
          id="offer-eta"
          type="number"
          min={1}
          max={365}
          className="max-w-28"
          invalid={Boolean(errors.etaDays)}
          aria-describedby={describedBy("offer-eta", { error: errors.etaDays?.message })}
          {...form.register("etaDays", { valueAsNumber: true })}
        />
      </Field>
      <Field id="offer-message" label="Message to the poster" hint="Your experience with this kind of job, what's included, when you could start." error={errors.message?.message}>
        <Textarea
          id="offer-message"
          rows={3}
          invalid={Boolean(errors.message)}
          aria-describedby={describedBy("offer-message", { error: errors.message?.message, hint: true })}
          {...form.register("message")}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={isSubmitting} data-testid={offer ? "save-offer" : "submit-offer"}>
          {offer ? "Save changes" : "Send offer"}
        </Button>
        {offer && onDone ? (
          <Button variant="ghost" onClick={onDone} disabled={isSubmitting}>
            Keep it as it is
          </Button>
        ) : null}
      </div>
      <ActionErrorText error={error} />
    </form>
  );
}
