"use client";

import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { reportClientError } from "./client-error-reporting";

export interface ErrorBoundaryProps {
  error: unknown;
  /** Next's retry: refreshes the server data and re-renders the segment. */
  retry: () => void;
}

/**
 * What an error.tsx renders: a generic message (server errors arrive without their message in
 * production anyway), the digest that matches the server's log line, never a stack.
 */
export function SectionError({ error, retry, homeHref = "/", homeLabel = "Go home" }: ErrorBoundaryProps & { homeHref?: string; homeLabel?: string }) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  useEffect(() => {
    console.error(error);
    reportClientError(error);
  }, [error]);

  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-24 text-center" role="alert" data-testid="error-boundary">
      <h1 className="text-3xl font-semibold tracking-tight">Something went wrong</h1>
      <p className="mt-3 text-stone-600">Sorry, we couldn&apos;t load this page. Please try again in a moment.</p>
      {digest ? <p className="mt-2 font-mono text-xs text-stone-400">Reference: {digest}</p> : null}
      <div className="mt-8 flex gap-3">
        <Button onClick={() => retry()}>Try again</Button>
        <ButtonLink href={homeHref} variant="secondary">
          {homeLabel}
        </ButtonLink>
      </div>
    </div>
  );
}
