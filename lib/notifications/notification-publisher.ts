import { logger } from "../core/logger";
import { publishToUser } from "../realtime/publish";
import type { NotificationDto } from "./dto";

/** What the bell receives over the user's live stream (SSE `event: notification`). */
export interface NotificationLiveEvent {
  type: "notification";
  id: string;
  data: { notification: NotificationDto };
}

/**
 * The seam between notifications and the realtime transport: createNotification calls `publish`
 * after the row is committed. By default that is the per-user stream (lib/realtime, served at
 * /api/stream); tests and tools may register another.
 */
export interface NotificationPublisher {
  publish(userId: string, event: NotificationLiveEvent): Promise<void>;
}

const streamPublisher: NotificationPublisher = { publish: (userId, event) => publishToUser(userId, event) };

// On globalThis so a registration survives dev-server module reloads and separate route bundles.
const holder = globalThis as unknown as { __hearthNotificationPublisher?: NotificationPublisher };

/** null restores the default. */
export function registerNotificationPublisher(publisher: NotificationPublisher | null): void {
  holder.__hearthNotificationPublisher = publisher ?? undefined;
}

export function notificationPublisher(): NotificationPublisher {
  return holder.__hearthNotificationPublisher ?? streamPublisher;
}

/** Best effort: a live update that fails is caught up by the bell's polling, never by failing the handler. */
export async function publishNotification(userId: string, notification: NotificationDto): Promise<void> {
  try {
    await notificationPublisher().publish(userId, { type: "notification", id: notification.id, data: { notification } });
  } catch (error) {
    logger.warn({ err: error, userId, notificationId: notification.id }, "live notification publish failed");
  }
}
