import { z } from "zod";
import { NOTIFICATION_CATEGORIES } from "./notification-types";

const Flag = z.union([z.boolean(), z.stringbool()]);

export const ListNotificationsInput = z.object({
  cursor: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** Accepts "true"/"false" too, so the same schema parses a query string. */
  unreadOnly: Flag.default(false),
  /** One notification type, e.g. "booking.confirmed". */
  type: z.string().trim().min(1).max(100).optional(),
  category: z.enum(NOTIFICATION_CATEGORIES).optional(),
});
export type ListNotificationsInput = z.input<typeof ListNotificationsInput>;

/** The API's body: explicit ids, or `all: true`. An empty body marks nothing rather than everything. */
export const MarkNotificationsReadBody = z
  .object({
    ids: z.array(z.string().min(1).max(100)).min(1).max(200).optional(),
    all: z.literal(true).optional(),
  })
  .refine((body) => Boolean(body.ids) !== Boolean(body.all), { message: "Send either ids or all: true", path: ["ids"] });
export type MarkNotificationsReadBody = z.input<typeof MarkNotificationsReadBody>;

export const MarkNotificationsReadInput = z.object({
  ids: z.union([z.literal("all"), z.array(z.string().min(1).max(100)).max(200)]).default("all"),
});

export const CreateNotificationInput = z.object({
  userId: z.string().min(1),
  type: z.string().min(1).max(100),
  title: z.string().trim().min(1).max(200),
  body: z.string().max(2_000).default(""),
  /** An app path such as /bookings/abc; never an external URL. */
  link: z
    .string()
    .regex(/^\/(?!\/)/, "Use an app path starting with /")
    .max(500)
    .nullish(),
  dedupeKey: z.string().min(1).max(300),
});
export type CreateNotificationInput = z.input<typeof CreateNotificationInput>;

export const ListDevMailboxInput = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  to: z.string().trim().max(254).optional(),
});

export const NotificationPreferenceInput = z.object({
  type: z.string().min(1).max(100),
  email: z.boolean(),
  inApp: z.boolean(),
});

/** The settings form's body: one row per type shown; types left out keep what they had. */
export const UpdateNotificationPreferencesInput = z.object({
  preferences: z.array(NotificationPreferenceInput).min(1).max(100),
});
export type UpdateNotificationPreferencesInput = z.input<typeof UpdateNotificationPreferencesInput>;

export const UnsubscribeInput = z.object({
  token: z.string().min(1).max(600),
});
