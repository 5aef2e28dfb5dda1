import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { AuthCard } from "../_components/auth-card";
import { ConfirmEmailButton } from "./_components/confirm-email-button";

export const metadata: Metadata = { title: "Confirm your email" };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Confirm your email" subtitle="A confirmed address lets you post bounties and receive payouts.">
      {typeof token === "string" && token ? <ConfirmEmailButton token={token} /> : <Alert tone="error">This link is incomplete.</Alert>}
    </AuthCard>
  );
}
