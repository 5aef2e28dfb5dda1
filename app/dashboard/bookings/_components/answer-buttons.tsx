"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ApiError } from "@/components/data/api-client";
import { RowError } from "./row-error";
import { useAnswerBooking, useRefreshProviderBookings, type Answer } from "./provider-bookings-query";

/** INVALID_STATE carries the booking's current status; word the message from it (the domain's text says "declineed"). */
function answerErrorMessage(error: ApiError, kind: Answer): string {
  const status = (error.details as { currentStatus?: string } | undefined)?.currentStatus;
  if (error.code !== "INVALID_STATE" || !status || status === "UNKNOWN") return error.message;
  const verb = kind === "confirm" ? "confirmed" : "declined";
  if (status === "REQUESTED") return `This request has expired, so it can no longer be ${verb}.`;
  return `This booking is already ${status.toLowerCase().replace("_", "-")}, so it can no longer be ${verb}.`;
}

/**
 * Confirm / Decline for one booking: the row changes at once and a toast confirms (see
 * useAnswerBooking). When an answer loses a race (INVALID_STATE) the list is not refreshed on its
 * own: the row could drop out of a filtered tab and take the explanation with it.
 */
export function AnswerButtons({ bookingId, label, answerable }: { bookingId: string; label: string; answerable: boolean }) {
  const refreshList = useRefreshProviderBookings();
  const mutation = useAnswerBooking();
  const pending = mutation.isPending;
  const which = mutation.variables?.answer ?? null;
  const [error, setError] = useState<{ message: string; stale: boolean } | null>(null);

  function answer(kind: Answer) {
    setError(null);
    mutation.mutate(
      { bookingId, answer: kind },
      { onError: (failure) => setError({ message: answerErrorMessage(failure, kind), stale: failure.code === "INVALID_STATE" }) },
    );
  }

  if (!answerable && !error) return null;
  return (
    <div className="flex flex-col items-end gap-2">
      {answerable && !error?.stale ? (
        <div className="flex gap-2">
          <Button size="sm" variant="danger" pending={pending && which === "decline"} disabled={pending} onClick={() => answer("decline")} aria-label={`Decline ${label}`}>
            Decline
          </Button>
          <Button size="sm" pending={pending && which === "confirm"} disabled={pending} onClick={() => answer("confirm")} aria-label={`Confirm ${label}`}>
            Confirm
          </Button>
        </div>
      ) : null}
      <RowError error={error} testId="answer-error" onRefresh={() => void refreshList()} />
    </div>
  );
}
