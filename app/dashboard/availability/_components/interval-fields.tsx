"use client";

import { get, useFormContext, type FieldValues, type UseFieldArrayReturn } from "react-hook-form";
import { MAX_INTERVALS_PER_DAY, clockToMinute, minuteToClock } from "@/lib/availability/schemas";
import { Button } from "@/components/ui/button";
import { describedBy, FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

export const CLOCK_OPTIONS_ID = "clock-options";

/** Suggestions every half hour for the time inputs; typing any HH:MM on the 5-minute grid works too. */
export function ClockOptions() {
  return (
    <datalist id={CLOCK_OPTIONS_ID}>
      {Array.from({ length: 49 }, (_, i) => (
        <option key={i} value={minuteToClock(i * 30)} />
      ))}
    </datalist>
  );
}

/** The next interval to offer: an hour after the last one ends, four hours long, within the day. */
export function nextInterval(intervals: { end: string }[]): { start: string; end: string } {
  const lastEnd = intervals.length ? clockToMinute(intervals[intervals.length - 1].end) : null;
  if (lastEnd === null) return { start: "09:00", end: "17:00" };
  const start = Math.min(lastEnd + 60, 23 * 60);
  return { start: minuteToClock(start), end: minuteToClock(Math.min(start + 4 * 60, 24 * 60)) };
}

/** The message at a dotted path of RHF's error tree, if that node is an error (not a branch of them). */
function errorAt(errors: FieldValues, path: string): string | undefined {
  const message = (get(errors, path) as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : undefined;
}

type IntervalArray = UseFieldArrayReturn<FieldValues, string, "id">;

/**
 * From/To inputs for one day's intervals, with add and remove buttons. `name` is the field array's
 * path in the form ("weekly.2.intervals" or "intervals"); errors, from zod on the client or the
 * server action, are read at the same dotted paths.
 */
export function IntervalFields({ name, label, array }: { name: string; label: string; array: IntervalArray }) {
  const { register, formState, getValues } = useFormContext();
  const idBase = name.replaceAll(".", "-");
  const listError = errorAt(formState.errors, `${name}.root`) ?? errorAt(formState.errors, name);

  return (
    <div className="space-y-2">
      <ol className="space-y-2">
        {array.fields.map((field, index) => {
          const fieldName = `${name}.${index}`;
          const errors = { start: errorAt(formState.errors, `${fieldName}.start`), end: errorAt(formState.errors, `${fieldName}.end`) };
          const which = `${label} interval ${index + 1}`;
          return (
            <li key={field.id} className="flex flex-wrap items-start gap-2" data-testid="interval">
              {(["start", "end"] as const).map((part) => {
                const id = `${idBase}-${index}-${part}`;
                return (
                  <div key={part} className="w-28">
                    <label htmlFor={id} className="block text-xs font-medium text-stone-600">
                      <span className="sr-only">{which} </span>
                      {part === "start" ? "From" : "To"}
                    </label>
                    <Input
                      id={id}
                      list={CLOCK_OPTIONS_ID}
                      placeholder={part === "start" ? "09:00" : "17:00"}
                      autoComplete="off"
                      spellCheck={false}
                      maxLength={5}
                      className="tabular-nums"
                      invalid={Boolean(errors[part])}
                      aria-describedby={describedBy(id, { error: errors[part] })}
                      {...register(`${fieldName}.${part}`)}
                    />
                    <FieldError id={`${id}-error`} message={errors[part]} />
                  </div>
                );
              })}
              <Button variant="ghost" size="sm" className="mt-5" onClick={() => array.remove(index)} aria-label={`Remove ${which}`}>
                Remove
              </Button>
            </li>
          );
        })}
      </ol>
      <FieldError id={`${idBase}-error`} message={listError} />
      {array.fields.length < MAX_INTERVALS_PER_DAY ? (
        <Button variant="secondary" size="sm" onClick={() => array.append(nextInterval(getValues(name) ?? []))} aria-label={`Add interval to ${label}`}>
          Add interval
        </Button>
      ) : null}
    </div>
  );
}
