"use client";

import { formatDate } from "@/components/ui/format";
import { useViewerTimeZone } from "@/components/ui/local-time";

/**
 * A due date as a calendar day in the viewer's zone (a bounty due "Friday" ends Friday night where
 * it was posted; in UTC that is often Saturday). UTC until hydrated, so server and client agree.
 */
export function LocalDate({ iso }: { iso: string }) {
  const zone = useViewerTimeZone();
  return <time dateTime={iso}>{formatDate(iso, zone ?? "UTC")}</time>;
}
