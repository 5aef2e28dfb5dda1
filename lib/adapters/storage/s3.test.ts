import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { createS3Storage } from "./s3";
import type { StorageAdapter } from "./types";

// A real S3 wire protocol (s3rver) on a random port, so signing, checksums and errors are exercised.
describe("S3 storage against s3rver", () => {
  const bucket = "hearth-test";
  let dir: string;
  let server: S3rver;
  let storage: StorageAdapter;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "hearth-s3rver-"));
    server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: dir, configureBuckets: [{ name: bucket }] });
    const { port } = await server.run();
    storage = createS3Storage({
      bucket,
      region: "us-east-1",
      endpoint: `http://127.0.0.1:${port}`,
      forcePathStyle: true,
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
      signingSecret: "s",
    });
  });
  afterAll(async () => {
    await storage.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("round-trips binary bodies byte for byte, with their content type", async () => {
    const body = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256));
    await storage.put({ key: "providers/p1/portfolio/1.jpg", body, contentType: "image/jpeg" });
    const stored = await storage.get("providers/p1/portfolio/1.jpg");
    expect(stored?.contentType).toBe("image/jpeg");
    expect(stored?.body.equals(body)).toBe(true);
  });

  it("returns null for a missing key, and deletes idempotently", async () => {
    expect(await storage.get("nope/missing.txt")).toBeNull();
    await storage.put({ key: "tmp/x.txt", body: Buffer.from("x"), contentType: "text/plain" });
    await storage.delete("tmp/x.txt");
    expect(await storage.get("tmp/x.txt")).toBeNull();
    await expect(storage.delete("tmp/x.txt")).resolves.toBeUndefined();
  });

  it("rejects unsafe keys without a request", async () => {
    await expect(storage.get("../x")).rejects.toThrow("Invalid storage key");
  });

  it("signs app URLs instead of presigned S3 URLs", () => {
    expect(storage.signedUrl("tmp/x.txt", 60)).toMatch(/^\/api\/files\/tmp\/x\.txt\?expires=\d+&sig=/);
  });
});
