import { AppError } from "@/lib/core/errors";
import { respond, route } from "@/lib/core/http";
import { MULTIPART_OVERHEAD_BYTES, readMultipartForm } from "@/lib/core/read-upload";
import { listMyVerificationDocuments } from "@/lib/verification/list-my-verification-documents";
import { MAX_VERIFICATION_DOCUMENT_BYTES } from "@/lib/verification/schemas";
import { uploadVerificationDocument } from "@/lib/verification/upload-verification-document";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET: the signed-in provider's documents, newest first. */
export const GET = route(async ({ requireActor }) => ({ data: await listMyVerificationDocuments({ actor: requireActor() }) }));

/**
 * POST multipart/form-data with `kind` (ID | LICENCE | INSURANCE) and one `file` → 201, the
 * document (PENDING). The type is decided from the bytes by the use case, never from the name.
 */
export const POST = route(async ({ request, requireActor }) => {
  const actor = requireActor();
  const form = await readMultipartForm(request, {
    maxBytes: MAX_VERIFICATION_DOCUMENT_BYTES + MULTIPART_OVERHEAD_BYTES,
    tooLarge: `Documents are at most ${MAX_VERIFICATION_DOCUMENT_BYTES / 1024 / 1024} MB`,
    what: "the document with `kind` and `file` fields",
  });
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("VALIDATION_FAILED", "Attach a document", { fields: { file: ["Attach a document"] } });
  const kind = form.get("kind");
  const document = await uploadVerificationDocument({ actor, kind: typeof kind === "string" ? kind : "", bytes: Buffer.from(await file.arrayBuffer()), fileName: file.name });
  return respond(201, document);
});
