"use client";

import { useState, useTransition } from "react";
import { bountyErrorMessage, type ShownError } from "@/components/bounties/action-errors";
import { ActionErrorText } from "@/components/bounties/action-error-text";
import { Button } from "@/components/ui/button";
import { answerDisputeProposalAction, escalateDisputeAction } from "../../actions";

export function ProposalAnswer({ proposalId }: { proposalId: string }) {
  const [error, setError] = useState<ShownError | null>(null);
  const [pending, start] = useTransition();
  const answer = (value: "accept" | "reject") =>
    start(async () => {
      setError(null);
      const result = await answerDisputeProposalAction({ proposalId, answer: value });
      if (!result.ok) setError(bountyErrorMessage(result.error));
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button size="sm" onClick={() => answer("accept")} pending={pending} data-testid="accept-proposal">
        Accept
      </Button>
      <Button size="sm" variant="ghost" onClick={() => answer("reject")} disabled={pending} data-testid="reject-proposal">
        Reject
      </Button>
      <ActionErrorText error={error} />
    </div>
  );
}

export function EscalateButton({ disputeId }: { disputeId: string }) {
  const [error, setError] = useState<ShownError | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        pending={pending}
        data-testid="escalate-dispute"
        onClick={() =>
          start(async () => {
            setError(null);
            const result = await escalateDisputeAction({ disputeId });
            if (!result.ok) setError(bountyErrorMessage(result.error));
          })
        }
      >
        Ask Hearth support to decide
      </Button>
      <ActionErrorText error={error} />
    </div>
  );
}
