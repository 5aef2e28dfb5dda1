import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { isAppError } from "@/lib/core/errors";
import { unsubscribeFromEmail, type UnsubscribeResult } from "@/lib/notifications/unsubscribe-from-email";
import { EmailChoice } from "./_components/email-choice";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Where an email's unsubscribe link lands, signed in or not: opening it is the one click that
 * switches that email type off (idempotent, so a reload or a link scanner's visit changes nothing
 * more, and the page offers an undo). Mail clients use the one-click POST endpoint instead.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  const given = typeof token === "string" ? token : "";
  let result: UnsubscribeResult | null = null;
  let error: string | null = null;
  try {
    result = await unsubscribeFromEmail({ token: given });
  } catch (e) {
    if (!isAppError(e)) throw e;
    error = e.code === "VALIDATION_FAILED" ? "This unsubscribe link is incomplete. Copy the whole link from the email." : e.message;
  }

  return (
    <div className="mx-auto max-w-xl px-4 py-16 sm:px-6">
      <Card className="p-6">
        <h1 className="text-xl font-semibold text-stone-900">{result ? "You're unsubscribed" : "We couldn't unsubscribe you"}</h1>
        {result ? (
          <div data-testid="unsubscribe-result" data-type={result.type}>
            <p className="mt-2 text-stone-600">
              Emails turned off: <strong className="text-stone-900">{result.label}</strong>. You&apos;ll still see them under the bell in Hearth,
              and emails about confirmations, cancellations, payments and your account are always sent.
            </p>
            <EmailChoice token={given} label={result.label} />
          </div>
        ) : (
          <Alert tone="error" className="mt-3" data-testid="unsubscribe-error">
            {error}
          </Alert>
        )}
        <p className="mt-6 text-sm text-stone-600">Choose exactly which emails and notifications you get in your settings.</p>
        <ButtonLink href="/account/settings/notifications" variant="secondary" size="sm" className="mt-2">
          Notification settings
        </ButtonLink>
      </Card>
    </div>
  );
}
