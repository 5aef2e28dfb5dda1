import { db } from "../core/db";
import { makeProvider } from "../testing/factories";
import { setupTestDatabase } from "../testing/test-database";
import { collectPublicProviderSlugs, countPublicProviders, listPublicProviderSlugs } from "./list-public-provider-slugs";

setupTestDatabase();

describe("public provider slugs for the sitemap", () => {
  it("lists live providers with updatedAt, pages through them in batches, and leaves disabled accounts and unfinished listings out", async () => {
    const made = [];
    for (let i = 0; i < 6; i++) made.push(await makeProvider());
    const hidden = made[2];
    const unfinished = made[4];
    await db.user.update({ where: { id: hidden.userId }, data: { disabledAt: new Date() } });
    await db.providerProfile.update({ where: { id: unfinished.id }, data: { payoutsEnabled: false } });
    const expected = made.filter((p) => p !== hidden && p !== unfinished).map((p) => p.slug);

    // On PostgreSQL other test files add and change providers meanwhile: read far enough, and
    // compare only what no other file touches (this file's rows, the bounds, no overlap).
    const everything = await collectPublicProviderSlugs({ max: 1_000_000, batch: 500 });
    const slugs = everything.map((p) => p.slug);
    expect(slugs).toEqual(expect.arrayContaining(expected));
    expect(slugs).not.toContain(hidden.slug);
    expect(slugs).not.toContain(unfinished.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(everything.every((p) => p.updatedAt instanceof Date)).toBe(true);
    expect(await countPublicProviders()).toBeGreaterThanOrEqual(expected.length);

    // Bounded: never more than asked for, and pages do not overlap.
    expect(await collectPublicProviderSlugs({ max: 3, batch: 2 })).toHaveLength(3);
    const first = await listPublicProviderSlugs({ offset: 0, limit: 2 });
    const second = await listPublicProviderSlugs({ offset: 2, limit: 2 });
    expect(first.map((p) => p.slug)).not.toEqual(expect.arrayContaining(second.map((p) => p.slug)));
    expect(first).toHaveLength(2);
    expect(second.length).toBeLessThanOrEqual(2);
  });
});
