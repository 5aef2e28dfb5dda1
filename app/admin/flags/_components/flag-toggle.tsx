"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useRefreshingAction } from "@/components/ui/use-refreshing-action";
import type { FlagKey } from "@/lib/flags/catalog";
import { setFeatureFlagAction } from "../actions";

/** Turns one flag on or off; the reason is required and kept in the audit log. */
export function FlagToggle({ flagKey, enabled }: { flagKey: FlagKey; enabled: boolean }) {
  const [reason, setReason] = useState("");
  const { fields, message, pending, run } = useRefreshingAction();
  const error = fields.reason?.[0] ?? message;
  const id = `reason-${flagKey.replace(/\W/g, "-")}`;

  const flip = async () => {
    if (await run(() => setFeatureFlagAction({ key: flagKey, enabled: !enabled, reason }))) setReason("");
  };

  return (
    <div className="flex flex-wrap items-center gap-2 border-t border-stone-200 pt-3" data-testid="flag-toggle">
      <label htmlFor={id} className="sr-only">
        Reason for the audit log
      </label>
      <Input id={id} className="h-8 max-w-sm" placeholder="Reason (required)" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      <Button size="sm" variant={enabled ? "danger" : "primary"} onClick={flip} pending={pending}>
        {enabled ? "Turn off" : "Turn on"}
      </Button>
      {error ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
