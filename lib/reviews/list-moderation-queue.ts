import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { parseInput } from "../core/validation";
import { moderationSelect, toModerationDto, type ModerationDto } from "./dto";
import { assertCanModerate } from "./policies";
import { ModerationQueueQuery } from "./schemas";

export type ListModerationQueueOptions = ModerationQueueQuery & { actor: Actor };

/**
 * The admins' queue. "open": reviews with unresolved reports, most reported first, then oldest
 * report first. "hidden": reviews taken down, most recent first, to restore if that was wrong.
 */
export async function listModerationQueue({ actor, ...query }: ListModerationQueueOptions): Promise<ModerationDto[]> {
  assertCanModerate(actor);
  const { view, limit } = parseInput(ModerationQueueQuery, query);
  const rows =
    view === "open"
      ? await db.review.findMany({
          where: { reports: { some: { status: "OPEN" } } },
          orderBy: [{ reportCount: "desc" }, { createdAt: "asc" }, { id: "asc" }],
          take: limit,
          select: moderationSelect,
        })
      : await db.review.findMany({
          where: { hiddenAt: { not: null } },
          orderBy: [{ hiddenAt: "desc" }, { id: "desc" }],
          take: limit,
          select: moderationSelect,
        });
  return rows.map(toModerationDto);
}
