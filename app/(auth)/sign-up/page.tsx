import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentActor } from "@/lib/core/auth/session";
import { AuthCard } from "../_components/auth-card";
import { safeCallbackUrl } from "../_components/safe-callback";
import { SignUpForm } from "./_components/sign-up-form";

export const metadata: Metadata = { title: "Create account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const host = (await headers()).get("host");
  const callbackUrl = params.callbackUrl ? safeCallbackUrl(params.callbackUrl, { host }) : null;
  if (await getCurrentActor()) redirect(callbackUrl ?? "/");

  const role = params.role === "provider" ? "provider" : "customer";
  const signInHref = callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in";
  return (
    <AuthCard
      title="Create your account"
      subtitle="Book trusted local pros, or get booked as one."
      footer={
        <>
          Already have an account?{" "}
          <Link href={signInHref} className="font-medium text-brand-700 hover:underline">
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm callbackUrl={callbackUrl} defaultRole={role} />
    </AuthCard>
  );
}
