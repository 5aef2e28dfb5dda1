"use client";

import { cancelBountyAction, disputeBountyAction } from "../../actions";
import { ReasonDialog } from "./reason-dialog";

export type CancelMode = "cancel-open" | "ask" | "confirm" | "admin";

const CANCEL: Record<CancelMode, { trigger: string; confirm: string; explanation: (other: string, paid: boolean) => string }> = {
  "cancel-open": {
    trigger: "Cancel bounty",
    confirm: "Cancel bounty",
    explanation: () => "The bounty comes off the board and every open offer is declined. Nothing has been paid yet.",
  },
  ask: {
    trigger: "Ask to cancel",
    confirm: "Send cancellation request",
    explanation: (other, paid) =>
      `Once an offer is accepted, a bounty is cancelled only if both of you agree. Your request goes to ${other}; when they confirm, the bounty is cancelled${paid ? " and the escrow is refunded to the poster in full" : ""}. If you can't agree, open a dispute instead.`,
  },
  confirm: {
    trigger: "Confirm cancellation",
    confirm: "Confirm cancellation",
    explanation: (_other, paid) => `Confirming cancels the bounty${paid ? " and refunds the escrow to the poster in full" : ""}. This cannot be undone.`,
  },
  admin: {
    trigger: "Cancel as support",
    confirm: "Cancel bounty",
    explanation: (_other, paid) => `Support cancels outright${paid ? "; the escrow is refunded to the poster in full" : ""}.`,
  },
};

/** Cancelling, worded for the step the viewer is at (see the mutual-agreement flow in cancelBounty). */
export function CancelControl({ bountyId, mode, otherParty, paid }: { bountyId: string; mode: CancelMode; otherParty: string; paid: boolean }) {
  const words = CANCEL[mode];
  return (
    <ReasonDialog
      id="cancel-reason"
      testId="cancel-bounty"
      trigger={words.trigger}
      confirm={words.confirm}
      explanation={words.explanation(otherParty, paid)}
      reasonLabel="Reason (optional)"
      onConfirm={async (reason) => cancelBountyAction({ bountyId, reason })}
    />
  );
}

export function DisputeControl({ bountyId, paid }: { bountyId: string; paid: boolean }) {
  return (
    <ReasonDialog
      id="dispute-reason"
      testId="dispute-bounty"
      tone="secondary"
      trigger="Open a dispute"
      confirm="Open dispute"
      minReason={20}
      explanation={`${paid ? "The money is frozen and " : ""}Hearth support reviews both sides: your reason, the conversation and the submitted work. Support can refund the poster in full or in part, or release the payment to the provider.`}
      reasonLabel="What went wrong?"
      onConfirm={async (reason) => disputeBountyAction({ bountyId, reason: reason ?? "" })}
    />
  );
}
