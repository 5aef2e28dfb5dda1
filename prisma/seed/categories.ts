import type { Db, Tx } from "../../lib/core/db";

export interface CategoryNode {
  slug: string;
  name: string;
  children?: CategoryNode[];
}

/** The marketplace's reference taxonomy: demo, e2e specs and test factories all share it. */
export const DEFAULT_CATEGORY_TREE: CategoryNode[] = [
  {
    slug: "home",
    name: "Home",
    children: [
      { slug: "cleaning", name: "Cleaning" },
      { slug: "plumbing", name: "Plumbing" },
      { slug: "electrical", name: "Electrical" },
      { slug: "handyman", name: "Handyman" },
      { slug: "gardening", name: "Gardening & lawn" },
    ],
  },
  {
    slug: "lessons",
    name: "Lessons",
    children: [
      { slug: "tutoring", name: "Tutoring" },
      { slug: "music-lessons", name: "Music lessons" },
      { slug: "language-lessons", name: "Language lessons" },
    ],
  },
  {
    slug: "wellness",
    name: "Wellness",
    children: [
      { slug: "personal-training", name: "Personal training" },
      { slug: "massage", name: "Massage" },
      { slug: "yoga", name: "Yoga & meditation" },
    ],
  },
  {
    slug: "pets",
    name: "Pets",
    children: [
      { slug: "dog-walking", name: "Dog walking" },
      { slug: "pet-grooming", name: "Pet grooming" },
    ],
  },
];

/** Category ids by slug. */
export type CategoryIds = Record<string, string>;

/**
 * Creates the tree level by level. `skipDuplicates` (ON CONFLICT DO NOTHING) makes it safe to call
 * from every test file in parallel against one shared PostgreSQL database, and again on a seeded one.
 */
export async function createCategoryTree(client: Db | Tx, tree: CategoryNode[] = DEFAULT_CATEGORY_TREE): Promise<CategoryIds> {
  const ids: CategoryIds = {};
  let level = tree.map((node, position) => ({ node, position, parentSlug: null as string | null }));
  while (level.length) {
    await client.category.createMany({
      data: level.map(({ node, position, parentSlug }) => ({
        slug: node.slug,
        name: node.name,
        position,
        parentId: parentSlug ? ids[parentSlug] : null,
      })),
      skipDuplicates: true,
    });
    const rows = await client.category.findMany({
      where: { slug: { in: level.map(({ node }) => node.slug) } },
      select: { id: true, slug: true },
    });
    for (const row of rows) ids[row.slug] = row.id;
    level = level.flatMap(({ node }) =>
      (node.children ?? []).map((child, position) => ({ node: child, position, parentSlug: node.slug })),
    );
  }
  return ids;
}

/** Resolves slugs to ids, creating the default tree first if a slug is unknown (a fresh test database). */
export async function categoryIdsFor(client: Db | Tx, slugs: string[]): Promise<CategoryIds> {
  const wanted = [...new Set(slugs)];
  const find = async () =>
    Object.fromEntries(
      (await client.category.findMany({ where: { slug: { in: wanted } }, select: { id: true, slug: true } })).map(
        (row) => [row.slug, row.id],
      ),
    ) as CategoryIds;
  let ids = await find();
  if (wanted.some((slug) => !ids[slug])) {
    await createCategoryTree(client);
    ids = await find();
  }
  const missing = wanted.filter((slug) => !ids[slug]);
  if (missing.length) throw new Error(`Unknown category slug(s): ${missing.join(", ")}`);
  return ids;
}
