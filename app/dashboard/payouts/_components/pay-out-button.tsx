"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatMoney } from "@/components/ui/format";
import { requestPayoutAction } from "../actions";

/**
 * Pays out exactly the amount on the button: if the balance changed since the page loaded, the
 * server refuses instead of paying a different amount, and the page reloads the current one.
 */
export function PayOutButton({ currency, amount, disabled }: { currency: string; amount: number; disabled?: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function payOut() {
    setMessage(null);
    startTransition(async () => {
      const result = await requestPayoutAction({ currency, amount });
      if (result.ok) {
        const { status } = result.data;
        setMessage({ tone: "success", text: `${formatMoney(result.data.amount, currency)} ${status === "paid" ? "paid out" : status === "held" ? "is under review by Hearth support; we'll tell you when it is made" : "recorded as paid out"}.` });
      } else {
        setMessage({ tone: "error", text: result.error.message });
      }
      router.refresh();
    });
  }

  return (
    <div className="space-y-2">
      <Button onClick={payOut} pending={pending} disabled={disabled || amount <= 0} data-testid={`pay-out-${currency}`}>
        Pay out {formatMoney(Math.max(amount, 0), currency)}
      </Button>
      {message ? (
        <Alert tone={message.tone} data-testid="payout-message">
          {message.text}
        </Alert>
      ) : null}
    </div>
  );
}
