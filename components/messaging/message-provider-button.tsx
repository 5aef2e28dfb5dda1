"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { chatApi, ChatApiError } from "./chat-api";

/** "Message" on a provider's profile: opens (or reopens) the viewer's inquiry with that provider. */
export function MessageProviderButton({ providerId, providerSlug }: { providerId: string; providerSlug: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function open() {
    setPending(true);
    setProblem(null);
    try {
      const { id } = await chatApi.open({ providerId });
      router.push(`/account/messages/${id}`);
    } catch (error) {
      setPending(false);
      if (error instanceof ChatApiError && error.status === 401) {
        router.push(`/sign-in?callbackUrl=${encodeURIComponent(`/providers/${providerSlug}`)}`);
        return;
      }
      setProblem(error instanceof ChatApiError ? error.message : "Could not open the conversation.");
    }
  }

  return (
    <div className="flex flex-col items-start gap-1">
      <Button variant="secondary" onClick={open} pending={pending} data-testid="message-provider">
        Message
      </Button>
      {problem ? (
        <p role="alert" className="text-sm text-red-700">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
