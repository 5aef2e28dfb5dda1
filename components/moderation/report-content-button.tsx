"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { reportBountyAction, reportMessageAction, reportProviderAction } from "./actions";

const actions = { MESSAGE: reportMessageAction, BOUNTY: reportBountyAction, PROVIDER_PROFILE: reportProviderAction } as const;
const labels = { MESSAGE: "message", BOUNTY: "bounty", PROVIDER_PROFILE: "profile" } as const;

/**
 * "Report": a reason, then the thing joins the admins' moderation queue. Signed-in only (the pages
 * render it for signed-in viewers). A repeat report answers 409, shown as "already reported".
 */
export function ReportContentButton({ kind, targetId, className }: { kind: keyof typeof actions; targetId: string; className?: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const label = labels[kind];

  if (done) {
    return (
      <p className="text-xs text-stone-500" data-testid="content-reported">
        {done}
      </p>
    );
  }
  if (!open) {
    return (
      <button type="button" className={className ?? "text-xs font-medium text-stone-500 underline-offset-2 hover:underline"} onClick={() => setOpen(true)}>
        Report
      </button>
    );
  }

  const submit = () =>
    startTransition(async () => {
      setError(null);
      const result = await actions[kind]({ targetId, reason });
      if (result.ok) setDone("Reported. Thanks, our moderators will take a look.");
      else if (result.error.code === "CONFLICT") setDone(`You have already reported this ${label}.`);
      else setError((result.error.details as { fields?: Record<string, string[]> } | undefined)?.fields?.reason?.[0] ?? result.error.message);
    });

  const id = `report-${kind}-${targetId}`;
  return (
    <div className="w-full max-w-md space-y-2 rounded-lg border border-stone-200 bg-white p-3 text-stone-900" data-testid="report-form">
      <Field id={id} label={`What is wrong with this ${label}?`} error={error ?? undefined}>
        <Textarea id={id} rows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <div className="flex gap-2">
        <Button size="sm" variant="danger" onClick={submit} pending={pending}>
          Send report
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)} disabled={pending}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
