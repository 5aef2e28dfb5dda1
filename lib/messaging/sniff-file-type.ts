/**
 * What an uploaded file really is, from its first bytes: names and the browser's declared type are
 * the sender's claims and are ignored. Only the types messages accept are recognised; anything
 * else is null.
 */
export type AttachmentContentType = "image/jpeg" | "image/png" | "image/webp" | "image/gif" | "application/pdf";

export interface SniffedType {
  contentType: AttachmentContentType;
  extension: "jpg" | "png" | "webp" | "gif" | "pdf";
  kind: "image" | "pdf";
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

const SIGNATURES: { test: (bytes: Uint8Array) => boolean; type: SniffedType }[] = [
  { test: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), type: { contentType: "image/png", extension: "png", kind: "image" } },
  { test: (b) => startsWith(b, [0xff, 0xd8, 0xff]), type: { contentType: "image/jpeg", extension: "jpg", kind: "image" } },
  { test: (b) => startsWith(b, ascii("GIF87a")) || startsWith(b, ascii("GIF89a")), type: { contentType: "image/gif", extension: "gif", kind: "image" } },
  // RIFF container, 4 bytes of length, then the WEBP form type.
  { test: (b) => startsWith(b, ascii("RIFF")) && startsWith(b, ascii("WEBP"), 8), type: { contentType: "image/webp", extension: "webp", kind: "image" } },
  { test: (b) => startsWith(b, ascii("%PDF-")), type: { contentType: "application/pdf", extension: "pdf", kind: "pdf" } },
];

export function sniffFileType(bytes: Uint8Array): SniffedType | null {
  return SIGNATURES.find((signature) => signature.test(bytes))?.type ?? null;
}
