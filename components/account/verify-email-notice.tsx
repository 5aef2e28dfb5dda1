import Link from "next/link";
import { Alert } from "@/components/ui/alert";

/** Shown where a confirmed email is required (posting bounties, payouts); the use cases refuse with EMAIL_NOT_VERIFIED. */
export function VerifyEmailNotice({ verified, action }: { verified: boolean; action: string }) {
  if (verified) return null;
  return (
    <Alert tone="warning" title="Confirm your email first" className="mb-6" data-testid="verify-email-notice">
      <p>
        You need a confirmed email address to {action}. Use the link we emailed you, or{" "}
        <Link href="/account/settings" className="font-medium underline">
          send a new one from your account settings
        </Link>
        .
      </p>
    </Alert>
  );
}
