"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { approveVerificationDocument } from "@/lib/verification/approve-verification-document";
import { rejectVerificationDocument } from "@/lib/verification/reject-verification-document";
import { ApproveVerificationDocumentInput, RejectVerificationDocumentInput } from "@/lib/verification/schemas";

// The action parses with the form's schema; the use case parses again (the expiry as an ISO instant).
export const approveVerificationDocumentAction = authedAction(ApproveVerificationDocumentInput, async (input, { actor }) => {
  const document = await approveVerificationDocument({ actor, documentId: input.documentId, expiresAt: input.expiresAt.toISOString() });
  revalidatePath("/admin/verification");
  return { id: document.id, status: document.status, expiresAt: document.expiresAt };
});

export const rejectVerificationDocumentAction = authedAction(RejectVerificationDocumentInput, async (input, { actor }) => {
  const document = await rejectVerificationDocument({ actor, ...input });
  revalidatePath("/admin/verification");
  return { id: document.id, status: document.status };
});
