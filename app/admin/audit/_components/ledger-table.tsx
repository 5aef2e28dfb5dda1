import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { LocalDateTime } from "@/components/ui/local-time";
import { Money } from "@/components/ui/money";
import type { LedgerTransactionDto } from "@/lib/audit/list-ledger-transactions";

/** Each money movement with its balanced entries (debits positive, credits negative). */
export function LedgerTable({ rows }: { rows: LedgerTransactionDto[] }) {
  return (
    <DataTable columns={["When (UTC)", "Kind", "Description", "Payment", "Entries"]} alignTop>
      {rows.map((row) => (
        <tr key={row.id} data-testid="ledger-row" data-kind={row.kind}>
          <td className="px-4 py-2 whitespace-nowrap text-stone-500">
            <LocalDateTime iso={row.createdAt} zone="UTC" />
          </td>
          <td className="px-4 py-2 font-mono text-xs text-stone-900">{row.kind}</td>
          <td className="px-4 py-2 text-stone-700">{row.description}</td>
          <td className="px-4 py-2 text-xs">
            {row.paymentId ? (
              <Link href={`/admin/audit?entityType=Payment&entityId=${encodeURIComponent(row.paymentId)}`} className="font-mono text-brand-700 hover:underline" title="Audit entries of this payment">
                {row.paymentId}
              </Link>
            ) : null}
          </td>
          <td className="px-4 py-2">
            <ul className="space-y-0.5 text-xs">
              {row.entries.map((entry) => (
                <li key={entry.id} className="flex justify-between gap-4">
                  <span className="font-mono text-stone-600">{entry.account}</span>
                  <Money amount={entry.amount} currency={entry.currency} className={entry.amount < 0 ? "text-red-700" : "text-stone-900"} />
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
