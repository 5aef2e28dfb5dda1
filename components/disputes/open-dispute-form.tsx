"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { OpenBookingDisputeInput } from "@/lib/disputes/schemas";
import { applyFieldErrors, bountyErrorMessage, type ShownError } from "@/components/bounties/action-errors";
import { ActionErrorText } from "@/components/bounties/action-error-text";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { openBookingDisputeAction } from "@/app/disputes/actions";

type FormInput = z.input<typeof OpenBookingDisputeInput>;
type FormOutput = z.output<typeof OpenBookingDisputeInput>;

/** The customer's "something went wrong" form; on success they land on the dispute page. */
export function OpenDisputeForm({ bookingId }: { bookingId: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const form = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(OpenBookingDisputeInput), defaultValues: { bookingId, reason: "" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await openBookingDisputeAction(values);
    if (result.ok) router.push(`/disputes/${result.data.id}`);
    else if (!applyFieldErrors(result.error, ["reason"] as const, form.setError)) setError(bountyErrorMessage(result.error));
  });
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)} data-testid="open-dispute">
        Report a problem
      </Button>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Open a dispute" data-testid="open-dispute-form">
      <Field id="dispute-reason" label="What went wrong?" hint="The provider sees this. Their payment is held until the dispute is settled." error={errors.reason?.message}>
        <Textarea id="dispute-reason" rows={4} invalid={Boolean(errors.reason)} aria-describedby={describedBy("dispute-reason", { error: errors.reason?.message, hint: true })} {...form.register("reason")} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" pending={isSubmitting} data-testid="submit-dispute">
          Open dispute
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)} disabled={isSubmitting}>
          Cancel
        </Button>
      </div>
      <ActionErrorText error={error} />
    </form>
  );
}
