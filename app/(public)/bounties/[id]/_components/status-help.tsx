import type { BountyDetail } from "@/lib/bounties/get-bounty";
import { Alert } from "@/components/ui/alert";
import { LocalDateTime } from "@/components/ui/local-time";
import { formatMoney } from "@/components/ui/format";
import { LocalDate } from "@/components/bounties/local-date";

const RESOLUTION: Record<string, string> = {
  refund: "Hearth support refunded the poster in full.",
  partial_refund: "Hearth support refunded part of the payment to the poster and released the rest to the provider.",
  release: "Hearth support released the payment to the provider.",
  chargeback_lost: "The poster's bank returned the payment to the poster (a card chargeback).",
};

/** One sentence on where the bounty stands and what happens next, for whoever is looking. */
export function StatusHelp({ bounty }: { bounty: BountyDetail }) {
  const who = bounty.assignedProvider?.businessName ?? "The provider";
  const resolution = bounty.disputeResolution ? RESOLUTION[bounty.disputeResolution] : null;
  const refunded = bounty.payment?.refundedAmount ? ` (${formatMoney(bounty.payment.refundedAmount, bounty.payment.currency)} back to the poster)` : "";
  switch (bounty.status) {
    case "UNDER_REVIEW":
      return (
        <Alert tone="info" title="Under review" data-testid="status-help">
          Hearth support is checking this bounty before it goes on the board (we check some new posts with a large budget). Nobody can see it or make offers yet; you&apos;ll be told as soon as it is live.
        </Alert>
      );
    case "OPEN":
      return (
        <p className="text-sm text-stone-600" data-testid="status-help">
          Open for offers until <LocalDate iso={bounty.dueAt} />.
        </p>
      );
    case "IN_PROGRESS":
      return (
        <p className="text-sm text-stone-600" data-testid="status-help">
          {who} is working on this{bounty.changeRequests ? ` (changes requested ${bounty.changeRequests} of ${bounty.maxChangeRequests} times)` : ""}.
        </p>
      );
    case "AWAITING_APPROVAL":
      return (
        <p className="text-sm text-stone-600" data-testid="status-help">
          {who} submitted the work. The poster approves it or asks for changes
          {bounty.autoReleaseAt ? (
            <>
              ; without an answer by <LocalDateTime iso={bounty.autoReleaseAt} zone="UTC" /> the work is approved automatically
            </>
          ) : null}
          .
        </p>
      );
    case "DISPUTED":
      return (
        <Alert tone="warning" title="In dispute" data-testid="status-help">
          {bounty.dispute?.openedBy?.role === "bank"
            ? "The poster's bank is contesting the card payment (a chargeback). The money is frozen until the bank decides and Hearth support settles the bounty."
            : "The money is frozen while Hearth support reviews both sides. Both of you will hear the outcome."}
        </Alert>
      );
    case "COMPLETED":
      return (
        <Alert tone="success" title="Completed" data-testid="status-help">
          {resolution ? `${resolution}${refunded}` : bounty.budgetAmount === 0 ? "The work was approved. Thank you for helping out!" : "The work was approved and the payment released to the provider."}
        </Alert>
      );
    case "CANCELLED":
      return (
        <Alert tone="info" title="Cancelled" data-testid="status-help">
          {resolution ? `${resolution}${refunded}` : bounty.payment ? "This bounty was cancelled and the escrow refunded to the poster." : "This bounty was cancelled."}
        </Alert>
      );
    case "EXPIRED":
      return (
        <Alert tone="info" title="Expired" data-testid="status-help">
          The due date passed without an accepted offer.
        </Alert>
      );
    default:
      return null;
  }
}
