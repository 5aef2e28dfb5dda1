"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { toggleEmailSubscription, type EmailChoiceState } from "../actions";

/** What the person can do next from the landing page: change their mind, as many times as they like. */
export function EmailChoice({ token, label }: { token: string; label: string }) {
  const [state, formAction, pending] = useActionState<EmailChoiceState, FormData>(toggleEmailSubscription, { subscribed: false });
  const what = label.toLowerCase();
  return (
    <form action={formAction} className="mt-4 space-y-3">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="intent" value={state.subscribed ? "unsubscribe" : "resubscribe"} />
      <p data-testid="unsubscribe-state" className="text-stone-700">
        {state.subscribed ? `You'll get ${what} emails again.` : `You won't get ${what} emails any more.`}
      </p>
      {state.error ? <p className="text-sm text-red-700">{state.error}</p> : null}
      <Button type="submit" variant="secondary" size="sm" pending={pending}>
        {state.subscribed ? "Unsubscribe again" : "Undo: keep sending them"}
      </Button>
    </form>
  );
}
