import { MULTIPART_OVERHEAD_BYTES, readMultipartForm } from "../core/read-upload";
import type { UploadedFile } from "./attachments";
import { MAX_MESSAGE_UPLOAD_BYTES } from "./limits";

/**
 * A message sent as multipart/form-data: fields `body` and `replyToId`, files under `attachments`.
 * The body is read within a size limit before it is parsed (formData() alone would buffer any size).
 */
export async function readMessageForm(request: Request): Promise<{ body: string; replyToId?: string; attachments: UploadedFile[] }> {
  const form = await readMultipartForm(request, {
    // Several files, each with its own part headers, plus the text fields.
    maxBytes: MAX_MESSAGE_UPLOAD_BYTES + 4 * MULTIPART_OVERHEAD_BYTES,
    tooLarge: `Uploads are limited to ${Math.round(MAX_MESSAGE_UPLOAD_BYTES / (1024 * 1024))} MB per message`,
    what: "the message",
  });
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const files = form.getAll("attachments").filter((value): value is File => typeof value !== "string");
  const attachments = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: Buffer.from(await file.arrayBuffer()) })));
  return { body: text("body") ?? "", replyToId: text("replyToId") || undefined, attachments };
}
