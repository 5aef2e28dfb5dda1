import { db } from "../core/db";
import { settleDispatches } from "../events/dispatch";
import { setupTestDatabase } from "../testing/test-database";
import { approveVerificationDocument } from "./approve-verification-document";
import { expireVerificationBadges } from "./expire-verification-badges";
import { listProviderBadges } from "./list-provider-badges";
import { uploadVerificationDocument } from "./upload-verification-document";
import { warnExpiringVerificationBadges } from "./warn-expiring-verification-badges";
import { adminActor, daysFrom, PDF, providerActor, withTemporaryStorage } from "./test-helpers";

setupTestDatabase();
withTemporaryStorage();

/*
 * The jobs scan every document, and on PostgreSQL other test files share the table, so these tests
 * look at their own documents and events, never at the jobs' totals.
 */

async function approvedBadge(kind: "ID" | "LICENCE" | "INSURANCE", days: number, owner?: Awaited<ReturnType<typeof providerActor>>) {
  const provider = owner ?? (await providerActor());
  const document = await uploadVerificationDocument({ actor: provider, kind, bytes: PDF, fileName: `${kind}.pdf` });
  const expiresAt = daysFrom(new Date(), days);
  await approveVerificationDocument({ actor: await adminActor(), documentId: document.id, expiresAt: expiresAt.toISOString() });
  return { provider, documentId: document.id, expiresAt };
}

const eventsFor = (type: string, documentId: string) =>
  db.outboxEvent.findMany({ where: { type }, select: { payload: true } }).then((rows) => rows.filter((r) => (r.payload as { data: { documentId: string } }).data.documentId === documentId));

describe("warnExpiringVerificationBadges", () => {
  it("warns the provider once, 14 days ahead, by notification and email", async () => {
    const { provider, documentId, expiresAt } = await approvedBadge("LICENCE", 20);
    // 15 days ahead: too early.
    await warnExpiringVerificationBadges({ now: daysFrom(expiresAt, -15) });
    expect(await eventsFor("verification.expiring", documentId)).toHaveLength(0);

    const now = daysFrom(expiresAt, -13);
    await Promise.all([warnExpiringVerificationBadges({ now }), warnExpiringVerificationBadges({ now })]);
    await warnExpiringVerificationBadges({ now: daysFrom(now, 1) });
    expect(await eventsFor("verification.expiring", documentId)).toHaveLength(1);
    expect((await db.verificationDocument.findUniqueOrThrow({ where: { id: documentId } })).expiryWarningSentAt).toEqual(now);

    await settleDispatches();
    const notifications = await db.notification.findMany({ where: { userId: provider.userId, type: "verification.expiring" } });
    expect(notifications).toHaveLength(1);
    expect(notifications[0].title).toMatch(/^Your licence badge expires on /);
    const emails = await db.emailMessage.findMany({ where: { dedupeKey: `verification.expiring:${documentId}:provider` } });
    expect(emails).toHaveLength(1);
    expect(emails[0].template).toBe("verification-expiring");
  });
});

describe("expireVerificationBadges", () => {
  it("lapses a badge at its expiry, once, and the provider is no longer verified", async () => {
    const { provider, documentId, expiresAt } = await approvedBadge("ID", 25);
    await expireVerificationBadges({ now: new Date(expiresAt.getTime() - 1) });
    expect((await db.verificationDocument.findUniqueOrThrow({ where: { id: documentId } })).status).toBe("APPROVED");

    const now = new Date(expiresAt.getTime() + 60_000);
    // Even before the job runs, the public badge is gone once its date has passed.
    expect(await listProviderBadges({ providerId: provider.providerId, now })).toEqual([]);
    await Promise.all([expireVerificationBadges({ now }), expireVerificationBadges({ now })]);
    await expireVerificationBadges({ now: daysFrom(now, 1) });

    expect(await db.verificationDocument.findUniqueOrThrow({ where: { id: documentId } })).toMatchObject({ status: "EXPIRED", expiredAt: now });
    expect(await db.providerProfile.findUniqueOrThrow({ where: { id: provider.providerId } })).toMatchObject({ verification: "UNVERIFIED", verifiedUntil: null, verifiedAt: null });
    expect(await eventsFor("verification.expired", documentId)).toHaveLength(1);
    expect(await db.auditLog.count({ where: { entityId: documentId, action: "verification.expired", actorId: null } })).toBe(1);

    await settleDispatches();
    expect(await db.notification.count({ where: { userId: provider.userId, type: "verification.expired" } })).toBe(1);
  });

  it("keeps the provider verified by a badge still in force, until that one's date", async () => {
    const first = await approvedBadge("ID", 22);
    const second = await approvedBadge("INSURANCE", 40, first.provider);
    expect((await db.providerProfile.findUniqueOrThrow({ where: { id: first.provider.providerId } })).verifiedUntil).toEqual(second.expiresAt);

    const now = daysFrom(first.expiresAt, 1);
    await expireVerificationBadges({ now });
    expect(await db.providerProfile.findUniqueOrThrow({ where: { id: first.provider.providerId } })).toMatchObject({ verification: "VERIFIED", verifiedUntil: second.expiresAt });
    expect(await listProviderBadges({ providerId: first.provider.providerId, now })).toEqual([{ kind: "INSURANCE", expiresAt: second.expiresAt.toISOString() }]);
  });
});
