import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { LocalDateTime } from "@/components/ui/local-time";
import { Money } from "@/components/ui/money";
import type { PayoutDto } from "@/lib/payouts/dto";

export function RecentPayouts({ payouts, testMode }: { payouts: PayoutDto[]; testMode: boolean }) {
  if (payouts.length === 0) return <EmptyState title="No payouts yet" />;
  return (
    <ul className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white shadow-sm">
      {payouts.map((payout) => (
        <li key={payout.id} className="flex items-center justify-between gap-3 p-4" data-testid="payout-row">
          <div>
            <Money amount={payout.amount} currency={payout.currency} className="font-medium text-stone-900" />
            <p className="text-sm text-stone-600">
              <LocalDateTime iso={payout.createdAt.toISOString()} zone="UTC" />
            </p>
          </div>
          {payout.status === "paid" ? (
            <Badge tone="success">{testMode ? "Paid (test)" : "Paid"}</Badge>
          ) : payout.status === "pending" ? (
            <Badge tone="info" title="Stripe pays your bank on your account's payout schedule">
              Pending at Stripe
            </Badge>
          ) : payout.status === "held" ? (
            <Badge tone="warning" title="Hearth support checks some payouts before they are made; the amount is reserved meanwhile">
              Under review
            </Badge>
          ) : payout.status === "cancelled" ? (
            <Badge tone="neutral" title="Not made: the amount is back in your available balance">
              Not approved
            </Badge>
          ) : (
            <Badge tone="danger">{payout.status}</Badge>
          )}
        </li>
      ))}
    </ul>
  );
}
