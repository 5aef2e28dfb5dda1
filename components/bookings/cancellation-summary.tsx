import { formatMoney } from "@/components/ui/format";
import { LocalDateTime } from "@/components/ui/local-time";

type Viewer = "CUSTOMER" | "PROVIDER";

function byWhom(cancelledBy: string | null, viewer: Viewer): string | null {
  if (cancelledBy === "ADMIN") return "Hearth support";
  if (cancelledBy === viewer) return "you";
  if (cancelledBy === "CUSTOMER") return "the customer";
  if (cancelledBy === "PROVIDER") return "the provider";
  return null;
}

/** "Refund: $X" (data-testid="refund-amount"), who cancelled and when, and their reason. */
export function CancellationSummary({
  booking,
  viewer,
  compact = false,
}: {
  booking: {
    refundAmount: number | null;
    price: { amount: number; currency: string };
    cancelledBy: string | null;
    cancelledAt: string | null;
    cancelReason: string | null;
    timeZone: string;
  };
  viewer: Viewer;
  compact?: boolean;
}) {
  const who = byWhom(booking.cancelledBy, viewer);
  const full = booking.refundAmount !== null && booking.refundAmount >= booking.price.amount;
  return (
    <div className="space-y-1 text-sm text-stone-700" data-testid="cancellation-summary">
      {booking.refundAmount !== null ? (
        <p className="font-medium text-stone-900" data-testid="refund-amount" data-amount={booking.refundAmount}>
          Refund: {formatMoney(booking.refundAmount, booking.price.currency)}
          {compact ? null : (
            <span className="font-normal text-stone-600">
              {" "}
              of {formatMoney(booking.price.amount, booking.price.currency)}
              {full ? " (full refund)" : ""}
            </span>
          )}
        </p>
      ) : null}
      {!compact && who ? (
        <p>
          Cancelled by {who}
          {booking.cancelledAt ? (
            <>
              {" "}
              on <LocalDateTime iso={booking.cancelledAt} zone={booking.timeZone} />
            </>
          ) : null}
          .
        </p>
      ) : null}
      {!compact && booking.cancelReason ? <p className="whitespace-pre-line text-stone-600">Reason: {booking.cancelReason}</p> : null}
    </div>
  );
}
