"use client";

import { Select, type SelectOption } from "@/components/ui/select";

/** The Radix select posts through its hidden native select; "all" means no category filter. */
export function CategorySelect({ options, defaultValue }: { options: SelectOption[]; defaultValue: string }) {
  return (
    <Select
      id="filter-category"
      name="category"
      aria-labelledby="filter-category-label"
      defaultValue={defaultValue}
      options={[{ value: "all", label: "All categories" }, ...options]}
    />
  );
}
