import { db } from "../core/db";
import { parseInput } from "../core/validation";
import { notificationSelect, type NotificationDto } from "./dto";
import { publishNotification } from "./notification-publisher";
import { CreateNotificationInput } from "./schemas";
import { shouldDeliverTo } from "./should-deliver";

export type CreateNotificationResult =
  | { notification: NotificationDto; created: boolean; suppressed?: undefined }
  /** The user switched this type's in-app notifications off: no row. */
  | { notification: null; created: false; suppressed: "preference" };

/**
 * An in-app notification, at most once per dedupe key: event handlers call it again on retries.
 * ON CONFLICT DO NOTHING (skipDuplicates) makes concurrent duplicates harmless too.
 *
 * Every handler goes through here, so the user's in-app preference for `type` is applied once, for
 * all of them; a new row is then published to the user's live stream (after its commit: createMany
 * runs outside any transaction), so the header bell updates without waiting for its poll.
 */
export async function createNotification(input: CreateNotificationInput): Promise<CreateNotificationResult> {
  const data = parseInput(CreateNotificationInput, input);
  const existing = await findByDedupeKey(data.dedupeKey);
  if (existing) return { notification: existing, created: false };
  if (!(await shouldDeliverTo(db, { userId: data.userId, type: data.type, channel: "inApp" }))) {
    return { notification: null, created: false, suppressed: "preference" };
  }
  const { count } = await db.notification.createMany({ data: [{ ...data, link: data.link ?? null }], skipDuplicates: true });
  const notification = await db.notification.findUniqueOrThrow({ where: { dedupeKey: data.dedupeKey }, select: notificationSelect });
  if (count === 1) await publishNotification(data.userId, notification);
  return { notification, created: count === 1 };
}

function findByDedupeKey(dedupeKey: string) {
  return db.notification.findUnique({ where: { dedupeKey }, select: notificationSelect });
}
