import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { createOnce } from "./create-once";
import { assertBookingParty } from "./policies";

export interface OpenBookingConversationOptions {
  actor: Actor;
  bookingId: string;
}

/**
 * A booking's conversation between its customer and its provider, created lazily on first access
 * (the booking pages link to it), so bookings made before messaging existed get one too.
 */
export async function openBookingConversation({ actor, bookingId }: OpenBookingConversationOptions): Promise<{ id: string; created: boolean }> {
  const booking = await db.booking.findUnique({ where: { id: bookingId }, select: { id: true, customerId: true, provider: { select: { userId: true } } } });
  assertBookingParty(actor, booking);
  const userIds = [...new Set([booking!.customerId, booking!.provider.userId])];
  const { row, created } = await createOnce(
    () => db.conversation.findUnique({ where: { bookingId }, select: { id: true } }),
    () =>
      db.conversation.create({
        data: { kind: "BOOKING", bookingId, participants: { create: userIds.map((userId) => ({ userId })) } },
        select: { id: true },
      }),
  );
  return { id: row.id, created };
}
