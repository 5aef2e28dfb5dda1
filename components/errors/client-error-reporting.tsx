"use client";

import { createErrorReporter, type ErrorReporter, type ErrorSdk } from "@/lib/core/error-reporter";

let reporter: ErrorReporter | null = null;

/**
 * Arms the browser's error reporting with the public DSN (NEXT_PUBLIC_SENTRY_DSN, passed down by
 * the root layout). Without it nothing is armed: the SDK is never downloaded and nothing is sent.
 */
export function ClientErrorReporting({ dsn }: { dsn: string | undefined }) {
  if (dsn && !reporter && typeof window !== "undefined") {
    reporter = createErrorReporter({
      dsn,
      loadSdk: async () => (await import("@sentry/nextjs")) as unknown as ErrorSdk,
      onFailure: (failure) => console.warn("could not report an error to Sentry", failure),
    });
  }
  return null;
}

/** What an error boundary calls: the digest ties the browser event to the server's log line. */
export function reportClientError(error: unknown): void {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  void reporter?.report(error, { digest });
}
