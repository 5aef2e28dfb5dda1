/**
 * Product analytics (PostHog) behind one switch: nothing loads and nothing is sent until
 * `initAnalytics` is called with a key (NEXT_PUBLIC_POSTHOG_KEY); `track` before that is a no-op.
 */
export type FunnelEvent = "search" | "booking_started" | "booking_confirmed" | "bounty_posted";

/** The part of posthog-js we use. */
export interface AnalyticsSdk {
  init(key: string, options: Record<string, unknown>): unknown;
  capture(event: string, properties?: Record<string, unknown>): unknown;
}

let sdk: AnalyticsSdk | null = null;
/**
 * Events tracked on page load, before the SDK finished loading (a search results page fires
 * "search" at once): kept until initAnalytics decides, then sent, or dropped without a key.
 */
const MAX_PENDING = 20;
let pending: [FunnelEvent, Record<string, unknown> | undefined][] | null = [];

export async function initAnalytics({ apiKey, apiHost, load }: { apiKey?: string; apiHost?: string; load?: () => Promise<AnalyticsSdk> }): Promise<boolean> {
  if (!apiKey) {
    pending = null;
    return false;
  }
  if (sdk) return true;
  const loaded = await (load ?? (async () => (await import("posthog-js")).default as unknown as AnalyticsSdk))();
  loaded.init(apiKey, { api_host: apiHost ?? "https://us.i.posthog.com", capture_pageview: "history_change", person_profiles: "identified_only" });
  sdk = loaded;
  for (const [event, properties] of pending ?? []) loaded.capture(event, properties);
  pending = null;
  return true;
}

export function track(event: FunnelEvent, properties?: Record<string, unknown>): void {
  if (sdk) sdk.capture(event, properties);
  else if (pending && pending.length < MAX_PENDING) pending.push([event, properties]);
}

/** Tests only. */
export function resetAnalytics(): void {
  sdk = null;
  pending = [];
}
