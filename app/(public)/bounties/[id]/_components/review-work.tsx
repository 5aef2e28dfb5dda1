"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { RequestChangesInput } from "@/lib/bounties/schemas";
import { applyFieldErrors, bountyErrorMessage, type ShownError } from "@/components/bounties/action-errors";
import { ActionErrorText } from "@/components/bounties/action-error-text";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { describedBy, Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { approveWorkAction, requestChangesAction } from "../../actions";
import { toast } from "sonner";

/** The poster's answer to submitted work: approve (releases the escrow) or ask for changes (a limited number of times). */
export function ReviewWork({
  bountyId,
  canApprove,
  canRequestChanges,
  changesLeft,
  payout,
}: {
  bountyId: string;
  canApprove: boolean;
  canRequestChanges: boolean;
  changesLeft: number;
  /** "$150", or null for honor. */
  payout: string | null;
}) {
  const [mode, setMode] = useState<"idle" | "approve" | "changes">("idle");
  const [error, setError] = useState<ShownError | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<z.input<typeof RequestChangesInput>, unknown, z.output<typeof RequestChangesInput>>({
    resolver: zodResolver(RequestChangesInput),
    defaultValues: { bountyId, reason: "" },
  });
  const { errors, isSubmitting } = form.formState;

  function approve() {
    setError(null);
    startTransition(async () => {
      const result = await approveWorkAction({ bountyId });
      if (result.ok) toast.success("Work approved.");
      else setError(bountyErrorMessage(result.error));
    });
  }

  const requestChanges = form.handleSubmit(async (values) => {
    setError(null);
    const result = await requestChangesAction(values);
    if (result.ok) {
      toast.success("Changes requested.");
      return setMode("idle");
    }
    if (!applyFieldErrors(result.error, ["reason"] as const, form.setError)) setError(bountyErrorMessage(result.error));
  });

  return (
    <Card className="space-y-4 p-5" data-testid="review-work">
      <h2 className="text-lg font-semibold text-stone-900">Review the work</h2>
      {mode === "approve" ? (
        <div className="space-y-3 rounded-lg border border-emerald-200 bg-emerald-50/50 p-4">
          <p className="text-sm text-stone-900">
            {payout ? `Approving releases ${payout} from escrow to the provider. This cannot be undone.` : "Approving completes the bounty."}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button onClick={approve} pending={pending} data-testid="confirm-approve">
              {payout ? `Approve and release ${payout}` : "Approve"}
            </Button>
            <Button variant="ghost" onClick={() => setMode("idle")} disabled={pending}>
              Not yet
            </Button>
          </div>
        </div>
      ) : null}
      {mode === "changes" ? (
        <form onSubmit={requestChanges} noValidate className="space-y-3" aria-label="Request changes">
          <Field id="changes-reason" label="What should change?" hint={`You can ask for changes ${changesLeft} more ${changesLeft === 1 ? "time" : "times"}.`} error={errors.reason?.message}>
            <Textarea id="changes-reason" rows={3} invalid={Boolean(errors.reason)} aria-describedby={describedBy("changes-reason", { error: errors.reason?.message, hint: true })} {...form.register("reason")} />
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="secondary" pending={isSubmitting}>
              Send to the provider
            </Button>
            <Button variant="ghost" onClick={() => setMode("idle")} disabled={isSubmitting}>
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
      {mode === "idle" ? (
        <div className="flex flex-wrap gap-2">
          {canApprove ? (
            <Button onClick={() => setMode("approve")} data-testid="approve-work">
              Approve work
            </Button>
          ) : null}
          {canRequestChanges ? (
            <Button variant="secondary" onClick={() => setMode("changes")}>
              Request changes
            </Button>
          ) : (
            <p className="self-center text-sm text-stone-600">You&apos;ve used all your change requests; approve the work or open a dispute.</p>
          )}
        </div>
      ) : null}
      <ActionErrorText error={error} />
    </Card>
  );
}
