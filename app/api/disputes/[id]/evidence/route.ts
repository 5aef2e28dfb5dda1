import { respond, route } from "@/lib/core/http";
import { readFileUpload } from "@/lib/core/read-upload";
import { MAX_DISPUTE_EVIDENCE_BYTES } from "@/lib/disputes/schemas";
import { uploadDisputeEvidence } from "@/lib/disputes/upload-dispute-evidence";

/** POST multipart/form-data with one `file` (an image or a PDF) → 201, the dispute with its evidence. Parties and support only. */
export const POST = route<{ id: string }>(async ({ request, params, requireActor }) => {
  const actor = requireActor();
  const { bytes, fileName } = await readFileUpload(request, { maxFileBytes: MAX_DISPUTE_EVIDENCE_BYTES, noun: "file", plural: "Evidence files" });
  return respond(201, await uploadDisputeEvidence({ actor, disputeId: params.id, bytes, fileName }));
});
