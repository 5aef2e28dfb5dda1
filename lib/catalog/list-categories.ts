import { db } from "../core/db";

export interface CategoryNode {
  id: string;
  slug: string;
  name: string;
  children: CategoryNode[];
}

/** The category tree, ordered by position then name. */
export async function listCategories(): Promise<CategoryNode[]> {
  const rows = await db.category.findMany({
    select: { id: true, slug: true, name: true, parentId: true },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
  const nodes = new Map(rows.map((r) => [r.id, { id: r.id, slug: r.slug, name: r.name, children: [] as CategoryNode[] }]));
  const roots: CategoryNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id)!;
    const parent = row.parentId ? nodes.get(row.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** A category's id and the ids of all its descendants, so "Home" also finds "Plumbing". */
export async function categorySubtreeIds(slug: string): Promise<string[]> {
  const rows = await db.category.findMany({ select: { id: true, slug: true, parentId: true } });
  const root = rows.find((r) => r.slug === slug);
  if (!root) return [];
  const ids = [root.id];
  for (let i = 0; i < ids.length; i++) {
    for (const row of rows) if (row.parentId === ids[i]) ids.push(row.id);
  }
  return ids;
}
