import type { Metadata } from "next";
import Link from "next/link";
import { AdminsOnly } from "@/components/admin/admins-only";
import { hrefWith, param } from "@/components/admin/search-params";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { Alert } from "@/components/ui/alert";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { CursorPager } from "@/components/ui/cursor-pager";
import { isAppError } from "@/lib/core/errors";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { listLedgerTransactions } from "@/lib/audit/list-ledger-transactions";
import { AuditTable } from "./_components/audit-table";
import { LedgerTable } from "./_components/ledger-table";

export const metadata: Metadata = { title: "Audit log" };

const control = "h-9 rounded-lg border border-stone-300 px-3 text-sm focus:border-brand-500 focus:outline-none";

function FilterInput({ name, label, value, type = "text", placeholder }: { name: string; label: string; value?: string; type?: string; placeholder?: string }) {
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-stone-600">
      {label}
      <input name={name} type={type} defaultValue={value} placeholder={placeholder} className={control} />
    </label>
  );
}

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("/admin/audit");
  const raw = await searchParams;
  const view = param(raw, "view") === "money" ? "money" : "events";
  const cursor = param(raw, "cursor");
  const filters =
    view === "money"
      ? { view, kind: param(raw, "kind"), paymentId: param(raw, "paymentId"), from: param(raw, "from"), to: param(raw, "to") }
      : { view: undefined, actor: param(raw, "actor"), action: param(raw, "action"), entityType: param(raw, "entityType"), entityId: param(raw, "entityId"), from: param(raw, "from"), to: param(raw, "to") };

  let page;
  try {
    page =
      view === "money"
        ? { view: "money" as const, ...(await listLedgerTransactions({ actor, query: { ...filters, cursor } })) }
        : { view: "events" as const, ...(await listAuditLog({ actor, query: { ...filters, cursor } })) };
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") return <AdminsOnly what="The audit log" />;
    if (!isAppError(error) || error.code !== "VALIDATION_FAILED") throw error;
    const fields = (error.details as { fields?: Record<string, string[]> } | undefined)?.fields ?? {};
    page = { invalid: Object.entries(fields).map(([field, messages]) => `${field}: ${messages[0]}`) };
  }

  const tabs = [
    { view: "events", label: "Actions and events", href: "/admin/audit" },
    { view: "money", label: "Money (ledger)", href: "/admin/audit?view=money" },
  ];

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <PageHeader
        title="Audit log"
        description="Who did what, newest first. Every admin action and domain event is here; every money movement is a ledger transaction under Money."
      />
      <nav aria-label="Audit views" className="mb-4 flex gap-2">
        {tabs.map((tab) => (
          <Link
            key={tab.view}
            href={tab.href}
            aria-current={view === tab.view ? "page" : undefined}
            className={cn("rounded-md px-3 py-1.5 text-sm font-medium", view === tab.view ? "bg-stone-900 text-white" : "text-stone-700 hover:bg-stone-100")}
          >
            {tab.label}
          </Link>
        ))}
      </nav>

      <form className="mb-6 flex flex-wrap items-end gap-3" role="search" aria-label="Filter the audit log">
        {view === "money" ? (
          <>
            <input type="hidden" name="view" value="money" />
            <FilterInput name="kind" label="Kind" value={filters.kind} placeholder="capture, refund, payout…" />
            <FilterInput name="paymentId" label="Payment id" value={filters.paymentId} />
          </>
        ) : (
          <>
            <FilterInput name="actor" label="Actor" value={"actor" in filters ? filters.actor : undefined} placeholder="email, user id or system" />
            <FilterInput name="action" label="Action" value={"action" in filters ? filters.action : undefined} placeholder="user.suspended or user." />
            <FilterInput name="entityType" label="Entity type" value={"entityType" in filters ? filters.entityType : undefined} placeholder="User, Booking, Payment…" />
            <FilterInput name="entityId" label="Entity id" value={"entityId" in filters ? filters.entityId : undefined} />
          </>
        )}
        <FilterInput name="from" label="From (UTC)" type="date" value={filters.from} />
        <FilterInput name="to" label="To (UTC, inclusive)" type="date" value={filters.to} />
        <button type="submit" className="h-9 rounded-lg border border-stone-300 bg-white px-3 text-sm font-medium text-stone-800 hover:bg-stone-50">
          Filter
        </button>
        <Link href={view === "money" ? "/admin/audit?view=money" : "/admin/audit"} className="h-9 px-2 py-2 text-sm text-stone-600 hover:underline">
          Clear
        </Link>
      </form>

      {"invalid" in page ? (
        <Alert tone="error" title="Those filters could not be read">
          {page.invalid.join("; ") || "Change the filters and try again."}
        </Alert>
      ) : page.data.length === 0 ? (
        <EmptyState title="Nothing matches these filters" />
      ) : (
        <>
          {page.view === "money" ? <LedgerTable rows={page.data} /> : <AuditTable rows={page.data} />}
          <CursorPager
            firstHref={cursor ? hrefWith("/admin/audit", filters, {}) : null}
            nextHref={page.nextCursor ? hrefWith("/admin/audit", filters, { cursor: page.nextCursor }) : null}
          />
        </>
      )}
    </div>
  );
}
