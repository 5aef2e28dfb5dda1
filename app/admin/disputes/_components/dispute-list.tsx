import Link from "next/link";
import type { listDisputes } from "@/lib/disputes/list-disputes";
import { DisputeStatusBadge } from "@/components/disputes/dispute-status-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatMoney } from "@/components/ui/format";
import { LocalDateTime } from "@/components/ui/local-time";

type Row = Awaited<ReturnType<typeof listDisputes>>[number];

/** Every open booking and bounty dispute, escalated first; each opens its case page. */
export function DisputeList({ rows }: { rows: Row[] }) {
  return (
    <section className="mb-10" aria-labelledby="all-disputes-heading">
      <h2 id="all-disputes-heading" className="text-lg font-semibold text-stone-900">
        All open disputes
      </h2>
      {rows.length === 0 ? <p className="mt-2 text-sm text-stone-500">None.</p> : null}
      <ul className="mt-4 space-y-3">
        {rows.map((r) => (
          <li key={r.id}>
            <Card className="flex flex-wrap items-center justify-between gap-4 p-4" data-testid="dispute-row" data-dispute-id={r.id} data-kind={r.kind} data-subject-id={r.subjectId}>
              <div className="space-y-1 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <Badge tone="neutral">{r.kind === "booking" ? "Booking" : "Bounty"}</Badge>
                  <Link href={`/disputes/${r.id}`} className="font-medium text-stone-900 hover:text-brand-700" data-testid="open-dispute-case">
                    {r.title}
                  </Link>
                  {r.byChargeback ? <Badge tone="warning">Chargeback</Badge> : null}
                </p>
                <p className="text-stone-600">
                  {r.customerName} vs {r.providerName} · {formatMoney(r.paidAmount, r.currency)} · opened <LocalDateTime iso={r.createdAt} zone="UTC" /> · {r.messageCount} messages, {r.evidenceCount} files
                </p>
                <p className="line-clamp-2 text-stone-700">{r.reason}</p>
              </div>
              <DisputeStatusBadge status={r.status} />
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
