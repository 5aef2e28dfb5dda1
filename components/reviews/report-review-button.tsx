"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { reportReviewAction } from "./actions";

/** "Report": a reason, then the review joins the admins' moderation queue. Signed-out visitors are sent to sign in. */
export function ReportReviewButton({ reviewId, reported, signInHref }: { reviewId: string; reported: boolean; signInHref: string | null }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [done, setDone] = useState(reported);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  if (done) {
    return (
      <p className="text-xs text-stone-500" data-testid="review-reported">
        Reported. Thanks, our moderators will take a look.
      </p>
    );
  }
  if (signInHref) {
    return (
      <a href={signInHref} className="text-xs font-medium text-stone-500 underline-offset-2 hover:underline">
        Report
      </a>
    );
  }
  if (!open) {
    return (
      <button type="button" className="text-xs font-medium text-stone-500 underline-offset-2 hover:underline" onClick={() => setOpen(true)}>
        Report
      </button>
    );
  }

  const submit = () =>
    startTransition(async () => {
      setError(null);
      const result = await reportReviewAction({ reviewId, reason });
      if (result.ok) setDone(true);
      else setError((result.error.details as { fields?: Record<string, string[]> } | undefined)?.fields?.reason?.[0] ?? result.error.message);
    });

  const id = `report-${reviewId}`;
  return (
    <div className="space-y-2 rounded-lg border border-stone-200 p-3" data-testid="report-form">
      <Field id={id} label="What is wrong with this review?" error={error ?? undefined}>
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
