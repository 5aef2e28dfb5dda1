"use client";

import Link from "next/link";
import { useState } from "react";
import type { EscrowCardForm } from "@/lib/bounties/card-form";
import type { OfferDto } from "@/lib/bounties/dto";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { AcceptOfferPanel } from "./accept-offer-panel";
import { CounterForm } from "./counter-form";
import { OfferSummary } from "./offer-summary";

type Open = { offerId: string; kind: "accept" | "counter" } | null;

/** Every offer, for the poster (who counters and accepts) and for support (read only). */
export function OfferList({
  bountyId,
  offers,
  forHonor,
  cardForm,
  canAccept,
}: {
  bountyId: string;
  offers: OfferDto[];
  forHonor: boolean;
  /** How the poster pays the escrow (null: not the poster, or nothing to pay). */
  cardForm: EscrowCardForm | null;
  canAccept: boolean;
}) {
  const [open, setOpen] = useState<Open>(null);
  return (
    <section aria-labelledby="offers-heading" className="space-y-4">
      <h2 id="offers-heading" className="text-lg font-semibold text-stone-900">
        Offers ({offers.length})
      </h2>
      {offers.length === 0 ? <p className="text-sm text-stone-500">No offers yet. Providers nearby are notified when a bounty is posted.</p> : null}
      <ul className="space-y-3">
        {offers.map((offer) => {
          const actionable = canAccept && offer.status === "OPEN";
          return (
            <li key={offer.id} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="offer" data-provider={offer.provider.slug}>
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/providers/${offer.provider.slug}`} className="font-medium text-brand-700 hover:underline">
                  {offer.provider.businessName}
                </Link>
                {offer.provider.verified ? <Badge tone="success">Verified</Badge> : null}
                {offer.provider.rating ? (
                  <span className="text-xs text-stone-500">
                    ★ {offer.provider.rating.average} ({offer.provider.rating.count})
                  </span>
                ) : null}
              </div>
              <OfferSummary offer={offer} forHonor={forHonor} />
              {actionable && open?.offerId !== offer.id ? (
                <div className="flex flex-wrap gap-2">
                  <Button size="sm" onClick={() => setOpen({ offerId: offer.id, kind: "accept" })} data-testid="accept-offer">
                    Accept offer
                  </Button>
                  {!forHonor && !offer.counteredAt ? (
                    <Button size="sm" variant="secondary" onClick={() => setOpen({ offerId: offer.id, kind: "counter" })}>
                      Counter
                    </Button>
                  ) : null}
                </div>
              ) : null}
              {actionable && open?.offerId === offer.id && open.kind === "accept" ? (
                <AcceptOfferPanel bountyId={bountyId} offer={offer} forHonor={forHonor} cardForm={cardForm} onClose={() => setOpen(null)} />
              ) : null}
              {actionable && open?.offerId === offer.id && open.kind === "counter" ? <CounterForm bountyId={bountyId} offer={offer} onClose={() => setOpen(null)} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
