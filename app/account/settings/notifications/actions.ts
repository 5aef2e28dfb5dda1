"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { UpdateNotificationPreferencesInput } from "@/lib/notifications/schemas";
import { updateNotificationPreferences } from "@/lib/notifications/update-notification-preferences";

export const updateNotificationPreferencesAction = authedAction(UpdateNotificationPreferencesInput, async (input, { actor }) => {
  const groups = await updateNotificationPreferences({ ...input, actor });
  revalidatePath("/account/settings/notifications");
  return groups;
});

export type SavePreferencesState = { status: "idle" } | { status: "saved"; savedAt: number } | { status: "error"; message: string };

/**
 * The form's entry point (works without JavaScript): one `type` field per row, and `email:<type>` /
 * `inApp:<type>` checkboxes that are present only when ticked.
 */
export async function savePreferencesFromForm(_previous: SavePreferencesState, formData: FormData): Promise<SavePreferencesState> {
  const types = formData.getAll("type").filter((v): v is string => typeof v === "string" && v.length > 0);
  const preferences = types.map((type) => ({ type, email: formData.get(`email:${type}`) === "on", inApp: formData.get(`inApp:${type}`) === "on" }));
  const result = await updateNotificationPreferencesAction({ preferences });
  return result.ok ? { status: "saved", savedAt: Date.now() } : { status: "error", message: result.error.message };
}
