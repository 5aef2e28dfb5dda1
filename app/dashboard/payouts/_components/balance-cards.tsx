import { Card } from "@/components/ui/card";
import { Money } from "@/components/ui/money";
import type { ProviderBalance } from "@/lib/payouts/dto";
import { PayOutButton } from "./pay-out-button";

const cards = [
  { key: "pending", label: "Pending", hint: "Your share of booked, authorized jobs, after the platform fee. It becomes available when the job is completed." },
  { key: "available", label: "Available", hint: "Earned from completed jobs and ready to pay out." },
  { key: "paidOut", label: "Paid out", hint: "Everything paid out so far." },
] as const;

/** Three cards per currency, and the payout button for what is available. */
export function BalanceCards({ balances, payoutsEnabled }: { balances: ProviderBalance[]; payoutsEnabled: boolean }) {
  if (balances.length === 0) {
    // No services and no money yet: no currency to show amounts in.
    return (
      <div className="grid gap-4 sm:grid-cols-3">
        {cards.map((card) => (
          <Card key={card.key} className="p-5" data-testid={`balance-${card.key}`}>
            <p className="text-sm text-stone-600">{card.label}</p>
            <p className="mt-2 text-3xl font-semibold text-stone-400">—</p>
            <p className="mt-2 text-xs text-stone-500">{card.hint}</p>
          </Card>
        ))}
      </div>
    );
  }
  return (
    <div className="space-y-8">
      {balances.map((balance) => (
        <section key={balance.currency} aria-label={`Balances in ${balance.currency}`} data-testid="balance-group" data-currency={balance.currency}>
          {balances.length > 1 ? <h3 className="mb-2 text-sm font-medium text-stone-500">{balance.currency}</h3> : null}
          <div className="grid gap-4 sm:grid-cols-3">
            {cards.map((card) => (
              <Card key={card.key} className="p-5" data-testid={`balance-${card.key}`} data-amount={balance[card.key]}>
                <p className="text-sm text-stone-600">{card.label}</p>
                <p className="mt-2 text-3xl font-semibold text-stone-900">
                  <Money amount={balance[card.key]} currency={balance.currency} />
                </p>
                <p className="mt-2 text-xs text-stone-500">{card.hint}</p>
              </Card>
            ))}
          </div>
          {balance.reserved ? (
            <p className="mt-3 text-sm text-stone-600" data-testid="balance-reserved">
              <Money amount={balance.reserved} currency={balance.currency} /> is reserved for a payout under review by Hearth support.
            </p>
          ) : null}
          <div className="mt-4">
            <PayOutButton currency={balance.currency} amount={balance.available} disabled={!payoutsEnabled} />
            {!payoutsEnabled && balance.available > 0 ? <p className="mt-2 text-sm text-stone-600">Set up payouts to pay this out.</p> : null}
          </div>
        </section>
      ))}
    </div>
  );
}
