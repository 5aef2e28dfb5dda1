"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { PolicySnapshot } from "@/lib/bookings/cancellation-policy";
import { lifecycleErrorMessage } from "@/components/bookings/lifecycle-error";
import { describeQuote, type CancellationQuote } from "@/components/bookings/policy-words";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { cancelBookingAction, quoteCancellationAction } from "../../actions";
import { toast } from "sonner";

type Step = { kind: "closed" } | { kind: "quoting" } | { kind: "confirm"; quote: CancellationQuote };

/**
 * Cancel in two steps: first the refund this policy gives right now (asked fresh from the
 * server), then "Confirm cancellation". The page re-renders with the stored refund afterwards.
 */
export function CancelBooking({ bookingId, status, policy }: { bookingId: string; status: string; policy: PolicySnapshot | null }) {
  const router = useRouter();
  const [step, setStep] = useState<Step>({ kind: "closed" });
  const [reason, setReason] = useState("");
  const [error, setError] = useState<{ message: string; stale: boolean } | null>(null);
  const [pending, startTransition] = useTransition();

  function open() {
    setError(null);
    setStep({ kind: "quoting" });
    startTransition(async () => {
      const result = await quoteCancellationAction({ bookingId });
      if (!result.ok) {
        setStep({ kind: "closed" });
        setError(lifecycleErrorMessage(result.error, "cancelled"));
      } else if (!result.data.cancellable) {
        setStep({ kind: "closed" });
        setError({ message: "This booking can no longer be cancelled.", stale: true });
      } else {
        setStep({ kind: "confirm", quote: result.data });
      }
    });
  }

  function confirm() {
    setError(null);
    startTransition(async () => {
      const trimmed = reason.trim();
      const result = await cancelBookingAction({ bookingId, reason: trimmed ? trimmed : undefined });
      // On success the action revalidates this page, which then shows the refund.
      if (result.ok) toast.success("Booking cancelled.");
      else setError(lifecycleErrorMessage(result.error, "cancelled"));
    });
  }

  return (
    <div className="space-y-3" data-testid="cancel-booking">
      {step.kind === "confirm" ? (
        <div className="space-y-4 rounded-lg border border-red-200 bg-red-50/40 p-4">
          <p className="text-sm text-stone-900" data-testid="cancel-quote" data-refund={step.quote.refundAmount}>
            {describeQuote(step.quote, status, policy)}
          </p>
          <Field id="cancel-reason" label="Reason (optional)" hint="Shared with the provider.">
            <Textarea id="cancel-reason" rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby="cancel-reason-hint" />
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button variant="danger" onClick={confirm} pending={pending}>
              Confirm cancellation
            </Button>
            <Button variant="ghost" onClick={() => setStep({ kind: "closed" })} disabled={pending}>
              Keep booking
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="danger" onClick={open} pending={step.kind === "quoting"}>
          Cancel booking
        </Button>
      )}
      {error ? (
        <div className="text-sm">
          <p role="alert" className="text-red-700" data-testid="cancel-error">
            {error.message}
          </p>
          {error.stale ? (
            <button type="button" className="mt-1 font-medium text-stone-700 underline hover:text-stone-900" onClick={() => router.refresh()}>
              Refresh
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
