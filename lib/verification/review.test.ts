import { db } from "../core/db";
import { settleDispatches } from "../events/dispatch";
import { searchProviders } from "../search/search-providers";
import { makeProvider } from "../testing/factories";
import { setupTestDatabase } from "../testing/test-database";
import { approveVerificationDocument } from "./approve-verification-document";
import { listPendingVerificationDocuments } from "./list-pending-verification-documents";
import { listProviderBadges } from "./list-provider-badges";
import { rejectVerificationDocument } from "./reject-verification-document";
import { uploadVerificationDocument } from "./upload-verification-document";
import { adminActor, codeOf, customerActor, daysFrom, failure, PDF, PNG, providerActor, withTemporaryStorage } from "./test-helpers";

setupTestDatabase();
withTemporaryStorage();

/** Far enough out that the expiry test file's jobs (run with clocks weeks ahead) never touch these. */
const inAYear = () => daysFrom(new Date(), 365);
const dateOnly = (d: Date) => d.toISOString().slice(0, 10);

describe("listPendingVerificationDocuments", () => {
  it("is the admins' queue, oldest first, with the provider", async () => {
    const provider = await providerActor();
    const older = await uploadVerificationDocument({ actor: provider, kind: "ID", bytes: PDF, fileName: "id.pdf", now: new Date(Date.now() - 120_000) });
    const newer = await uploadVerificationDocument({ actor: provider, kind: "INSURANCE", bytes: PNG, fileName: "ins.png" });
    const admin = await adminActor();
    const queue = (await listPendingVerificationDocuments({ actor: admin })).filter((d) => d.providerId === provider.providerId);
    expect(queue.map((d) => d.id)).toEqual([older.id, newer.id]);
    expect(queue[0].provider).toEqual({ slug: provider.slug, businessName: expect.any(String) });

    expect(await codeOf(listPendingVerificationDocuments({ actor: null }))).toBe("UNAUTHENTICATED");
    expect(await codeOf(listPendingVerificationDocuments({ actor: provider }))).toBe("FORBIDDEN");
    expect(await codeOf(listPendingVerificationDocuments({ actor: await customerActor() }))).toBe("FORBIDDEN");

    await approveVerificationDocument({ actor: admin, documentId: older.id, expiresAt: inAYear().toISOString() });
    const after = (await listPendingVerificationDocuments({ actor: admin })).filter((d) => d.providerId === provider.providerId);
    expect(after.map((d) => d.id)).toEqual([newer.id]);
  });
});

