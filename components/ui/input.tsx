import type { ComponentProps } from "react";
import { cn } from "./cn";

// focus-within, not focus: a date input's calendar button is focused inside the input's own
// shadow tree, where the input itself no longer matches :focus and would lose its ring.
const control =
  "block w-full rounded-lg border bg-white px-3 text-sm text-stone-900 shadow-sm placeholder:text-stone-400 focus-within:outline-2 focus-within:outline-offset-0 focus-within:outline-brand-600 disabled:bg-stone-100";

function border(invalid: boolean | undefined) {
  return invalid ? "border-red-400" : "border-stone-300";
}

/** `invalid` sets aria-invalid and the red border; React 19 passes `ref` through props, so RHF's register works. */
export function Input({ invalid, className, ...props }: ComponentProps<"input"> & { invalid?: boolean }) {
  return <input aria-invalid={invalid || undefined} className={cn(control, "h-10", border(invalid), className)} {...props} />;
}

export function Textarea({ invalid, className, rows = 4, ...props }: ComponentProps<"textarea"> & { invalid?: boolean }) {
  return <textarea rows={rows} aria-invalid={invalid || undefined} className={cn(control, "py-2", border(invalid), className)} {...props} />;
}

export function NativeSelect({ invalid, className, ...props }: ComponentProps<"select"> & { invalid?: boolean }) {
  return <select aria-invalid={invalid || undefined} className={cn(control, "h-10 pr-8", border(invalid), className)} {...props} />;
}
