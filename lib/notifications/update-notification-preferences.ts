import { AppError } from "../core/errors";
import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { transactional } from "../events/transactional";
import { getNotificationPreferences, type NotificationPreferenceGroup } from "./get-notification-preferences";
import { isTransactionalEmail, notificationTypeInfo } from "./notification-types";
import { ownPreferences } from "./policies";
import { preferenceAudit, savePreference, type PreferenceChange } from "./preference-store";
import { UpdateNotificationPreferencesInput } from "./schemas";

export type UpdateNotificationPreferencesOptions = UpdateNotificationPreferencesInput & { actor: Actor };

/**
 * Saves the actor's email / in-app choices for the types sent. Unknown types, types the actor's role
 * never receives, and switching off a transactional email are refused with field errors (the form
 * never offers them); one audit row lists what changed. Returns the table as the page shows it.
 */
export async function updateNotificationPreferences({ actor, ...input }: UpdateNotificationPreferencesOptions): Promise<NotificationPreferenceGroup[]> {
  const { preferences } = parseInput(UpdateNotificationPreferencesInput, input);
  const fields: Record<string, string[]> = {};
  preferences.forEach((p, i) => {
    const info = notificationTypeInfo(p.type);
    if (!info || !info.configurable || !info.audience.includes(actor.role)) fields[`preferences.${i}.type`] = ["Unknown notification type"];
    else if (!p.email && isTransactionalEmail(p.type)) fields[`preferences.${i}.email`] = [`Emails about ${info.label.toLowerCase()} are always sent`];
  });
  if (new Set(preferences.map((p) => p.type)).size !== preferences.length) fields.preferences = ["Each type may appear once"];
  if (Object.keys(fields).length) throw new AppError("VALIDATION_FAILED", "Some preferences are invalid", { fields });

  const { userId } = ownPreferences(actor);
  await transactional(async (tx) => {
    const changes: PreferenceChange[] = [];
    for (const p of preferences) {
      const change = await savePreference(tx, { userId, type: p.type, email: p.email, inApp: p.inApp });
      if (change) changes.push(change);
    }
    if (changes.length) await tx.auditLog.create({ data: preferenceAudit(actor.userId, userId, "notification.preferences_updated", changes) });
  });
  return getNotificationPreferences({ actor });
}
