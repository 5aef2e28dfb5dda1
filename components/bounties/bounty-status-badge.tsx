import { Badge, type BadgeTone } from "@/components/ui/badge";

export type BountyStatus = "UNDER_REVIEW" | "OPEN" | "IN_PROGRESS" | "AWAITING_APPROVAL" | "COMPLETED" | "CANCELLED" | "DISPUTED" | "EXPIRED";

const look: Record<BountyStatus, { tone: BadgeTone; label: string }> = {
  UNDER_REVIEW: { tone: "warning", label: "Under review" },
  OPEN: { tone: "success", label: "Open for offers" },
  IN_PROGRESS: { tone: "info", label: "In progress" },
  AWAITING_APPROVAL: { tone: "warning", label: "Awaiting approval" },
  COMPLETED: { tone: "brand", label: "Completed" },
  CANCELLED: { tone: "neutral", label: "Cancelled" },
  DISPUTED: { tone: "danger", label: "Disputed" },
  EXPIRED: { tone: "neutral", label: "Expired" },
};

export function bountyStatusLabel(status: string): string {
  return look[status as BountyStatus]?.label ?? status;
}

/** The status pill, worded for people; data-status carries the API's word for tests and support. */
export function BountyStatusBadge({ status }: { status: string }) {
  const { tone, label } = look[status as BountyStatus] ?? { tone: "neutral" as const, label: status };
  return (
    <Badge tone={tone} data-testid="bounty-status" data-status={status}>
      {label}
    </Badge>
  );
}
