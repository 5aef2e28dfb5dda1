"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { CheckoutConfig } from "@/lib/payments/get-checkout-config";
import { AuthenticationDialog } from "@/components/payments/authentication-dialog";
import { loadStripeJs } from "@/components/payments/stripe-js";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { confirmBookingPaymentAction, testAuthenticateBookingPaymentAction } from "../../actions";

/**
 * The saved card's off-session authorization asked for the customer (3-D Secure): they finish it
 * here before the deadline, or the booking is cancelled automatically.
 */
export function ConfirmBookingPayment({ paymentId, clientSecret, checkout, amountLabel }: {
  paymentId: string;
  clientSecret: string | null;
  checkout: CheckoutConfig;
  amountLabel: string;
}) {
  const router = useRouter();
  const [dialog, setDialog] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function confirm() {
    startTransition(async () => {
      const result = await confirmBookingPaymentAction({ paymentId });
      if (!result.ok) setError(result.error.message);
      router.refresh();
    });
  }

  function start() {
    setError(null);
    if (checkout.mode === "test-card") return setDialog(true);
    if (checkout.mode !== "stripe-elements" || !clientSecret) return setError("This payment can't be confirmed here. Please contact support.");
    const key = checkout.publishableKey;
    startTransition(async () => {
      try {
        await loadStripeJs();
        const outcome = await window.Stripe!(key).handleNextAction({ clientSecret });
        if (outcome.error) return setError(outcome.error.message ?? "Your bank did not confirm the payment.");
      } catch {
        return setError("The payment page could not be loaded. Check your connection and try again.");
      }
      confirm();
    });
  }

  function choose(approve: boolean) {
    setDialog(false);
    startTransition(async () => {
      const result = await testAuthenticateBookingPaymentAction({ paymentId, approve });
      if (!result.ok) return setError(result.error.message);
      confirm();
    });
  }

  return (
    <Alert tone="warning" title="Your bank needs you to confirm this payment" data-testid="confirm-payment">
      <p>Confirm the payment of {amountLabel} to keep this booking; otherwise it is cancelled automatically before it starts.</p>
      <Button className="mt-3" size="sm" onClick={start} pending={pending}>
        Confirm payment
      </Button>
      {error ? (
        <p role="alert" className="mt-2 text-red-700">
          {error}
        </p>
      ) : null}
      {dialog ? <AuthenticationDialog amountLabel={amountLabel} onChoose={choose} /> : null}
    </Alert>
  );
}
