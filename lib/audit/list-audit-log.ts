import type { Actor } from "../core/auth/actor";
import { db, type Prisma } from "../core/db";
import { decodePageCursor, encodePageCursor, olderThan } from "../core/page-cursor";
import { parseInput } from "../core/validation";
import { assertCanReadAudit } from "./policies";
import { AuditLogQuery, dateRange } from "./schemas";

const auditEntrySelect = {
  id: true,
  action: true,
  entityType: true,
  entityId: true,
  data: true,
  createdAt: true,
  actor: { select: { id: true, name: true, email: true } },
} satisfies Prisma.AuditLogSelect;

export type AuditEntryDto = Omit<Prisma.AuditLogGetPayload<{ select: typeof auditEntrySelect }>, "createdAt"> & { createdAt: string };

/** The actor filter: "system" (no user), an email, or a user id. An unknown email matches nothing. */
async function actorCondition(actor: string | undefined): Promise<Prisma.AuditLogWhereInput | null> {
  if (!actor) return {};
  if (actor.toLowerCase() === "system") return { actorId: null };
  if (!actor.includes("@")) return { actorId: actor };
  const user = await db.user.findUnique({ where: { email: actor.toLowerCase() }, select: { id: true } });
  return user ? { actorId: user.id } : null;
}

/**
 * The audit trail, newest first: every admin action (suspensions, role changes, moderation,
 * dispute decisions) and every domain event, with who did it, filtered by actor, action (exact
 * or "prefix."), entity and date range, a keyset page at a time.
 */
export async function listAuditLog({ actor, query }: { actor: Actor | null; query: unknown }): Promise<{ data: AuditEntryDto[]; nextCursor: string | null }> {
  assertCanReadAudit(actor);
  const q = parseInput(AuditLogQuery, query);
  const byActor = await actorCondition(q.actor);
  if (!byActor) return { data: [], nextCursor: null };

  const where: Prisma.AuditLogWhereInput[] = [byActor];
  if (q.action) where.push({ action: q.action.endsWith(".") ? { startsWith: q.action } : q.action });
  if (q.entityType) where.push({ entityType: q.entityType });
  if (q.entityId) where.push({ entityId: q.entityId });
  const range = dateRange(q.from, q.to);
  if (range) where.push({ createdAt: range });
  if (q.cursor) where.push(olderThan(decodePageCursor(q.cursor)));

  const rows = await db.auditLog.findMany({ where: { AND: where }, select: auditEntrySelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: q.limit + 1 });
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    data: page.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
    nextCursor: rows.length > q.limit && last ? encodePageCursor(last) : null,
  };
}
