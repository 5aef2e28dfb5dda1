"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ResetPasswordInput } from "@/lib/users/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { fieldMessages, postJson } from "@/components/account/post-json";

type FormInput = z.input<typeof ResetPasswordInput>;
type FormOutput = z.output<typeof ResetPasswordInput>;

export function ResetPasswordForm({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(ResetPasswordInput), defaultValues: { token, password: "" } });

  const onSubmit = handleSubmit(async (input) => {
    setError(null);
    const result = await postJson("/api/auth/password-reset/confirm", input);
    if (result.ok) return setDone(true);
    setError(result.error.message);
    const fields = fieldMessages(result.error.details);
    if (fields.password) setFieldError("password", { message: fields.password });
  });

  if (done) {
    return (
      <Alert tone="success" data-testid="password-reset-done">
        Your password is changed and every device was signed out.{" "}
        <Link href="/sign-in" className="font-medium underline">
          Sign in with your new password
        </Link>
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Password reset">
      {error ? (
        <Alert tone="error" data-testid="reset-error">
          {error}{" "}
          <Link href="/forgot-password" className="font-medium underline">
            Ask for a new link
          </Link>
        </Alert>
      ) : null}
      <input type="hidden" {...register("token")} />
      <Field id="password" label="New password" error={errors.password?.message}>
        <Input id="password" type="password" autoComplete="new-password" invalid={Boolean(errors.password)} aria-describedby={describedBy("password", { error: errors.password?.message })} {...register("password")} />
      </Field>
      <Button type="submit" className="w-full" pending={isSubmitting}>
        Set new password
      </Button>
    </form>
  );
}
