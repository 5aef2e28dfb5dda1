"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { offerGapAction } from "../actions";

type Fields = { date?: string; startTime?: string; endTime?: string };

export function OfferGapForm({ timeZone }: { timeZone: string }) {
  const router = useRouter();
  const [values, setValues] = useState({ date: "", startTime: "", endTime: "" });
  const [errors, setErrors] = useState<Fields>({});
  const [message, setMessage] = useState<{ tone: "success" | "info" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setErrors({});
    setMessage(null);
    const result = await offerGapAction(values);
    setPending(false);
    if (result.ok) {
      setMessage(
        result.data.offered > 0
          ? { tone: "success", text: `Offered to ${result.data.offered} waiting customer${result.data.offered === 1 ? "" : "s"}.` }
          : { tone: "info", text: "Nobody on the waitlist fits that time." },
      );
      router.refresh();
      return;
    }
    const fields = (result.error.details as { fields?: Record<string, string[]> } | undefined)?.fields ?? {};
    const shown: Fields = { date: fields.date?.[0], startTime: fields.startTime?.[0], endTime: fields.endTime?.[0] };
    setErrors(shown);
    if (!shown.date && !shown.startTime && !shown.endTime) setMessage({ tone: "error", text: result.error.message });
  }

  const set = (name: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [name]: e.target.value }));
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Offer a free gap" className="space-y-4">
      <p className="text-sm text-stone-600">A free interval of your day ({timeZone} time): waiting customers whose service and window fit get it, in order.</p>
      {message ? <Alert tone={message.tone} title={message.text} /> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="gap-date" label="Day" error={errors.date}>
          <Input id="gap-date" type="date" value={values.date} onChange={set("date")} invalid={Boolean(errors.date)} aria-describedby={describedBy("gap-date", { error: errors.date })} />
        </Field>
        <Field id="gap-start" label="From" error={errors.startTime}>
          <Input id="gap-start" type="time" value={values.startTime} onChange={set("startTime")} invalid={Boolean(errors.startTime)} aria-describedby={describedBy("gap-start", { error: errors.startTime })} />
        </Field>
        <Field id="gap-end" label="Until" error={errors.endTime}>
          <Input id="gap-end" type="time" value={values.endTime} onChange={set("endTime")} invalid={Boolean(errors.endTime)} aria-describedby={describedBy("gap-end", { error: errors.endTime })} />
        </Field>
      </div>
      <Button type="submit" pending={pending}>
        Offer this gap
      </Button>
    </form>
  );
}
