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
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { Input, NativeSelect } from "@/components/ui/input";
import { TrackSearch } from "@/components/analytics/track-search";
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

/** Every filter lives in the URL, so a search is linkable and the back button walks through it. */
const FILTER_KEYS = ["q", "category", "city", "near", "radiusKm", "minPrice", "maxPrice", "minRating", "verified", "instant", "available", "sort"] as const;
type Filters = Partial<Record<(typeof FILTER_KEYS)[number] | "cursor", string>>;

const PARTS_OF_DAY: Record<string, [string, string]> = { morning: ["08:00", "12:00"], afternoon: ["12:00", "17:00"], evening: ["17:00", "21:00"], any: ["00:00", "24:00"] };

/** The form asks for a date and a part of the day; the search takes a window. */
function availableWindow(params: SearchParams): string | undefined {
  const raw = filterParam(params, "available");
  if (raw) return raw;
  const date = filterParam(params, "date");
  if (!date) return undefined;
  const [from, to] = PARTS_OF_DAY[filterParam(params, "part") ?? "any"] ?? PARTS_OF_DAY.any;
  return `${date}T${from}/${to}`;
}

/** Prices are typed in whole units of money and searched in minor units. */
function minorUnits(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? String(Math.round(number * 100)) : value;
}

const href = (filters: Filters) => filteredHref("/providers", filters);

export default async function ProvidersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const params = await searchParams;
  const filters: Filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, filterParam(params, key)]));
  filters.available = availableWindow(params);
  const cursor = filterParam(params, "cursor");
  const query = { ...filters, minPrice: minorUnits(filters.minPrice), maxPrice: minorUnits(filters.maxPrice) };

  const [categories, cities, result] = await Promise.all([
    listCategories(),
    listProviderCities(),
    searchProviders({ ...query, cursor, limit: 12 }).catch((error: unknown) => {
      if (isAppError(error)) return { error: error.message };
      throw error;
    }),
  ]);

  const categoryName = filters.category ? findName(categories, filters.category) : undefined;
  const summary = [
    filters.q ? `matching “${filters.q}”` : null,
    categoryName ? `in ${categoryName}` : null,
    filters.city ? `in ${filters.city}` : null,
    filters.near ? `within ${filters.radiusKm ?? 25} km of ${filters.near}` : null,
    filters.available ? `free ${filters.available.replace("T", " ").replace("/", "–")}` : null,
  ].filter(Boolean);

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight">Find a pro</h1>
      <p className="mt-1 text-stone-600">{summary.length ? `Providers ${summary.join(" ")}` : "All providers, best reviewed first"}</p>

      <form action="/providers" method="get" role="search" aria-label="Filter providers" className="mt-6 grid gap-4 rounded-xl border border-stone-200 bg-white p-4 shadow-sm md:grid-cols-4 md:items-end">
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
        <div className="space-y-1.5">
          <label htmlFor="filter-near" className="block text-sm font-medium text-stone-800">
            Near
          </label>
          <Input id="filter-near" name="near" defaultValue={filters.near ?? ""} placeholder="Neighbourhood, city or postcode" />
        </div>
        <div className="space-y-1.5">
          <label htmlFor="filter-radius" className="block text-sm font-medium text-stone-800">
            Within
          </label>
          <NativeSelect id="filter-radius" name="radiusKm" defaultValue={filters.radiusKm ?? ""}>
            <option value="">25 km</option>
            {["2", "5", "10", "50", "100"].map((km) => (
              <option key={km} value={km}>
                {km} km
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="space-y-1.5">
          <label htmlFor="filter-date" className="block text-sm font-medium text-stone-800">
            Free on
          </label>
          <div className="flex gap-2">
            <Input id="filter-date" name="date" type="date" defaultValue={filterParam(params, "date") ?? ""} />
            <NativeSelect aria-label="Part of the day" name="part" defaultValue={filterParam(params, "part") ?? "any"}>
              <option value="any">Any time</option>
              <option value="morning">Morning</option>
              <option value="afternoon">Afternoon</option>
              <option value="evening">Evening</option>
            </NativeSelect>
          </div>
        </div>
        <div className="space-y-1.5">
          <label htmlFor="filter-sort" className="block text-sm font-medium text-stone-800">
            Sort by
          </label>
          <NativeSelect id="filter-sort" name="sort" defaultValue={filters.sort ?? ""}>
            <option value="">Best match</option>
            <option value="distance">Distance</option>
            <option value="price">Price</option>
            <option value="rating">Rating</option>
          </NativeSelect>
        </div>
        <div className="space-y-1.5">
          <span className="block text-sm font-medium text-stone-800">Price</span>
          <div className="flex gap-2">
            <Input aria-label="Lowest price" name="minPrice" inputMode="decimal" defaultValue={filters.minPrice ?? ""} placeholder="Min" />
            <Input aria-label="Highest price" name="maxPrice" inputMode="decimal" defaultValue={filters.maxPrice ?? ""} placeholder="Max" />
          </div>
        </div>
        <div className="space-y-1.5">
          <label htmlFor="filter-rating" className="block text-sm font-medium text-stone-800">
            Rating
          </label>
          <NativeSelect id="filter-rating" name="minRating" defaultValue={filters.minRating ?? ""}>
            <option value="">Any rating</option>
            <option value="4">4★ and up</option>
            <option value="4.5">4.5★ and up</option>
          </NativeSelect>
        </div>
        <fieldset className="flex flex-col gap-1 text-sm text-stone-800">
          <legend className="sr-only">Only</legend>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="verified" value="true" defaultChecked={filters.verified === "true"} /> Verified only
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="instant" value="true" defaultChecked={filters.instant === "true"} /> Instant booking
          </label>
        </fieldset>
        <div className="flex gap-2">
          <Button type="submit">Search</Button>
          {summary.length ? (
            <ButtonLink href="/providers" variant="ghost">
              Clear
            </ButtonLink>
          ) : null}
        </div>
      </form>

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
