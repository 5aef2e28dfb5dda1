import type { RescheduleFeeDto } from "@/lib/payments/dto";
import { Badge } from "@/components/ui/badge";
import { formatMoney } from "@/components/ui/format";

/** Whose card: the customer reads "your card", the provider "the customer's card". */
function describe(fee: RescheduleFeeDto, viewer: "CUSTOMER" | "PROVIDER"): string {
  const money = (amount: number) => formatMoney(amount, fee.currency);
  const card = viewer === "CUSTOMER" ? "your card" : "the customer's card";
  if (fee.status === "AUTHORIZED") return `Reschedule fee (change ${fee.rescheduleNumber}): ${money(fee.amount)} authorized on ${card}, being charged.`;
  if (fee.refundedAmount > 0) return `Reschedule fee (change ${fee.rescheduleNumber}): charged ${money(fee.capturedAmount)}, refunded ${money(fee.refundedAmount)}.`;
  return `Reschedule fee (change ${fee.rescheduleNumber}): charged ${money(fee.capturedAmount)} to ${card}.`;
}

/** The reschedule fees charged on the booking's card, one line each (data-testid="reschedule-fee-charge"). */
export function RescheduleFeeCharges({ fees, viewer = "CUSTOMER" }: { fees: RescheduleFeeDto[]; viewer?: "CUSTOMER" | "PROVIDER" }) {
  if (fees.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm text-stone-800">
      {fees.map((fee) => (
        <li key={fee.id} data-testid="reschedule-fee-charge" data-status={fee.status} data-amount={fee.amount} data-captured={fee.capturedAmount}>
          <span>{describe(fee, viewer)}</span>
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
