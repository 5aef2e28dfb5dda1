"use client";

import { useRouter } from "next/navigation";
import type { ShownError } from "./action-errors";

/** A failed action's sentence under its button, with a refresh link when the bounty moved on. */
export function ActionErrorText({ error, testId = "action-error" }: { error: ShownError | null; testId?: string }) {
  const router = useRouter();
  if (!error) return null;
  return (
    <div className="text-sm">
      <p role="alert" className="text-red-700" data-testid={testId}>
        {error.message}
      </p>
      {error.stale ? (
        <button type="button" className="mt-1 font-medium text-stone-700 underline hover:text-stone-900" onClick={() => router.refresh()}>
          Refresh
        </button>
      ) : null}
    </div>
  );
}
