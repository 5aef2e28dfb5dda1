import { db } from "../core/db";
import { getPubSub } from "../adapters/cache";
import { userChannel } from "../realtime/publish";
import { setupTestDatabase } from "../testing/test-database";
import { createNotification } from "./create-notification";
import { registerNotificationPublisher, type NotificationLiveEvent } from "./notification-publisher";
import { createTestUser, unique } from "./test-fixtures";

setupTestDatabase();

afterEach(() => registerNotificationPublisher(null));

const note = (userId: string, type = "booking.requested") => ({ userId, type, title: "New booking request", link: "/dashboard/bookings", dedupeKey: unique(type) });

describe("live notifications", () => {
  it("publish a new notification to the user's stream channel after it is committed", async () => {
    const user = await createTestUser();
    const received: unknown[] = [];
    const unsubscribe = await getPubSub().subscribe(userChannel(user.id), (message) => {
      received.push(JSON.parse(message));
    });
    try {
      const { notification } = await createNotification(note(user.id));
      for (let i = 0; i < 50 && received.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(received).toEqual([
        {
          type: "notification",
          id: notification!.id,
          data: { notification: expect.objectContaining({ id: notification!.id, title: "New booking request", link: "/dashboard/bookings", readAt: null }) },
        },
      ]);
    } finally {
      await unsubscribe();
    }
  });

  it("publishes only what was created, once, and only once the row is readable", async () => {
    const user = await createTestUser();
    const published: { userId: string; event: NotificationLiveEvent; rowVisible: boolean }[] = [];
    registerNotificationPublisher({
      async publish(userId, event) {
        const row = await db.notification.findUnique({ where: { id: event.id } });
        published.push({ userId, event, rowVisible: row !== null });
      },
    });
    const input = note(user.id);
    await createNotification(input);
    await createNotification(input);
    await db.notificationPreference.create({ data: { userId: user.id, type: "booking.completed", email: true, inApp: false } });
    await createNotification(note(user.id, "booking.completed"));
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ userId: user.id, rowVisible: true, event: { type: "notification" } });
  });

  it("never fails the notification when publishing does", async () => {
    const user = await createTestUser();
    registerNotificationPublisher({ publish: async () => Promise.reject(new Error("bus down")) });
    const input = note(user.id);
    await expect(createNotification(input)).resolves.toMatchObject({ created: true });
    expect(await db.notification.count({ where: { dedupeKey: input.dedupeKey } })).toBe(1);
  });
});
