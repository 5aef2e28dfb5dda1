import { route } from "@/lib/core/http";
import { getListingReadiness } from "@/lib/providers/listing-readiness";

/** The onboarding checklist: `live` and each item with what is missing and where to fix it. */
export const GET = route(async ({ requireActor }) => getListingReadiness({ actor: requireActor() }));
