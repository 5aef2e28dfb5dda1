"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { setFillGapsAction } from "../actions";

export function FillGapsToggle({ enabled }: { enabled: boolean }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-wrap items-center justify-between gap-4">
      <div>
        <p className="font-medium text-stone-900">Fill gaps: {enabled ? "on" : "off"}</p>
        <p className="text-sm text-stone-600">When a booking is cancelled, offer the free gap around it to customers waiting for shorter services too.</p>
        {error ? (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </div>
      <Button
        variant="secondary"
        size="sm"
        pending={pending}
        aria-pressed={enabled}
        onClick={async () => {
          setPending(true);
          const result = await setFillGapsAction({ enabled: !enabled });
          setPending(false);
          if (result.ok) router.refresh();
          else setError(result.error.message);
        }}
      >
        {enabled ? "Turn off" : "Turn on"}
      </Button>
    </div>
  );
}
