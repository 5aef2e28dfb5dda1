import { db } from "../core/db";
import { deliverPendingEvents } from "../events/deliver";
import { settleDispatches } from "../events/dispatch";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import type { DomainEventType } from "../events/types";
import { setupTestDatabase } from "../testing/test-database";
import { createTestBooking } from "./test-fixtures";

// The existing booking handlers, unchanged, with preferences applied centrally by sendEmail and
// createNotification.
setupTestDatabase();

async function emit(type: Extract<DomainEventType, "booking.completed" | "booking.declined" | "booking.confirmed">, bookingId: string) {
  const id = await transactional((tx) => recordEvent(tx, { type, actorId: null, entity: { type: "Booking", id: bookingId }, data: { bookingId } }));
  await settleDispatches();
  return id;
}

async function replay(eventId: string) {
  await db.eventDelivery.deleteMany({ where: { eventId } });
  await db.outboxEvent.update({ where: { id: eventId }, data: { status: "PENDING", nextAttemptAt: new Date(Date.now() - 1_000) } });
  await deliverPendingEvents({ ids: [eventId] });
}

const effectsFor = async (bookingId: string) => ({
  emails: await db.emailMessage.findMany({ where: { dedupeKey: { contains: bookingId } }, select: { to: true, template: true, text: true } }),
  notifications: await db.notification.findMany({ where: { dedupeKey: { contains: bookingId } }, select: { userId: true, type: true } }),
});

describe("booking handlers with preferences", () => {
  it("email off: the customer gets the in-app notification only, once, and the event is delivered", async () => {
    const { booking, customer, providerUser } = await createTestBooking();
    await db.notificationPreference.create({ data: { userId: customer.id, type: "booking.completed", email: false, inApp: true } });
    const eventId = await emit("booking.completed", booking.id);
    await replay(eventId);
    expect(await db.outboxEvent.findUniqueOrThrow({ where: { id: eventId } })).toMatchObject({ status: "DELIVERED" });
    const { emails, notifications } = await effectsFor(booking.id);
    expect(emails).toEqual([]);
    expect(notifications.map((n) => n.userId).sort()).toEqual([customer.id, providerUser.id].sort());
  });

  it("in-app off: the email is sent (with its unsubscribe link) and no notification, once", async () => {
    const { booking, customer } = await createTestBooking();
    await db.notificationPreference.create({ data: { userId: customer.id, type: "booking.declined", email: true, inApp: false } });
    const eventId = await emit("booking.declined", booking.id);
    await replay(eventId);
    const { emails, notifications } = await effectsFor(booking.id);
    expect(emails).toEqual([expect.objectContaining({ to: customer.email, template: "booking-declined" })]);
    expect(emails[0].text).toContain("/unsubscribe?token=");
    expect(notifications).toEqual([]);
  });

  it("a transactional email ignores an opt-out", async () => {
    const { booking, customer } = await createTestBooking();
    // Written directly: the use case refuses this, but a row could predate the rule.
    await db.notificationPreference.create({ data: { userId: customer.id, type: "booking.confirmed", email: false, inApp: true } });
    await emit("booking.confirmed", booking.id);
    const { emails, notifications } = await effectsFor(booking.id);
    expect(emails).toEqual([expect.objectContaining({ to: customer.email, template: "booking-confirmed" })]);
    expect(emails[0].text).not.toContain("/unsubscribe");
    expect(notifications).toHaveLength(1);
  });
});
