import { db } from "../core/db";
import { makeProvider } from "../testing/factories";
import { setupTestDatabase } from "../testing/test-database";
import { collectPublicProviderSlugs, countPublicProviders, listPublicProviderSlugs } from "./list-public-provider-slugs";

setupTestDatabase();

describe("public provider slugs for the sitemap", () => {
  it("lists public providers with updatedAt, pages through them in batches, and leaves disabled accounts out", async () => {
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await makeProvider());
    const hidden = made[2];
    await db.user.update({ where: { id: hidden.userId }, data: { disabledAt: new Date() } });
    const expected = made.filter((p) => p.slug !== hidden.slug).map((p) => p.slug);

    const everything = await collectPublicProviderSlugs({ max: 1_000, batch: 2 });
    const slugs = everything.map((p) => p.slug);
    expect(slugs).toEqual(expect.arrayContaining(expected));
    expect(slugs).not.toContain(hidden.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(everything.every((p) => p.updatedAt instanceof Date)).toBe(true);
    expect(await countPublicProviders()).toBe(slugs.length);

    // Bounded: never more than asked for, and pages do not overlap.
    expect(await collectPublicProviderSlugs({ max: 3, batch: 2 })).toHaveLength(3);
    const first = await listPublicProviderSlugs({ offset: 0, limit: 2 });
    const second = await listPublicProviderSlugs({ offset: 2, limit: 2 });
    expect(first.map((p) => p.slug)).not.toEqual(expect.arrayContaining(second.map((p) => p.slug)));
    expect([...first, ...second].map((p) => p.slug)).toEqual(slugs.slice(0, 4));
  });
});
