import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { LocalDateTime } from "@/components/ui/local-time";
import type { AuditEntryDto } from "@/lib/audit/list-audit-log";

/** Where an entity lives in the admin console, when it has a page there. */
function entityHref(type: string, id: string): string | null {
  if (type === "User") return `/admin/users/${id}`;
  if (type === "Payment") return `/admin/audit?view=money&paymentId=${encodeURIComponent(id)}`;
  if (type === "Bounty") return `/bounties/${id}`;
  return null;
}

export function AuditTable({ rows }: { rows: AuditEntryDto[] }) {
  return (
    <DataTable columns={["When (UTC)", "Actor", "Action", "Entity", "Details"]} alignTop>
      {rows.map((row) => {
        const href = entityHref(row.entityType, row.entityId);
        return (
          <tr key={row.id} data-testid="audit-row" data-action={row.action}>
            <td className="px-4 py-2 whitespace-nowrap text-stone-500">
              <LocalDateTime iso={row.createdAt} zone="UTC" />
            </td>
            <td className="px-4 py-2">
              {row.actor ? (
                <Link href={`/admin/users/${row.actor.id}`} className="text-stone-900 hover:underline">
                  {row.actor.email}
                </Link>
              ) : (
                <span className="text-stone-500">system</span>
              )}
            </td>
            <td className="px-4 py-2 font-mono text-xs text-stone-900">{row.action}</td>
            <td className="px-4 py-2 text-xs">
              {row.entityType}{" "}
              {href ? (
                <Link href={href} className="font-mono text-brand-700 hover:underline">
                  {row.entityId}
                </Link>
              ) : (
                <span className="font-mono text-stone-600">{row.entityId}</span>
              )}
            </td>
            <td className="max-w-md px-4 py-2">
              {row.data ? <code className="text-xs break-all whitespace-pre-wrap text-stone-700">{JSON.stringify(row.data)}</code> : null}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
