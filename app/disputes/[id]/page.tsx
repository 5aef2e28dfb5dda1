import type { Metadata } from "next";
import Link from "next/link";
import { getDispute } from "@/lib/disputes/get-dispute";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { DisputeStatusBadge } from "@/components/disputes/dispute-status-badge";
import { Card } from "@/components/ui/card";
import { formatMoney } from "@/components/ui/format";
import { LocalDateTime } from "@/components/ui/local-time";
import { EvidenceForm } from "./_components/evidence-form";
import { MessageForm } from "./_components/message-form";
import { EscalateButton, ProposalAnswer } from "./_components/proposal-answer";
import { ProposalForm } from "./_components/proposal-form";
import { ResolveCaseForm } from "./_components/resolve-case-form";
import { orNotFound } from "@/components/pages/or-not-found";

export const metadata: Metadata = { title: "Dispute" };

const WHO = { customer: "Customer", provider: "Provider", admin: "Hearth support", bank: "The customer's bank" } as const;
const OUTCOME: Record<string, string> = { refund: "Full refund", partial_refund: "Partial refund", release: "Released to the provider", chargeback_lost: "Returned by the bank" };

export default async function DisputePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/disputes/${encodeURIComponent(id)}`);
  const d = await orNotFound(getDispute({ actor, disputeId: id }));
  const back =
    d.subject.kind === "bounty"
      ? { href: `/bounties/${d.subject.id}`, label: "the bounty" }
      : d.viewer === "provider"
        ? { href: `/dashboard/bookings/${d.subject.id}`, label: "the booking" }
        : d.viewer === "admin"
          ? { href: "/admin/disputes", label: "the disputes queue" }
          : { href: `/account/bookings/${d.subject.id}`, label: "the booking" };
  const answerable = new Set(d.allowed.answer);

  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-10 sm:px-6" data-testid="dispute-page" data-dispute-id={d.id}>
      <Link href={back.href} className="text-sm text-stone-500 hover:underline">
        ← Back to {back.label}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Dispute: {d.subject.title}</h1>
          <p className="mt-1 text-sm text-stone-600">
            {d.subject.customerName} and {d.subject.providerName} · opened by {WHO[d.openedBy].toLowerCase()} <LocalDateTime iso={d.createdAt} zone="UTC" />
          </p>
        </div>
        <DisputeStatusBadge status={d.status} />
      </div>

      <Card className="space-y-3 p-6">
        <p className="text-sm whitespace-pre-line text-stone-800" data-testid="dispute-reason">
          {d.reason}
        </p>
        <p className="text-sm text-stone-600">Paid: {formatMoney(d.paidAmount, d.currency)}. The provider&apos;s payment is held while the dispute is open.</p>
        {d.responseDueAt ? (
          <p className="text-sm text-stone-600" data-testid="dispute-deadline">
            The provider has until <LocalDateTime iso={d.responseDueAt} zone="UTC" /> to answer, or Hearth support decides.
          </p>
        ) : null}
        {d.resolution ? (
          <p className="text-sm font-medium text-stone-900" data-testid="dispute-outcome" data-refund={d.refundAmount ?? 0}>
            {OUTCOME[d.resolution] ?? d.resolution}: {formatMoney(d.refundAmount ?? 0, d.currency)} refunded to the customer, {formatMoney(d.releasedAmount ?? 0, d.currency)} to the provider.
          </p>
        ) : null}
      </Card>

      <section aria-labelledby="dispute-thread" className="space-y-3">
        <h2 id="dispute-thread" className="text-lg font-semibold text-stone-900">
          Messages and evidence
        </h2>
        {d.messages.length === 0 && d.evidence.length === 0 ? <p className="text-sm text-stone-500">Nothing yet.</p> : null}
        <ul className="space-y-2">
          {d.messages.map((m) => (
            <li key={m.id} className="rounded-lg border border-stone-200 p-3 text-sm" data-testid="dispute-message" data-author={m.author}>
              <p className="text-xs text-stone-500">
                {WHO[m.author]} · <LocalDateTime iso={m.createdAt} zone="UTC" />
              </p>
              <p className="mt-1 whitespace-pre-line text-stone-800">{m.body}</p>
            </li>
          ))}
          {d.evidence.map((e) => (
            <li key={e.id} className="rounded-lg border border-stone-200 p-3 text-sm" data-testid="dispute-evidence">
              {WHO[e.author]} attached{" "}
              <a href={e.url} className="font-medium text-brand-700 hover:underline" target="_blank" rel="noreferrer">
                {e.fileName}
              </a>
            </li>
          ))}
        </ul>
        {d.allowed.message ? <MessageForm disputeId={d.id} /> : null}
        {d.allowed.evidence ? <EvidenceForm disputeId={d.id} /> : null}
      </section>

      <section aria-labelledby="dispute-proposals" className="space-y-3">
        <h2 id="dispute-proposals" className="text-lg font-semibold text-stone-900">
          Proposals
        </h2>
        {d.proposals.length === 0 ? <p className="text-sm text-stone-500">No settlement proposed yet.</p> : null}
        <ul className="space-y-2">
          {d.proposals.map((p) => (
            <li key={p.id} className="rounded-lg border border-stone-200 p-3 text-sm" data-testid="dispute-proposal" data-status={p.status}>
              <p>
                {WHO[p.by]} proposes a refund of {formatMoney(p.refundAmount, d.currency)} · {p.status.toLowerCase()}
              </p>
              {p.note ? <p className="text-stone-600">{p.note}</p> : null}
              {answerable.has(p.id) ? <ProposalAnswer proposalId={p.id} /> : null}
            </li>
          ))}
        </ul>
        {d.allowed.propose ? <ProposalForm disputeId={d.id} paidAmount={d.paidAmount} currency={d.currency} /> : null}
      </section>

      {d.allowed.escalate ? <EscalateButton disputeId={d.id} /> : null}
      {d.allowed.resolve ? (
        <Card className="p-6">
          <h2 className="mb-4 text-lg font-semibold text-stone-900">Decide</h2>
          <ResolveCaseForm disputeId={d.id} paidAmount={d.paidAmount} currency={d.currency} />
        </Card>
      ) : null}
    </div>
  );
}
