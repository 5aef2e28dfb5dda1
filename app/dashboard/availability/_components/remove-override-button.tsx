"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { removeDateOverrideAction } from "../actions";

/** Removes one date's override; the list reloads through the action's revalidation. */
export function RemoveOverrideButton({ date, label }: { date: string; label: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="danger"
        size="sm"
        pending={pending}
        aria-label={`Remove ${label}`}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await removeDateOverrideAction({ date });
            if (!result.ok) setError(result.error.message);
          })
        }
      >
        Remove
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
