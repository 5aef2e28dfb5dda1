import type { Metadata } from "next";
import Link from "next/link";
import { getBounty } from "@/lib/bounties/get-bounty";
import { listDisputedBounties } from "@/lib/bounties/list-disputed-bounties";
import type { Actor } from "@/lib/core/auth/actor";
import { isAppError } from "@/lib/core/errors";
import { isTestMode } from "@/lib/payments/get-payment-processor";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { TestModeNotice } from "@/components/payouts/test-mode-notice";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { formatMoney } from "@/components/ui/format";
import { LocalDateTime } from "@/components/ui/local-time";
import { ForbiddenNotice } from "./_components/forbidden-notice";
import { ResolveForm } from "./_components/resolve-form";

export const metadata: Metadata = { title: "Disputes" };

type Case = Awaited<ReturnType<typeof listDisputedBounties>>["data"][number];

async function loadQueue(actor: Actor) {
  const { data } = await listDisputedBounties({ actor });
  // The provider's side (the submitted work) comes with the bounty's own detail, which support may read.
  const details = await Promise.all(data.map((c) => getBounty({ actor, bountyId: c.id })));
  return data.map((c, i) => ({ ...c, submission: details[i].submission, description: details[i].description }));
}

export default async function AdminDisputesPage() {
  const actor = await requirePageActor("/admin/disputes");
  let cases: Awaited<ReturnType<typeof loadQueue>>;
  try {
    cases = await loadQueue(actor);
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") return <ForbiddenNotice />;
    throw error;
  }

  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <PageHeader title="Disputes" description="Disputed bounties, oldest first. The money stays frozen until you resolve each case." />
      {isTestMode() ? <TestModeNotice detail="Refunds and releases here move test-mode money." /> : null}
      {cases.length === 0 ? (
        <EmptyState title="No open disputes" />
      ) : (
        <ul className="space-y-6">
          {cases.map((c) => (
            <li key={c.id}>
              <DisputeCase c={c} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function DisputeCase({ c }: { c: Case & { submission: Awaited<ReturnType<typeof getBounty>>["submission"]; description: string } }) {
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
        <h3 className="text-xs font-medium tracking-wide text-stone-500 uppercase">Reason given</h3>
        <p className="mt-1 text-sm whitespace-pre-line text-stone-800" data-testid="dispute-reason">
          {c.disputeReason}
        </p>
      </div>

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

      <ResolveForm bountyId={c.id} amount={amount} currency={currency} />
    </Card>
  );
}
