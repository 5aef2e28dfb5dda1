import { db, Prisma } from "../core/db";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { bountyCardSelect, toBountyCard, type BountyCard } from "./dto";
import { ListBountiesQuery } from "./schemas";

const DAY = 86_400_000;
const EARTH_RADIUS_KM = 6371;

/** Opaque keyset cursor over (createdAt desc, id desc). */
const encodeCursor = (createdAt: Date, id: string) => Buffer.from(`${createdAt.toISOString()}|${id}`).toString("base64url");
function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [iso, id, ...rest] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso ?? "");
  if (!id || rest.length || Number.isNaN(createdAt.getTime())) throw new AppError("VALIDATION_FAILED", "Invalid cursor", { fields: { cursor: ["Invalid cursor"] } });
  return { createdAt, id };
}

/** A category and its sub-categories ("home" finds cleaning and plumbing jobs too). */
async function categoryIds(slug: string): Promise<string[]> {
  const category = await db.category.findUnique({ where: { slug }, select: { id: true, children: { select: { id: true } } } });
  return category ? [category.id, ...category.children.map((c) => c.id)] : [];
}

/**
 * The public board: open bounties whose due date has not passed, of posters whose account is not
 * suspended, newest first. Filters: category
 * (with its sub-categories), budget range (0 = for honor), due within N days, remote or on site,
 * and distance from a point (on-site bounties with a location, within radiusKm; each card then
 * carries its distanceKm).
 */
export async function listBounties({ query, now = new Date() }: { query: unknown; now?: Date }): Promise<{ data: BountyCard[]; nextCursor: string | null }> {
  const q = parseInput(ListBountiesQuery, query);
  const near = q.lat !== undefined && q.lng !== undefined ? { lat: q.lat, lng: q.lng } : null;
  const distance = near
    ? Prisma.sql`${2 * EARTH_RADIUS_KM} * asin(sqrt(power(sin(radians(b.lat - ${near.lat}) / 2), 2) + cos(radians(${near.lat})) * cos(radians(b.lat)) * power(sin(radians(b.lng - ${near.lng}) / 2), 2)))`
    : Prisma.sql`NULL::float8`;

  const conditions: Prisma.Sql[] = [
    Prisma.sql`b.status = 'OPEN'`,
    Prisma.sql`b."dueAt" > ${now}`,
    // Hidden by a moderator: off the board until restored.
    Prisma.sql`b."hiddenAt" IS NULL`,
    // A suspended poster's bounties leave the board until the suspension is lifted.
    Prisma.sql`EXISTS (SELECT 1 FROM "User" u WHERE u.id = b."posterId" AND u."disabledAt" IS NULL)`,
  ];
  if (q.category) {
    const ids = await categoryIds(q.category);
    if (!ids.length) return { data: [], nextCursor: null };
    conditions.push(Prisma.sql`b."categoryId" IN (${Prisma.join(ids)})`);
  }
  if (q.minBudget !== undefined) conditions.push(Prisma.sql`b."budgetAmount" >= ${q.minBudget}`);
  if (q.maxBudget !== undefined) conditions.push(Prisma.sql`b."budgetAmount" <= ${q.maxBudget}`);
  if (q.dueWithinDays !== undefined) conditions.push(Prisma.sql`b."dueAt" <= ${new Date(now.getTime() + q.dueWithinDays * DAY)}`);
  if (q.remote !== undefined) conditions.push(Prisma.sql`b."isRemote" = ${q.remote}`);
  if (near && q.radiusKm !== undefined) {
    conditions.push(Prisma.sql`NOT b."isRemote" AND b.lat IS NOT NULL AND b.lng IS NOT NULL AND ${distance} <= ${q.radiusKm}`);
  }
  if (q.cursor) {
    const c = decodeCursor(q.cursor);
    conditions.push(Prisma.sql`(b."createdAt" < ${c.createdAt} OR (b."createdAt" = ${c.createdAt} AND b.id < ${c.id}))`);
  }

  const rows = await db.$queryRaw<{ id: string; createdAt: Date; distance: number | null }[]>`
    SELECT b.id, b."createdAt", CASE WHEN b.lat IS NULL OR b.lng IS NULL OR b."isRemote" THEN NULL ELSE ${distance} END AS distance
    FROM "Bounty" b
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY b."createdAt" DESC, b.id DESC
    LIMIT ${q.limit + 1}`;
  const page = rows.slice(0, q.limit);
  const cards = await db.bounty.findMany({ where: { id: { in: page.map((r) => r.id) } }, select: bountyCardSelect });
  const byId = new Map(cards.map((c) => [c.id, c]));
  const last = page.at(-1);
  return {
    data: page.flatMap((r) => {
      const card = byId.get(r.id);
      return card ? [toBountyCard(card, r.distance === null ? null : Number(r.distance))] : [];
    }),
    nextCursor: rows.length > q.limit && last ? encodeCursor(new Date(last.createdAt), last.id) : null,
  };
}
