"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { startOnboardingAction } from "../actions";

/** Gets a fresh onboarding link from the server and leaves for it (Stripe's hosted page, or test mode's return URL). */
export function SetUpPayoutsButton({ label }: { label: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function start() {
    setError(null);
    startTransition(async () => {
      const result = await startOnboardingAction({});
      if (result.ok) window.location.assign(result.data.url);
      else setError(result.error.message);
    });
  }

  return (
    <div className="space-y-3">
      <Button onClick={start} pending={pending}>
        {label}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
