"use client";

import { cn } from "@/components/ui/cn";

/**
 * Five radio buttons drawn as stars. Each is a real radio labelled "1 star" … "5 stars", so
 * keyboards, screen readers and tests use them like any radio group. Controlled, because the
 * form wants a number and a radio only ever gives strings.
 */
export function StarRatingInput({
  name,
  legend,
  value,
  onChange,
  onBlur,
  error,
  size = "md",
}: {
  name: string;
  legend: string;
  value: number | undefined;
  onChange: (stars: number) => void;
  onBlur?: () => void;
  error?: string;
  size?: "sm" | "md";
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset className="space-y-1" aria-describedby={error ? errorId : undefined} data-testid={`stars-${name}`}>
      <legend className="text-sm font-medium text-stone-800">{legend}</legend>
      <div className="flex items-center gap-1">
        {[1, 2, 3, 4, 5].map((stars) => (
          <label key={stars} className="relative cursor-pointer rounded focus-within:outline-2 focus-within:outline-brand-600" title={`${stars} ${stars === 1 ? "star" : "stars"}`}>
            <input type="radio" name={name} value={stars} checked={value === stars} onChange={() => onChange(stars)} onBlur={onBlur} className="sr-only" />
            <span className="sr-only">{`${stars} ${stars === 1 ? "star" : "stars"}`}</span>
            <svg viewBox="0 0 20 20" aria-hidden="true" className={cn("pointer-events-none", size === "sm" ? "size-5" : "size-7", value !== undefined && stars <= value ? "text-amber-500" : "text-stone-300")}>
              <path d="M10 1.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L10 14.9l-5.2 2.7 1-5.8L1.5 7.7l5.9-.9L10 1.5z" fill="currentColor" />
            </svg>
          </label>
        ))}
        {value ? <span className="ml-2 text-sm text-stone-600">{value} / 5</span> : null}
      </div>
      {error ? (
        <p id={errorId} className="text-sm text-red-700" data-testid="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
