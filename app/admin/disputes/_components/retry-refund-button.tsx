"use client";

import { useState, useTransition } from "react";
import { bountyErrorMessage, type ShownError } from "@/components/bounties/action-errors";
import { ActionErrorText } from "@/components/bounties/action-error-text";
import { Button } from "@/components/ui/button";
import { retryEscrowRefundAction } from "../actions";

/** Sends a failed escrow refund to the processor again (a new refund; the failed one stays on record). */
export function RetryRefundButton({ bountyId }: { bountyId: string }) {
  const [error, setError] = useState<ShownError | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <Button
        size="sm"
        variant="secondary"
        pending={pending}
        data-testid="retry-refund"
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await retryEscrowRefundAction({ bountyId });
            if (!result.ok) setError(bountyErrorMessage(result.error));
          })
        }
      >
        Retry the refund
      </Button>
      <ActionErrorText error={error} />
    </div>
  );
}
