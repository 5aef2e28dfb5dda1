import type { Prisma } from "../core/db";

export const verificationDocumentSelect = {
  id: true,
  providerId: true,
  kind: true,
  fileName: true,
  contentType: true,
  sizeBytes: true,
  status: true,
  reviewedAt: true,
  rejectionReason: true,
  expiresAt: true,
  createdAt: true,
} satisfies Prisma.VerificationDocumentSelect;

type DocumentRow = Prisma.VerificationDocumentGetPayload<{ select: typeof verificationDocumentSelect }>;

/** The only way to the file: the authorizing route, never a signed storage link. */
export const documentFilePath = (id: string) => `/api/verification/documents/${id}/file`;

export function toVerificationDocumentDto(row: DocumentRow) {
  return {
    id: row.id,
    providerId: row.providerId,
    kind: row.kind,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    status: row.status,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    rejectionReason: row.rejectionReason,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    fileUrl: documentFilePath(row.id),
  };
}

export type VerificationDocumentDto = ReturnType<typeof toVerificationDocumentDto>;
