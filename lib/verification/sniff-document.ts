import { AppError } from "../core/errors";
import { sniffFileType, type SniffedType } from "../messaging/sniff-file-type";
import { MAX_VERIFICATION_DOCUMENT_BYTES } from "./schemas";

const ACCEPTED = new Set(["application/pdf", "image/jpeg", "image/png"]);

/**
 * The document's real type, from its first bytes (the shared sniffer of message attachments): a
 * PNG named .pdf is stored as the PNG it is, garbage named .pdf is refused, and so are the image
 * types messages take but documents do not (GIF, WebP).
 */
export function sniffVerificationDocument(bytes: Buffer): SniffedType {
  if (bytes.length === 0) throw new AppError("VALIDATION_FAILED", "The file is empty", { fields: { file: ["The file is empty"] } });
  if (bytes.length > MAX_VERIFICATION_DOCUMENT_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `Documents are at most ${MAX_VERIFICATION_DOCUMENT_BYTES / 1024 / 1024} MB`, { maxBytes: MAX_VERIFICATION_DOCUMENT_BYTES });
  }
  const sniffed = sniffFileType(bytes);
  if (!sniffed || !ACCEPTED.has(sniffed.contentType)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Upload the document as a PDF, JPEG or PNG", { fields: { file: ["Upload a PDF, JPEG or PNG"] } });
  }
  return sniffed;
}

/** `../../My Licence (2026).PDF` → `my-licence-2026.pdf`: no path, the sniffed extension. */
export function documentFileName(fileName: string, extension: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? "")
    .replace(/\.[^.]*$/, "")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${base || "document"}.${extension}`;
}
