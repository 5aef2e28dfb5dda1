import type { CategoryNode } from "@/lib/catalog/list-categories";
import type { SelectOption } from "@/components/ui/select";

export type SearchParams = Record<string, string | string[] | undefined>;

/** One filter from the query string: the first value, trimmed; "all" and blank mean no filter. */
export function filterParam(params: SearchParams, key: string): string | undefined {
  const raw = params[key];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value && value !== "all" ? value : undefined;
}

/** `path` with the filters that are set as its query (a paged list's first and next page links). */
export function filteredHref(path: string, filters: object): string {
  const qs = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

/** The category tree as indented options of a category filter. */
export function categoryOptions(nodes: CategoryNode[], depth = 0): SelectOption[] {
  return nodes.flatMap((n) => [{ value: n.slug, label: n.name, depth }, ...categoryOptions(n.children, depth + 1)]);
}
