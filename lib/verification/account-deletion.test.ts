import { db } from "../core/db";
import { settleDispatches } from "../events/dispatch";
import { setupTestDatabase } from "../testing/test-database";
import { TEST_PASSWORD } from "../testing/factories";
import { deleteAccount } from "../users/delete-account";
import { approveVerificationDocument } from "./approve-verification-document";
import { uploadVerificationDocument } from "./upload-verification-document";
import { adminActor, daysFrom, PDF, PNG, providerActor, withTemporaryStorage } from "./test-helpers";

setupTestDatabase();
const storage = withTemporaryStorage();

describe("deleting a provider's account", () => {
  it("erases their verification documents from storage and the database, and the badge with them", async () => {
    const provider = await providerActor();
    const bystander = await providerActor();
    const approved = await uploadVerificationDocument({ actor: provider, kind: "ID", bytes: PDF, fileName: "passport.pdf" });
    await approveVerificationDocument({ actor: await adminActor(), documentId: approved.id, expiresAt: daysFrom(new Date(), 200).toISOString() });
    await uploadVerificationDocument({ actor: provider, kind: "INSURANCE", bytes: PNG, fileName: "policy.png" });
    const kept = await uploadVerificationDocument({ actor: bystander, kind: "ID", bytes: PDF, fileName: "id.pdf" });
    const keys = (await db.verificationDocument.findMany({ where: { providerId: provider.providerId }, select: { storageKey: true } })).map((d) => d.storageKey);
    expect(keys).toHaveLength(2);
    expect((await db.providerProfile.findUniqueOrThrow({ where: { id: provider.providerId } })).verification).toBe("VERIFIED");

    await deleteAccount({ actor: provider, password: TEST_PASSWORD });
    await settleDispatches();

    expect(await db.verificationDocument.count({ where: { providerId: provider.providerId } })).toBe(0);
    for (const key of keys) expect(await storage.get(key)).toBeNull();
    expect(await db.providerProfile.findUniqueOrThrow({ where: { id: provider.providerId }, select: { verification: true, verifiedUntil: true } })).toEqual({
      verification: "UNVERIFIED",
      verifiedUntil: null,
    });
    const bystanderKey = (await db.verificationDocument.findUniqueOrThrow({ where: { id: kept.id } })).storageKey;
    expect(await storage.get(bystanderKey)).not.toBeNull();
  });
});
