import { AppError } from "@/lib/core/errors";
import { respond, route } from "@/lib/core/http";
import { MAX_DISPUTE_EVIDENCE_BYTES } from "@/lib/disputes/schemas";
import { uploadDisputeEvidence } from "@/lib/disputes/upload-dispute-evidence";

// The file plus multipart framing; anything larger is refused before it is read in full.
const MAX_REQUEST_BYTES = MAX_DISPUTE_EVIDENCE_BYTES + 64 * 1024;
const TOO_LARGE = `Evidence files are at most ${MAX_DISPUTE_EVIDENCE_BYTES / 1024 / 1024} MB`;

async function readLimited(request: Request): Promise<ArrayBuffer> {
  if (Number(request.headers.get("content-length") ?? "0") > MAX_REQUEST_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", TOO_LARGE);
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_REQUEST_BYTES) {
      await reader.cancel();
      throw new AppError("PAYLOAD_TOO_LARGE", TOO_LARGE);
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks)).buffer;
}

/** POST multipart/form-data with one `file` (an image or a PDF) → 201, the dispute with its evidence. Parties and support only. */
export const POST = route<{ id: string }>(async ({ request, params, requireActor }) => {
  const actor = requireActor();
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the file as multipart/form-data with a `file` field");
  const form = await new Response(await readLimited(request), { headers: { "content-type": type } }).formData().catch(() => {
    throw new AppError("BAD_REQUEST", "The upload could not be read");
  });
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("VALIDATION_FAILED", "Attach a file", { fields: { file: ["Attach a file"] } });
  return respond(201, await uploadDisputeEvidence({ actor, disputeId: params.id, bytes: Buffer.from(await file.arrayBuffer()), fileName: file.name }));
});
