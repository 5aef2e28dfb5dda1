import type { MetadataRoute } from "next";
import { appUrl } from "@/lib/core/env";
import { collectPublicProviderSlugs } from "@/lib/providers/list-public-provider-slugs";
import { MAX_SITEMAP_URLS, providerSitemapEntries, STATIC_PUBLIC_PATHS, staticSitemapEntries } from "@/lib/seo/sitemap-entries";

// Read at request time: the build has no database to list providers from.
export const dynamic = "force-dynamic";

/**
 * /sitemap.xml: home, /providers, /bounties and every public provider page, read in batches and
 * capped at the protocol's 50,000 URLs. Past that many providers, split with generateSitemaps
 * (docs/adr: client-side data) — until then one file keeps /sitemap.xml, the URL robots.txt names.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const providers = await collectPublicProviderSlugs({ max: MAX_SITEMAP_URLS - STATIC_PUBLIC_PATHS.length });
  return [...staticSitemapEntries(appUrl), ...providerSitemapEntries(appUrl, providers)];
}
