import { db } from "../core/db";
import { demoEmails, seedDemo } from "../../prisma/seed/demo";
import { setupTestDatabase } from "../testing/test-database";
import { listingReadiness, listedProviderWhere } from "./listing-readiness";

setupTestDatabase();

describe("the demo seed", () => {
  beforeAll(async () => {
    await seedDemo(db);
  }, 180_000);

  it("makes every demo provider live: complete checklist, in search, bookable", async () => {
    const seeded = { user: { email: { in: demoEmails() } } };
    const providers = await db.providerProfile.findMany({
      where: seeded,
      select: {
        id: true,
        businessName: true,
        headline: true,
        bio: true,
        city: true,
        payoutsEnabled: true,
        _count: { select: { services: { where: { active: true, archivedAt: null } }, availability: true } },
      },
    });
    expect(providers.length).toBeGreaterThan(5);
    for (const { _count, ...facts } of providers) {
      const readiness = listingReadiness({ ...facts, activeServiceCount: _count.services, weeklyRuleCount: _count.availability });
      expect({ provider: facts.businessName, live: readiness.live }).toEqual({ provider: facts.businessName, live: true });
    }
    expect(await db.providerProfile.count({ where: { AND: [seeded, listedProviderWhere] } })).toBe(providers.length);
  });
});
