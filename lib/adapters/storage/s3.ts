import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { assertSafeKey } from "./keys";
import { signFileUrl } from "./signing";
import type { StorageAdapter } from "./types";

export interface S3StorageConfig {
  bucket: string;
  region: string;
  /** For S3-compatible services (MinIO, R2, s3rver in tests); unset means AWS. */
  endpoint?: string;
  forcePathStyle?: boolean;
  /** Unset means the SDK's default chain (instance role, IRSA, env of the SDK itself). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  signingSecret: string;
}

export function createS3Storage(config: S3StorageConfig): StorageAdapter {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle ?? false,
    credentials: config.credentials,
    // Newer SDKs add CRC checksums by default; S3-compatible stores that do not understand them
    // store the aws-chunked framing as part of the object. Only send them where S3 requires them.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const Bucket = config.bucket;

  return {
    name: "s3",

    async put({ key, body, contentType }) {
      assertSafeKey(key);
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: body, ContentType: contentType }));
    },

    async get(key) {
      assertSafeKey(key);
      try {
        const result = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!result.Body) return null;
        const body = Buffer.from(await result.Body.transformToByteArray());
        return { body, contentType: result.ContentType ?? "application/octet-stream" };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async delete(key) {
      assertSafeKey(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },

    signedUrl(key, ttlSeconds) {
      return signFileUrl({ key, ttlSeconds, secret: config.signingSecret });
    },

    async close() {
      client.destroy();
    },
  };
}

function isMissing(error: unknown): boolean {
  return (
    error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.$metadata?.httpStatusCode === 404)
  );
}
