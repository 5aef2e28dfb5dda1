import type { Metadata } from "next";
import Link from "next/link";
import { listDisputedBounties } from "@/lib/bounties/list-disputed-bounties";
import { listFailedEscrowRefunds } from "@/lib/bounties/list-failed-escrow-refunds";
import type { Actor } from "@/lib/core/auth/actor";
import { isAppError } from "@/lib/core/errors";
import { isTestMode } from "@/lib/payments/get-payment-processor";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { TestModeNotice } from "@/components/payouts/test-mode-notice";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { formatMoney } from "@/components/ui/format";
import { LocalDateTime } from "@/components/ui/local-time";
import { Badge } from "@/components/ui/badge";
import { listDisputes } from "@/lib/disputes/list-disputes";
import { DisputeList } from "./_components/dispute-list";
import { ForbiddenNotice } from "./_components/forbidden-notice";
import { ResolveForm } from "./_components/resolve-form";
import { RetryRefundButton } from "./_components/retry-refund-button";

export const metadata: Metadata = { title: "Disputes" };

type Case = Awaited<ReturnType<typeof listDisputedBounties>>["data"][number];

async function loadQueue(actor: Actor) {
  const [all, { data: cases }, { data: failedRefunds }] = await Promise.all([listDisputes({ actor }), listDisputedBounties({ actor }), listFailedEscrowRefunds({ actor })]);
  return { all, cases, failedRefunds };
}

type FailedRefund = Awaited<ReturnType<typeof listFailedEscrowRefunds>>["data"][number];

const OPENER_LABEL = { poster: "the poster", provider: "the provider", bank: "the poster's bank" } as const;

export default async function AdminDisputesPage() {
  const actor = await requirePageActor("/admin/disputes");
  let queue: Awaited<ReturnType<typeof loadQueue>>;
  try {
    queue = await loadQueue(actor);
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") return <ForbiddenNotice />;
    throw error;
  }

  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <PageHeader title="Disputes" description="Booking and bounty disputes, escalated first, and bank chargebacks. The money stays frozen until you resolve each case." />
      {isTestMode() ? <TestModeNotice detail="Refunds and releases here move test-mode money." /> : null}
      <DisputeList rows={queue.all} />
      <h2 className="mb-4 text-lg font-semibold text-stone-900">Bounty cases</h2>
      {queue.cases.length === 0 ? (
        <EmptyState title="No open disputes" />
      ) : (
        <ul className="space-y-6">
          {queue.cases.map((c) => (
            <li key={c.id}>
              <DisputeCase c={c} />
            </li>
          ))}
        </ul>
      )}
      {queue.failedRefunds.length ? <FailedRefunds refunds={queue.failedRefunds} /> : null}
    </div>
  );
}

