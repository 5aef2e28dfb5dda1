"use client";

import { useState, useTransition } from "react";
import type { OfferDto } from "@/lib/bounties/dto";
import { bountyErrorMessage, type ShownError } from "@/components/bounties/action-errors";
import { ActionErrorText } from "@/components/bounties/action-error-text";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatMoney } from "@/components/ui/format";
import { reviseOfferAction, withdrawOfferAction } from "../../actions";
import { OfferForm } from "./offer-form";
import { OfferSummary } from "./offer-summary";

/** The signed-in provider's side of the offers: make one, or revise, withdraw or take the poster's counter. */
export function MyOffer({
  bountyId,
  currency,
  forHonor,
  offer,
  canOffer,
  bountyOpen,
}: {
  bountyId: string;
  currency: string;
  forHonor: boolean;
  offer: OfferDto | null;
  canOffer: boolean;
  bountyOpen: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const [pending, startTransition] = useTransition();

  if (!offer) {
    if (!canOffer) return null;
    return (
      <Card className="p-5">
        <h2 className="mb-4 text-lg font-semibold text-stone-900">Make an offer</h2>
        <OfferForm bountyId={bountyId} currency={currency} forHonor={forHonor} />
      </Card>
    );
  }

  const changeable = bountyOpen && offer.status === "OPEN";
  const counterPending = changeable && offer.counterAmount !== null && offer.counterAmount !== offer.amount;

  function run(work: () => Promise<{ ok: boolean; error?: Parameters<typeof bountyErrorMessage>[0] }>) {
    setError(null);
    startTransition(async () => {
      const result = await work();
      if (!result.ok && result.error) setError(bountyErrorMessage(result.error));
    });
  }

  return (
    <Card className="space-y-4 p-5" data-testid="my-offer">
      <h2 className="text-lg font-semibold text-stone-900">Your offer</h2>
      {editing ? (
        <OfferForm bountyId={bountyId} currency={currency} forHonor={forHonor} offer={offer} onDone={() => setEditing(false)} />
      ) : (
        <>
          <OfferSummary offer={offer} forHonor={forHonor} />
          {counterPending ? (
            <div className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
              <p>
                The poster proposes {formatMoney(offer.counterAmount!, offer.currency)}. Take it by revising your price; the poster can then accept your offer.
              </p>
              <Button size="sm" className="mt-2" pending={pending} onClick={() => run(() => reviseOfferAction({ bountyId, offerId: offer.id, amount: offer.counterAmount! }))}>
                Accept {formatMoney(offer.counterAmount!, offer.currency)}
              </Button>
            </div>
          ) : null}
          {changeable ? (
            <div className="flex flex-wrap gap-2">
              <Button variant="secondary" onClick={() => setEditing(true)} disabled={pending}>
                Revise offer
              </Button>
              <Button variant="danger" pending={pending} onClick={() => run(() => withdrawOfferAction({ bountyId, offerId: offer.id }))}>
                Withdraw offer
              </Button>
            </div>
          ) : null}
          {offer.status === "DECLINED" ? <p className="text-sm text-stone-600">The poster went with another offer this time.</p> : null}
          {offer.status === "WITHDRAWN" ? <p className="text-sm text-stone-600">You withdrew this offer. One offer per bounty, so it can&apos;t be sent again.</p> : null}
        </>
      )}
      <ActionErrorText error={error} />
    </Card>
  );
}
