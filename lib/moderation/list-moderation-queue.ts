import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { parseInput } from "../core/validation";
import type { ReportStatus } from "../generated/prisma/enums";
import { assertCanModerate } from "./policies";
import { ModerationQueueQuery, type QueueStatus, type ReportKind } from "./schemas";
import { loadTargetSummaries, type TargetSummary } from "./target-summaries";

export type ListModerationQueueOptions = ModerationQueueQuery & { actor: Actor };

const STATUS: Record<QueueStatus, ReportStatus> = { open: "OPEN", hidden: "HIDDEN", dismissed: "DISMISSED" };

export interface QueueReportDto {
  id: string;
  reason: string;
  status: ReportStatus;
  createdAt: string;
  resolvedAt: string | null;
  resolutionNote: string | null;
  reporterName: string;
  reporterEmail: string;
}

export interface QueueItemDto extends TargetSummary {
  kind: ReportKind;
  targetId: string;
  /** Reports of this target in the queue's status (= distinct reporters: one report per user and target). */
  reportCount: number;
  reports: QueueReportDto[];
}

/**
 * The admins' one queue across kinds: reported targets whose reports are in `status`, most reported
 * first, then the longest waiting. Paged by page number; `hasNext` says whether another page follows.
 */
export async function listModerationQueue({ actor, ...query }: ListModerationQueueOptions): Promise<{ data: QueueItemDto[]; page: number; hasNext: boolean }> {
  assertCanModerate(actor);
  const { kind, status, page, pageSize } = parseInput(ModerationQueueQuery, query);
  const where = { status: STATUS[status], ...(kind ? { kind } : {}) };
  const groups = await db.contentReport.groupBy({
    by: ["kind", "targetId"],
    where,
    _count: { id: true },
    _min: { createdAt: true },
    orderBy: [{ _count: { id: "desc" } }, { _min: { createdAt: "asc" } }, { targetId: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize + 1,
  });
  const shown = groups.slice(0, pageSize);
  if (shown.length === 0) return { data: [], page, hasNext: false };

  const [reports, summaries] = await Promise.all([
    db.contentReport.findMany({
      where: { status: STATUS[status], OR: shown.map((g) => ({ kind: g.kind, targetId: g.targetId })) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, kind: true, targetId: true, reason: true, status: true, createdAt: true, resolvedAt: true, resolutionNote: true, reporter: { select: { name: true, email: true } } },
    }),
    loadTargetSummaries(db, shown),
  ]);
  const data = shown.map((g): QueueItemDto => {
    const mine = reports.filter((r) => r.kind === g.kind && r.targetId === g.targetId);
    return {
      ...summaries.get(`${g.kind}:${g.targetId}`)!,
      kind: g.kind,
      targetId: g.targetId,
      reportCount: g._count.id,
      reports: mine.map((r) => ({
        id: r.id,
        reason: r.reason,
        status: r.status,
        createdAt: r.createdAt.toISOString(),
        resolvedAt: r.resolvedAt?.toISOString() ?? null,
        resolutionNote: r.resolutionNote,
        reporterName: r.reporter.name,
        reporterEmail: r.reporter.email,
      })),
    };
  });
  return { data, page, hasNext: groups.length > pageSize };
}
