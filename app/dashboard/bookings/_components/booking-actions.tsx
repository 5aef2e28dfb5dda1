"use client";

import { useId, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/core/action";
import type { AllowedBookingActions } from "@/lib/bookings/policies";
import { toastResult } from "@/components/ui/toast-result";
import { lifecycleErrorMessage, type LifecycleVerb } from "@/components/bookings/lifecycle-error";
import { Button, ButtonLink } from "@/components/ui/button";
import { formatMoney } from "@/components/ui/format";
import { Textarea } from "@/components/ui/input";
import { completeBookingAction, markNoShowAction, providerCancelBookingAction } from "../actions";
import { useRefreshProviderBookings } from "./provider-bookings-query";
import { RowError } from "./row-error";

type Mode = "idle" | "cancel" | "no-show";

/**
 * What a provider can do with a confirmed booking, as the booking's `allowed` flags say: reschedule
 * or cancel it (a full refund for the customer) until it has ended; mark a no-show once it has
 * started and complete it once it has ended. Cancel and no-show ask twice, since neither can be undone. On success a toast says
 * so and the list is refetched; a failure is explained next to the buttons.
 */
export function BookingActions({
  bookingId,
  label,
  customerName,
  price,
  rescheduleHref,
  allowed,
}: {
  bookingId: string;
  label: string;
  customerName: string;
  price: { amount: number; currency: string };
  rescheduleHref: string | null;
  allowed: Pick<AllowedBookingActions, "reschedule" | "cancel" | "markNoShow" | "complete">;
}) {
  const refreshList = useRefreshProviderBookings();
  const reasonId = useId();
  const [mode, setMode] = useState<Mode>("idle");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<{ message: string; stale: boolean } | null>(null);
  const [pending, startTransition] = useTransition();

  function run(verb: LifecycleVerb, call: () => Promise<ActionResult<unknown>>) {
    setError(null);
    startTransition(async () => {
      // The failure is shown inline (with "Refresh list" for a stale row), so only success toasts.
      const result = toastResult(await call(), { success: `Booking ${verb}.`, error: false });
      if (result.ok) {
        setMode("idle");
        await refreshList();
      } else setError(lifecycleErrorMessage(result.error, verb));
    });
  }

  const cancel = () => run("cancelled", () => providerCancelBookingAction({ bookingId, reason: reason.trim() || undefined }));
  const noShow = () => run("marked as a no-show", () => markNoShowAction({ bookingId }));
  const complete = () => run("completed", () => completeBookingAction({ bookingId }));

  return (
    <div className="flex max-w-sm flex-col items-end gap-2" data-testid="booking-actions">
      {mode === "cancel" ? (
        <div className="w-full space-y-3 rounded-lg border border-red-200 bg-red-50/40 p-3 text-sm" data-testid="provider-cancel-panel">
          <p className="text-stone-900">
            {customerName} gets a full refund of {formatMoney(price.amount, price.currency)}, whatever the cancellation policy says, and the
            cancellation counts on your profile.
          </p>
          <label htmlFor={reasonId} className="block font-medium text-stone-800">
            Message to the customer (optional)
          </label>
          <Textarea id={reasonId} rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="flex justify-end gap-2">
            <Button size="sm" variant="ghost" onClick={() => setMode("idle")} disabled={pending}>
              Keep booking
            </Button>
            <Button size="sm" variant="danger" onClick={cancel} pending={pending} aria-label={`Confirm cancellation of ${label}`}>
              Confirm cancellation
            </Button>
          </div>
        </div>
      ) : mode === "no-show" ? (
        <div className="w-full space-y-3 rounded-lg border border-amber-200 bg-amber-50/60 p-3 text-sm">
          <p className="text-stone-900">Record that {customerName} didn&apos;t show up? This can&apos;t be undone.</p>
          <div className="flex justify-end gap-2">
            <Button size="sm" variant="ghost" onClick={() => setMode("idle")} disabled={pending}>
              Back
            </Button>
            <Button size="sm" variant="danger" onClick={noShow} pending={pending} aria-label={`Confirm no-show for ${label}`}>
              Confirm no-show
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap justify-end gap-2">
          {allowed.reschedule && rescheduleHref ? (
            <ButtonLink size="sm" variant="secondary" href={rescheduleHref} aria-label={`Reschedule ${label}`}>
              Reschedule
            </ButtonLink>
          ) : null}
          {allowed.cancel ? (
            <Button
              size="sm"
              variant="danger"
              onClick={() => setMode("cancel")}
              disabled={pending}
              aria-label={`Cancel ${label}`}
              title="The customer gets a full refund; the cancellation counts on your profile"
            >
              Cancel
            </Button>
          ) : null}
          {allowed.markNoShow ? (
            <Button size="sm" variant="secondary" onClick={() => setMode("no-show")} disabled={pending} aria-label={`Mark no-show for ${label}`}>
              Mark no-show
            </Button>
          ) : null}
          {allowed.complete ? (
            <Button size="sm" onClick={complete} pending={pending} aria-label={`Mark completed: ${label}`}>
              Mark completed
            </Button>
          ) : null}
        </div>
      )}
      <RowError error={error} testId="action-error" onRefresh={() => void refreshList()} />
    </div>
  );
}
