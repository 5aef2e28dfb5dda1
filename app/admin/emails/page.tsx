import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { Badge } from "@/components/ui/badge";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { LocalDateTime } from "@/components/ui/local-time";
import { isAppError } from "@/lib/core/errors";
import { listDevMailbox } from "@/lib/notifications/list-dev-mailbox";
import { ForbiddenNotice } from "./_components/forbidden-notice";

export const metadata: Metadata = { title: "Mailbox" };

export default async function AdminEmailsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("/admin/emails");
  const { to: rawTo } = await searchParams;
  const to = typeof rawTo === "string" && rawTo.trim() ? rawTo.trim() : undefined;
  let emails;
  try {
    emails = await listDevMailbox({ actor, to, limit: 100 });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") return <ForbiddenNotice />;
    throw error;
  }

  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <PageHeader title="Mailbox" description="Every email the app has sent or would have sent, newest first." />

      <form className="mb-4 flex gap-2" role="search">
        <label htmlFor="to" className="sr-only">
          Recipient
        </label>
        <input
          id="to"
          name="to"
          type="search"
          defaultValue={to}
          placeholder="Filter by recipient email"
          className="h-9 w-full max-w-sm rounded-lg border border-stone-300 px-3 text-sm focus:border-brand-500 focus:outline-none"
        />
        <button type="submit" className="h-9 rounded-lg border border-stone-300 bg-white px-3 text-sm font-medium text-stone-800 hover:bg-stone-50">
          Filter
        </button>
      </form>

      {emails.length === 0 ? (
        <EmptyState title="No emails yet" />
      ) : (
        <DataTable columns={["Sent", "To", "Subject", "Template", "Transport"]}>
          {emails.map((email) => (
            <tr key={email.id} data-testid="mailbox-row" className="hover:bg-stone-50">
              <td className="px-4 py-2 whitespace-nowrap text-stone-500">
                <LocalDateTime iso={email.createdAt.toISOString()} zone="UTC" />
              </td>
              <td className="px-4 py-2 text-stone-700">{email.to}</td>
              <td className="px-4 py-2">
                <Link href={`/admin/emails/${email.id}`} className="font-medium text-stone-900 hover:underline">
                  {email.subject}
                </Link>
              </td>
              <td className="px-4 py-2 text-stone-600">{email.template}</td>
              <td className="px-4 py-2">
                <Badge tone={email.transport === "sendgrid" ? "info" : "neutral"}>{email.transport}</Badge>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
