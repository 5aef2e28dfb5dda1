"use client";

import type { RefObject } from "react";

/**
 * Where Stripe mounts its card iframe (useStripeCard in components/payments), with the card's own
 * error under it: the booking form and the bounty escrow take a card the same way, as a PaymentMethod id.
 */
export function StripeCardField({ mountRef, error }: { mountRef: RefObject<HTMLDivElement | null>; error: string | null }) {
  return (
    <div className="space-y-1.5" data-testid="card-form">
      <p className="text-sm font-medium text-stone-800">Card</p>
      <div ref={mountRef} className="rounded-lg border border-stone-300 bg-white px-3 py-3 shadow-sm" data-testid="stripe-card" />
      {error ? (
        <p className="text-sm text-red-700" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
