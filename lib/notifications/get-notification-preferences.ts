import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { CATEGORY_LABELS, NOTIFICATION_CATEGORIES, NOTIFICATION_TYPES, type NotificationCategory } from "./notification-types";
import { ownPreferences } from "./policies";
import { DEFAULT_PREFERENCE } from "./should-deliver";

export interface NotificationPreferenceRow {
  type: string;
  label: string;
  description: string;
  /** Email always sends: the form shows it on and locked. */
  transactional: boolean;
  email: boolean;
  inApp: boolean;
}

export interface NotificationPreferenceGroup {
  category: NotificationCategory;
  label: string;
  rows: NotificationPreferenceRow[];
}

/**
 * The settings page's table: every configurable type the actor's role can receive, grouped by category, with
 * their saved choice or the default. A transactional type's email reads as on whatever is stored.
 */
export async function getNotificationPreferences({ actor }: { actor: Actor }): Promise<NotificationPreferenceGroup[]> {
  const saved = await db.notificationPreference.findMany({ where: ownPreferences(actor), select: { type: true, email: true, inApp: true } });
  const byType = new Map(saved.map((p) => [p.type, p]));
  return NOTIFICATION_CATEGORIES.map((category) => ({
    category,
    label: CATEGORY_LABELS[category],
    rows: NOTIFICATION_TYPES.filter((t) => t.category === category && t.configurable && t.audience.includes(actor.role)).map((t) => {
      const choice = byType.get(t.type) ?? DEFAULT_PREFERENCE;
      return {
        type: t.type,
        label: t.label,
        description: t.description,
        transactional: t.transactional,
        email: t.transactional || choice.email,
        inApp: choice.inApp,
      };
    }),
  })).filter((group) => group.rows.length > 0);
}
