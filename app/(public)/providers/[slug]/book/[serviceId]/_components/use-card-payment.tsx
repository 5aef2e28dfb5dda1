"use client";

import { useState } from "react";
import type { CheckoutConfig } from "@/lib/payments/get-checkout-config";
import { testCardSchema } from "@/lib/payments/schemas";
import { testAuthenticatePaymentAction } from "../actions";
import type { TestCard, TestCardErrors } from "./payment-fields";
import { useStripeCard } from "@/components/payments/use-stripe-card";

type Outcome = { ok: true } | { ok: false; message: string };

/**
 * The card side of the booking form: collects a payment method (the test card's number, or a
 * Stripe PaymentMethod id) and runs an authentication step (test mode's dialog, or Stripe.js).
 */
export function useCardPayment(checkout: CheckoutConfig) {
  const [card, setCard] = useState<TestCard>({ cardNumber: "", cardExpiry: "", cardCvc: "" });
  const [cardErrors, setCardErrors] = useState<TestCardErrors>({});
  const [authenticating, setAuthenticating] = useState<{ choose: (approve: boolean) => void } | null>(null);
  const stripe = useStripeCard(checkout.mode === "stripe-elements" ? checkout.publishableKey : null);

  async function collect(): Promise<string | null> {
    if (checkout.mode === "stripe-elements") return stripe.createPaymentMethod();
    if (checkout.mode !== "test-card") return null;
    const parsed = testCardSchema().safeParse(card);
    if (!parsed.success) {
      const errors: TestCardErrors = {};
      for (const issue of parsed.error.issues) errors[issue.path[0] as keyof TestCard] ??= issue.message;
      setCardErrors(errors);
      return null;
    }
    setCardErrors({});
    return parsed.data.cardNumber;
  }

  async function authenticate(payment: { id: string; clientSecret: string | null }): Promise<Outcome> {
    if (checkout.mode === "stripe-elements") return stripe.handleNextAction(payment.clientSecret);
    const approve = await new Promise<boolean>((resolve) => setAuthenticating({ choose: resolve }));
    setAuthenticating(null);
    const result = await testAuthenticatePaymentAction({ paymentId: payment.id, approve });
    return result.ok ? { ok: true } : { ok: false, message: result.error.message };
  }

  return {
    card,
    cardErrors,
    setCard,
    stripe,
    collect,
    authenticate,
    /** Set while test mode's authentication dialog waits for the customer's choice. */
    authenticating,
  };
}
