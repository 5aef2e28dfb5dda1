import { db, type Prisma } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { bookingSelect, toBookingDto } from "./dto";
import { ListBookingsQuery } from "./schemas";

/**
 * The actor's bookings, as customer (default) or as provider, newest start first.
 * Cursor pages: pass the previous page's `nextCursor`.
 */
export async function listBookings({ actor, query }: { actor: Actor; query: unknown }) {
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
  return { data: page.map(toBookingDto), nextCursor: rows.length > input.limit ? page[page.length - 1].id : null };
}
