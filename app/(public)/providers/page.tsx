import type { Metadata } from "next";
import Link from "next/link";
import { PagedCardGrid } from "@/components/ui/cursor-pager";
import { categoryOptions, filteredHref, filterParam, type SearchParams } from "@/components/pages/search-params";
import { connection } from "next/server";
import { listCategories, type CategoryNode } from "@/lib/catalog/list-categories";
import { listProviderCities, searchProviders } from "@/lib/providers/search-providers";
import { isAppError } from "@/lib/core/errors";
import { ProviderCard } from "@/components/providers/provider-card";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { Input, NativeSelect } from "@/components/ui/input";
import { CategorySelect } from "./_components/category-select";

export const metadata: Metadata = { title: "Find a pro" };

function findName(nodes: CategoryNode[], slug: string): string | undefined {
  for (const n of nodes) {
    if (n.slug === slug) return n.name;
    const inChild = findName(n.children, slug);
    if (inChild) return inChild;
  }
  return undefined;
}

const href = (filters: { category?: string; city?: string; q?: string; cursor?: string }) => filteredHref("/providers", filters);

export default async function ProvidersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const params = await searchParams;
  const filters = { category: filterParam(params, "category"), city: filterParam(params, "city"), q: filterParam(params, "q") };
  const cursor = filterParam(params, "cursor");

  const [categories, cities, result] = await Promise.all([
    listCategories(),
    listProviderCities(),
    searchProviders({ ...filters, cursor, limit: 12 }).catch((error: unknown) => {
      if (isAppError(error)) return { error: error.message };
      throw error;
    }),
  ]);

  const categoryName = filters.category ? findName(categories, filters.category) : undefined;
  const summary = [
    filters.q ? `matching “${filters.q}”` : null,
    categoryName ? `in ${categoryName}` : null,
    filters.city ? `near ${filters.city}` : null,
  ].filter(Boolean);

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight">Find a pro</h1>
      <p className="mt-1 text-stone-600">{summary.length ? `Providers ${summary.join(" ")}` : "All providers, best reviewed first"}</p>

      <form action="/providers" method="get" role="search" aria-label="Filter providers" className="mt-6 grid gap-4 rounded-xl border border-stone-200 bg-white p-4 shadow-sm md:grid-cols-[2fr_1.5fr_1.5fr_auto] md:items-end">
        <div className="space-y-1.5">
          <label htmlFor="filter-q" className="block text-sm font-medium text-stone-800">
            Search
          </label>
          <Input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder="Business or service name" />
        </div>
        <div className="space-y-1.5">
          <span id="filter-category-label" className="block text-sm font-medium text-stone-800">
            Category
          </span>
          <CategorySelect options={categoryOptions(categories)} defaultValue={filters.category ?? "all"} />
        </div>
        <div className="space-y-1.5">
          <label htmlFor="filter-city" className="block text-sm font-medium text-stone-800">
            City
          </label>
          <NativeSelect id="filter-city" name="city" defaultValue={filters.city ?? ""}>
            <option value="">Any city</option>
            {cities.map((city) => (
              <option key={city} value={city}>
                {city}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex gap-2">
          <Button type="submit">Search</Button>
          {summary.length ? (
            <ButtonLink href="/providers" variant="ghost">
              Clear
            </ButtonLink>
          ) : null}
        </div>
      </form>

      <section aria-label="Results" className="mt-8">
        {"error" in result ? (
          <Alert tone="error" title="We couldn't run that search">
            {result.error}
          </Alert>
        ) : result.data.length === 0 ? (
          <EmptyState title={cursor ? "No more providers" : "No providers match your search"}>
            <p>Try another category or city, or clear the filters.</p>
            <Link href="/providers" className="mt-3 inline-block font-medium text-brand-700 hover:underline">
              Show all providers
            </Link>
          </EmptyState>
        ) : (
          <PagedCardGrid
            items={result.data} itemClassName="relative"
            render={(provider) => <ProviderCard provider={provider} />}
            firstHref={cursor ? href(filters) : null}
            nextHref={result.nextCursor ? href({ ...filters, cursor: result.nextCursor }) : null}
          />
        )}
      </section>
    </div>
  );
}
