import { db, type Prisma } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { bookingSelect, toBookingView } from "./dto";
import { ListBookingsQuery } from "./schemas";

/**
 * The actor's bookings, as customer (default) or as provider, newest start first.
 * Cursor pages: pass the previous page's `nextCursor`. Each carries `allowed` for the actor in that capacity.
 */
export async function listBookings({ actor, query, now = new Date() }: { actor: Actor; query: unknown; now?: Date }) {
  const input = parseInput(ListBookingsQuery, query);
  const asProvider = input.as === "provider" || (input.as === undefined && actor.role === "PROVIDER");
  const where: Prisma.BookingWhereInput = {
    ...(asProvider ? { providerId: actor.providerId ?? "-" } : { customerId: actor.userId }),
    ...(input.status ? { status: input.status } : {}),
  };
  const rows = await db.booking.findMany({
    where,
    select: bookingSelect,
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, input.limit);
  return { data: page.map((row) => toBookingView(row, actor, { now, as: asProvider ? "provider" : "customer" })), nextCursor: rows.length > input.limit ? page[page.length - 1].id : null };
}
