import { Badge, type BadgeTone } from "@/components/ui/badge";

export type BookingStatus = "REQUESTED" | "CONFIRMED" | "DECLINED" | "EXPIRED" | "COMPLETED" | "CANCELLED" | "NO_SHOW";

const look: Record<BookingStatus, { tone: BadgeTone; label: string }> = {
  REQUESTED: { tone: "warning", label: "Requested" },
  CONFIRMED: { tone: "success", label: "Confirmed" },
  DECLINED: { tone: "danger", label: "Declined" },
  EXPIRED: { tone: "neutral", label: "Expired" },
  COMPLETED: { tone: "info", label: "Completed" },
  CANCELLED: { tone: "neutral", label: "Cancelled" },
  NO_SHOW: { tone: "danger", label: "No-show" },
};

/**
 * The status pill. Its text is the raw status (REQUESTED, CONFIRMED…) so tests and support staff
 * read the same word the API returns; data-status carries it too.
 */
export function BookingStatusBadge({ status }: { status: string }) {
  const { tone, label } = look[status as BookingStatus] ?? { tone: "neutral" as const, label: status };
  return (
    <Badge tone={tone} data-testid="booking-status" data-status={status} title={label} className="tracking-wide uppercase">
      {status}
    </Badge>
  );
}

export const bookingStatusLabels: Record<BookingStatus, string> = Object.fromEntries(
  Object.entries(look).map(([status, { label }]) => [status, label]),
) as Record<BookingStatus, string>;
