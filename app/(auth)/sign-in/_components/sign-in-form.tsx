"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { SignInInput } from "@/lib/users/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type FormInput = z.input<typeof SignInInput>;
type FormOutput = z.output<typeof SignInInput>;

/** next-auth reports a thrown authorize() error by its message; "CredentialsSignin" is its generic one. */
function signInErrorMessage(error: string): string {
  if (!error || error === "CredentialsSignin" || error === "Configuration") return "Email or password is incorrect";
  return error;
}

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(SignInInput), defaultValues: { email: "", password: "" } });

  const onSubmit = handleSubmit(async ({ email, password }) => {
    setError(null);
    const res = await signIn<"credentials">("credentials", { email, password, redirect: false });
    if (!res || res.error || !res.ok) {
      setError(signInErrorMessage(res?.error ?? ""));
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Sign in">
      {error ? (
        <Alert tone="error" data-testid="sign-in-error">
          {error}
        </Alert>
      ) : null}
      <Field id="email" label="Email" error={errors.email?.message}>
        <Input
          id="email"
          type="email"
          autoComplete="email"
          invalid={Boolean(errors.email)}
          aria-describedby={describedBy("email", { error: errors.email?.message })}
          {...register("email")}
        />
      </Field>
      <Field id="password" label="Password" error={errors.password?.message}>
        <Input
          id="password"
          type="password"
          autoComplete="current-password"
          invalid={Boolean(errors.password)}
          aria-describedby={describedBy("password", { error: errors.password?.message })}
          {...register("password")}
        />
      </Field>
      <p className="-mt-2 text-right text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 hover:underline">
          Forgot password?
        </Link>
      </p>
      <Button type="submit" className="w-full" pending={isSubmitting}>
        Sign in
      </Button>
    </form>
  );
}
