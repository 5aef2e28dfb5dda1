import { randomUUID } from "node:crypto";
import type { StorageAdapter } from "../adapters/storage";
import { AppError } from "../core/errors";
import { logger } from "../core/logger";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, MAX_MESSAGE_UPLOAD_BYTES } from "./limits";
import { sniffFileType } from "./sniff-file-type";

/** A file as received: its name is only a label, its type is decided from its bytes. */
export interface UploadedFile {
  name: string;
  bytes: Buffer;
}

export interface PreparedAttachment {
  storageKey: string;
  contentType: string;
  sizeBytes: number;
  fileName: string;
  bytes: Buffer;
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** "../../Quote FINAL.v2.PDF" → "Quote FINAL.v2": no path, no extension, no control characters. */
function displayBase(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const withoutExtension = base.includes(".") ? base.slice(0, base.lastIndexOf(".")) : base;
  return withoutExtension.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 100) || "attachment";
}

/** The key's last segment doubles as the download name, so it is kept to safe ASCII. */
function keySegment(base: string): string {
  const ascii = base.normalize("NFKD").replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
  return ascii.slice(0, 60) || "file";
}

/**
 * Checks count, sizes and real types (magic bytes) and names each file's storage key, all before
 * anything is stored. The stored type and extension are the sniffed ones: a PNG named .pdf is
 * stored and served as image/png, and a text file named .png is refused.
 */
export function prepareAttachments(conversationId: string, files: UploadedFile[]): PreparedAttachment[] {
  if (files.length > MAX_ATTACHMENTS) {
    throw new AppError("VALIDATION_FAILED", `Attach at most ${MAX_ATTACHMENTS} files`, { fields: { attachments: [`At most ${MAX_ATTACHMENTS} files`] } });
  }
  const total = files.reduce((sum, file) => sum + file.bytes.length, 0);
  if (total > MAX_MESSAGE_UPLOAD_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `Attachments are limited to ${megabytes(MAX_MESSAGE_UPLOAD_BYTES)} per message`);
  }
  return files.map((file) => {
    if (file.bytes.length === 0) throw new AppError("VALIDATION_FAILED", `${file.name || "A file"} is empty`, { fields: { attachments: ["Empty file"] } });
    if (file.bytes.length > MAX_ATTACHMENT_BYTES) {
      throw new AppError("PAYLOAD_TOO_LARGE", `${file.name || "A file"} is larger than ${megabytes(MAX_ATTACHMENT_BYTES)}`, {
        fileName: file.name,
        maxBytes: MAX_ATTACHMENT_BYTES,
      });
    }
    const type = sniffFileType(file.bytes);
    if (!type) {
      throw new AppError("UNSUPPORTED_MEDIA_TYPE", `${file.name || "A file"} is not an image (JPEG, PNG, WebP, GIF) or a PDF`, { fileName: file.name });
    }
    const base = displayBase(file.name);
    return {
      storageKey: `messages/${conversationId}/${randomUUID()}/${keySegment(base)}.${type.extension}`,
      contentType: type.contentType,
      sizeBytes: file.bytes.length,
      fileName: `${base}.${type.extension}`,
      bytes: file.bytes,
    };
  });
}

export async function putAttachments(storage: StorageAdapter, prepared: PreparedAttachment[]): Promise<void> {
  await Promise.all(prepared.map((a) => storage.put({ key: a.storageKey, body: a.bytes, contentType: a.contentType })));
}

/** Best effort: files of a message whose transaction failed are orphans, not an error to report. */
export async function deleteAttachments(storage: StorageAdapter, prepared: PreparedAttachment[]): Promise<void> {
  await Promise.all(
    prepared.map((a) => storage.delete(a.storageKey).catch((error) => logger.warn({ err: error, key: a.storageKey }, "could not delete an orphaned attachment"))),
  );
}
