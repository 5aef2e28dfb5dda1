import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { TestModeNotice } from "@/components/payouts/test-mode-notice";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { formatDate, formatMoney } from "@/components/ui/format";
import { isAppError } from "@/lib/core/errors";
import { isTestMode } from "@/lib/payments/get-payment-processor";
import { listProviderEarnings, type EarningDto } from "@/lib/payouts/list-provider-earnings";

export const metadata: Metadata = { title: "Earnings" };

const kindLabels: Record<string, string> = {
  capture: "Job paid",
  release: "Escrow released",
  refund: "Refund to customer",
  payout: "Payout",
};

function describe(entry: EarningDto): string {
  const base = kindLabels[entry.kind] ?? entry.kind;
  const label = entry.paymentKind === "RESCHEDULE_FEE" ? `${base} (reschedule fee)` : base;
  return entry.booking ? `${label} · ${entry.booking.serviceName}` : label;
}

export default async function EarningsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("/dashboard/earnings");
  const { cursor: rawCursor } = await searchParams;
  const cursor = typeof rawCursor === "string" && rawCursor ? rawCursor : undefined;
  let page;
  try {
    page = await listProviderEarnings({ actor, cursor, limit: 25 });
  } catch (error) {
    if (isAppError(error) && error.code === "VALIDATION_FAILED") {
      return (
        <div className="mx-auto max-w-xl px-4 py-16">
          <Alert tone="error" title="That page link is not valid">
            <Link href="/dashboard/earnings" className="underline">
              Back to the newest earnings
            </Link>
          </Alert>
        </div>
      );
    }
    throw error;
  }

  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <PageHeader
        title="Earnings"
        description="Every change to your balance: your share of each paid job after the platform fee, refunds and payouts."
        actions={<ButtonLink href="/dashboard/payouts">Payouts</ButtonLink>}
      />
      {isTestMode() ? <TestModeNotice detail="These are test payments; no money moved." /> : null}

      {page.data.length === 0 ? (
        <EmptyState title={cursor ? "No older entries" : "No earnings yet"}>Your share of each job appears here once the job is completed and paid.</EmptyState>
      ) : (
        <DataTable columns={["Date", "What", { label: "Job price", align: "right" }, { label: "Your balance", align: "right" }]}>
          {page.data.map((entry) => (
            <tr key={entry.id} data-testid="earning-row">
              <td className="px-4 py-2 whitespace-nowrap text-stone-600">{formatDate(entry.createdAt.toISOString())}</td>
              <td className="px-4 py-2">
                {entry.booking ? (
                  <Link href={`/dashboard/bookings/${entry.booking.id}`} className="font-medium text-stone-900 hover:underline">
                    {describe(entry)}
                  </Link>
                ) : (
                  <span className="font-medium text-stone-900">{describe(entry)}</span>
                )}
              </td>
              <td className="px-4 py-2 text-right text-stone-600">{entry.payment ? formatMoney(entry.payment.amount, entry.currency) : "—"}</td>
              <td className={entry.amount < 0 ? "px-4 py-2 text-right text-stone-700" : "px-4 py-2 text-right font-medium text-emerald-700"}>
                {entry.amount > 0 ? "+" : "−"}
                {formatMoney(Math.abs(entry.amount), entry.currency)}
              </td>
            </tr>
          ))}
        </DataTable>
      )}

      <div className="mt-4 flex gap-4 text-sm">
        {cursor ? (
          <Link href="/dashboard/earnings" className="font-medium text-brand-700 hover:underline">
            ← Newest
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link href={`/dashboard/earnings?cursor=${encodeURIComponent(page.nextCursor)}`} className="font-medium text-brand-700 hover:underline">
            Older entries →
          </Link>
        ) : null}
      </div>
    </div>
  );
}
