import type { ReactNode } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import type { SelectOption } from "@/components/ui/select";
import { CategorySelect } from "./category-select";
import type { Filters } from "./search-filters";

const RADII: [string, string][] = [["", "25 km"], ...["2", "5", "10", "50", "100"].map((km): [string, string] => [km, `${km} km`])];
const PARTS_OF_DAY: [string, string][] = [["any", "Any time"], ["morning", "Morning"], ["afternoon", "Afternoon"], ["evening", "Evening"]];
const SORTS: [string, string][] = [["", "Best match"], ["distance", "Distance"], ["price", "Price"], ["rating", "Rating"]];
const RATINGS: [string, string][] = [["", "Any rating"], ["4", "4★ and up"], ["4.5", "4.5★ and up"]];

function Options({ values }: { values: [value: string, label: string][] }) {
  return values.map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}

function FilterField({ htmlFor, label, children }: { htmlFor: string; label: string; children: ReactNode }) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={htmlFor} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {children}
    </div>
  );
}

/** The search form: a plain GET form, so the URL is the search (linkable, and the back button works). */
export function ProviderFiltersForm({
  filters,
  day,
  categories,
  cities,
  filtered,
}: {
  filters: Filters;
  day: { date?: string; part?: string };
  categories: SelectOption[];
  cities: string[];
  filtered: boolean;
}) {
  return (
    <form action="/providers" method="get" role="search" aria-label="Filter providers" className="mt-6 grid gap-4 rounded-xl border border-stone-200 bg-white p-4 shadow-sm md:grid-cols-4 md:items-end">
      <FilterField htmlFor="filter-q" label="Search">
        <Input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder="Business or service name" />
      </FilterField>
      <div className="space-y-1.5">
        <span id="filter-category-label" className="block text-sm font-medium text-stone-800">
          Category
        </span>
        <CategorySelect options={categories} defaultValue={filters.category ?? "all"} />
      </div>
      <FilterField htmlFor="filter-city" label="City">
        <NativeSelect id="filter-city" name="city" defaultValue={filters.city ?? ""}>
          <option value="">Any city</option>
          <Options values={cities.map((city) => [city, city])} />
        </NativeSelect>
      </FilterField>
      <FilterField htmlFor="filter-near" label="Near">
        <Input id="filter-near" name="near" defaultValue={filters.near ?? ""} placeholder="Neighbourhood, city or postcode" />
      </FilterField>
      <FilterField htmlFor="filter-radius" label="Within">
        <NativeSelect id="filter-radius" name="radiusKm" defaultValue={filters.radiusKm ?? ""}>
          <Options values={RADII} />
        </NativeSelect>
      </FilterField>
      <FilterField htmlFor="filter-date" label="Free on">
        <div className="flex gap-2">
          <Input id="filter-date" name="date" type="date" defaultValue={day.date ?? ""} />
          <NativeSelect aria-label="Part of the day" name="part" defaultValue={day.part ?? "any"}>
            <Options values={PARTS_OF_DAY} />
          </NativeSelect>
        </div>
      </FilterField>
      <FilterField htmlFor="filter-sort" label="Sort by">
        <NativeSelect id="filter-sort" name="sort" defaultValue={filters.sort ?? ""}>
          <Options values={SORTS} />
        </NativeSelect>
      </FilterField>
      <div className="space-y-1.5">
        <span className="block text-sm font-medium text-stone-800">Price</span>
        <div className="flex gap-2">
          <Input aria-label="Lowest price" name="minPrice" inputMode="decimal" defaultValue={filters.minPrice ?? ""} placeholder="Min" />
          <Input aria-label="Highest price" name="maxPrice" inputMode="decimal" defaultValue={filters.maxPrice ?? ""} placeholder="Max" />
        </div>
      </div>
      <FilterField htmlFor="filter-rating" label="Rating">
        <NativeSelect id="filter-rating" name="minRating" defaultValue={filters.minRating ?? ""}>
          <Options values={RATINGS} />
        </NativeSelect>
      </FilterField>
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
        {filtered ? (
          <ButtonLink href="/providers" variant="ghost">
            Clear
          </ButtonLink>
        ) : null}
      </div>
    </form>
  );
}
