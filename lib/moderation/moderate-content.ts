import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { applyReviewModeration } from "../reviews/moderate-review";
import { assertCanModerate } from "./policies";
import { KIND_LABELS, ModerateContentInput, type ReportKind } from "./schemas";
import { ENTITY_TYPES, EVENT_PREFIXES, lockTarget, setHidden } from "./targets";

export type ModerateContentOptions = ModerateContentInput & { actor: Actor; now?: Date };

export interface ModerationResult {
  kind: ReportKind;
  targetId: string;
  hidden: boolean;
  reportIds: string[];
}

/**
 * An admin's decision on reported content, from the unified queue:
 * - HIDE: the content goes (see docs/moderation.md for what that means per kind); open reports → HIDDEN.
 * - RESTORE: hidden content comes back; the reports that took it down → DISMISSED.
 * - DISMISS: visible content stays; its open reports → DISMISSED.
 * State, reports, AuditLog and the outbox event (`<kind>.hidden|restored|reports_dismissed`) in one
 * transaction; the reporters and the author are notified after commit (handlers/).
 */
export async function moderateContent({ actor, now = new Date(), ...raw }: ModerateContentOptions): Promise<ModerationResult> {
  const { kind, targetId, action, note } = parseInput(ModerateContentInput, raw);
  assertCanModerate(actor);
  if (kind === "REVIEW") {
    return transactional(async (tx) => {
      const { reportIds } = await applyReviewModeration(tx, { reviewId: targetId, action, note, actor, now });
      return { kind, targetId, hidden: action === "HIDE", reportIds };
    });
  }
  const label = KIND_LABELS[kind];
  return transactional(async (tx) => {
    const target = await lockTarget(tx, kind, targetId);
    const hidden = target.hiddenAt !== null;
    const resolution = { resolvedBy: actor.userId, resolvedAt: now, resolutionNote: note ?? null };
    const open = (await tx.contentReport.findMany({ where: { kind, targetId, status: "OPEN" }, select: { id: true } })).map((r) => r.id);
    let reportIds: string[];
    let verb: "hidden" | "restored" | "reports_dismissed";

    if (action === "HIDE") {
      if (hidden) throw new AppError("INVALID_STATE", `This ${label} is already hidden`);
      await setHidden(tx, kind, targetId, now);
      await tx.contentReport.updateMany({ where: { id: { in: open } }, data: { status: "HIDDEN", ...resolution } });
      reportIds = open;
      verb = "hidden";
    } else if (action === "RESTORE") {
      if (!hidden) throw new AppError("INVALID_STATE", `This ${label} is not hidden`);
      await setHidden(tx, kind, targetId, null);
      const upheld = (await tx.contentReport.findMany({ where: { kind, targetId, status: { in: ["HIDDEN", "OPEN"] } }, select: { id: true } })).map((r) => r.id);
      await tx.contentReport.updateMany({ where: { id: { in: upheld } }, data: { status: "DISMISSED", ...resolution } });
      reportIds = upheld;
      verb = "restored";
    } else {
      if (hidden) throw new AppError("INVALID_STATE", `This ${label} is hidden: restore it instead`);
      if (open.length === 0) throw new AppError("INVALID_STATE", `This ${label} has no open reports`);
      await tx.contentReport.updateMany({ where: { id: { in: open } }, data: { status: "DISMISSED", ...resolution } });
      reportIds = open;
      verb = "reports_dismissed";
    }

    await recordEvent(tx, {
      type: `${EVENT_PREFIXES[kind]}.${verb}`,
      actorId: actor.userId,
      entity: { type: ENTITY_TYPES[kind], id: targetId },
      data: { kind, targetId, authorId: target.authorId, reportIds, ...(note ? { note } : {}) },
    });
    return { kind, targetId, hidden: verb === "hidden", reportIds };
  });
}
