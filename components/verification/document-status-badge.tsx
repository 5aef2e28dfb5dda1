import type { VerificationDocumentDto } from "@/lib/verification/dto";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<VerificationDocumentDto["status"], BadgeTone> = { PENDING: "info", APPROVED: "success", REJECTED: "danger", EXPIRED: "neutral" };
const labels: Record<VerificationDocumentDto["status"], string> = { PENDING: "Awaiting review", APPROVED: "Approved", REJECTED: "Rejected", EXPIRED: "Expired" };

export function DocumentStatusBadge({ status }: { status: VerificationDocumentDto["status"] }) {
  return (
    <Badge tone={tones[status]} data-testid="document-status" data-status={status}>
      {labels[status]}
    </Badge>
  );
}
