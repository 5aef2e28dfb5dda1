"use client";

import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useState } from "react";

/**
 * Puts a server component's data into the query cache before the render that reads it, when it
 * is newer than what the cache holds. `initialData` alone only seeds an empty cache: coming back
 * to a page would show the cache's older copy instead of the server's fresh render.
 * `renderedAt` is the server's clock when it loaded the data (a back navigation replays an old
 * render, which then loses to the cache). React Query notifies observers asynchronously, so
 * writing the cache here does not update another component during this render.
 */
export function useServerSeed<T>(key: QueryKey, data: T, renderedAt: number): void {
  const client = useQueryClient();
  // Once per server render (React's "adjust state while rendering" pattern), not on every render:
  // a later optimistic patch must not lose to the same server copy again.
  const seedId = `${JSON.stringify(key)}@${renderedAt}`;
  const [seeded, setSeeded] = useState<string | null>(null);
  if (seeded !== seedId) {
    setSeeded(seedId);
    const cachedAt = client.getQueryState(key)?.dataUpdatedAt ?? 0;
    if (renderedAt > cachedAt) client.setQueryData(key, data, { updatedAt: renderedAt });
  }
}
