import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { TestModeNotice } from "@/components/payouts/test-mode-notice";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { isAppError } from "@/lib/core/errors";
import { logger } from "@/lib/core/logger";
import { isTestMode } from "@/lib/payments/get-payment-processor";
import { completeOnboarding } from "@/lib/payouts/complete-onboarding";
import { getPayoutAccount } from "@/lib/payouts/get-payout-account";
import { getProviderBalances } from "@/lib/payouts/get-provider-balances";
import { listPayouts } from "@/lib/payouts/list-payouts";
import { VerifyEmailNotice } from "@/components/account/verify-email-notice";
import { getMe } from "@/lib/users/get-me";
import { BalanceCards } from "./_components/balance-cards";
import { PayoutAccountCard } from "./_components/payout-account-card";
import { RecentPayouts } from "./_components/recent-payouts";
import { PausedNotice } from "@/components/flags/paused-notice";

export const metadata: Metadata = { title: "Payouts" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

const setupNotices = {
  complete: { tone: "success", text: "Payouts are set up. Customers can now book your paid services." },
  incomplete: { tone: "warning", text: "Setup isn't finished yet. Continue when you're ready; Stripe keeps what you entered." },
  failed: { tone: "error", text: "We couldn't finish setting up payouts. Please try again." },
  expired: { tone: "info", text: "That setup link expired. Continue setup to get a new one." },
} as const;

/**
 * The processor sends the provider back here: ?onboarding=return (test mode adds
 * &test_onboarding=<account>) or ?onboarding=refresh when its link expired. The return is
 * processed once and then redirected, so a reload or a later refresh does not repeat it.
 */
async function finishOnboarding(params: Record<string, string | string[] | undefined>): Promise<never> {
  const actor = await requirePageActor("/dashboard/payouts");
  let setup: keyof typeof setupNotices;
  try {
    const account = await completeOnboarding({ actor, accountRef: one(params.test_onboarding) });
    setup = account.payoutsEnabled ? "complete" : "incomplete";
  } catch (error) {
    if (!isAppError(error)) logger.error({ err: error }, "finishing payout onboarding failed");
    setup = "failed";
  }
  redirect(`/dashboard/payouts?setup=${setup}`);
}

export default async function PayoutsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("/dashboard/payouts");
  const params = await searchParams;
  if (one(params.onboarding) === "return") await finishOnboarding(params);
  const setup = one(params.onboarding) === "refresh" ? "expired" : one(params.setup);
  const notice = setup && setup in setupNotices ? setupNotices[setup as keyof typeof setupNotices] : null;

  const testMode = isTestMode();
  const [account, balances, payouts, me] = await Promise.all([
    getPayoutAccount({ actor }),
    getProviderBalances({ actor }),
    listPayouts({ actor, limit: 10 }),
    getMe({ actor }),
  ]);

  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <PageHeader
        title="Payouts"
        description="Your payout account, your balances and the money paid out to you."
        actions={
          <>
            <ButtonLink href="/dashboard/earnings" variant="secondary">
              Earnings
            </ButtonLink>
            <ButtonLink href="/dashboard" variant="secondary">
              Overview
            </ButtonLink>
          </>
        }
      />
      {testMode ? <TestModeNotice detail="Bookings are paid with test cards and a payout is marked paid at once, but no money moves." /> : null}
      {notice ? (
        <Alert tone={notice.tone} className="mb-6" data-testid="setup-notice">
          {notice.text}
        </Alert>
      ) : null}

      <VerifyEmailNotice verified={me.emailVerified} action="set up and receive payouts" />
      <PausedNotice flag="payouts" className="mb-6" />
      <PayoutAccountCard account={account} testMode={testMode} />

      <section aria-labelledby="balances-heading" className="mt-10">
        <h2 id="balances-heading" className="mb-3 text-lg font-semibold">
          Balances
        </h2>
        <BalanceCards balances={balances} payoutsEnabled={account.payoutsEnabled} />
        {balances.length === 0 ? <p className="mt-3 text-sm text-stone-600">No money yet: amounts appear with your first paid booking.</p> : null}
        {!testMode ? (
          <p className="mt-4 max-w-3xl text-sm text-stone-600">
            With Stripe, your share of each payment reaches your Stripe account when the job is charged, and Stripe pays it to your bank on
            your account&rsquo;s payout schedule. Paying out here records the amount as paid out in Hearth and lists it as pending, because
            the transfer to your bank happens at Stripe: follow it in your Stripe dashboard.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="payouts-heading" className="mt-10">
        <h2 id="payouts-heading" className="mb-3 text-lg font-semibold">
          Recent payouts
        </h2>
        <RecentPayouts payouts={payouts} testMode={testMode} />
      </section>
    </div>
  );
}
