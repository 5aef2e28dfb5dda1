"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/core/action";
import { Button } from "@/components/ui/button";
import { useViewerTimeZone } from "@/components/ui/local-time";
import { lifecycleErrorMessage } from "./lifecycle-error";
import { SlotPicker, SlotTakenAlert, type Slot } from "./slot-picker";

export type RescheduleAction = (input: { bookingId: string; start: string }) => Promise<ActionResult<{ id: string; start: string }>>;

/**
 * Pick a new free start and move the booking there. Shared by the customer's booking page and
 * the provider's; each passes its own server action (they revalidate different pages).
 */
export function RescheduleForm({
  bookingId,
  slots,
  providerTimeZone,
  action,
  doneHref,
  backHref,
}: {
  bookingId: string;
  slots: Slot[];
  providerTimeZone: string;
  action: RescheduleAction;
  doneHref: string;
  backHref: string;
}) {
  const viewerZone = useViewerTimeZone();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [selected, setSelected] = useState<string | null>(null);
  const [slotTaken, setSlotTaken] = useState<{ message: string; next: string[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  function move() {
    if (!selected) {
      setError("Choose one of the available times above.");
      return;
    }
    setError(null);
    setSlotTaken(null);
    startTransition(async () => {
      const result = await action({ bookingId, start: selected });
      if (result.ok) {
        router.replace(doneHref);
        return;
      }
      const { code, message, details } = result.error;
      if (code === "SLOT_TAKEN") {
        setSlotTaken({ message, next: (details as { nextFreeStarts?: string[] } | undefined)?.nextFreeStarts ?? [] });
        setSelected(null);
        router.refresh(); // someone else took it: reload the free times
        return;
      }
      if (code === "UNAUTHENTICATED") {
        router.push(`/sign-in?callbackUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`);
        return;
      }
      setError(lifecycleErrorMessage(result.error, "rescheduled").message);
    });
  }

  if (!viewerZone) {
    return (
      <p className="text-sm text-stone-500" aria-live="polite">
        Loading available times…
      </p>
    );
  }

  return (
    <div className="space-y-5" data-testid="reschedule-form">
      {slotTaken ? <SlotTakenAlert message={slotTaken.message} next={slotTaken.next} viewerZone={viewerZone} onPick={setSelected} /> : null}
      <SlotPicker slots={slots} viewerZone={viewerZone} providerTimeZone={providerTimeZone} selected={selected} onSelect={setSelected} />
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={move} pending={pending} data-testid="move-booking">
          Move booking
        </Button>
        <Link href={backHref} className="text-sm font-medium text-stone-600 hover:underline">
          Keep the current time
        </Link>
        {error ? (
          <p role="alert" className="text-sm text-red-700" data-testid="reschedule-error">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
