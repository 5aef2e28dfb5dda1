import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLocalDiskStorage } from "./local-disk";
import { verifyFileSignature } from "./signing";
import type { StorageAdapter } from "./types";

describe("local-disk storage", () => {
  let dir: string;
  let storage: StorageAdapter;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "hearth-uploads-"));
    storage = createLocalDiskStorage({ rootDir: path.join(dir, "uploads"), signingSecret: "s" });
  });
  afterAll(async () => {
    await storage.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("stores, overwrites, reads back and deletes an object with its content type", async () => {
    const key = "providers/p1/cover.png";
    await storage.put({ key, body: Buffer.from([0x89, 0x50, 0x4e, 0x47]), contentType: "image/png" });
    await storage.put({ key, body: Buffer.from("second"), contentType: "text/plain" });
    expect(await storage.get(key)).toEqual({ body: Buffer.from("second"), contentType: "text/plain" });

    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("keeps metadata apart from objects, so a key ending in .json cannot clash with it", async () => {
    await storage.put({ key: "a.txt", body: Buffer.from("object"), contentType: "text/plain" });
    await storage.put({ key: "a.txt.json", body: Buffer.from("{}"), contentType: "application/json" });
    expect((await storage.get("a.txt"))?.contentType).toBe("text/plain");
    expect((await storage.get("a.txt.json"))?.body.toString()).toBe("{}");
    expect(await readdir(path.join(dir, "uploads"))).toEqual(expect.arrayContaining(["objects", "meta"]));
  });

  it.each(["../escape", "a/../../escape", "/abs", "a//b", "./a", "a/./b", "a\\b", "with space", "", "a/"])(
    "rejects the unsafe key %p before touching the disk",
    async (key) => {
      await expect(storage.put({ key, body: Buffer.from("x"), contentType: "text/plain" })).rejects.toThrow(
        "Invalid storage key",
      );
      await expect(storage.get(key)).rejects.toThrow("Invalid storage key");
      await expect(storage.delete(key)).rejects.toThrow("Invalid storage key");
    },
  );

  it("never writes outside its root", async () => {
    await expect(storage.put({ key: "../outside", body: Buffer.from("x"), contentType: "text/plain" })).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(["uploads"]);
  });

  it("signs URLs for its keys", () => {
    const url = new URL(storage.signedUrl("a.txt", 60), "http://hearth.test");
    expect(url.pathname).toBe("/api/files/a.txt");
    const { expires, sig } = Object.fromEntries(url.searchParams);
    expect(verifyFileSignature({ key: "a.txt", expires, sig, secret: "s" })).toBe(true);
  });
});
