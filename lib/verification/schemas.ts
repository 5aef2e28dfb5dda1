import { z } from "zod";

export const VERIFICATION_DOCUMENT_KINDS = ["ID", "LICENCE", "INSURANCE"] as const;
export const VerificationDocumentKind = z.enum(VERIFICATION_DOCUMENT_KINDS, { error: "Choose ID, licence or insurance" });
export type VerificationDocumentKind = z.output<typeof VerificationDocumentKind>;

export const KIND_LABELS: Record<VerificationDocumentKind, string> = { ID: "ID", LICENCE: "Licence", INSURANCE: "Insurance" };

/** A scan or a phone photo of a document fits easily; anything bigger is probably not one. */
export const MAX_VERIFICATION_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** Pending documents a provider may have at once, so an account cannot fill the bucket. */
export const MAX_PENDING_DOCUMENTS = 5;
/** The provider hears this long before a badge lapses. */
export const EXPIRY_WARNING_DAYS = 14;

export const VERIFICATION_DOCUMENT_UPLOAD = { maxFileBytes: MAX_VERIFICATION_DOCUMENT_BYTES, noun: "document", plural: "Documents" };

const DocumentId = z.string().trim().min(1, "Choose a document").max(64);

/**
 * An expiry as the admin form sends it (a date, read as the end of that day in UTC, so "valid until
 * 1 June" holds all of 1 June) or as an API client may (an ISO instant).
 */
const ExpiryInstant = z
  .string({ error: "Enter the expiry date" })
  .trim()
  .min(1, "Enter the expiry date")
  .transform((value, ctx) => {
    const instant = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T23:59:59.999Z`) : new Date(value);
    if (Number.isNaN(instant.getTime())) {
      ctx.addIssue({ code: "custom", message: "Enter a valid date" });
      return z.NEVER;
    }
    return instant;
  });

export const ApproveVerificationDocumentInput = z.object({ documentId: DocumentId, expiresAt: ExpiryInstant });
export type ApproveVerificationDocumentInput = z.input<typeof ApproveVerificationDocumentInput>;

export const RejectVerificationDocumentInput = z.object({
  documentId: DocumentId,
  reason: z.string({ error: "Say why the document is rejected" }).trim().min(3, "Say why the document is rejected (at least 3 characters)").max(500, "At most 500 characters"),
});
export type RejectVerificationDocumentInput = z.input<typeof RejectVerificationDocumentInput>;
