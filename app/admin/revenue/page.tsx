import type { Metadata } from "next";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { TestModeNotice } from "@/components/payouts/test-mode-notice";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { formatMoney } from "@/components/ui/format";
import { isAppError } from "@/lib/core/errors";
import { isTestMode } from "@/lib/payments/get-payment-processor";
import { getPlatformRevenue, type CurrencyRevenue } from "@/lib/payouts/get-platform-revenue";
import { ForbiddenNotice } from "./_components/forbidden-notice";

export const metadata: Metadata = { title: "Revenue" };

const columns: { key: keyof Omit<CurrencyRevenue, "currency" | "balanced">; label: string; hint: string }[] = [
  { key: "captured", label: "Captured", hint: "Charged to customers' cards" },
  { key: "platformRevenue", label: "Platform revenue", hint: "Fees, net of fees returned with refunds" },
  { key: "refunds", label: "Refunds", hint: "Returned to customers" },
  { key: "payouts", label: "Payouts", hint: "Paid out to providers" },
  { key: "providerPayable", label: "Owed to providers", hint: "Earned, not paid out yet" },
  { key: "escrowHeld", label: "Escrow held", hint: "Captured, not earned or refunded yet" },
];

export default async function AdminRevenuePage() {
  const actor = await requirePageActor("/admin/revenue");
  let revenue;
  try {
    revenue = await getPlatformRevenue({ actor });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") return <ForbiddenNotice />;
    throw error;
  }

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <PageHeader
        title="Revenue"
        description="Straight from the ledger: what was captured and where it went, per currency."
        actions={
          <ButtonLink href="/admin/emails" variant="secondary">
            Mailbox
          </ButtonLink>
        }
      />
      {isTestMode() ? <TestModeNotice detail="The test-mode processor is in use: these are test payments." /> : null}

      {revenue.ok ? (
        <Alert tone="success" className="mb-6" data-testid="ledger-check">
          The ledger balances: every transaction sums to zero, and captured = platform revenue + refunds + payouts + owed to providers + escrow held.
        </Alert>
      ) : (
        <Alert tone="error" className="mb-6" data-testid="ledger-check" title="The ledger does not balance">
          {revenue.unbalancedTransactions.length ? <p>Unbalanced transactions: {revenue.unbalancedTransactions.join(", ")}</p> : null}
          <p>Check the currencies marked below.</p>
        </Alert>
      )}

      {revenue.currencies.length === 0 ? (
        <EmptyState title="No money has moved yet" />
      ) : (
        <DataTable columns={["Currency", ...columns.map((c) => ({ label: c.label, align: "right" as const, title: c.hint })), "Check"]}>
          {revenue.currencies.map((row) => (
            <tr key={row.currency} data-testid="revenue-row" data-currency={row.currency}>
              <td className="px-4 py-2 font-medium text-stone-900">{row.currency}</td>
              {columns.map((c) => (
                <td key={c.key} className="px-4 py-2 text-right whitespace-nowrap text-stone-700" data-testid={`revenue-${c.key}`}>
                  {formatMoney(row[c.key], row.currency)}
                </td>
              ))}
              <td className="px-4 py-2">{row.balanced ? <Badge tone="success">Balanced</Badge> : <Badge tone="danger">Off</Badge>}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
