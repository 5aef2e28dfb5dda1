"use client";

import { useState, useTransition } from "react";
import type { OfferDto } from "@/lib/bounties/dto";
import { bountyErrorMessage, type ShownError } from "@/components/bounties/action-errors";
import { ActionErrorText } from "@/components/bounties/action-error-text";
import { TestCardField } from "@/components/bounties/test-card-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatMoney } from "@/components/ui/format";
import { acceptOfferAction } from "../../actions";

/**
 * Accepting an offer: a paid bounty pays the offer's price into escrow with the card first (a
 * declined card changes nothing); for honor, it is one click. Every other offer is declined.
 */
export function AcceptOfferPanel({ bountyId, offer, forHonor, testMode, onClose }: { bountyId: string; offer: OfferDto; forHonor: boolean; testMode: boolean; onClose: () => void }) {
  const [card, setCard] = useState("");
  const [cardError, setCardError] = useState<string | undefined>();
  const [error, setError] = useState<ShownError | null>(null);
  const [pending, startTransition] = useTransition();
  const price = formatMoney(offer.amount, offer.currency);

  function accept() {
    setError(null);
    setCardError(undefined);
    if (!forHonor && !card.trim()) {
      setCardError("Enter your card number");
      return;
    }
    startTransition(async () => {
      const result = await acceptOfferAction({ bountyId, offerId: offer.id, paymentMethod: forHonor ? undefined : card.trim() });
      if (result.ok) return;
      const fieldMessage = (result.error.details as { fields?: Record<string, string[]> } | undefined)?.fields?.paymentMethod?.[0];
      if (fieldMessage) setCardError(fieldMessage);
      else if (result.error.code === "PAYMENT_FAILED") setCardError(result.error.message);
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
      {forHonor ? null : testMode ? (
        <TestCardField id={`card-${offer.id}`} value={card} onChange={setCard} error={cardError} />
      ) : (
        // Stripe needs its card element (a PaymentMethod id); only the booking form has one so far.
        <Alert tone="warning">Card payments for bounties are not available on this server yet. Please try again later.</Alert>
      )}
      <div className="flex flex-wrap gap-2">
        <Button onClick={accept} pending={pending} disabled={!forHonor && !testMode} data-testid="confirm-accept">
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
