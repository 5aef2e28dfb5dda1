"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import type { ActionResult } from "@/lib/core/action";

const linkStyle = "text-xs font-medium text-stone-500 underline-offset-2 hover:underline";
const THANKS = "Reported. Thanks, our moderators will take a look.";

export interface ReportButtonProps {
  /** What is reported, in the form's question ("What is wrong with this review?"). */
  noun: string;
  /** Sends the report; a 409 means this viewer already reported it. */
  send: (reason: string) => Promise<ActionResult<unknown>>;
  /** Unique on the page: the reason field's id. */
  formId: string;
  /** Already reported by this viewer (known when the page rendered). */
  reported?: boolean;
  /** Signed-out visitors get a link to sign in instead of the form. */
  signInHref?: string | null;
  className?: string;
  /** On the line that replaces the button once reported. */
  doneTestId: string;
  wide?: boolean;
}

/** "Report": a reason, then the thing joins the admins' moderation queue (reviews, messages, bounties, profiles). */
export function ReportButton({ noun, send, formId, reported = false, signInHref = null, className, doneTestId, wide = false }: ReportButtonProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [done, setDone] = useState<string | null>(reported ? THANKS : null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  if (done) {
    return (
      <p className="text-xs text-stone-500" data-testid={doneTestId}>
        {done}
      </p>
    );
  }
  if (signInHref) {
    return (
      <a href={signInHref} className={linkStyle}>
        Report
      </a>
    );
  }
  if (!open) {
    return (
      <button type="button" className={className ?? linkStyle} onClick={() => setOpen(true)}>
        Report
      </button>
    );
  }

  const submit = () =>
    startTransition(async () => {
      setError(null);
      const result = await send(reason);
      if (result.ok) setDone(THANKS);
      else if (result.error.code === "CONFLICT") setDone(`You have already reported this ${noun}.`);
      else setError((result.error.details as { fields?: Record<string, string[]> } | undefined)?.fields?.reason?.[0] ?? result.error.message);
    });

  return (
    <div className={`space-y-2 rounded-lg border border-stone-200 p-3 ${wide ? "w-full max-w-md bg-white text-stone-900" : ""}`} data-testid="report-form">
      <Field id={formId} label={`What is wrong with this ${noun}?`} error={error ?? undefined}>
        <Textarea id={formId} rows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
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
