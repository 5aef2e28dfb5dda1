"use client";

import { useEffect, useRef, useState } from "react";
import { loadStripeJs, type StripeCardElement, type StripeJs } from "@/components/payments/stripe-js";

/**
 * Mounts Stripe's card element into `mountRef` when a publishable key is given. Stripe.js tokenizes
 * the card in the browser: Hearth only ever receives a PaymentMethod id (pm_…). Shared by the booking
 * form and the bounty escrow.
 */
export function useStripeCard(publishableKey: string | null) {
  const mountRef = useRef<HTMLDivElement | null>(null);
  const stripeRef = useRef<StripeJs | null>(null);
  const cardRef = useRef<StripeCardElement | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (!publishableKey) return;
    let card: StripeCardElement | null = null;
    let cancelled = false;
    loadStripeJs()
      .then(() => {
        if (cancelled || !window.Stripe || !mountRef.current) return;
        const stripe = window.Stripe(publishableKey);
        card = stripe.elements().create("card", { hidePostalCode: true });
        card.mount(mountRef.current);
        card.on("change", (event) => setError(event.error?.message ?? null));
        stripeRef.current = stripe;
        cardRef.current = card;
        setReady(true);
      })
      .catch(() => setError("The card form could not be loaded. Check your connection and reload the page."));
    return () => {
      cancelled = true;
      card?.destroy();
    };
  }, [publishableKey]);

  async function createPaymentMethod(): Promise<string | null> {
    if (!stripeRef.current || !cardRef.current) {
      setError("The card form is still loading.");
      return null;
    }
    const { paymentMethod, error: failure } = await stripeRef.current.createPaymentMethod({ type: "card", card: cardRef.current });
    if (!paymentMethod) setError(failure?.message ?? "Check your card details.");
    return paymentMethod?.id ?? null;
  }

  async function handleNextAction(clientSecret: string | null): Promise<{ ok: true } | { ok: false; message: string }> {
    if (!stripeRef.current || !clientSecret) return { ok: false, message: "The payment could not be confirmed. Please try again." };
    const { error: failure } = await stripeRef.current.handleNextAction({ clientSecret });
    return failure ? { ok: false, message: failure.message ?? "Your bank did not confirm the payment." } : { ok: true };
  }

  return { mountRef, error, setError, ready, createPaymentMethod, handleNextAction };
}
