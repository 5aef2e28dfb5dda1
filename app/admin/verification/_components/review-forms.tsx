"use client";

import type { FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { useRefreshingAction } from "@/components/ui/use-refreshing-action";
import { approveVerificationDocumentAction, rejectVerificationDocumentAction } from "../actions";

export function ReviewForms({ documentId }: { documentId: string }) {
  const approve = useRefreshingAction();
  const reject = useRefreshingAction();
  const expiryId = `expires-${documentId}`;
  const reasonId = `reason-${documentId}`;
  const expiryError = approve.fields.expiresAt?.[0];
  const reasonError = reject.fields.reason?.[0];

  function onApprove(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const expiresAt = String(new FormData(event.currentTarget).get("expiresAt") ?? "");
    void approve.run(() => approveVerificationDocumentAction({ documentId, expiresAt }));
  }
  function onReject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("reason") ?? "");
    void reject.run(() => rejectVerificationDocumentAction({ documentId, reason }));
  }

  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <form onSubmit={onApprove} noValidate className="space-y-3" aria-label="Approve the document" data-testid="approve-form">
        <Field id={expiryId} label="Valid until" hint="The expiry printed on the document; the badge lapses at the end of that day (UTC)." error={expiryError}>
          <Input id={expiryId} name="expiresAt" type="date" invalid={Boolean(expiryError)} aria-describedby={describedBy(expiryId, { error: expiryError, hint: true })} />
        </Field>
        <Button type="submit" pending={approve.pending} data-testid="approve-document">
          Approve
        </Button>
        {approve.message ? <Alert tone="error">{approve.message}</Alert> : null}
      </form>
      <form onSubmit={onReject} noValidate className="space-y-3" aria-label="Reject the document" data-testid="reject-form">
        <Field id={reasonId} label="Reason for rejecting" hint="The provider is told this." error={reasonError}>
          <Textarea id={reasonId} name="reason" rows={2} invalid={Boolean(reasonError)} aria-describedby={describedBy(reasonId, { error: reasonError, hint: true })} />
        </Field>
        <Button type="submit" variant="secondary" pending={reject.pending} data-testid="reject-document">
          Reject
        </Button>
        {reject.message ? <Alert tone="error">{reject.message}</Alert> : null}
      </form>
    </div>
  );
}
