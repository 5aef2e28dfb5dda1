import { tempDataDir } from "../messaging/testing/temp-data-dir";
import { rm } from "node:fs/promises";
import sharp from "sharp";
import { getStorage } from "../adapters/storage";
import { db } from "../core/db";
import { AppError } from "../core/errors";
import type { Actor } from "../core/auth/actor";
import { setupTestDatabase } from "../testing/test-database";
import { makeCategoryTree, makeCustomer, makeProvider } from "../testing/factories";
import type { SeededProvider } from "../../prisma/seed/builders";
import { getProvider } from "./get-provider";
import { imageVariantKey } from "./profile-dto";
import { removeProfileImage } from "./remove-profile-image";
import { MAX_GALLERY_IMAGES } from "./schemas";
import { uploadProfileImage } from "./upload-profile-image";

setupTestDatabase();
afterAll(() => rm(tempDataDir, { recursive: true, force: true }));

const asProvider = (p: SeededProvider): Actor => ({ userId: p.userId, role: "PROVIDER", isSuperAdmin: false, providerId: p.id });

async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

/** A real 2000×1000 PNG, whatever name a browser would send with it. */
const png = () => sharp({ create: { width: 2000, height: 1000, channels: 3, background: { r: 200, g: 80, b: 40 } } }).png().toBuffer();

beforeAll(async () => {
  await makeCategoryTree();
});

describe("profile photo and gallery", () => {
  it("accepts an image by its bytes (a PNG named .txt), stores 1200 px and 400 px WebP, and serves signed links", async () => {
    const p = await makeProvider();
    // The use case never sees the name: only the bytes decide (the route passes no name at all).
    const profile = await uploadProfileImage({ actor: asProvider(p), kind: "photo", bytes: await png() });
    expect(profile.photo?.key).toMatch(new RegExp(`^providers/${p.id}/photo/[0-9a-f]{18}$`));

    const storage = getStorage();
    for (const [size, width] of [["large", 1200], ["small", 400]] as const) {
      const stored = await storage.get(imageVariantKey(profile.photo!.key, size));
      expect(stored?.contentType).toBe("image/webp");
      const meta = await sharp(stored!.body).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["webp", width, width / 2]);
    }
    expect(profile.photo?.large).toMatch(/^\/api\/files\/providers\/.+-1200\.webp\?expires=\d+&sig=/);
    expect((await getProvider({ slug: p.slug })).photo?.small).toMatch(/-400\.webp\?/);

    // A new photo replaces the old one, whose files are removed.
    const replaced = await uploadProfileImage({ actor: asProvider(p), kind: "photo", bytes: await png() });
    expect(replaced.photo?.key).not.toBe(profile.photo?.key);
    expect(await storage.get(imageVariantKey(profile.photo!.key, "large"))).toBeNull();

    const removed = await removeProfileImage({ actor: asProvider(p), kind: "photo" });
    expect(removed.photo).toBeNull();
    expect(await storage.get(imageVariantKey(replaced.photo!.key, "small"))).toBeNull();
    await expectAppError(removeProfileImage({ actor: asProvider(p), kind: "photo" }), "NOT_FOUND");
    expect(await db.auditLog.count({ where: { entityType: "ProviderProfile", entityId: p.id, action: "provider.profile_updated" } })).toBe(3);
  });

  it("refuses a text file named .png, an empty file and an image that only starts like one", async () => {
    const p = await makeProvider();
    await expectAppError(uploadProfileImage({ actor: asProvider(p), kind: "photo", bytes: Buffer.from("just some text, named photo.png") }), "UNSUPPORTED_MEDIA_TYPE");
    await expectAppError(uploadProfileImage({ actor: asProvider(p), kind: "gallery", bytes: Buffer.alloc(0) }), "VALIDATION_FAILED");
    const truncated = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("not really a png")]);
    await expectAppError(uploadProfileImage({ actor: asProvider(p), kind: "photo", bytes: truncated }), "VALIDATION_FAILED");
    expect((await db.providerProfile.findUniqueOrThrow({ where: { id: p.id } })).photoKey).toBeNull();
  });

  it(`keeps at most ${MAX_GALLERY_IMAGES} gallery images and removes one by key`, async () => {
    const p = await makeProvider();
    const bytes = await png();
    let profile = await uploadProfileImage({ actor: asProvider(p), kind: "gallery", bytes });
    for (let i = 1; i < MAX_GALLERY_IMAGES; i++) profile = await uploadProfileImage({ actor: asProvider(p), kind: "gallery", bytes });
    expect(profile.gallery).toHaveLength(MAX_GALLERY_IMAGES);
    const full = await expectAppError(uploadProfileImage({ actor: asProvider(p), kind: "gallery", bytes }), "VALIDATION_FAILED");
    expect(full.message).toMatch(/at most 8/);

    const first = profile.gallery[0].key;
    const after = await removeProfileImage({ actor: asProvider(p), kind: "gallery", key: first });
    expect(after.gallery.map((g) => g.key)).toEqual(profile.gallery.slice(1).map((g) => g.key));
    await expectAppError(removeProfileImage({ actor: asProvider(p), kind: "gallery", key: first }), "NOT_FOUND");
  });

  it("only providers upload, and only to their own profile", async () => {
    const a = await makeProvider();
    const b = await makeProvider();
    const customer = await makeCustomer();
    const bytes = await png();
    await expectAppError(uploadProfileImage({ actor: { userId: customer.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null }, kind: "photo", bytes }), "FORBIDDEN");
    await expectAppError(uploadProfileImage({ actor: { ...asProvider(b), providerId: a.id }, kind: "photo", bytes }), "NOT_FOUND");
    const own = await uploadProfileImage({ actor: asProvider(a), kind: "gallery", bytes });
    await expectAppError(removeProfileImage({ actor: asProvider(b), kind: "gallery", key: own.gallery[0].key }), "NOT_FOUND");
    expect((await db.providerProfile.findUniqueOrThrow({ where: { id: a.id } })).galleryKeys).toHaveLength(1);
  });
});
