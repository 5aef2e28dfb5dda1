/**
 * What app/sitemap.ts and app/robots.ts serve, as plain data (the shapes of Next's MetadataRoute,
 * without importing Next), so the output can be tested from a given list.
 */
export interface SitemapEntry {
  url: string;
  lastModified?: Date;
  changeFrequency?: "hourly" | "daily" | "weekly" | "monthly";
  priority?: number;
}

/** The sitemap protocol's limit of URLs per file. */
export const MAX_SITEMAP_URLS = 50_000;

/** Public pages that are not a provider's: home and the two browsable lists. */
export const STATIC_PUBLIC_PATHS = ["/", "/providers", "/bounties"] as const;

const absolute = (base: string, path: string) => `${base.replace(/\/+$/, "")}${path}`;

export function staticSitemapEntries(baseUrl: string): SitemapEntry[] {
  return STATIC_PUBLIC_PATHS.map((path) => ({ url: absolute(baseUrl, path), changeFrequency: "daily", priority: path === "/" ? 1 : 0.8 }));
}

export function providerSitemapEntries(baseUrl: string, providers: Array<{ slug: string; updatedAt: Date }>): SitemapEntry[] {
  return providers.map((p) => ({ url: absolute(baseUrl, `/providers/${encodeURIComponent(p.slug)}`), lastModified: p.updatedAt, changeFrequency: "weekly", priority: 0.6 }));
}

/** Signed-in areas and the API are not for crawlers (they would only see sign-in redirects and 401s). */
export const PRIVATE_PATH_PREFIXES = ["/account", "/dashboard", "/admin", "/api"] as const;

export function robotsRules(baseUrl: string) {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: [...PRIVATE_PATH_PREFIXES] }],
    sitemap: absolute(baseUrl, "/sitemap.xml"),
  };
}
