import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentActor } from "@/lib/core/auth/session";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { SignOutButton } from "../../_components/sign-out-button";
import { AuthCard } from "../_components/auth-card";
import { safeCallbackUrl } from "../_components/safe-callback";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl, { host: (await headers()).get("host") });
  // middleware.ts sends signed-in users here with error=forbidden when their role cannot open a page;
  // bouncing them straight back to callbackUrl would loop.
  const forbidden = params.error === "forbidden";

  if (await getCurrentActor()) {
    if (!forbidden) redirect(callbackUrl);
    const retryHref = `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`;
    return (
      <AuthCard title="This page needs a different account" subtitle="You are signed in, but your account can't open that page.">
        <Alert tone="info">
          Provider pages need a provider account, and admin pages an admin account. Sign out and sign in with the right account, or go back home.
        </Alert>
        <div className="mt-6 flex flex-wrap gap-3">
          <SignOutButton callbackUrl={retryHref} variant="secondary" label="Switch account" testId="switch-account" />
          <ButtonLink href="/" size="sm">
            Go home
          </ButtonLink>
        </div>
      </AuthCard>
    );
  }

  const signUpHref = callbackUrl === "/" ? "/sign-up" : `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <AuthCard
      title="Sign in"
      subtitle="Welcome back to Hearth."
      footer={
        <>
          New to Hearth?{" "}
          <Link href={signUpHref} className="font-medium text-brand-700 hover:underline">
            Create an account
          </Link>
        </>
      }
    >
      {forbidden ? (
        <Alert tone="info" className="mb-4">
          Sign in with an account that can open that page.
        </Alert>
      ) : params.error ? (
        <Alert tone="error" className="mb-4">
          Email or password is incorrect
        </Alert>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
