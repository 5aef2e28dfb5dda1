import { formatMoney } from "./format";

export function Money({ amount, currency, className }: { amount: number; currency: string; className?: string }) {
  return (
    <span className={className} data-testid="money">
      {formatMoney(amount, currency)}
    </span>
  );
}
