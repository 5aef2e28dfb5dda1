import type { Metadata } from "next";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { getNotificationPreferences } from "@/lib/notifications/get-notification-preferences";
import { PreferencesForm } from "./_components/preferences-form";

export const metadata: Metadata = { title: "Notification settings" };

export default async function NotificationSettingsPage() {
  const actor = await requirePageActor("/account/settings/notifications");
  const groups = await getNotificationPreferences({ actor });
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <PageHeader
        title="Notification settings"
        description="Choose what reaches your inbox and what shows under the bell."
        actions={
          <ButtonLink href="/account/notifications" variant="ghost" size="sm">
            ← Notifications
          </ButtonLink>
        }
      />
      <PreferencesForm groups={groups} />
    </div>
  );
}
