"use client";

import { useState, useTransition } from "react";
import type { ActionError } from "@/lib/core/action";
import { bountyErrorMessage, type ShownError } from "@/components/bounties/action-errors";
import { ActionErrorText } from "@/components/bounties/action-error-text";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";

/**
 * A button that opens an inline confirmation with a reason box, for the cancel and dispute flows.
 * `minReason` mirrors the schema's rule, so the first failure is caught before the round trip.
 */
export function ReasonDialog({
  id,
  trigger,
  confirm,
  explanation,
  reasonLabel,
  minReason = 0,
  tone = "danger",
  onConfirm,
  testId,
}: {
  id: string;
  trigger: string;
  confirm: string;
  explanation: React.ReactNode;
  reasonLabel: string;
  minReason?: number;
  tone?: "danger" | "secondary";
  onConfirm: (reason: string | undefined) => Promise<{ ok: true } | { ok: false; error: ActionError }>;
  testId: string;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<ShownError | null>(null);
  const [pending, startTransition] = useTransition();

  function submit() {
    const trimmed = reason.trim();
    setError(null);
    setFieldError(undefined);
    if (trimmed.length < minReason) {
      setFieldError(`Please write at least ${minReason} characters.`);
      return;
    }
    startTransition(async () => {
      const result = await onConfirm(trimmed || undefined);
      if (result.ok) {
        setOpen(false);
        return;
      }
      const first = Object.values((result.error.details as { fields?: Record<string, string[]> } | undefined)?.fields ?? {})[0]?.[0];
      if (result.error.code === "VALIDATION_FAILED" && first) setFieldError(first);
      else setError(bountyErrorMessage(result.error));
    });
  }

  return (
    <div className="space-y-3" data-testid={testId}>
      {open ? (
        <div className="space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-4">
          <div className="text-sm text-stone-800">{explanation}</div>
          <Field id={id} label={reasonLabel} error={fieldError}>
            <Textarea id={id} rows={3} maxLength={5000} value={reason} onChange={(e) => setReason(e.target.value)} invalid={Boolean(fieldError)} aria-describedby={fieldError ? `${id}-error` : undefined} />
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button variant={tone} onClick={submit} pending={pending} data-testid={`${testId}-confirm`}>
              {confirm}
            </Button>
            <Button variant="ghost" onClick={() => setOpen(false)} disabled={pending}>
              Back
            </Button>
          </div>
        </div>
      ) : (
        <Button variant={tone} onClick={() => setOpen(true)}>
          {trigger}
        </Button>
      )}
      <ActionErrorText error={error} />
    </div>
  );
}
