"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { SuspendUserInput } from "@/lib/users/admin/schemas";
import { applyFieldErrors } from "@/components/bounties/action-errors";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { suspendUserAction, unsuspendUserAction } from "../../actions";

type FormInput = z.input<typeof SuspendUserInput>;
type FormOutput = z.output<typeof SuspendUserInput>;

/** Suspend, or lift a suspension; either way the reason goes into the audit log. */
export function SuspensionForm({ userId, suspended }: { userId: string; suspended: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(SuspendUserInput), defaultValues: { userId, reason: "" } });
  const { errors, isSubmitting } = form.formState;
  const reasonError = errors.reason?.message;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await (suspended ? unsuspendUserAction : suspendUserAction)(values);
    if (result.ok) {
      form.reset({ userId, reason: "" });
      router.refresh();
    } else if (!applyFieldErrors(result.error, ["reason"] as const, form.setError)) setError(result.error.message);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={suspended ? "Lift the suspension" : "Suspend the account"} data-testid="suspension-form">
      <Field
        id="suspension-reason"
        label={suspended ? "Why lift the suspension?" : "Why suspend this account?"}
        hint="Kept in the audit log with your name."
        error={reasonError}
      >
        <Textarea
          id="suspension-reason"
          rows={3}
          maxLength={500}
          invalid={Boolean(reasonError)}
          aria-describedby={describedBy("suspension-reason", { error: reasonError, hint: true })}
          {...form.register("reason")}
        />
      </Field>
      <Button type="submit" variant={suspended ? "secondary" : "danger"} pending={isSubmitting} data-testid={suspended ? "unsuspend-user" : "suspend-user"}>
        {suspended ? "Lift suspension" : "Suspend account"}
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
