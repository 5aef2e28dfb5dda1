"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { FormProvider, useFieldArray, useForm, useFormContext, type FieldValues } from "react-hook-form";
import type { z } from "zod";
import { WeeklyHoursInput } from "@/lib/availability/schemas";
import type { WeeklyDayDto } from "@/lib/availability/dto";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { saveWeeklyHoursAction } from "../actions";
import { ClockOptions, IntervalFields } from "./interval-fields";
import { applyServerErrors } from "./server-errors";
import { WEEKDAY_NAMES } from "./weekdays";

type FormInput = z.input<typeof WeeklyHoursInput>;
type FormOutput = z.output<typeof WeeklyHoursInput>;

/** Weekly opening hours: per weekday, closed or one or more intervals. Saved all at once. */
export function WeeklyHoursForm({ weekly, timeZone }: { weekly: WeeklyDayDto[]; timeZone: string }) {
  const form = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(WeeklyHoursInput), defaultValues: { weekly } });
  const [status, setStatus] = useState<{ tone: "success" | "error"; message: string } | null>(null);

  const onSubmit = form.handleSubmit(
    async (values) => {
      setStatus(null);
      const result = await saveWeeklyHoursAction(values);
      if (result.ok) {
        form.reset({ weekly: result.data.weekly });
        setStatus({ tone: "success", message: `Hours saved. Times are in ${timeZone}.` });
        return;
      }
      const unshown = applyServerErrors(result.error, form.setError, (path) => path.startsWith("weekly."));
      setStatus({ tone: "error", message: unshown ?? "Some hours need fixing: see the messages under the fields." });
    },
    () => setStatus({ tone: "error", message: "Some hours need fixing: see the messages under the fields." }),
  );

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label="Weekly hours" className="space-y-4">
        <ClockOptions />
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white shadow-sm">
          {weekly.map((day, index) => (
            <DayRow key={day.weekday} index={index} weekday={day.weekday} />
          ))}
        </ul>
        {status ? (
          <Alert tone={status.tone} data-testid="weekly-status">
            {status.message}
          </Alert>
        ) : null}
        <Button type="submit" pending={form.formState.isSubmitting}>
          Save hours
        </Button>
      </form>
    </FormProvider>
  );
}

function DayRow({ index, weekday }: { index: number; weekday: number }) {
  const name = WEEKDAY_NAMES[weekday];
  const { control } = useFormContext<FieldValues>();
  const array = useFieldArray({ control, name: `weekly.${index}.intervals` });
  const closed = array.fields.length === 0;
  const toggleId = `weekday-${weekday}-closed`;

  return (
    <li className="grid gap-3 p-4 sm:grid-cols-[10rem_1fr]" data-testid="weekday" data-weekday={weekday}>
      <div>
        <p className="font-medium text-stone-900" id={`weekday-${weekday}-name`}>
          {name}
        </p>
        <label htmlFor={toggleId} className="mt-1 inline-flex items-center gap-2 text-sm text-stone-700">
          <input
            id={toggleId}
            type="checkbox"
            className="size-4 rounded border-stone-300 accent-brand-600"
            checked={closed}
            onChange={(event) => (event.target.checked ? array.replace([]) : array.replace([{ start: "09:00", end: "17:00" }]))}
          />
          <span className="sr-only">{name} </span>Closed
        </label>
      </div>
      {closed ? (
        <p className="self-center text-sm text-stone-500">Closed all day</p>
      ) : (
        <IntervalFields name={`weekly.${index}.intervals`} label={name} array={array} />
      )}
    </li>
  );
}
