import { db } from "../core/db";
import { listedProviderWhere } from "./listing-readiness";

/** The providers whose page anyone may open: live listings only (the onboarding checklist is done). */
const publicProvider = listedProviderWhere;

export interface PublicProviderSlug {
  slug: string;
  updatedAt: Date;
}

/** How many public provider pages there are, to split the sitemap. */
export function countPublicProviders(): Promise<number> {
  return db.providerProfile.count({ where: publicProvider });
}

/**
 * One page of public provider slugs with their last change, in a stable order (id), for the
 * sitemap. Public data only, so no actor: it is what anyone can see by browsing /providers.
 */
export async function listPublicProviderSlugs({ offset = 0, limit = 1_000 }: { offset?: number; limit?: number } = {}): Promise<PublicProviderSlug[]> {
  return db.providerProfile.findMany({
    where: publicProvider,
    select: { slug: true, updatedAt: true },
    orderBy: { id: "asc" },
    skip: offset,
    take: Math.min(Math.max(limit, 1), 5_000),
  });
}

/** Every public slug from `offset`, at most `max`, read in batches so no query loads the whole table. */
export async function collectPublicProviderSlugs({ offset = 0, max, batch = 1_000 }: { offset?: number; max: number; batch?: number }): Promise<PublicProviderSlug[]> {
  const all: PublicProviderSlug[] = [];
  while (all.length < max) {
    const wanted = Math.min(batch, max - all.length);
    const page = await listPublicProviderSlugs({ offset: offset + all.length, limit: wanted });
    all.push(...page);
    if (page.length < wanted) break;
  }
  return all;
}
