"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, type ReactNode } from "react";
import { useForm, useWatch, type Path } from "react-hook-form";
import type { z } from "zod";
import { cancellationPolicies } from "@/lib/bookings/cancellation-policy";
import { MAX_MIN_NOTICE_MIN, UpdateServiceSettingsInput, type ServiceSettings } from "@/lib/catalog/schemas";
import { describePolicyRules, POLICY_NAMES } from "@/components/bookings/policy-words";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { describedBy, Field, FieldError } from "@/components/ui/field";
import { formatDuration } from "@/components/ui/format";
import { Input } from "@/components/ui/input";
import { updateServiceSettingsAction } from "../actions";

type FormInput = z.input<typeof UpdateServiceSettingsInput>;
type FormOutput = z.output<typeof UpdateServiceSettingsInput>;
type NumberKey = "durationMin" | "bufferBeforeMin" | "bufferAfterMin" | "minNoticeMin" | "horizonDays" | "slotStepMin" | "requestExpiryHours";

const numberFields: { key: NumberKey; label: string; min: number; max: number; hint: string }[] = [
  { key: "durationMin", label: "Duration (minutes)", min: 5, max: 1440, hint: "How long one job takes." },
  { key: "bufferBeforeMin", label: "Buffer before (minutes)", min: 0, max: 240, hint: "Travel or set-up time kept free before each job. Customers don't book it." },
  { key: "bufferAfterMin", label: "Buffer after (minutes)", min: 0, max: 240, hint: "Clean-up or travel time kept free after each job." },
  { key: "slotStepMin", label: "Start times every (minutes)", min: 5, max: 240, hint: "30 offers 9:00, 9:30, 10:00 …" },
  { key: "minNoticeMin", label: "Minimum notice (minutes)", min: 0, max: MAX_MIN_NOTICE_MIN, hint: "How soon before the start customers can still book; up to 30 days." },
  { key: "horizonDays", label: "Booking horizon (days)", min: 1, max: 365, hint: "How far ahead customers can book." },
];

export function ServiceSettingsForm({ serviceId, settings }: { serviceId: string; settings: ServiceSettings }) {
  const { register, handleSubmit, control, setError, reset, formState } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(UpdateServiceSettingsInput),
    defaultValues: { serviceId, ...settings },
  });
  const [status, setStatus] = useState<{ tone: "success" | "error"; message: string } | null>(null);
  const { errors } = formState;
  const [bookingMode, minNoticeMin] = useWatch({ control, name: ["bookingMode", "minNoticeMin"] });

  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    const result = await updateServiceSettingsAction(values);
    if (result.ok) {
      const { id, ...saved } = result.data;
      reset({ ...saved, serviceId: id });
      setStatus({ tone: "success", message: "Settings saved. New bookings use them; existing bookings keep theirs." });
      return;
    }
    const fields = (result.error.details as { fields?: Record<string, string[]> } | undefined)?.fields ?? {};
    for (const [key, messages] of Object.entries(fields)) setError(key as Path<FormInput>, { type: "server", message: messages[0] });
    setStatus({ tone: "error", message: Object.keys(fields).length ? "Some settings need fixing: see the messages under the fields." : result.error.message });
  });

  const hintFor = (key: NumberKey, hint: string) =>
    key === "minNoticeMin" && typeof minNoticeMin === "number" && minNoticeMin > 0 ? `${hint} Now: ${formatDuration(minNoticeMin)}.` : hint;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Service settings" className="space-y-8">
      <input type="hidden" {...register("serviceId")} />

      <fieldset className="grid gap-5 sm:grid-cols-2">
        <legend className="mb-3 text-lg font-semibold text-stone-900">Timing</legend>
        {numberFields.map(({ key, label, min, max, hint }) => (
          <Field key={key} id={key} label={label} hint={hintFor(key, hint)} error={errors[key]?.message}>
            <Input
              id={key}
              type="number"
              inputMode="numeric"
              min={min}
              max={max}
              step={1}
              invalid={Boolean(errors[key])}
              aria-describedby={describedBy(key, { error: errors[key]?.message, hint: true })}
              {...register(key, { valueAsNumber: true })}
            />
          </Field>
        ))}
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="mb-1 text-lg font-semibold text-stone-900">How customers book</legend>
        <Choice name="bookingMode" value="INSTANT" title="Instant booking" register={register}>
          Free times are confirmed at once.
        </Choice>
        <Choice name="bookingMode" value="REQUEST" title="Request to book" register={register}>
          You confirm or decline each request; the time is held meanwhile.
        </Choice>
        <FieldError message={errors.bookingMode?.message} />
        <Field
          id="requestExpiryHours"
          label="Requests lapse after (hours)"
          hint={bookingMode === "REQUEST" ? "Unanswered requests expire after this, and never after the start time." : "Used only for request-to-book."}
          error={errors.requestExpiryHours?.message}
          className="max-w-xs"
        >
          <Input
            id="requestExpiryHours"
            type="number"
            inputMode="numeric"
            min={1}
            max={168}
            step={1}
            invalid={Boolean(errors.requestExpiryHours)}
            aria-describedby={describedBy("requestExpiryHours", { error: errors.requestExpiryHours?.message, hint: true })}
            {...register("requestExpiryHours", { valueAsNumber: true })}
          />
        </Field>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="mb-1 text-lg font-semibold text-stone-900">Cancellation policy</legend>
        <p className="text-sm text-stone-600">What customers get back when they cancel. A booking keeps the policy it was made under.</p>
        {(["FLEXIBLE", "MODERATE", "STRICT"] as const).map((tier) => (
          <Choice key={tier} name="cancellationPolicy" value={tier} title={POLICY_NAMES[tier]} register={register}>
            <ul className="list-disc pl-5">
              {describePolicyRules(cancellationPolicies[tier]).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </Choice>
        ))}
        <FieldError message={errors.cancellationPolicy?.message} />
      </fieldset>

      <fieldset>
        <legend className="mb-2 text-lg font-semibold text-stone-900">Visibility</legend>
        <label className="flex items-start gap-3 text-sm text-stone-800">
          <input type="checkbox" className="mt-0.5 size-4 accent-brand-600" {...register("active")} />
          <span>
            <span className="font-medium">Accepting bookings</span>
            <span className="block text-stone-600">Paused services are hidden from your profile and cannot be booked.</span>
          </span>
        </label>
      </fieldset>

      {status ? (
        <Alert tone={status.tone} data-testid="settings-status">
          {status.message}
        </Alert>
      ) : null}
      <Button type="submit" pending={formState.isSubmitting}>
        Save settings
      </Button>
    </form>
  );
}

function Choice({ name, value, title, register, children }: {
  name: "bookingMode" | "cancellationPolicy";
  value: string;
  title: string;
  register: ReturnType<typeof useForm<FormInput, unknown, FormOutput>>["register"];
  children: ReactNode;
}) {
  const id = `${name}-${value}`;
  return (
    <div className={cn("flex items-start gap-3 rounded-lg border border-stone-200 bg-white p-4 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50")}>
      <input id={id} type="radio" value={value} className="mt-1 size-4 accent-brand-600" aria-describedby={`${id}-details`} {...register(name)} />
      <div>
        <label htmlFor={id} className="font-medium text-stone-900">
          {title}
        </label>
        <div id={`${id}-details`} className="text-sm text-stone-600">
          {children}
        </div>
      </div>
    </div>
  );
}
