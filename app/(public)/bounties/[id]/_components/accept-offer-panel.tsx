"use client";

import { useState, useTransition } from "react";
import type { EscrowCardForm } from "@/lib/bounties/card-form";
import type { OfferDto } from "@/lib/bounties/dto";
import { bountyErrorMessage, type ShownError } from "@/components/bounties/action-errors";
import { ActionErrorText } from "@/components/bounties/action-error-text";
import { StripeCardField } from "@/components/payments/stripe-card-field";
import { useStripeCard } from "@/components/payments/use-stripe-card";
import { TestCardField } from "@/components/bounties/test-card-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatMoney } from "@/components/ui/format";
import { acceptOfferAction } from "../../actions";
import { toast } from "sonner";

/**
 * Accepting an offer: a paid bounty pays the offer's price into escrow with the card first (a
 * declined card changes nothing); for honor, it is one click. Every other offer is declined. The
 * card comes from Stripe Elements (a PaymentMethod id) when Stripe is configured, or the test-mode
 * card field; a provider who cannot be paid yet cannot be given a paid bounty.
 */
export function AcceptOfferPanel({ bountyId, offer, forHonor, cardForm, onClose }: { bountyId: string; offer: OfferDto; forHonor: boolean; cardForm: EscrowCardForm | null; onClose: () => void }) {
  const [card, setCard] = useState("");
  const [cardError, setCardError] = useState<string | undefined>();
  const [error, setError] = useState<ShownError | null>(null);
  const [pending, startTransition] = useTransition();
  const stripe = useStripeCard(!forHonor && cardForm?.mode === "stripe-elements" ? cardForm.publishableKey : null);
  const price = formatMoney(offer.amount, offer.currency);
  const payable = forHonor || offer.provider.acceptsPayments;
  const canPay = forHonor || (payable && (cardForm?.mode === "test-card" || cardForm?.mode === "stripe-elements"));

  /** The card as the server takes it: a test card number, or a Stripe PaymentMethod id. */
  async function paymentMethod(): Promise<string | null> {
    if (cardForm?.mode === "stripe-elements") return stripe.createPaymentMethod();
    if (!card.trim()) {
      setCardError("Enter your card number");
      return null;
    }
    return card.trim();
  }

  function accept() {
    setError(null);
    setCardError(undefined);
    stripe.setError(null);
    startTransition(async () => {
      const method = forHonor ? undefined : await paymentMethod();
      if (method === null) return;
      const result = await acceptOfferAction({ bountyId, offerId: offer.id, paymentMethod: method });
      if (result.ok) {
        toast.success("Offer accepted.");
        return;
      }
      const fieldMessage = (result.error.details as { fields?: Record<string, string[]> } | undefined)?.fields?.paymentMethod?.[0];
      const cardMessage = fieldMessage ?? (result.error.code === "PAYMENT_FAILED" ? result.error.message : undefined);
      if (cardMessage && cardForm?.mode === "stripe-elements") stripe.setError(cardMessage);
      else if (cardMessage) setCardError(cardMessage);
      else setError(bountyErrorMessage(result.error));
    });
  }

  return (
    <div className="space-y-4 rounded-lg border border-brand-200 bg-brand-50/40 p-4" data-testid="accept-panel">
      <p className="text-sm text-stone-900">
        {forHonor ? (
          <>Give this bounty to {offer.provider.businessName}? No money changes hands; the other offers are declined.</>
        ) : (
          <>
            Pay <strong>{price}</strong> into escrow and give this bounty to {offer.provider.businessName}. Hearth holds the money until you approve the work; the other offers are
            declined.
          </>
        )}
      </p>
      {forHonor ? null : !payable ? (
        <Alert tone="warning" data-testid="provider-not-payable">
          {offer.provider.businessName} can&apos;t be paid yet: their payout account isn&apos;t set up. Choose another offer, or ask them to finish setting up payouts.
        </Alert>
      ) : cardForm?.mode === "test-card" ? (
        <TestCardField id={`card-${offer.id}`} value={card} onChange={setCard} error={cardError} />
      ) : cardForm?.mode === "stripe-elements" ? (
        <StripeCardField mountRef={stripe.mountRef} error={stripe.error} />
      ) : (
        <Alert tone="error" title="Card payments are not available right now">
          Online payment isn&apos;t configured on this server, so paid bounties can&apos;t be accepted. Please try again later.
        </Alert>
      )}
      <div className="flex flex-wrap gap-2">
        <Button onClick={accept} pending={pending} disabled={!canPay} data-testid="confirm-accept">
          {forHonor ? "Accept offer" : `Pay ${price} and accept`}
        </Button>
        <Button variant="ghost" onClick={onClose} disabled={pending}>
          Not yet
        </Button>
      </div>
      <ActionErrorText error={error} />
    </div>
  );
}
