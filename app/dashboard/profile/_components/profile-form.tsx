"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import type { z } from "zod";
import { MAX_BIO_LENGTH, UpdateProviderProfileInput, type ProviderProfileFields } from "@/lib/providers/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { updateProviderProfileAction } from "../actions";

type FormInput = z.input<typeof UpdateProviderProfileInput>;
type FormOutput = z.output<typeof UpdateProviderProfileInput>;

const optionalNumber = (value: unknown) => (value === "" || value === null || value === undefined ? null : Number(value));
const languageList = (value: unknown) =>
  Array.isArray(value) ? value : String(value ?? "").split(/[\s,]+/).filter(Boolean);

type TextKey = "businessName" | "headline" | "addressLine" | "city" | "postalCode" | "country";
const textFields: { key: TextKey; label: string; hint?: string; autoComplete?: string }[] = [
  { key: "businessName", label: "Business name", autoComplete: "organization" },
  { key: "headline", label: "Headline", hint: "One line under your name, e.g. “Deep cleans for busy flats”." },
  { key: "addressLine", label: "Address", hint: "Never shown publicly; used for travel distances.", autoComplete: "street-address" },
  { key: "city", label: "City", autoComplete: "address-level2" },
  { key: "postalCode", label: "Postal code", autoComplete: "postal-code" },
  { key: "country", label: "Country code", hint: "Two letters, e.g. US, GB, DE.", autoComplete: "country" },
];

export function ProfileForm({ values }: { values: ProviderProfileFields }) {
  const { register, handleSubmit, setError, reset, formState } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(UpdateProviderProfileInput),
    defaultValues: values,
  });
  const [status, setStatus] = useState<{ tone: "success" | "error"; message: string } | null>(null);
  const { errors } = formState;
  const errorOf = (key: string) => (errors as Record<string, { message?: string } | undefined>)[key]?.message ?? (key === "languages" ? languageError(errors.languages) : undefined);

  const onSubmit = handleSubmit(async (input) => {
    setStatus(null);
    const result = await updateProviderProfileAction(input);
    if (result.ok) {
      const { photo: _photo, gallery: _gallery, id: _id, slug: _slug, timeZone: _timeZone, ...saved } = result.data;
      reset(saved);
      setStatus({ tone: "success", message: "Profile saved." });
      return;
    }
    const fields = (result.error.details as { fields?: Record<string, string[]> } | undefined)?.fields ?? {};
    for (const [key, messages] of Object.entries(fields)) setError(key.split(".")[0] as Path<FormInput>, { type: "server", message: messages[0] });
    setStatus({ tone: "error", message: Object.keys(fields).length ? "Some fields need fixing: see the messages under them." : result.error.message });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Profile" className="space-y-6">
      <div className="grid gap-5 sm:grid-cols-2">
        {textFields.map(({ key, label, hint, autoComplete }) => (
          <Field key={key} id={key} label={label} hint={hint} error={errorOf(key)} className={key === "headline" || key === "addressLine" ? "sm:col-span-2" : undefined}>
            <Input id={key} autoComplete={autoComplete} invalid={Boolean(errorOf(key))} aria-describedby={describedBy(key, { error: errorOf(key), hint })} {...register(key)} />
          </Field>
        ))}
      </div>
      <Field id="bio" label="About you" hint={`Plain text, up to ${MAX_BIO_LENGTH} characters; formatting is removed.`} error={errorOf("bio")}>
        <Textarea id="bio" rows={6} invalid={Boolean(errorOf("bio"))} aria-describedby={describedBy("bio", { error: errorOf("bio"), hint: true })} {...register("bio")} />
      </Field>
      <div className="grid gap-5 sm:grid-cols-3">
        <Field id="lat" label="Latitude" hint="−90 to 90" error={errorOf("lat")}>
          <Input id="lat" inputMode="decimal" invalid={Boolean(errorOf("lat"))} {...register("lat", { setValueAs: optionalNumber })} />
        </Field>
        <Field id="lng" label="Longitude" hint="−180 to 180" error={errorOf("lng")}>
          <Input id="lng" inputMode="decimal" invalid={Boolean(errorOf("lng"))} {...register("lng", { setValueAs: optionalNumber })} />
        </Field>
        <Field id="serviceRadiusKm" label="Service radius (km)" hint="How far you travel." error={errorOf("serviceRadiusKm")}>
          <Input id="serviceRadiusKm" inputMode="numeric" invalid={Boolean(errorOf("serviceRadiusKm"))} {...register("serviceRadiusKm", { setValueAs: optionalNumber })} />
        </Field>
      </div>
      <Field id="languages" label="Languages" hint="Two-letter codes separated by commas, e.g. en, es." error={errorOf("languages")}>
        <Input id="languages" invalid={Boolean(errorOf("languages"))} {...register("languages", { setValueAs: languageList })} />
      </Field>
      {status ? (
        <Alert tone={status.tone} data-testid="profile-status">
          {status.message}
        </Alert>
      ) : null}
      <Button type="submit" pending={formState.isSubmitting}>
        Save profile
      </Button>
    </form>
  );
}

/** An array field's error sits on the array or on one of its items. */
function languageError(error: unknown): string | undefined {
  if (!error) return undefined;
  const value = error as { message?: string } & Record<number, { message?: string } | undefined>;
  if (value.message) return value.message;
  const items = Object.values(value) as unknown[];
  const first = items.find((item): item is { message: string } => typeof item === "object" && item !== null && "message" in item);
  return first?.message;
}
