"use client";

import type { RefObject } from "react";
import type { CheckoutConfig } from "@/lib/payments/get-checkout-config";
import { StripeCardField } from "@/components/payments/stripe-card-field";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

export interface TestCard {
  cardNumber: string;
  cardExpiry: string;
  cardCvc: string;
}
export type TestCardErrors = Partial<Record<keyof TestCard, string>>;

const DOCUMENTED_CARDS: [string, string][] = [
  ["4242 4242 4242 4242", "succeeds"],
  ["4000 0000 0000 0002", "is declined"],
  ["4000 0000 0000 9995", "is declined: insufficient funds"],
  ["4000 0000 0000 3220", "asks you to authenticate"],
];

/** Step 3 of the booking form: the test-mode card inputs, or Stripe's card element. */
export function PaymentFields(props: {
  checkout: CheckoutConfig;
  card: TestCard;
  cardErrors: TestCardErrors;
  onCardChange: (card: TestCard) => void;
  stripeMountRef: RefObject<HTMLDivElement | null>;
  stripeError: string | null;
  chargeNote: string;
}) {
  const { checkout, card, cardErrors, onCardChange, stripeMountRef, stripeError, chargeNote } = props;
  const set = (name: keyof TestCard) => (event: { target: { value: string } }) => onCardChange({ ...card, [name]: event.target.value });

  return (
    <fieldset className="min-w-0 space-y-4" aria-describedby="charge-note">
      <legend className="flex flex-wrap items-center gap-2 text-lg font-semibold text-stone-900">
        3. Payment
        {checkout.mode === "test-card" ? (
          <Badge tone="warning" data-testid="test-mode-label">
            Test mode — no real money
          </Badge>
        ) : null}
      </legend>
      <p id="charge-note" className="text-sm text-stone-600" data-testid="charge-note">
        {chargeNote}
      </p>

      {checkout.mode === "test-card" ? (
        <>
          <div className="grid gap-4 sm:grid-cols-[2fr_1fr_1fr]">
            <Field id="card-number" label="Card number" error={cardErrors.cardNumber}>
              <Input
                id="card-number"
                inputMode="numeric"
                autoComplete="cc-number"
                placeholder="4242 4242 4242 4242"
                value={card.cardNumber}
                onChange={set("cardNumber")}
                invalid={Boolean(cardErrors.cardNumber)}
                aria-describedby={describedBy("card-number", { error: cardErrors.cardNumber })}
              />
            </Field>
            <Field id="card-expiry" label="Expiry (MM/YY)" error={cardErrors.cardExpiry}>
              <Input
                id="card-expiry"
                autoComplete="cc-exp"
                placeholder="12/34"
                value={card.cardExpiry}
                onChange={set("cardExpiry")}
                invalid={Boolean(cardErrors.cardExpiry)}
                aria-describedby={describedBy("card-expiry", { error: cardErrors.cardExpiry })}
              />
            </Field>
            <Field id="card-cvc" label="CVC" error={cardErrors.cardCvc}>
              <Input
                id="card-cvc"
                inputMode="numeric"
                autoComplete="cc-csc"
                placeholder="123"
                value={card.cardCvc}
                onChange={set("cardCvc")}
                invalid={Boolean(cardErrors.cardCvc)}
                aria-describedby={describedBy("card-cvc", { error: cardErrors.cardCvc })}
              />
            </Field>
          </div>
          <div className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="test-cards">
            <p className="font-medium">Test mode — no real money moves. Use a documented test card, any future expiry and any CVC:</p>
            <ul className="mt-1 space-y-0.5">
              {DOCUMENTED_CARDS.map(([number, outcome]) => (
                <li key={number}>
                  <span className="font-mono">{number}</span> {outcome}
                </li>
              ))}
            </ul>
          </div>
        </>
      ) : checkout.mode === "stripe-elements" ? (
        <StripeCardField mountRef={stripeMountRef} error={stripeError} />
      ) : (
        <Alert tone="error" title="Card payments are not available right now">
          Online payment isn&apos;t configured on this server, so bookings can&apos;t be made. Please try again later.
        </Alert>
      )}
    </fieldset>
  );
}
