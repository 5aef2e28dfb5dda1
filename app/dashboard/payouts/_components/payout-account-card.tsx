import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { PayoutAccountDto } from "@/lib/payouts/dto";
import { SetUpPayoutsButton } from "./set-up-payouts-button";

function stateOf(account: PayoutAccountDto) {
  if (account.payoutsEnabled) return { label: "Payouts enabled", tone: "success" as const };
  if (account.hasAccount) return { label: "Setup in progress", tone: "warning" as const };
  return { label: "Not set up", tone: "neutral" as const };
}

export function PayoutAccountCard({ account, testMode }: { account: PayoutAccountDto; testMode: boolean }) {
  const state = stateOf(account);
  return (
    <Card className="space-y-3 p-6" aria-labelledby="payout-account-heading">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="payout-account-heading" className="text-lg font-semibold text-stone-900">
          Payout account
        </h2>
        <Badge tone={state.tone} data-testid="payout-status">
          {state.label}
        </Badge>
      </div>
      {account.payoutsEnabled ? (
        <p className="text-sm text-stone-600">
          {testMode
            ? "Your test payout account is ready. Customers can book your paid services."
            : "Stripe can pay you. Customers can book your paid services."}
        </p>
      ) : (
        <>
          <p className="text-sm text-stone-600">
            Customers can book your paid services once payouts are set up.{" "}
            {testMode
              ? "In test mode this takes one click: there is no identity or bank check."
              : "Stripe asks for your identity and bank details on its own secure page, then brings you back here."}
          </p>
          {account.hasAccount && !testMode && account.detailsSubmitted ? (
            <p className="text-sm text-stone-600">Stripe has your details and is still verifying them; this page updates when you come back.</p>
          ) : null}
          <SetUpPayoutsButton label={account.hasAccount ? "Continue setup" : "Set up payouts"} />
        </>
      )}
    </Card>
  );
}
