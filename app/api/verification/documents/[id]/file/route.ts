import { route } from "@/lib/core/http";
import { getVerificationDocumentFile } from "@/lib/verification/get-verification-document-file";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * GET: the document itself, for its provider and admins only (everyone else 404, signed out 401).
 * Never cached by shared caches, never sniffed by the browser, and sandboxed when opened directly.
 */
export const GET = route<{ id: string }>(async ({ params, actor }) => {
  const file = await getVerificationDocumentFile({ actor, documentId: params.id });
  const inline = file.contentType.startsWith("image/") || file.contentType === "application/pdf";
  return new Response(new Uint8Array(file.body), {
    headers: {
      "content-type": file.contentType,
      "content-length": String(file.body.length),
      "content-disposition": `${inline ? "inline" : "attachment"}; filename="${file.fileName}"`,
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      "cache-control": "private, no-store",
    },
  });
});
