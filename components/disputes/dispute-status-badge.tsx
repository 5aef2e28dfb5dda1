import { Badge, type BadgeTone } from "@/components/ui/badge";

const LABELS: Record<string, { label: string; tone: BadgeTone }> = {
  AWAITING_RESPONSE: { label: "Awaiting the provider's answer", tone: "warning" },
  OPEN: { label: "Open", tone: "info" },
  ESCALATED: { label: "With Hearth support", tone: "warning" },
  RESOLVED: { label: "Resolved", tone: "success" },
  WITHDRAWN: { label: "Withdrawn", tone: "neutral" },
};

export function DisputeStatusBadge({ status }: { status: string }) {
  const { label, tone } = LABELS[status] ?? { label: status, tone: "neutral" as const };
  return (
    <Badge tone={tone} data-testid="dispute-status" data-status={status}>
      {label}
    </Badge>
  );
}
