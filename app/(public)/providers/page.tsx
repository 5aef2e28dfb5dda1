import type { Metadata } from "next";
import Link from "next/link";
import { PagedCardGrid } from "@/components/ui/cursor-pager";
import { categoryOptions, filteredHref, filterParam, type SearchParams } from "@/components/pages/search-params";
import { connection } from "next/server";
import { listCategories, type CategoryNode } from "@/lib/catalog/list-categories";
import { listProviderCities } from "@/lib/providers/list-provider-cities";
import { searchProviders } from "@/lib/search/search-providers";
import { isAppError } from "@/lib/core/errors";
import { ProviderCard } from "@/components/providers/provider-card";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/card";
import { TrackSearch } from "@/components/analytics/track-search";
import { ProviderFiltersForm } from "./_components/provider-filters-form";
import { describeFilters, readFilters, type Filters } from "./_components/search-filters";

export const metadata: Metadata = { title: "Find a pro" };

function findName(nodes: CategoryNode[], slug: string): string | undefined {
  for (const n of nodes) {
    if (n.slug === slug) return n.name;
    const inChild = findName(n.children, slug);
    if (inChild) return inChild;
  }
  return undefined;
}

const href = (filters: Filters) => filteredHref("/providers", filters);

export default async function ProvidersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const params = await searchParams;
  const { filters, query, day } = readFilters(params);
  const cursor = filterParam(params, "cursor");

  const [categories, cities, result] = await Promise.all([
    listCategories(),
    listProviderCities(),
    searchProviders({ ...query, cursor, limit: 12 }).catch((error: unknown) => {
      if (isAppError(error)) return { error: error.message };
      throw error;
    }),
  ]);

  const categoryName = filters.category ? findName(categories, filters.category) : undefined;
  const summary = describeFilters(filters, categoryName);

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight">Find a pro</h1>
      <p className="mt-1 text-stone-600">{summary.length ? `Providers ${summary.join(" ")}` : "All providers, best reviewed first"}</p>

      <ProviderFiltersForm filters={filters} day={day} categories={categoryOptions(categories)} cities={cities} filtered={summary.length > 0} />

      {summary.length && !("error" in result) ? <TrackSearch filters={filters} results={result.data.length} /> : null}
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
            items={result.data}
            itemClassName="relative"
            render={(provider) => <ProviderCard provider={provider} />}
            firstHref={cursor ? href(filters) : null}
            nextHref={result.nextCursor ? href({ ...filters, cursor: result.nextCursor }) : null}
          />
        )}
      </section>
    </div>
  );
}
