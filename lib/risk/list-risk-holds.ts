import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { assertCanReviewRisk } from "./policies";
import type { RiskContribution } from "./score";

const QUEUE_LIMIT = 100;

export interface RiskHoldDto {
  id: string;
  kind: "BOUNTY" | "PAYOUT";
  subjectId: string;
  /** Where an admin sees the subject: the bounty's page, or the provider's account page. */
  subjectPath: string;
  user: { id: string; name: string; email: string };
  score: number;
  reasons: RiskContribution[];
  amount: number;
  currency: string;
  createdAt: string;
}

/**
 * The admin queue: pending holds, oldest first (index reviewStatus, createdAt), at most 100 at a
 * time; deciding one brings the next in.
 */
export async function listRiskHolds({ actor }: { actor: Actor | null }): Promise<RiskHoldDto[]> {
  assertCanReviewRisk(actor);
  const rows = await db.riskAssessment.findMany({
    where: { reviewStatus: "PENDING" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: QUEUE_LIMIT,
    select: { id: true, subjectKind: true, subjectId: true, userId: true, score: true, signals: true, amount: true, currency: true, createdAt: true },
  });
  const users = await db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.userId))] } }, select: { id: true, name: true, email: true } });
  const byId = new Map(users.map((u) => [u.id, u]));
  return rows
    .filter((r): r is typeof r & { subjectKind: "BOUNTY" | "PAYOUT" } => r.subjectKind !== "BOOKING")
    .map((r) => ({
      id: r.id,
      kind: r.subjectKind,
      subjectId: r.subjectId,
      subjectPath: r.subjectKind === "BOUNTY" ? `/bounties/${encodeURIComponent(r.subjectId)}` : `/admin/users/${encodeURIComponent(r.userId)}`,
      user: byId.get(r.userId) ?? { id: r.userId, name: "(unknown)", email: "" },
      score: r.score,
      reasons: ((r.signals as { contributions?: RiskContribution[] } | null)?.contributions ?? []).map(({ code, points, detail }) => ({ code, points, detail })),
      amount: r.amount,
      currency: r.currency,
      createdAt: r.createdAt.toISOString(),
    }));
}
