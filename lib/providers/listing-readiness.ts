import type { Actor } from "../core/auth/actor";
import { db, type Db, type Prisma, type Tx } from "../core/db";
import { notFound } from "../core/errors";
import { assertIsProvider } from "./policies";

/**
 * When a provider's listing is live (in search, on their public page, bookable): every item of
 * the onboarding checklist is done. The rule lives here twice, as a pure function for the
 * checklist and as a Prisma filter for search and booking; the tests hold them to the same answer.
 * It is computed, not stored: its inputs belong to three domains (profile, availability, payouts),
 * so a stored flag would go stale whenever one of them forgot to refresh it (docs/adr/009).
 */

export type ReadinessItemKey = "profile" | "service" | "hours" | "payouts";

export interface ReadinessFacts {
  businessName: string;
  headline: string;
  bio: string;
  city: string;
  payoutsEnabled: boolean;
  activeServiceCount: number;
  weeklyRuleCount: number;
}

export interface ReadinessItem {
  key: ReadinessItemKey;
  label: string;
  done: boolean;
  /** Where the provider fixes it. */
  href: string;
  /** What is still missing, for the checklist. */
  missing: string[];
}

function missingProfileFields(facts: ReadinessFacts): string[] {
  const blank = (text: string) => text.trim() === "";
  return [
    blank(facts.businessName) ? "business name" : null,
    blank(facts.headline) ? "headline" : null,
    blank(facts.bio) ? "bio" : null,
    blank(facts.city) ? "city" : null,
  ].filter((field): field is string => field !== null);
}

export function listingReadiness(facts: ReadinessFacts): { live: boolean; items: ReadinessItem[] } {
  const profileMissing = missingProfileFields(facts);
  const items: ReadinessItem[] = [
    { key: "profile", label: "Complete your profile", done: profileMissing.length === 0, href: "/dashboard/profile", missing: profileMissing },
    { key: "service", label: "Offer at least one active service", done: facts.activeServiceCount > 0, href: "/dashboard/services", missing: facts.activeServiceCount > 0 ? [] : ["an active service"] },
    { key: "hours", label: "Set your weekly hours", done: facts.weeklyRuleCount > 0, href: "/dashboard/availability", missing: facts.weeklyRuleCount > 0 ? [] : ["weekly hours"] },
    { key: "payouts", label: "Set up payouts", done: facts.payoutsEnabled, href: "/dashboard/payouts", missing: facts.payoutsEnabled ? [] : ["a payout account"] },
  ];
  return { live: items.every((item) => item.done), items };
}

/** A service customers can see and book. */
export const bookableServiceWhere = { active: true, archivedAt: null } satisfies Prisma.ServiceWhereInput;

/** The same rule as `listingReadiness`, as a filter over ProviderProfile. */
export const listedProviderWhere = {
  user: { disabledAt: null },
  // Hidden by a moderator (lib/moderation): out of search and off its public page until restored.
  hiddenAt: null,
  payoutsEnabled: true,
  businessName: { not: "" },
  headline: { not: "" },
  bio: { not: "" },
  city: { not: "" },
  services: { some: bookableServiceWhere },
  availability: { some: {} },
} satisfies Prisma.ProviderProfileWhereInput;

const factsSelect = {
  businessName: true,
  headline: true,
  bio: true,
  city: true,
  payoutsEnabled: true,
  _count: { select: { services: { where: bookableServiceWhere }, availability: true } },
} satisfies Prisma.ProviderProfileSelect;

async function loadFacts(client: Db | Tx, providerId: string): Promise<ReadinessFacts | null> {
  const row = await client.providerProfile.findUnique({ where: { id: providerId }, select: factsSelect });
  if (!row) return null;
  const { _count, ...rest } = row;
  return { ...rest, activeServiceCount: _count.services, weeklyRuleCount: _count.availability };
}

/** The signed-in provider's checklist. */
export async function getListingReadiness({ actor }: { actor: Actor }) {
  const providerId = assertIsProvider(actor);
  const facts = await loadFacts(db, providerId);
  if (!facts) throw notFound("Provider");
  return listingReadiness(facts);
}

/** Whether customers may find and book this provider now. */
export async function isProviderListed(client: Db | Tx, providerId: string): Promise<boolean> {
  return (await client.providerProfile.count({ where: { id: providerId, ...listedProviderWhere } })) > 0;
}
