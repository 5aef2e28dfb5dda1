import { Money } from "@/components/ui/money";

/** The budget, or "For honor" when no money moves. */
export function BountyBudget({ amount, currency, className }: { amount: number; currency: string; className?: string }) {
  if (amount === 0) {
    return (
      <span className={className} data-testid="budget">
        For honor
      </span>
    );
  }
  return (
    <span className={className} data-testid="budget">
      <Money amount={amount} currency={currency} />
    </span>
  );
}
