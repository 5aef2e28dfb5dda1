"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { RequestPasswordResetInput } from "@/lib/users/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { postJson } from "@/components/account/post-json";

type FormInput = z.input<typeof RequestPasswordResetInput>;
type FormOutput = z.output<typeof RequestPasswordResetInput>;

export function ForgotPasswordForm() {
  const [sent, setSent] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(RequestPasswordResetInput), defaultValues: { email: "" } });

  const onSubmit = handleSubmit(async (input) => {
    setError(null);
    const result = await postJson<{ message: string }>("/api/auth/password-reset", input);
    if (result.ok) setSent(result.data.message);
    else setError(result.error.message);
  });

  if (sent) {
    return (
      <Alert tone="success" data-testid="reset-requested">
        {sent} Check your inbox; the link works for one hour.
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Reset password">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field id="email" label="Email" error={errors.email?.message}>
        <Input id="email" type="email" autoComplete="email" invalid={Boolean(errors.email)} aria-describedby={describedBy("email", { error: errors.email?.message })} {...register("email")} />
      </Field>
      <Button type="submit" className="w-full" pending={isSubmitting}>
        Email me a reset link
      </Button>
    </form>
  );
}
