import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLocalDiskStorage, fileUrlSigningSecret, type StorageAdapter } from "../adapters/storage";
import type { Actor } from "../core/auth/actor";
import { makeAdmin, makeCustomer, makeProvider } from "../testing/factories";

/** Documents go to a temporary directory, never the repo's .data/. */
export function withTemporaryStorage(): StorageAdapter {
  const storage = createLocalDiskStorage({ rootDir: path.join(mkdtempSync(path.join(tmpdir(), "verification-uploads-")), "uploads"), signingSecret: fileUrlSigningSecret });
  (globalThis as unknown as { __hearthStorage?: StorageAdapter }).__hearthStorage = storage;
  return storage;
}

export const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
export const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n", "latin1");
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
export const GIF = Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1");

export const DAY = 86_400_000;
export const daysFrom = (from: Date, days: number) => new Date(from.getTime() + days * DAY);

export async function providerActor(): Promise<Actor & { providerId: string; slug: string }> {
  const p = await makeProvider();
  return { userId: p.userId, role: "PROVIDER", isSuperAdmin: false, providerId: p.id, slug: p.slug };
}

export async function customerActor(): Promise<Actor> {
  const user = await makeCustomer();
  return { userId: user.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null };
}

export async function adminActor(): Promise<Actor> {
  const user = await makeAdmin();
  return { userId: user.id, role: "ADMIN", isSuperAdmin: false, providerId: null };
}

/** The AppError code a promise rejects with, or "OK". */
export const codeOf = (promise: Promise<unknown>) => promise.then(() => "OK", (error: { code?: string }) => error.code ?? String(error));

export async function failure(promise: Promise<unknown>): Promise<{ code: string; details?: { fields?: Record<string, string[]> } }> {
  try {
    await promise;
  } catch (error) {
    return error as never;
  }
  throw new Error("expected a failure");
}
