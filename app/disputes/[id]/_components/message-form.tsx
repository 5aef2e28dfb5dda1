"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { AddDisputeMessageInput } from "@/lib/disputes/schemas";
import { applyFieldErrors, bountyErrorMessage, type ShownError } from "@/components/bounties/action-errors";
import { ActionErrorText } from "@/components/bounties/action-error-text";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { addDisputeMessageAction } from "../../actions";

type FormInput = z.input<typeof AddDisputeMessageInput>;
type FormOutput = z.output<typeof AddDisputeMessageInput>;

export function MessageForm({ disputeId }: { disputeId: string }) {
  const [error, setError] = useState<ShownError | null>(null);
  const form = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(AddDisputeMessageInput), defaultValues: { disputeId, body: "" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await addDisputeMessageAction(values);
    if (result.ok) form.reset({ disputeId, body: "" });
    else if (!applyFieldErrors(result.error, ["body"] as const, form.setError)) setError(bountyErrorMessage(result.error));
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Write on the dispute" data-testid="dispute-message-form">
      <Field id="dispute-message" label="Add a message" error={errors.body?.message}>
        <Textarea id="dispute-message" rows={3} invalid={Boolean(errors.body)} aria-describedby={describedBy("dispute-message", { error: errors.body?.message })} {...form.register("body")} />
      </Field>
      <Button type="submit" pending={isSubmitting} data-testid="send-dispute-message">
        Send
      </Button>
      <ActionErrorText error={error} />
    </form>
  );
}