describe("approveVerificationDocument", () => {
  it("only admins approve; the expiry is required and must be in the future", async () => {
    const owner = await providerActor();
    const document = await uploadVerificationDocument({ actor: owner, kind: "LICENCE", bytes: PDF, fileName: "licence.pdf" });
    const expiresAt = inAYear().toISOString();
    expect(await codeOf(approveVerificationDocument({ actor: null, documentId: document.id, expiresAt }))).toBe("UNAUTHENTICATED");
    expect(await codeOf(approveVerificationDocument({ actor: owner, documentId: document.id, expiresAt }))).toBe("FORBIDDEN");
    expect(await codeOf(approveVerificationDocument({ actor: await providerActor(), documentId: document.id, expiresAt }))).toBe("FORBIDDEN");
    expect(await codeOf(approveVerificationDocument({ actor: await customerActor(), documentId: document.id, expiresAt }))).toBe("FORBIDDEN");

    const admin = await adminActor();
    for (const bad of ["", "not a date", daysFrom(new Date(), -1).toISOString(), dateOnly(daysFrom(new Date(), -1))]) {
      const error = await failure(approveVerificationDocument({ actor: admin, documentId: document.id, expiresAt: bad }));
      expect({ bad, code: error.code, field: Boolean(error.details?.fields?.expiresAt) }).toEqual({ bad, code: "VALIDATION_FAILED", field: true });
    }
    expect((await failure(approveVerificationDocument({ actor: admin, documentId: document.id } as never))).details?.fields?.expiresAt).toBeDefined();
    expect(await codeOf(approveVerificationDocument({ actor: admin, documentId: "missing", expiresAt }))).toBe("NOT_FOUND");
    expect((await db.verificationDocument.findUniqueOrThrow({ where: { id: document.id } })).status).toBe("PENDING");
  });

  it("puts the badge in force until the date (end of that day, UTC), keeps the profile column in sync, audits, notifies and emails once", async () => {
    const owner = await providerActor();
    const document = await uploadVerificationDocument({ actor: owner, kind: "INSURANCE", bytes: PDF, fileName: "insurance.pdf" });
    const admin = await adminActor();
    const day = dateOnly(inAYear());
    const approved = await approveVerificationDocument({ actor: admin, documentId: document.id, expiresAt: day });
    expect(approved).toMatchObject({ status: "APPROVED", expiresAt: `${day}T23:59:59.999Z`, reviewedAt: expect.any(String) });
    const row = await db.verificationDocument.findUniqueOrThrow({ where: { id: document.id } });
    expect(row.reviewedById).toBe(admin.userId);
    const profile = await db.providerProfile.findUniqueOrThrow({ where: { id: owner.providerId } });
    expect(profile).toMatchObject({ verification: "VERIFIED", verifiedUntil: new Date(`${day}T23:59:59.999Z`), verifiedAt: expect.any(Date) });
    expect(await listProviderBadges({ providerId: owner.providerId })).toEqual([{ kind: "INSURANCE", expiresAt: `${day}T23:59:59.999Z` }]);

    expect(await db.auditLog.findFirst({ where: { entityId: document.id, action: "verification.approved" }, select: { actorId: true } })).toEqual({ actorId: admin.userId });
    expect(await codeOf(approveVerificationDocument({ actor: admin, documentId: document.id, expiresAt: day }))).toBe("INVALID_STATE");
    expect(await codeOf(rejectVerificationDocument({ actor: admin, documentId: document.id, reason: "Changed my mind" }))).toBe("INVALID_STATE");

    await settleDispatches();
    const notification = await db.notification.findUnique({ where: { dedupeKey: `verification.approved:${document.id}:provider` } });
    expect(notification).toMatchObject({ userId: owner.userId, type: "verification.approved", link: "/dashboard/verification" });
    const email = await db.emailMessage.findUnique({ where: { dedupeKey: `verification.approved:${document.id}:provider` } });
    expect(email?.subject).toBe("Insurance verified");
  });

  it("makes the provider appear under search's 'verified only', with the badge date on the card", async () => {
    const word = `${Array.from({ length: 9 }, () => "bcdfghjklmnpqrstvwxz"[Math.floor(Math.random() * 20)]).join("")}ova`;
    const seeded = await makeProvider({ bio: `${word}.` });
    const owner = { userId: seeded.userId, role: "PROVIDER" as const, isSuperAdmin: false, providerId: seeded.id };
    const document = await uploadVerificationDocument({ actor: owner, kind: "ID", bytes: PDF, fileName: "id.pdf" });
    const ids = async () => (await searchProviders({ q: word, verified: "true" })).data.map((c) => [c.id, c.verifiedUntil]);
    expect(await ids()).toEqual([]);
    const expiresAt = inAYear();
    await approveVerificationDocument({ actor: await adminActor(), documentId: document.id, expiresAt: expiresAt.toISOString() });
    // The approval's search invalidation runs after commit.
    await settleDispatches();
    expect(await ids()).toEqual([[seeded.id, expiresAt.toISOString()]]);
  });
});

