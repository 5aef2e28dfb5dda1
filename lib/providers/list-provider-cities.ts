import { db } from "../core/db";
import { listedProviderWhere } from "./listing-readiness";

/** Cities that have at least one live provider, for the filter. */
export async function listProviderCities(): Promise<string[]> {
  const rows = await db.providerProfile.findMany({ where: listedProviderWhere, distinct: ["city"], select: { city: true }, orderBy: { city: "asc" } });
  return rows.map((r) => r.city);
}
