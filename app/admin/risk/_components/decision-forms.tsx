"use client";

import type { FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { useRefreshingAction } from "@/components/ui/use-refreshing-action";
import { approveRiskHoldAction, rejectRiskHoldAction } from "../actions";

export function DecisionForms({ assessmentId }: { assessmentId: string }) {
  const approve = useRefreshingAction();
  const reject = useRefreshingAction();
  const approveNoteId = `approve-note-${assessmentId}`;
  const rejectNoteId = `reject-note-${assessmentId}`;
  const approveError = approve.fields.note?.[0];
  const rejectError = reject.fields.note?.[0];

  function onApprove(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const note = String(new FormData(event.currentTarget).get("note") ?? "");
    void approve.run(() => approveRiskHoldAction({ assessmentId, note: note || undefined }));
  }
  function onReject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const note = String(new FormData(event.currentTarget).get("note") ?? "");
    void reject.run(() => rejectRiskHoldAction({ assessmentId, note }));
  }

  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <form onSubmit={onApprove} noValidate className="space-y-3" aria-label="Approve the hold" data-testid="approve-hold-form">
        <Field id={approveNoteId} label="Note (optional)" hint="Kept in the audit log." error={approveError}>
          <Input id={approveNoteId} name="note" invalid={Boolean(approveError)} aria-describedby={describedBy(approveNoteId, { error: approveError, hint: true })} />
        </Field>
        <Button type="submit" pending={approve.pending} data-testid="approve-hold">
          Approve
        </Button>
        {approve.message ? <Alert tone="error">{approve.message}</Alert> : null}
      </form>
      <form onSubmit={onReject} noValidate className="space-y-3" aria-label="Reject the hold" data-testid="reject-hold-form">
        <Field id={rejectNoteId} label="Reason for rejecting" hint="The user is told this." error={rejectError}>
          <Textarea id={rejectNoteId} name="note" rows={2} invalid={Boolean(rejectError)} aria-describedby={describedBy(rejectNoteId, { error: rejectError, hint: true })} />
        </Field>
        <Button type="submit" variant="secondary" pending={reject.pending} data-testid="reject-hold">
          Reject
        </Button>
        {reject.message ? <Alert tone="error">{reject.message}</Alert> : null}
      </form>
    </div>
  );
}
