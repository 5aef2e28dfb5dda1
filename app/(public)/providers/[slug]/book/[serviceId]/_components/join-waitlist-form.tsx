"use client";

import { useState } from "react";
import Link from "next/link";
import { joinWaitlistAction } from "@/app/account/waitlist/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type Fields = { date?: string; startTime?: string; endTime?: string };

/**
 * "No time that fits?": the customer waits for a day, optionally a window, in the provider's zone.
 * When a booking there is cancelled, the freed time is held for them in turn (docs/waitlist.md).
 */
export function JoinWaitlistForm({ serviceId, providerTimeZone }: { serviceId: string; providerTimeZone: string }) {
  const [values, setValues] = useState({ date: "", startTime: "", endTime: "" });
  const [errors, setErrors] = useState<Fields>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [joined, setJoined] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setErrors({});
    setFormError(null);
    const result = await joinWaitlistAction({ serviceId, ...values });
    setPending(false);
    if (result.ok) {
      setJoined(true);
      return;
    }
    const fields = (result.error.details as { fields?: Record<string, string[]> } | undefined)?.fields ?? {};
    const shown: Fields = { date: fields.date?.[0], startTime: fields.startTime?.[0], endTime: fields.endTime?.[0] };
    setErrors(shown);
    if (!shown.date && !shown.startTime && !shown.endTime) setFormError(result.error.message);
  }

  if (joined) {
    return (
      <Alert tone="success" title="You're on the waitlist" data-testid="waitlist-joined">
        <p>
          If a time opens up, we hold it for you and let you know. See your waitlist in{" "}
          <Link href="/account/waitlist" className="font-medium underline">
            your account
          </Link>
          .
        </p>
      </Alert>
    );
  }

  const set = (name: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [name]: e.target.value }));
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Join the waitlist" className="space-y-4">
      <p className="text-sm text-stone-600">
        No time that fits? Join the waitlist for a day, and optionally a time window ({providerTimeZone} time). When a booking frees up, it is
        held for you for a short time.
      </p>
      {formError ? <Alert tone="error" title={formError} /> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="waitlist-date" label="Day" error={errors.date}>
          <Input id="waitlist-date" type="date" value={values.date} onChange={set("date")} invalid={Boolean(errors.date)} aria-describedby={describedBy("waitlist-date", { error: errors.date })} />
        </Field>
        <Field id="waitlist-start" label="From (optional)" error={errors.startTime}>
          <Input id="waitlist-start" type="time" value={values.startTime} onChange={set("startTime")} invalid={Boolean(errors.startTime)} aria-describedby={describedBy("waitlist-start", { error: errors.startTime })} />
        </Field>
        <Field id="waitlist-end" label="Until (optional)" error={errors.endTime}>
          <Input id="waitlist-end" type="time" value={values.endTime} onChange={set("endTime")} invalid={Boolean(errors.endTime)} aria-describedby={describedBy("waitlist-end", { error: errors.endTime })} />
        </Field>
      </div>
      <Button type="submit" variant="secondary" pending={pending}>
        Join the waitlist
      </Button>
    </form>
  );
}
