import type { RescheduleFeeDto } from "@/lib/payments/dto";
import { Badge } from "@/components/ui/badge";
import { formatMoney } from "@/components/ui/format";

function describe(fee: RescheduleFeeDto): string {
  const money = (amount: number) => formatMoney(amount, fee.currency);
  if (fee.status === "AUTHORIZED") return `Reschedule fee (change ${fee.rescheduleNumber}): ${money(fee.amount)} authorized on your card, being charged.`;
  if (fee.refundedAmount > 0) return `Reschedule fee (change ${fee.rescheduleNumber}): charged ${money(fee.capturedAmount)}, refunded ${money(fee.refundedAmount)}.`;
  return `Reschedule fee (change ${fee.rescheduleNumber}): charged ${money(fee.capturedAmount)} to your card.`;
}

/** The reschedule fees charged on the booking's card, one line each (data-testid="reschedule-fee-charge"). */
export function RescheduleFeeCharges({ fees }: { fees: RescheduleFeeDto[] }) {
  if (fees.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm text-stone-800">
      {fees.map((fee) => (
        <li key={fee.id} data-testid="reschedule-fee-charge" data-status={fee.status} data-amount={fee.amount} data-captured={fee.capturedAmount}>
          <span>{describe(fee)}</span>
          {fee.testMode ? (
            <Badge tone="warning" className="ml-2 align-middle">
              Test mode — no real money
            </Badge>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
