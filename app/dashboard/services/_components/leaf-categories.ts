import type { CategoryNode } from "@/lib/catalog/list-categories";

export interface CategoryGroup {
  name: string;
  options: { id: string; name: string }[];
}

/** Only leaves can hold a service: each top-level category becomes a group of its leaves. */
export function leafCategoryGroups(tree: CategoryNode[]): CategoryGroup[] {
  const leaves = (node: CategoryNode): { id: string; name: string }[] =>
    node.children.length ? node.children.flatMap((child) => leaves(child).map((leaf) => ({ ...leaf, name: child.children.length ? `${child.name} › ${leaf.name}` : leaf.name }))) : [{ id: node.id, name: node.name }];
  return tree.map((root) => ({ name: root.name, options: leaves(root) }));
}
