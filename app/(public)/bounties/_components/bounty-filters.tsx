"use client";

import { useState } from "react";
import { CITY_OPTIONS } from "@/components/bounties/cities";
import { currentPosition } from "@/components/bounties/geolocation";
import { Button, ButtonLink } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { DEFAULT_RADIUS, RADII, type BoardFilters } from "./board-query";

const DUE = [
  { value: "", label: "Any time" },
  { value: "3", label: "Due within 3 days" },
  { value: "7", label: "Due within a week" },
  { value: "30", label: "Due within a month" },
];

const label = "block text-sm font-medium text-stone-800";

/**
 * The board's filters as a plain GET form (shareable URLs, works before hydration). "Near me"
 * asks the browser for its position and posts it as lat/lng; a city posts only its name, which
 * the page turns into coordinates.
 */
export function BountyFilters({ categories, filters, active }: { categories: SelectOption[]; filters: BoardFilters; active: boolean }) {
  const [near, setNear] = useState(filters.near ?? "");
  const [coords, setCoords] = useState(filters.near === "me" && filters.lat && filters.lng ? { lat: filters.lat, lng: filters.lng } : null);
  const [locating, setLocating] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  async function chooseNear(value: string) {
    setNote(null);
    if (value !== "me") {
      setNear(value);
      return;
    }
    setLocating(true);
    try {
      const position = await currentPosition();
      setCoords({ lat: String(position.lat), lng: String(position.lng) });
      setNear("me");
    } catch (error) {
      setNote((error as Error).message);
    } finally {
      setLocating(false);
    }
  }

  return (
    <form action="/bounties" method="get" role="search" aria-label="Filter bounties" className="mt-6 grid gap-4 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4">
      <div className="space-y-1.5">
        <span id="filter-category-label" className={label}>
          Category
        </span>
        <Select
          id="filter-category"
          name="category"
          aria-labelledby="filter-category-label"
          defaultValue={filters.category ?? "all"}
          options={[{ value: "all", label: "All categories" }, ...categories]}
        />
      </div>

      <div className="space-y-1.5">
        <label htmlFor="filter-near" className={label}>
          Near
        </label>
        <NativeSelect id="filter-near" name="near" value={near} onChange={(e) => void chooseNear(e.target.value)} disabled={locating} aria-describedby="filter-near-note">
          <option value="">Anywhere</option>
          <option value="me">{locating ? "Finding you…" : "My location"}</option>
          {CITY_OPTIONS.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </NativeSelect>
        {near === "me" && coords ? (
          <>
            <input type="hidden" name="lat" value={coords.lat} />
            <input type="hidden" name="lng" value={coords.lng} />
          </>
        ) : null}
        <p id="filter-near-note" className="text-xs text-amber-800" role={note ? "alert" : undefined}>
          {note}
        </p>
      </div>

      <div className="space-y-1.5">
        <label htmlFor="filter-radius" className={label}>
          Within
        </label>
        <NativeSelect id="filter-radius" name="radius" defaultValue={filters.radius ?? DEFAULT_RADIUS} disabled={!near}>
          {RADII.map((r) => (
            <option key={r} value={r}>
              {r} km
            </option>
          ))}
        </NativeSelect>
      </div>

      <div className="space-y-1.5">
        <label htmlFor="filter-remote" className={label}>
          Where the work happens
        </label>
        <NativeSelect id="filter-remote" name="remote" defaultValue={filters.remote ?? ""}>
          <option value="">On site or remote</option>
          <option value="false">On site only</option>
          <option value="true">Remote only</option>
        </NativeSelect>
      </div>

      <fieldset className="space-y-1.5">
        <legend className={label}>Budget</legend>
        <div className="flex items-center gap-2">
          <label htmlFor="filter-min" className="sr-only">
            Minimum budget
          </label>
          <Input id="filter-min" name="min" inputMode="decimal" placeholder="Min" defaultValue={filters.min ?? ""} />
          <span className="text-stone-500" aria-hidden="true">
            –
          </span>
          <label htmlFor="filter-max" className="sr-only">
            Maximum budget
          </label>
          <Input id="filter-max" name="max" inputMode="decimal" placeholder="Max" defaultValue={filters.max ?? ""} />
        </div>
      </fieldset>

      <div className="space-y-1.5">
        <label htmlFor="filter-due" className={label}>
          Due
        </label>
        <NativeSelect id="filter-due" name="due" defaultValue={filters.due ?? ""}>
          {DUE.map((d) => (
            <option key={d.value} value={d.value}>
              {d.label}
            </option>
          ))}
        </NativeSelect>
      </div>

      <div className="flex items-end gap-2 sm:col-span-2">
        <Button type="submit">Show bounties</Button>
        {active ? (
          <ButtonLink href="/bounties" variant="ghost">
            Clear
          </ButtonLink>
        ) : null}
      </div>
    </form>
  );
}
