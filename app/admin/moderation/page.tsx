import type { Metadata } from "next";
import Link from "next/link";
import { isAppError } from "@/lib/core/errors";
import { listModerationQueue } from "@/lib/moderation/list-moderation-queue";
import { KIND_LABELS, QUEUE_STATUSES, REPORT_KINDS, type QueueStatus, type ReportKind } from "@/lib/moderation/schemas";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { LocalDateTime } from "@/components/ui/local-time";
import { ModerationControls } from "./_components/moderation-controls";

export const metadata: Metadata = { title: "Moderation" };

const STATUS_LABELS: Record<QueueStatus, string> = { open: "Open", hidden: "Hidden", dismissed: "Dismissed" };

type Search = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function AdminModerationPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor("/admin/moderation");
  const params = await searchParams;
  const kind = REPORT_KINDS.find((k) => k === one(params.kind));
  const status = QUEUE_STATUSES.find((s) => s === one(params.status)) ?? "open";
  const page = Math.max(1, Math.min(10_000, Number.parseInt(one(params.page) ?? "1", 10) || 1));
  const href = (next: { kind?: ReportKind | null; status?: QueueStatus; page?: number }) => {
    const q = new URLSearchParams();
    const k = next.kind === undefined ? kind : next.kind;
    if (k) q.set("kind", k);
    q.set("status", next.status ?? status);
    if ((next.page ?? 1) > 1) q.set("page", String(next.page));
    return `/admin/moderation?${q}`;
  };

  let queue;
  try {
    queue = await listModerationQueue({ actor, kind, status, page });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") {
      return (
        <div className="mx-auto max-w-xl px-4 py-16">
          <Alert tone="error" title="Admins only">
            Moderation is for administrators.
          </Alert>
        </div>
      );
    }
    throw error;
  }

  const tab = (active: boolean) => cn("rounded-md px-3 py-1.5 text-sm font-medium", active ? "bg-stone-900 text-white" : "text-stone-700 hover:bg-stone-100");
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <PageHeader
        title="Moderation"
        description="Reported reviews, messages, bounties and provider profiles, most reported first. Hiding takes the content down; dismissing keeps it up and closes the reports."
      />
      <nav aria-label="Kind" className="mb-2 flex flex-wrap gap-2">
        <Link href={href({ kind: null, page: 1 })} aria-current={!kind ? "page" : undefined} className={tab(!kind)}>
          Everything
        </Link>
        {REPORT_KINDS.map((k) => (
          <Link key={k} href={href({ kind: k, page: 1 })} aria-current={kind === k ? "page" : undefined} className={tab(kind === k)}>
            {KIND_LABELS[k][0].toUpperCase() + KIND_LABELS[k].slice(1)}s
          </Link>
        ))}
      </nav>
      <nav aria-label="Status" className="mb-6 flex gap-2">
        {QUEUE_STATUSES.map((s) => (
          <Link key={s} href={href({ status: s, page: 1 })} aria-current={status === s ? "page" : undefined} className={tab(status === s)}>
            {STATUS_LABELS[s]}
          </Link>
        ))}
      </nav>

      {queue.data.length === 0 ? (
        <EmptyState title={status === "open" ? "No open reports" : `No ${status} reports`} />
      ) : (
        <ul className="space-y-4">
          {queue.data.map((item) => (
            <li key={`${item.kind}:${item.targetId}`}>
              <Card
                className="space-y-3 p-5"
                data-testid="moderation-item"
                data-kind={item.kind}
                data-target-id={item.targetId}
                data-review-id={item.kind === "REVIEW" ? item.targetId : undefined}
              >
                <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
                  <p className="text-stone-700">
                    <Badge tone="neutral">{KIND_LABELS[item.kind]}</Badge>{" "}
                    {item.link ? (
                      <Link href={item.link} className="font-medium text-brand-700 hover:underline">
                        {item.title}
                      </Link>
                    ) : (
                      <span className="font-medium text-stone-900">{item.title}</span>
                    )}{" "}
                    by <span className="font-medium text-stone-900">{item.authorName}</span>
                  </p>
                  <span className="flex gap-2">
                    <Badge tone={item.reportCount > 1 ? "danger" : "warning"} data-testid="report-count">
                      {item.reportCount} {item.reportCount === 1 ? "report" : "reports"}
                    </Badge>
                    {item.hidden ? <Badge tone="neutral">Hidden</Badge> : null}
                  </span>
                </div>
                {item.excerpt ? <blockquote className="border-l-2 border-stone-300 pl-3 text-sm whitespace-pre-line text-stone-800">{item.excerpt}</blockquote> : null}
                <ul className="space-y-1 text-sm" aria-label="Reports">
                  {item.reports.map((report) => (
                    <li key={report.id} className="flex flex-wrap gap-x-2 text-stone-700" data-testid={item.kind === "REVIEW" ? "review-report" : "content-report"} data-status={report.status}>
                      <span className="font-medium">{report.reporterName}</span>
                      <span className="text-stone-500">
                        <LocalDateTime iso={report.createdAt} zone="UTC" />
                      </span>
                      <span>“{report.reason}”</span>
                      {report.status !== "OPEN" ? <Badge>{report.status.toLowerCase()}</Badge> : null}
                      {report.resolutionNote ? <span className="text-stone-500">({report.resolutionNote})</span> : null}
                    </li>
                  ))}
                </ul>
                {item.missing ? null : <ModerationControls kind={item.kind} targetId={item.targetId} hidden={item.hidden} hasOpen={status === "open"} />}
              </Card>
            </li>
          ))}
        </ul>
      )}

      {page > 1 || queue.hasNext ? (
        <nav aria-label="Pages" className="mt-6 flex justify-between text-sm">
          {page > 1 ? (
            <Link href={href({ page: page - 1 })} className="font-medium text-brand-700 hover:underline">
              ← Previous
            </Link>
          ) : (
            <span />
          )}
          {queue.hasNext ? (
            <Link href={href({ page: page + 1 })} className="font-medium text-brand-700 hover:underline">
              Next →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
