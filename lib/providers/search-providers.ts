import { db, type Prisma } from "../core/db";
import { parseInput } from "../core/validation";
import { categorySubtreeIds } from "../catalog/list-categories";
import { providerCardSelect, toProviderCard } from "./dto";
import { bookableServiceWhere, listedProviderWhere } from "./listing-readiness";
import { SearchProvidersQuery } from "./schemas";

/** Public provider search over live listings only: category (with subcategories), city and text; best rated first. */
export async function searchProviders(query: unknown) {
  const input = parseInput(SearchProvidersQuery, query);
  const categoryIds = input.category ? await categorySubtreeIds(input.category) : null;
  if (categoryIds && categoryIds.length === 0) return { data: [], nextCursor: null };

  const where: Prisma.ProviderProfileWhereInput = {
    AND: [
      listedProviderWhere,
      { services: { some: { ...bookableServiceWhere, ...(categoryIds ? { categoryId: { in: categoryIds } } : {}) } } },
    ],
    ...(input.city ? { city: { equals: input.city, mode: "insensitive" } } : {}),
    ...(input.q
      ? {
          OR: [
            { businessName: { contains: input.q, mode: "insensitive" } },
            { bio: { contains: input.q, mode: "insensitive" } },
            { services: { some: { ...bookableServiceWhere, name: { contains: input.q, mode: "insensitive" } } } },
          ],
        }
      : {}),
  };
  const rows = await db.providerProfile.findMany({
    where,
    select: providerCardSelect,
    orderBy: [{ ratingCount: "desc" }, { id: "asc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, input.limit);
  return { data: page.map(toProviderCard), nextCursor: rows.length > input.limit ? page[page.length - 1].id : null };
}

/** Cities that have at least one live provider, for the filter. */
export async function listProviderCities(): Promise<string[]> {
  const rows = await db.providerProfile.findMany({ where: listedProviderWhere, distinct: ["city"], select: { city: true }, orderBy: { city: "asc" } });
  return rows.map((r) => r.city);
}
