import { createHmac } from "node:crypto";
import path from "node:path";
import { authSecret, env } from "../../core/env";
import { createLocalDiskStorage } from "./local-disk";
import { createS3Storage } from "./s3";
import type { StorageAdapter } from "./types";

export type { PutObjectInput, StorageAdapter, StoredObject } from "./types";
export { createLocalDiskStorage, type LocalDiskStorageConfig } from "./local-disk";
export { createS3Storage, type S3StorageConfig } from "./s3";
export { signFileUrl, verifyFileSignature, type SignFileUrlOptions, type VerifyFileSignatureOptions } from "./signing";
export { assertSafeKey } from "./keys";

/**
 * The file-URL key is derived from the auth secret rather than being the auth secret itself,
 * so a signature made for one purpose can never be replayed as the other.
 */
export const fileUrlSigningSecret = createHmac("sha256", authSecret).update("hearth:file-urls").digest("base64url");

const holder = globalThis as unknown as { __hearthStorage?: StorageAdapter };

/** S3 when S3_BUCKET is set, otherwise files under `${DATA_DIR}/uploads`. */
export function getStorage(): StorageAdapter {
  holder.__hearthStorage ??= env.S3_BUCKET
    ? createS3Storage({
        bucket: env.S3_BUCKET,
        region: env.S3_REGION,
        endpoint: env.S3_ENDPOINT,
        forcePathStyle: env.S3_FORCE_PATH_STYLE,
        credentials:
          env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
            ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
            : undefined,
        signingSecret: fileUrlSigningSecret,
      })
    : createLocalDiskStorage({ rootDir: path.join(env.DATA_DIR, "uploads"), signingSecret: fileUrlSigningSecret });
  return holder.__hearthStorage;
}

export async function closeStorage(): Promise<void> {
  const current = holder.__hearthStorage;
  holder.__hearthStorage = undefined;
  await current?.close();
}
