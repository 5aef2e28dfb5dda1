"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";

/**
 * Test mode's stand-in for the bank's 3-D Secure page (card …3220). A modal <dialog>: focus is
 * trapped inside and Escape counts as failing the step, as closing a bank's page would.
 */
export function AuthenticationDialog({ amountLabel, onChoose }: { amountLabel: string; onChoose: (approve: boolean) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby="auth-title"
      aria-describedby="auth-description"
      data-testid="authentication-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onChoose(false);
      }}
      className="m-auto w-full max-w-md rounded-xl border border-stone-200 p-6 shadow-xl backdrop:bg-stone-900/40"
    >
      <Badge tone="warning">Test mode — no real money</Badge>
      <h2 id="auth-title" className="mt-3 text-lg font-semibold text-stone-900">
        Authenticate this payment
      </h2>
      <p id="auth-description" className="mt-2 text-sm text-stone-600">
        Your bank asks you to confirm the payment of {amountLabel}. In test mode you choose what the bank answers.
      </p>
      <div className="mt-5 flex flex-wrap gap-2">
        <Button onClick={() => onChoose(true)}>Complete authentication</Button>
        <Button variant="danger" onClick={() => onChoose(false)}>
          Fail authentication
        </Button>
      </div>
    </dialog>
  );
}
