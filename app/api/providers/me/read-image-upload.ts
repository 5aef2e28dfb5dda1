import { AppError } from "@/lib/core/errors";
import { MAX_PROFILE_IMAGE_BYTES } from "@/lib/providers/schemas";

// The image plus multipart framing; anything larger is refused before it is read in full.
const MAX_REQUEST_BYTES = MAX_PROFILE_IMAGE_BYTES + 64 * 1024;
const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `Images are at most ${MAX_PROFILE_IMAGE_BYTES / 1024 / 1024} MB`);

async function readLimited(request: Request): Promise<ArrayBuffer> {
  if (Number(request.headers.get("content-length") ?? "0") > MAX_REQUEST_BYTES) throw tooLarge();
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_REQUEST_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks)).buffer;
}

/** The bytes of the multipart `file` field; its name and declared type are ignored (the use case sniffs the bytes). */
export async function readImageUpload(request: Request): Promise<Buffer> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the image as multipart/form-data with a `file` field");
  const form = await new Response(await readLimited(request), { headers: { "content-type": type } }).formData().catch(() => {
    throw new AppError("BAD_REQUEST", "The upload could not be read");
  });
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("VALIDATION_FAILED", "Attach an image", { fields: { file: ["Attach an image"] } });
  return Buffer.from(await file.arrayBuffer());
}
