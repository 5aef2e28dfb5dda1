"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { MarkNotificationsReadBody } from "@/lib/notifications/schemas";

export const markNotificationsReadAction = authedAction(MarkNotificationsReadBody, async (input, { actor }) => {
  const result = await markNotificationsRead({ actor, ids: input.all ? "all" : input.ids });
  revalidatePath("/account/notifications");
  return result;
});

/**
 * The forms' entry point (works without JavaScript): `all=true`, or one or more `id` fields.
 * The outcome shows on the re-rendered page, so the result is not returned.
 */
export async function markNotificationsReadFromForm(formData: FormData): Promise<void> {
  const ids = formData.getAll("id").filter((v): v is string => typeof v === "string" && v.length > 0);
  await markNotificationsReadAction(formData.get("all") === "true" ? { all: true } : { ids });
}
