"use client";

import { useEffect } from "react";
import { track } from "./analytics";

/** Fires the funnel's "search" event once per distinct search shown (the URL is the search). */
export function TrackSearch({ filters, results }: { filters: Record<string, string | undefined>; results: number }) {
  const signature = JSON.stringify(filters);
  useEffect(() => {
    track("search", { ...(JSON.parse(signature) as Record<string, string>), results });
  }, [signature, results]);
  return null;
}
