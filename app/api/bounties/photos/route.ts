import { route, respond } from "@/lib/core/http";
import { AppError } from "@/lib/core/errors";
import { uploadBountyPhoto } from "@/lib/bounties/upload-bounty-photo";
import { MAX_BOUNTY_PHOTO_BYTES } from "@/lib/bounties/schemas";

// The photo plus multipart framing; anything larger is refused before it is read in full.
const MAX_REQUEST_BYTES = MAX_BOUNTY_PHOTO_BYTES + 64 * 1024;

async function readLimited(request: Request): Promise<ArrayBuffer> {
  if (Number(request.headers.get("content-length") ?? "0") > MAX_REQUEST_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "Photos are at most 8 MB");
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_REQUEST_BYTES) {
      await reader.cancel();
      throw new AppError("PAYLOAD_TOO_LARGE", "Photos are at most 8 MB");
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks)).buffer;
}

/**
 * POST multipart/form-data with one `file` → 201 { key, url }. The key goes into postBounty's
 * photoKeys or submitWork's photoKeys (the uploader's own only); the url is signed for an hour.
 */
export const POST = route(async ({ request, requireActor }) => {
  const actor = requireActor();
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the photo as multipart/form-data with a `file` field");
  const form = await new Response(await readLimited(request), { headers: { "content-type": type } }).formData().catch(() => {
    throw new AppError("BAD_REQUEST", "The upload could not be read");
  });
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("VALIDATION_FAILED", "Attach a photo", { fields: { file: ["Attach a photo"] } });
  return respond(201, await uploadBountyPhoto({ actor, bytes: Buffer.from(await file.arrayBuffer()), fileName: file.name }));
});
