import type { Actor } from "../core/auth/actor";
import { db, Prisma } from "../core/db";
import { AppError, notFound } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { reportReview } from "../reviews/report-review";
import { KIND_LABELS, ReportContentInput, type ReportKind } from "./schemas";
import { ENTITY_TYPES, EVENT_PREFIXES, loadForReport } from "./targets";

export type ReportContentOptions = ReportContentInput & { actor: Actor; now?: Date };

/**
 * A signed-in user reports a review, a message, a bounty or a provider profile for the admins'
 * queue. Once per user and target: a repeat is 409 CONFLICT (the unique index decides under a race).
 * Reviews keep their own rules and counter (lib/reviews/report-review.ts).
 */
export async function reportContent({ actor, now = new Date(), ...raw }: ReportContentOptions): Promise<{ reportId: string; kind: ReportKind; targetId: string }> {
  const { kind, targetId, reason } = parseInput(ReportContentInput, raw);
  if (kind === "REVIEW") {
    const { reportId } = await reportReview({ actor, now, reviewId: targetId, reason });
    return { reportId, kind, targetId };
  }
  try {
    return await transactional(async (tx) => {
      const target = await loadForReport(tx, kind, targetId, actor);
      const existing = await tx.contentReport.findUnique({ where: { kind_targetId_reporterId: { kind, targetId, reporterId: actor.userId } }, select: { id: true } });
      if (existing) throw alreadyReported(kind);
      const report = await tx.contentReport.create({ data: { kind, targetId: target.id, reporterId: actor.userId, reason, createdAt: now }, select: { id: true } });
      await recordEvent(tx, {
        type: `${EVENT_PREFIXES[kind]}.reported`,
        actorId: actor.userId,
        entity: { type: ENTITY_TYPES[kind], id: targetId },
        data: { kind, targetId, reportId: report.id },
      });
      return { reportId: report.id, kind, targetId };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw alreadyReported(kind);
    throw error;
  }
}

const alreadyReported = (kind: ReportKind) => new AppError("CONFLICT", `You have already reported this ${KIND_LABELS[kind]}`);

/** The provider routes name a profile by slug (/api/providers/[slug]/reports). */
export async function reportProviderProfile({ slug, ...rest }: { slug: string; reason: string; actor: Actor; now?: Date }) {
  const profile = await db.providerProfile.findUnique({ where: { slug }, select: { id: true } });
  if (!profile) throw notFound("Provider");
  return reportContent({ ...rest, kind: "PROVIDER_PROFILE", targetId: profile.id });
}
