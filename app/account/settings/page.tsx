import type { Metadata } from "next";
import type { ReactNode } from "react";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { VerificationBadge } from "@/components/account/verification-badge";
import { getMe } from "@/lib/users/get-me";
import { DeleteAccountForm, EmailForm, NameForm, PasswordForm, ResendVerificationButton } from "./_components/account-forms";

export const metadata: Metadata = { title: "Account settings" };

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card className="space-y-4 p-6">
      <h2 className="text-base font-semibold text-stone-900">{title}</h2>
      {children}
    </Card>
  );
}

export default async function AccountSettingsPage() {
  const actor = await requirePageActor("/account/settings");
  const me = await getMe({ actor });
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-10 sm:px-6">
      <PageHeader
        title="Account settings"
        description="Your name, sign-in email and password."
        actions={
          <ButtonLink href="/account/settings/notifications" variant="ghost" size="sm">
            Notification settings →
          </ButtonLink>
        }
      />
      <Section title="Name">
        <NameForm name={me.name} />
      </Section>
      <Section title="Email">
        <p className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
          <span data-testid="account-email">{me.email}</span>
          <VerificationBadge verified={me.emailVerified} />
        </p>
        {me.pendingEmail ? (
          <p className="text-sm text-stone-600" data-testid="pending-email">
            Waiting for confirmation: {me.pendingEmail}
          </p>
        ) : null}
        {!me.emailVerified ? <p className="text-sm text-stone-600">Confirm your email to post bounties and receive payouts.</p> : null}
        {!me.emailVerified || me.pendingEmail ? <ResendVerificationButton /> : null}
        <EmailForm />
      </Section>
      <Section title="Password">
        <PasswordForm email={me.email} />
      </Section>
      <Section title="Delete account">
        <DeleteAccountForm />
      </Section>
    </div>
  );
}
