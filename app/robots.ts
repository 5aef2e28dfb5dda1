import type { MetadataRoute } from "next";
import { appUrl } from "@/lib/core/env";
import { robotsRules } from "@/lib/seo/sitemap-entries";

// appUrl comes from the runtime environment, not the build's.
export const dynamic = "force-dynamic";

/** /robots.txt: public pages allowed; account, dashboard, admin and the API disallowed. */
export default function robots(): MetadataRoute.Robots {
  return robotsRules(appUrl);
}