/** Escrow refunds the card processor could not complete: the money is held again until support acts. */
function FailedRefunds({ refunds }: { refunds: FailedRefund[] }) {
  return (
    <section className="mt-10" aria-labelledby="failed-refunds-heading">
      <h2 id="failed-refunds-heading" className="text-lg font-semibold text-stone-900">
        Refunds that failed
      </h2>
      <p className="mt-1 text-sm text-stone-600">The card processor could not return this money to the poster. Retry once their card works again, or settle it with them directly.</p>
      <ul className="mt-4 space-y-3">
        {refunds.map((r) => (
          <li key={r.bountyId}>
            <Card className="flex flex-wrap items-center justify-between gap-4 p-4" data-testid="failed-refund" data-bounty-id={r.bountyId}>
              <div className="text-sm">
                <Link href={`/bounties/${r.bountyId}`} className="font-medium text-stone-900 hover:text-brand-700">
                  {r.title}
                </Link>
                <p className="text-stone-600">
                  {formatMoney(r.heldAmount, r.currency)} for {r.poster.name} ({r.poster.email}) · failed <LocalDateTime iso={r.failedAt} zone="UTC" />
                  {r.reason ? ` · ${r.reason.replace(/_/g, " ")}` : ""}
                </p>
              </div>
              <RetryRefundButton bountyId={r.bountyId} />
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}

function DisputeCase({ c }: { c: Case }) {
  const amount = c.payment?.amount ?? 0;
  const currency = c.payment?.currency ?? c.currency;
  return (
    <Card className="space-y-5 p-6" data-testid="dispute-case" data-bounty-id={c.id}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <Link href={`/bounties/${c.id}`} className="text-lg font-semibold text-stone-900 hover:text-brand-700">
            {c.title}
          </Link>
          <p className="text-sm text-stone-500">
            Disputed {c.disputedAt ? <LocalDateTime iso={c.disputedAt} zone="UTC" /> : null} · {c.category.name}
          </p>
        </div>
        <div className="text-right text-sm">
          <p className="font-semibold text-stone-900" data-testid="dispute-amount">
            {amount ? formatMoney(amount, currency) : "For honor"}
          </p>
          {c.payment ? <p className="text-stone-500">{formatMoney(c.payment.heldAmount, currency)} held</p> : null}
        </div>
      </div>

      <div>
        <h3 className="text-xs font-medium tracking-wide text-stone-500 uppercase">
          {c.openedBy ? (
            <span data-testid="dispute-opened-by" data-role={c.openedBy.role}>
              Opened by {OPENER_LABEL[c.openedBy.role]}: {c.openedBy.name}
            </span>
          ) : (
            "Reason given"
          )}
        </h3>
        <p className="mt-1 text-sm whitespace-pre-line text-stone-800" data-testid="dispute-reason">
          {c.disputeReason}
        </p>
      </div>
      {c.payment?.chargeback ? (
        <p className="flex flex-wrap items-center gap-2 text-sm text-stone-700" data-testid="dispute-chargeback">
          <Badge tone={c.payment.chargeback.closedAt ? "neutral" : "warning"}>{c.payment.chargeback.closedAt ? `Chargeback ${c.payment.chargeback.outcome ?? "closed"}` : "Chargeback open"}</Badge>
          {c.payment.chargeback.closedAt
            ? "The bank has decided; resolve the dispute."
            : `The poster's bank is contesting the card payment${c.payment.chargeback.reason ? ` (${c.payment.chargeback.reason.replace(/_/g, " ")})` : ""}. Nothing can be released or refunded until it closes; answer the bank in the Stripe dashboard.`}
        </p>
      ) : null}

      <div className="grid gap-4 md:grid-cols-2">
        <section className="rounded-lg border border-stone-200 p-4" aria-label="Poster">
          <h3 className="text-sm font-semibold text-stone-900">Poster</h3>
          <p className="text-sm text-stone-700">
            {c.poster.name} · <a href={`mailto:${c.poster.email}`} className="text-brand-700 hover:underline">{c.poster.email}</a>
          </p>
          <p className="mt-2 line-clamp-4 text-sm text-stone-600">{c.description}</p>
        </section>
        <section className="rounded-lg border border-stone-200 p-4" aria-label="Provider">
          <h3 className="text-sm font-semibold text-stone-900">Provider</h3>
          {c.provider ? (
            <p className="text-sm text-stone-700">
              <Link href={`/providers/${c.provider.slug}`} className="text-brand-700 hover:underline">
                {c.provider.businessName}
              </Link>{" "}
              · <a href={`mailto:${c.provider.email}`} className="text-brand-700 hover:underline">{c.provider.email}</a>
            </p>
          ) : null}
          <p className="text-sm text-stone-600">Agreed price: {c.agreedAmount ? formatMoney(c.agreedAmount, currency) : "for honor"}</p>
          {c.submission ? (
            <div className="mt-2">
              <p className="text-xs font-medium text-stone-500">Submitted work</p>
              <p className="line-clamp-4 text-sm text-stone-600">{c.submission.notes}</p>
              {c.submission.photos.length ? <p className="text-xs text-stone-500">{c.submission.photos.length} photo(s) on the bounty page</p> : null}
            </div>
          ) : (
            <p className="mt-2 text-sm text-stone-500">No work submitted.</p>
          )}
        </section>
      </div>

      {c.resolvable ? (
        <ResolveForm bountyId={c.id} amount={amount} currency={currency} />
      ) : c.status !== "DISPUTED" ? (
        <p className="text-sm text-stone-600">This bounty is {c.status.toLowerCase()}: its money already moved. If the bank takes it back, recover it from the provider.</p>
      ) : null}
    </Card>
  );
}
