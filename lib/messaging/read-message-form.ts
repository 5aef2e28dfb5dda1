import { AppError } from "../core/errors";
import type { UploadedFile } from "./attachments";
import { MAX_MESSAGE_UPLOAD_BYTES } from "./limits";

/** Room for the form's text fields and multipart boundaries on top of the files themselves. */
const FORM_OVERHEAD_BYTES = 256 * 1024;

export function isMultipart(request: Request): boolean {
  return (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
}

async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `Uploads are limited to ${Math.round(MAX_MESSAGE_UPLOAD_BYTES / (1024 * 1024))} MB per message`);
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) throw tooLarge();
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * A message sent as multipart/form-data: fields `body` and `replyToId`, files under `attachments`.
 * The body is read within a size limit before it is parsed (formData() alone would buffer any size).
 */
export async function readMessageForm(request: Request): Promise<{ body: string; replyToId?: string; attachments: UploadedFile[] }> {
  const raw = await readLimited(request, MAX_MESSAGE_UPLOAD_BYTES + FORM_OVERHEAD_BYTES);
  let form: FormData;
  try {
    form = await new Response(raw as BodyInit, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new AppError("BAD_REQUEST", "The form data could not be read");
  }
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const files = form.getAll("attachments").filter((value): value is File => typeof value !== "string");
  const attachments = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: Buffer.from(await file.arrayBuffer()) })));
  return { body: text("body") ?? "", replyToId: text("replyToId") || undefined, attachments };
}
