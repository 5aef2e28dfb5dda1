"use client";

import { useEffect } from "react";
import { initAnalytics } from "./analytics";

/**
 * Product analytics, off unless the server hands over a PostHog key (NEXT_PUBLIC_POSTHOG_KEY).
 * Without a key nothing is loaded and no request leaves the browser (components/analytics/analytics.ts).
 */
export function PostHogAnalytics({ apiKey, apiHost }: { apiKey?: string; apiHost?: string }) {
  useEffect(() => {
    void initAnalytics({ apiKey, apiHost });
  }, [apiKey, apiHost]);
  return null;
}
