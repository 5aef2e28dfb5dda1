import type { Actor } from "@/lib/core/auth/actor";
import { getSubjectDispute } from "@/lib/disputes/get-subject-dispute";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatMoney } from "@/components/ui/format";
import { LocalDateTime } from "@/components/ui/local-time";
import { DisputeStatusBadge } from "./dispute-status-badge";
import { OpenDisputeForm } from "./open-dispute-form";

/**
 * The dispute block of a booking page (customer and provider) or a bounty page: a link to the
 * dispute and its outcome, or, for the customer inside the window, the form to open one.
 */
export async function SubjectDisputePanel({ actor, bookingId, bountyId }: { actor: Actor; bookingId?: string; bountyId?: string }) {
  const info = await getSubjectDispute({ actor, bookingId, bountyId });
  if (!info.dispute && !info.canOpen) return null;
  return (
    <Card className="mt-6 space-y-3 p-6" data-testid="subject-dispute">
      <h2 className="text-lg font-semibold text-stone-900">Dispute</h2>
      {info.dispute ? (
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
            <DisputeStatusBadge status={info.dispute.status} />
            {info.dispute.resolution && info.dispute.refundAmount !== null ? (
              <span data-testid="subject-dispute-outcome">{formatMoney(info.dispute.refundAmount, info.dispute.currency)} refunded to the customer</span>
            ) : null}
          </p>
          <ButtonLink href={`/disputes/${info.dispute.id}`} variant="secondary" size="sm" data-testid="view-dispute">
            View dispute
          </ButtonLink>
        </div>
      ) : null}
      {info.canOpen && bookingId ? (
        <>
          <p className="text-sm text-stone-600">
            Not happy with this booking? You can open a dispute until {info.windowClosesAt ? <LocalDateTime iso={info.windowClosesAt} zone="UTC" /> : `${info.windowDays} days after it`}.
          </p>
          <OpenDisputeForm bookingId={bookingId} />
        </>
      ) : null}
    </Card>
  );
}
