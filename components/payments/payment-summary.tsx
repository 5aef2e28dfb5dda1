import type { BookingPaymentDto } from "@/lib/payments/dto";
import { Badge } from "@/components/ui/badge";
import { formatMoney } from "@/components/ui/format";

/** One sentence for where the booking's money stands, from the customer's side. */
function describe(payment: BookingPaymentDto): string {
  const money = (amount: number) => formatMoney(amount, payment.currency);
  switch (payment.status) {
    case "PENDING":
    case "REQUIRES_ACTION":
      return `${money(payment.amount)} is waiting for your bank's confirmation.`;
    case "CARD_SAVED":
      return `Card saved: ${money(payment.amount)} will be authorized 2 days before the booking. Nothing charged yet.`;
    case "AUTHORIZED":
      return `${money(payment.amount)} authorized on your card, charged only after the service.`;
    case "CAPTURED":
    case "PARTIALLY_REFUNDED":
    case "REFUNDED":
      return payment.refundedAmount > 0
        ? `Charged ${money(payment.capturedAmount)}, refunded ${money(payment.refundedAmount)}.`
        : `Charged ${money(payment.capturedAmount)}.`;
    case "CANCELED":
      return `Authorization released: you were not charged.`;
    case "FAILED":
      return `The payment of ${money(payment.amount)} failed. Nothing was charged.`;
  }
}

/**
 * The booking's money line (data-testid="payment-summary"): authorized, charged, refunded, with the
 * amounts as data attributes for tests, and the test-mode label when no real money is involved.
 */
export function PaymentSummary({ payment, compact = false }: { payment: BookingPaymentDto | null; compact?: boolean }) {
  if (!payment) return null;
  return (
    <p
      className={compact ? "text-xs text-stone-600" : "text-sm text-stone-800"}
      data-testid="payment-summary"
      data-status={payment.status}
      data-authorized={payment.amount}
      data-captured={payment.capturedAmount}
      data-refunded={payment.refundedAmount}
    >
      <span>{describe(payment)}</span>
      {payment.testMode ? (
        <Badge tone="warning" className="ml-2 align-middle" data-testid="test-mode-label">
          Test mode — no real money
        </Badge>
      ) : null}
    </p>
  );
}
