"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { RegisterUserInput } from "@/lib/users/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { describedBy, Field, FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { registerAction } from "../actions";

type FormInput = z.input<typeof RegisterUserInput>;
type FormOutput = z.output<typeof RegisterUserInput>;
const fieldNames = ["email", "password", "name", "role", "timeZone", "city"] as const;

const roles = [
  { value: "customer", title: "I want to book services", text: "Find and book local pros." },
  { value: "provider", title: "I offer services", text: "Get booked by customers near you." },
] as const;

export function SignUpForm({ callbackUrl, defaultRole }: { callbackUrl: string | null; defaultRole: "customer" | "provider" }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(RegisterUserInput),
    defaultValues: { role: defaultRole, name: "", email: "", password: "", city: "" },
  });
  const role = useWatch({ control, name: "role" });

  // New accounts start in the browser's zone, so providers' calendars and reminders are local.
  useEffect(() => {
    setValue("timeZone", Intl.DateTimeFormat().resolvedOptions().timeZone);
  }, [setValue]);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const input = { ...values, city: values.role === "provider" && values.city ? values.city : undefined };
    const result = await registerAction(input);
    if (!result.ok) {
      const fields = (result.error.details as { fields?: Record<string, string[]> } | undefined)?.fields ?? {};
      let shown = false;
      for (const name of fieldNames) {
        const message = fields[name]?.[0];
        if (message) {
          setError(name, { type: "server", message });
          shown = true;
        }
      }
      if (!shown) setFormError(result.error.message);
      return;
    }
    const res = await signIn<"credentials">("credentials", { email: values.email, password: values.password, redirect: false });
    if (!res || res.error) {
      // The account exists; only the automatic sign-in failed.
      router.push(`/sign-in${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`);
      return;
    }
    router.replace(callbackUrl ?? (result.data.role === "provider" ? "/dashboard" : "/providers"));
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Create account">
      {formError ? (
        <Alert tone="error" data-testid="form-error">
          {formError}
        </Alert>
      ) : null}

      <fieldset>
        <legend className="text-sm font-medium text-stone-800">Account type</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {roles.map((option) => (
            <label
              key={option.value}
              className={cn(
                "flex cursor-pointer gap-3 rounded-lg border p-3 text-sm",
                role === option.value ? "border-brand-600 bg-brand-50" : "border-stone-300 bg-white hover:border-stone-400",
              )}
            >
              <input type="radio" value={option.value} className="mt-0.5 accent-brand-600" {...register("role")} />
              <span>
                <span className="block font-medium text-stone-900">{option.title}</span>
                <span className="block text-stone-600">{option.text}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError message={errors.role?.message} />
      </fieldset>

      <Field
        id="name"
        label={role === "provider" ? "Business name" : "Your name"}
        hint={role === "provider" ? "Shown on your public profile. You can change it later." : undefined}
        error={errors.name?.message}
      >
        <Input
          id="name"
          autoComplete={role === "provider" ? "organization" : "name"}
          invalid={Boolean(errors.name)}
          aria-describedby={describedBy("name", { error: errors.name?.message, hint: role === "provider" })}
          {...register("name")}
        />
      </Field>

      {role === "provider" ? (
        <Field id="city" label="City" hint="Where you work, so customers nearby find you." error={errors.city?.message}>
          <Input
            id="city"
            autoComplete="address-level2"
            invalid={Boolean(errors.city)}
            aria-describedby={describedBy("city", { error: errors.city?.message, hint: true })}
            {...register("city")}
          />
        </Field>
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

      <Field id="password" label="Password" hint="At least 8 characters." error={errors.password?.message}>
        <Input
          id="password"
          type="password"
          autoComplete="new-password"
          invalid={Boolean(errors.password)}
          aria-describedby={describedBy("password", { error: errors.password?.message, hint: true })}
          {...register("password")}
        />
      </Field>

      {errors.timeZone?.message ? <FieldError message={`Time zone: ${errors.timeZone.message}`} /> : null}

      <Button type="submit" className="w-full" pending={isSubmitting}>
        Create account
      </Button>
    </form>
  );
}
