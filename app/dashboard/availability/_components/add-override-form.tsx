"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { FormProvider, useFieldArray, useForm, useWatch, type FieldValues, type UseFieldArrayReturn } from "react-hook-form";
import type { z } from "zod";
import { DateOverrideInput } from "@/lib/availability/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { setDateOverrideAction } from "../actions";
import { formatLocalDate } from "./format-date";
import { ClockOptions, IntervalFields } from "./interval-fields";
import { applyServerErrors } from "./server-errors";

type FormInput = z.input<typeof DateOverrideInput>;
type FormOutput = z.output<typeof DateOverrideInput>;

const empty: FormInput = { date: "", closed: true, intervals: [] };

/** One date: closed all day, or special hours that replace the weekly hours for that date. */
export function AddOverrideForm({ today, takenDates }: { today: string; takenDates: string[] }) {
  const form = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(DateOverrideInput), defaultValues: empty });
  const array = useFieldArray({ control: form.control, name: "intervals" });
  const [closed, date] = useWatch({ control: form.control, name: ["closed", "date"] });
  const [status, setStatus] = useState<{ tone: "success" | "error"; message: string } | null>(null);

  function choose(nextClosed: boolean) {
    form.setValue("closed", nextClosed);
    array.replace(nextClosed ? [] : [{ start: "09:00", end: "17:00" }]);
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setStatus(null);
    const result = await setDateOverrideAction(values);
    if (result.ok) {
      form.reset(empty);
      const what = result.data.closed ? "closed all day" : `open ${result.data.intervals.map((i) => `${i.start}–${i.end}`).join(", ")}`;
      setStatus({ tone: "success", message: `${formatLocalDate(result.data.date)}: ${what}.` });
      return;
    }
    const unshown = applyServerErrors(result.error, form.setError, (path) => path === "date" || path.startsWith("intervals"));
    if (unshown) setStatus({ tone: "error", message: unshown });
  });

  const dateError = form.formState.errors.date?.message;
  const replaces = date && takenDates.includes(date);

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label="Add a day off or special hours" className="space-y-4 rounded-xl border border-stone-200 bg-white p-5 shadow-sm">
        <ClockOptions />
        <Field
          id="override-date"
          label="Date"
          hint={replaces ? "This date already has special hours: saving replaces them." : undefined}
          error={dateError}
          className="max-w-xs"
        >
          <Input
            id="override-date"
            type="date"
            min={today}
            invalid={Boolean(dateError)}
            aria-describedby={describedBy("override-date", { error: dateError, hint: replaces || undefined })}
            {...form.register("date")}
          />
        </Field>

        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-stone-800">That day</legend>
          <label className="flex items-center gap-2 text-sm text-stone-800">
            <input type="radio" name="override-kind" className="size-4 accent-brand-600" checked={closed} onChange={() => choose(true)} />
            Closed all day
          </label>
          <label className="flex items-center gap-2 text-sm text-stone-800">
            <input type="radio" name="override-kind" className="size-4 accent-brand-600" checked={!closed} onChange={() => choose(false)} />
            Custom hours
          </label>
        </fieldset>

        {closed ? null : <IntervalFields name="intervals" label="Special hours" array={array as unknown as UseFieldArrayReturn<FieldValues, string, "id">} />}

        {status ? (
          <Alert tone={status.tone} data-testid="override-status">
            {status.message}
          </Alert>
        ) : null}
        <Button type="submit" pending={form.formState.isSubmitting}>
          {closed ? "Add day off" : "Add special hours"}
        </Button>
      </form>
    </FormProvider>
  );
}
