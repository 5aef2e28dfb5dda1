import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { decodePageCursor, encodePageCursor, olderThan } from "../core/page-cursor";
import { notificationSelect, type NotificationDto } from "./dto";
import { categoryTypeFilter, type NotificationCategory } from "./notification-types";
import { ownNotifications } from "./policies";
import { ListNotificationsInput } from "./schemas";

export interface ListNotificationsOptions {
  actor: Actor;
  /** nextCursor of the previous page. */
  cursor?: string;
  /** 1–100, default 20. */
  limit?: number;
  unreadOnly?: boolean;
  /** Only this type, e.g. "booking.confirmed". */
  type?: string;
  /** Only this category (bookings, payments, reviews, messages, account). */
  category?: NotificationCategory;
}

/** The actor's notifications, newest first, a page at a time (keyset pagination on createdAt, id). */
export async function listNotifications({ actor, ...input }: ListNotificationsOptions): Promise<{ data: NotificationDto[]; nextCursor: string | null }> {
  const { cursor, limit, unreadOnly, type, category } = parseInput(ListNotificationsInput, input);
  const rows = await db.notification.findMany({
    where: {
      ...ownNotifications(actor),
      ...(unreadOnly ? { readAt: null } : {}),
      ...(type ? { type } : {}),
      AND: [category ? categoryTypeFilter(category) : {}, cursor ? olderThan(decodePageCursor(cursor)) : {}],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: notificationSelect,
  });
  const data = rows.slice(0, limit);
  const last = data[data.length - 1];
  return { data, nextCursor: rows.length > limit && last ? encodePageCursor(last) : null };
}
