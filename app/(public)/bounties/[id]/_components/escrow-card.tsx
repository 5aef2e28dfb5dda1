import type { BountyDetail } from "@/lib/bounties/get-bounty";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Money } from "@/components/ui/money";

type Payment = NonNullable<BountyDetail["payment"]>;

/** One word for where the money is, from the ledger's figures rather than the processor's status. */
function escrowState(p: Payment): { label: string; tone: "info" | "success" | "warning" | "neutral" } {
  if (p.heldAmount > 0) return { label: p.releasedAmount > 0 || p.refundedAmount > 0 ? "Partly settled" : "Held in escrow", tone: "info" };
  if (p.releasedAmount > 0 && p.refundedAmount > 0) return { label: "Released and partly refunded", tone: "success" };
  if (p.releasedAmount > 0) return { label: "Released", tone: "success" };
  if (p.refundedAmount > 0) return { label: "Refunded", tone: "neutral" };
  return { label: p.status === "AUTHORIZED" ? "Authorized" : "Pending", tone: "warning" };
}

function Row({ label, amount, currency, testId }: { label: string; amount: number; currency: string; testId: string }) {
  return (
    <div className="flex items-baseline justify-between gap-4">
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="font-medium text-stone-900" data-testid={testId}>
        <Money amount={amount} currency={currency} />
      </dd>
    </div>
  );
}

/** The escrow as the two parties and support see it. */
export function EscrowCard({ bounty }: { bounty: BountyDetail }) {
  const p = bounty.payment;
  if (!p) return null;
  const state = escrowState(p);
  const providerView = bounty.viewerRole === "assigned";
  return (
    <Card className="p-5" data-testid="escrow">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold text-stone-900">Payment</h2>
        <Badge tone={state.tone} data-testid="escrow-status">
          {state.label}
        </Badge>
      </div>
      {p.testMode ? (
        <p className="mt-2">
          <Badge tone="warning" data-testid="test-mode-label">
            Test mode — no real money
          </Badge>
        </p>
      ) : null}
      <dl className="mt-4 space-y-2">
        <Row label="Paid into escrow" amount={p.capturedAmount || p.amount} currency={p.currency} testId="escrow-amount" />
        {p.heldAmount > 0 ? <Row label="Held now" amount={p.heldAmount} currency={p.currency} testId="escrow-held" /> : null}
        {p.releasedAmount > 0 ? (
          <>
            <Row label="Released" amount={p.releasedAmount} currency={p.currency} testId="escrow-released" />
            {providerView || bounty.viewerRole === "admin" ? (
              <>
                <Row label="Platform fee" amount={p.platformFeeAmount} currency={p.currency} testId="escrow-fee" />
                <Row label="Provider's earnings" amount={p.providerAmount} currency={p.currency} testId="escrow-provider-amount" />
              </>
            ) : null}
          </>
        ) : null}
        {p.refundedAmount > 0 ? <Row label="Refunded to the poster" amount={p.refundedAmount} currency={p.currency} testId="escrow-refunded" /> : null}
        {p.transferredAmount > 0 && (providerView || bounty.viewerRole === "admin") ? (
          <Row label="Paid to the provider's payout account" amount={p.transferredAmount} currency={p.currency} testId="escrow-transferred" />
        ) : null}
      </dl>
      {p.chargeback && !p.chargeback.closedAt ? (
        <p className="mt-3 text-sm text-amber-900" data-testid="escrow-chargeback">
          The poster&apos;s bank is contesting this card payment (a chargeback): the money stays frozen until the bank decides.
        </p>
      ) : null}
      {p.refundFailedAt ? (
        <p className="mt-3 text-sm text-amber-900" data-testid="escrow-refund-failed">
          The card refused the refund. Hearth support will get the money back to the poster another way.
        </p>
      ) : null}
      <p className="mt-3 text-xs text-stone-500">
        Hearth holds the money from the moment an offer is accepted and releases it to the provider only when the work is approved (or automatically if the poster does not answer in time).
      </p>
    </Card>
  );
}
