import { AppError } from "@/lib/core/errors";
import { respond, route } from "@/lib/core/http";
import { uploadBountyPhoto } from "@/lib/bounties/upload-bounty-photo";

// The domain refuses anything over 8 MB by content; this only stops a huge body before it is read.
const MAX_REQUEST_BYTES = 8 * 1024 * 1024 + 64 * 1024;

/**
 * One photo per request (multipart field "file"), for the bounty form and the work submission:
 * server actions are capped at 1 MB, photos may be 8 MB. Answers 201 { key, url }.
 */
export const POST = route(async ({ request, requireActor }) => {
  const actor = requireActor();
  if (Number(request.headers.get("content-length") ?? "0") > MAX_REQUEST_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", "Photos can be at most 8 MB");
  }
  const form = await request.formData().catch(() => {
    throw new AppError("BAD_REQUEST", "Send the photo as multipart/form-data in a field named file");
  });
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("BAD_REQUEST", "Send the photo as multipart/form-data in a field named file");
  const bytes = Buffer.from(await file.arrayBuffer());
  return respond(201, await uploadBountyPhoto({ actor, bytes, fileName: file.name }));
});
