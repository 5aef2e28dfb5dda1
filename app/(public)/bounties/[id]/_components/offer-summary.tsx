import type { OfferDto } from "@/lib/bounties/dto";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatMoney } from "@/components/ui/format";

const STATUS: Record<string, { tone: BadgeTone; label: string }> = {
  OPEN: { tone: "info", label: "Open" },
  ACCEPTED: { tone: "success", label: "Accepted" },
  DECLINED: { tone: "neutral", label: "Declined" },
  WITHDRAWN: { tone: "neutral", label: "Withdrawn" },
};

/** An offer's price, ETA, message and status, as both the poster and its author see it. */
export function OfferSummary({ offer, forHonor }: { offer: OfferDto; forHonor: boolean }) {
  const status = STATUS[offer.status] ?? { tone: "neutral" as const, label: offer.status };
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="text-lg font-semibold text-stone-900" data-testid="offer-amount">
          {forHonor ? "For honor" : formatMoney(offer.amount, offer.currency)}
        </span>
        <span className="text-sm text-stone-600">
          in {offer.etaDays} {offer.etaDays === 1 ? "day" : "days"}
        </span>
        <Badge tone={status.tone} data-testid="offer-status" data-status={offer.status}>
          {status.label}
        </Badge>
      </div>
      <p className="text-sm whitespace-pre-line text-stone-700">{offer.message}</p>
      {offer.counterAmount !== null ? (
        <p className="text-sm text-amber-900" data-testid="offer-counter">
          Counter-offer from the poster: <strong>{formatMoney(offer.counterAmount, offer.currency)}</strong>
          {offer.counterAmount === offer.amount ? " (accepted by the provider)" : ""}
        </p>
      ) : null}
    </div>
  );
}