describe("a provider verified before badges existed", () => {
  it("keeps the verification through a pending and a rejected document, and trades it for the badge on approval", async () => {
    const seeded = await makeProvider({ verification: "VERIFIED" });
    const owner = { userId: seeded.userId, role: "PROVIDER" as const, isSuperAdmin: false, providerId: seeded.id };
    const admin = await adminActor();
    const state = async () => db.providerProfile.findUniqueOrThrow({ where: { id: seeded.id }, select: { verification: true, verifiedUntil: true } });
    const first = await uploadVerificationDocument({ actor: owner, kind: "ID", bytes: PDF, fileName: "id.pdf" });
    expect(await state()).toEqual({ verification: "VERIFIED", verifiedUntil: null });
    await rejectVerificationDocument({ actor: admin, documentId: first.id, reason: "Expired passport" });
    expect(await state()).toEqual({ verification: "VERIFIED", verifiedUntil: null });
    const second = await uploadVerificationDocument({ actor: owner, kind: "ID", bytes: PDF, fileName: "id.pdf" });
    const expiresAt = inAYear();
    await approveVerificationDocument({ actor: admin, documentId: second.id, expiresAt: expiresAt.toISOString() });
    expect(await state()).toEqual({ verification: "VERIFIED", verifiedUntil: expiresAt });
  });
});

describe("rejectVerificationDocument", () => {
  it("only admins reject, with a reason the provider is told", async () => {
    const owner = await providerActor();
    const document = await uploadVerificationDocument({ actor: owner, kind: "ID", bytes: PDF, fileName: "id.pdf" });
    expect(await codeOf(rejectVerificationDocument({ actor: null, documentId: document.id, reason: "Blurry scan" }))).toBe("UNAUTHENTICATED");
    expect(await codeOf(rejectVerificationDocument({ actor: owner, documentId: document.id, reason: "Blurry scan" }))).toBe("FORBIDDEN");
    expect(await codeOf(rejectVerificationDocument({ actor: await providerActor(), documentId: document.id, reason: "Blurry scan" }))).toBe("FORBIDDEN");
    expect(await codeOf(rejectVerificationDocument({ actor: await customerActor(), documentId: document.id, reason: "Blurry scan" }))).toBe("FORBIDDEN");

    const admin = await adminActor();
    for (const reason of ["", "  ", "no"]) {
      const error = await failure(rejectVerificationDocument({ actor: admin, documentId: document.id, reason }));
      expect({ code: error.code, field: Boolean(error.details?.fields?.reason) }).toEqual({ code: "VALIDATION_FAILED", field: true });
    }
    const rejected = await rejectVerificationDocument({ actor: admin, documentId: document.id, reason: "  The scan is too blurry to read  " });
    expect(rejected).toMatchObject({ status: "REJECTED", rejectionReason: "The scan is too blurry to read", expiresAt: null });
    expect((await db.providerProfile.findUniqueOrThrow({ where: { id: owner.providerId } })).verification).toBe("REJECTED");
    expect(await db.auditLog.findFirst({ where: { entityId: document.id, action: "verification.rejected" }, select: { actorId: true } })).toEqual({ actorId: admin.userId });
    expect(await codeOf(approveVerificationDocument({ actor: admin, documentId: document.id, expiresAt: inAYear().toISOString() }))).toBe("INVALID_STATE");

    await settleDispatches();
    const notification = await db.notification.findUnique({ where: { dedupeKey: `verification.rejected:${document.id}:provider` } });
    expect(notification?.body).toContain("The scan is too blurry to read");
  });

  it("leaves a provider verified by another badge verified", async () => {
    const owner = await providerActor();
    const admin = await adminActor();
    const id = await uploadVerificationDocument({ actor: owner, kind: "ID", bytes: PDF, fileName: "id.pdf" });
    await approveVerificationDocument({ actor: admin, documentId: id.id, expiresAt: inAYear().toISOString() });
    const licence = await uploadVerificationDocument({ actor: owner, kind: "LICENCE", bytes: PDF, fileName: "licence.pdf" });
    expect((await db.providerProfile.findUniqueOrThrow({ where: { id: owner.providerId } })).verification).toBe("VERIFIED");
    await rejectVerificationDocument({ actor: admin, documentId: licence.id, reason: "Not a licence" });
    expect((await db.providerProfile.findUniqueOrThrow({ where: { id: owner.providerId } })).verification).toBe("VERIFIED");
  });
});
