import type { ComponentProps } from "react";
import { cn } from "./cn";

/** A grey placeholder block while a route streams in; size it with classes (h-4 w-40, size-10 …). */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-md bg-stone-200/80", className)} {...props} />;
}

/** The shape of a page header: a title and a line of description. */
export function SkeletonHeader() {
  return (
    <div className="mb-8 space-y-3">
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-4 w-96 max-w-full" />
    </div>
  );
}

/** Rows of a list (bookings, conversations, notifications): a title line and two shorter lines. */
export function SkeletonRows({ rows = 4 }: { rows?: number }) {
  return (
    <ul className="space-y-3">
      {Array.from({ length: rows }, (_, i) => (
        <li key={i} className="space-y-2 rounded-xl border border-stone-200 bg-white p-5 shadow-sm">
          <Skeleton className="h-5 w-48" />
          <Skeleton className="h-4 w-72 max-w-full" />
          <Skeleton className="h-4 w-40" />
        </li>
      ))}
    </ul>
  );
}

/** A grid of cards (provider and bounty listings). */
export function SkeletonCards({ cards = 6 }: { cards?: number }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {Array.from({ length: cards }, (_, i) => (
        <div key={i} className="space-y-3 rounded-xl border border-stone-200 bg-white p-5 shadow-sm">
          <div className="flex items-center gap-3">
            <Skeleton className="size-12 rounded-full" />
            <div className="flex-1 space-y-2">
              <Skeleton className="h-4 w-32" />
              <Skeleton className="h-3 w-20" />
            </div>
          </div>
          <Skeleton className="h-3 w-full" />
          <Skeleton className="h-3 w-4/5" />
        </div>
      ))}
    </div>
  );
}

/** A whole page placeholder: what loading.tsx files render. The label is for screen readers. */
export function PageSkeleton({ label, variant = "rows", width = "max-w-5xl" }: { label: string; variant?: "rows" | "cards" | "detail"; width?: string }) {
  return (
    <div className={cn("mx-auto px-4 py-10 sm:px-6", width)} role="status" aria-live="polite" data-testid="page-skeleton">
      <span className="sr-only">{label}</span>
      <SkeletonHeader />
      {variant === "cards" ? <SkeletonCards /> : null}
      {variant === "rows" ? <SkeletonRows /> : null}
      {variant === "detail" ? (
        <div className="grid gap-6 lg:grid-cols-3">
          <div className="space-y-4 lg:col-span-2">
            <Skeleton className="h-48 w-full rounded-xl" />
            <Skeleton className="h-4 w-full" />
            <Skeleton className="h-4 w-5/6" />
            <Skeleton className="h-4 w-2/3" />
          </div>
          <Skeleton className="h-64 w-full rounded-xl" />
        </div>
      ) : null}
    </div>
  );
}
