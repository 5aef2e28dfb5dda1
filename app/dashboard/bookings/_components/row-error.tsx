"use client";

/**
 * Why an action on a booking row failed, beside its buttons. A stale row (someone else changed the
 * booking first) offers "Refresh list" instead of refetching on its own, which could drop the row
 * from a filtered tab and the explanation with it.
 */
export function RowError({ error, testId, onRefresh }: { error: { message: string; stale: boolean } | null; testId: string; onRefresh: () => void }) {
  if (!error) return null;
  return (
    <div className="max-w-xs text-right text-sm">
      <p role="alert" className="text-red-700" data-testid={testId}>
        {error.message}
      </p>
      {error.stale ? (
        <button type="button" className="mt-1 font-medium text-stone-700 underline hover:text-stone-900" onClick={onRefresh}>
          Refresh list
        </button>
      ) : null}
    </div>
  );
}
