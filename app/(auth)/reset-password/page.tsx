import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { AuthCard } from "../_components/auth-card";
import { ResetPasswordForm } from "./_components/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Choose a new password" subtitle="Every device signed in to your account will be signed out.">
      {typeof token === "string" && token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <Alert tone="error">
          This link is incomplete.{" "}
          <Link href="/forgot-password" className="font-medium underline">
            Ask for a new one
          </Link>
        </Alert>
      )}
    </AuthCard>
  );
}
