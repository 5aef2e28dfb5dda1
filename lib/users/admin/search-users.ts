import type { Actor } from "../../core/auth/actor";
import { db, type Prisma } from "../../core/db";
import { decodePageCursor, encodePageCursor, olderThan } from "../../core/page-cursor";
import { parseInput } from "../../core/validation";
import { adminUserRowSelect, toAdminUserRow, type AdminUserRowDto } from "./dto";
import { assertAdmin } from "./policies";
import { SearchUsersQuery } from "./schemas";

/**
 * The admin console's user search: email or name containing the text (any case), by role and by
 * status, newest accounts first, a keyset page at a time.
 */
export async function searchUsers({ actor, query }: { actor: Actor | null; query: unknown }): Promise<{ data: AdminUserRowDto[]; nextCursor: string | null }> {
  assertAdmin(actor);
  const q = parseInput(SearchUsersQuery, query);
  const where: Prisma.UserWhereInput[] = [];
  if (q.q) where.push({ OR: [{ email: { contains: q.q, mode: "insensitive" } }, { name: { contains: q.q, mode: "insensitive" } }] });
  if (q.role) where.push({ role: q.role });
  if (q.status === "active") where.push({ disabledAt: null, deletedAt: null });
  if (q.status === "suspended") where.push({ disabledAt: { not: null }, deletedAt: null });
  if (q.cursor) where.push(olderThan(decodePageCursor(q.cursor)));

  const rows = await db.user.findMany({
    where: { AND: where },
    select: adminUserRowSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return { data: page.map(toAdminUserRow), nextCursor: rows.length > q.limit && last ? encodePageCursor(last) : null };
}
