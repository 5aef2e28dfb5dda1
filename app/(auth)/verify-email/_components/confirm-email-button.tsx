"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { postJson } from "@/components/account/post-json";

/**
 * Confirming is a click, not the page load: mail scanners open links, and a GET that used up the
 * token would leave the person with a dead link.
 */
export function ConfirmEmailButton({ token }: { token: string }) {
  const router = useRouter();
  const [state, setState] = useState<{ pending: boolean; done?: string; error?: string }>({ pending: false });

  async function confirm() {
    setState({ pending: true });
    const result = await postJson<{ email: string }>("/api/auth/verify-email", { token });
    setState(result.ok ? { pending: false, done: result.data.email } : { pending: false, error: result.error.message });
    if (result.ok) router.refresh();
  }

  if (state.done) {
    return (
      <Alert tone="success" data-testid="email-verified">
        {state.done} is confirmed.{" "}
        <Link href="/account/settings" className="font-medium underline">
          Go to your account
        </Link>
      </Alert>
    );
  }
  return (
    <div className="space-y-4">
      {state.error ? (
        <Alert tone="error" data-testid="verify-error">
          {state.error}{" "}
          <Link href="/account/settings" className="font-medium underline">
            Send a new link
          </Link>
        </Alert>
      ) : null}
      <Button type="button" className="w-full" pending={state.pending} onClick={confirm}>
        Confirm my email
      </Button>
    </div>
  );
}
