import { redirect } from "next/navigation";

/** Notifications are the only account settings so far. */
export default function SettingsPage() {
  redirect("/account/settings/notifications");
}
