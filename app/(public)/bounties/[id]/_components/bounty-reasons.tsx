import Link from "next/link";
import type { BountyDetail } from "@/lib/bounties/get-bounty";
import { Card } from "@/components/ui/card";

/**
 * The words behind the bounty's turns, for the two parties and support (getBounty gives them to
 * no one else): the poster's latest change request, an ask to cancel, who cancelled and why, and
 * who opened a dispute and why.
 */

const quote = (text: string) => `“${text}”`;

function cancellerName(b: BountyDetail, by: NonNullable<BountyDetail["cancellation"]>["by"]): string {
  if (by === "poster") return b.poster.name || "The poster";
  if (by === "provider") return b.assignedProvider?.businessName ?? "The provider";
  if (by === "admin") return "Hearth support";
  return "Hearth";
}

export function BountyReasons({ bounty }: { bounty: BountyDetail }) {
  const change = bounty.lastChangeRequest;
  const showChange = change && (bounty.status === "IN_PROGRESS" || bounty.status === "AWAITING_APPROVAL");
  const cancellation = bounty.cancellation;
  if (!showChange && !cancellation) return null;
  return (
    <Card className="space-y-3 p-5" data-testid="bounty-reasons">
      {showChange ? (
        <div data-testid="change-request">
          <h2 className="font-semibold text-stone-900">{bounty.status === "IN_PROGRESS" ? "Changes requested" : "Last change request"}</h2>
          <p className="mt-1 text-sm whitespace-pre-line text-stone-700" data-testid="change-request-reason">
            {quote(change.reason)}
          </p>
        </div>
      ) : null}
      {cancellation ? (
        <div data-testid="cancellation">
          <h2 className="font-semibold text-stone-900">Cancelled by {cancellerName(bounty, cancellation.by)}</h2>
          {cancellation.reason ? (
            <p className="mt-1 text-sm whitespace-pre-line text-stone-700" data-testid="cancel-reason">
              {quote(cancellation.reason)}
            </p>
          ) : (
            <p className="mt-1 text-sm text-stone-500">No reason given.</p>
          )}
          {bounty.cancelRequest && bounty.cancelRequest.reason && bounty.cancelRequest.reason !== cancellation.reason ? (
            <p className="mt-2 text-sm text-stone-600" data-testid="cancel-request-reason">
              Asked for by {bounty.cancelRequest.by === "poster" ? bounty.poster.name || "the poster" : (bounty.assignedProvider?.businessName ?? "the provider")}: {quote(bounty.cancelRequest.reason)}
            </p>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}

/** Why a cancellation was asked for, under the "asked to cancel" sentence; nothing without a reason. */
export function CancelRequestReason({ bounty }: { bounty: BountyDetail }) {
  const reason = bounty.cancelRequest?.reason;
  if (!reason) return null;
  return (
    <p className="text-sm whitespace-pre-line text-stone-700" data-testid="cancel-request-reason">
      Reason: {quote(reason)}
    </p>
  );
}

const OPENED_BY = { poster: "the poster", provider: "the provider", bank: "the poster's bank (a card chargeback)" } as const;

/** The dispute: who opened it and why, and whether a bank chargeback holds the money. */
export function DisputeCard({ bounty }: { bounty: BountyDetail }) {
  const dispute = bounty.dispute;
  if (!dispute?.reason) return null;
  const opener = dispute.openedBy;
  const chargeback = bounty.payment?.chargeback;
  return (
    <Card className="p-5" data-testid="dispute-reason">
      <h2 className="font-semibold text-stone-900">Dispute</h2>
      {opener ? (
        <p className="mt-1 text-sm text-stone-600" data-testid="dispute-opened-by" data-role={opener.role}>
          Opened by {opener.role === "bank" ? OPENED_BY.bank : `${opener.name} (${OPENED_BY[opener.role]})`}
        </p>
      ) : null}
      <p className="mt-2 text-sm whitespace-pre-line text-stone-700">{dispute.reason}</p>
      {chargeback && !chargeback.closedAt ? (
        <p className="mt-2 text-sm text-amber-900" data-testid="chargeback-open">
          The poster&apos;s bank is contesting the card payment. Nothing is released or refunded until the bank decides.
        </p>
      ) : null}
      {bounty.viewerRole === "admin" && bounty.status === "DISPUTED" ? (
        <Link href="/admin/disputes" className="mt-3 inline-block text-sm font-medium text-brand-700 hover:underline">
          Resolve in the dispute queue →
        </Link>
      ) : null}
    </Card>
  );
}
