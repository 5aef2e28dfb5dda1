"use client";

import { useEffect } from "react";
import posthog from "posthog-js";

/**
 * Product analytics, off unless the server hands over a PostHog key (NEXT_PUBLIC_POSTHOG_KEY).
 * Without a key nothing is loaded and no request leaves the browser.
 */
export function PostHogAnalytics({ apiKey, apiHost }: { apiKey?: string; apiHost?: string }) {
  useEffect(() => {
    if (!apiKey) return;
    posthog.init(apiKey, {
      api_host: apiHost ?? "https://us.i.posthog.com",
      capture_pageview: "history_change",
      person_profiles: "identified_only",
    });
  }, [apiKey, apiHost]);
  return null;
}
