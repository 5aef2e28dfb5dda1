import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { assertSafeKey } from "./keys";
import { signFileUrl } from "./signing";
import type { StorageAdapter } from "./types";

export interface LocalDiskStorageConfig {
  /** Usually `${env.DATA_DIR}/uploads`. */
  rootDir: string;
  signingSecret: string;
}

/**
 * Objects live under `objects/<key>` and their content type under `meta/<key>.json`: separate
 * trees, so no key can collide with another key's metadata file.
 */
export function createLocalDiskStorage({ rootDir, signingSecret }: LocalDiskStorageConfig): StorageAdapter {
  const root = path.resolve(rootDir);

  function resolveIn(tree: "objects" | "meta", key: string, suffix = ""): string {
    assertSafeKey(key);
    const base = path.join(root, tree);
    const file = path.resolve(base, key + suffix);
    // Belt and braces after the key check: the resolved path must stay inside its tree.
    if (!file.startsWith(base + path.sep)) throw new Error(`Storage key escapes the upload root: ${key}`);
    return file;
  }

  // Write then rename, so a concurrent reader sees the old object or the new one, never half of one.
  async function writeAtomically(file: string, data: Buffer | string): Promise<void> {
    await mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${randomUUID()}.tmp`;
    try {
      await writeFile(temp, data);
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  return {
    name: "local-disk",

    async put({ key, body, contentType }) {
      const objectFile = resolveIn("objects", key);
      const metaFile = resolveIn("meta", key, ".json");
      await writeAtomically(metaFile, JSON.stringify({ contentType }));
      await writeAtomically(objectFile, body);
    },

    async get(key) {
      const objectFile = resolveIn("objects", key);
      const metaFile = resolveIn("meta", key, ".json");
      try {
        const [body, meta] = await Promise.all([readFile(objectFile), readFile(metaFile, "utf8")]);
        const { contentType } = JSON.parse(meta) as { contentType?: string };
        return { body, contentType: contentType ?? "application/octet-stream" };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },

    async delete(key) {
      await rm(resolveIn("objects", key), { force: true });
      await rm(resolveIn("meta", key, ".json"), { force: true });
    },

    signedUrl(key, ttlSeconds) {
      return signFileUrl({ key, ttlSeconds, secret: signingSecret });
    },

    async close() {},
  };
}
