import type { Actor } from "../core/auth/actor";
import { AppError, notFound } from "../core/errors";

interface BookingParties {
  customerId: string;
  provider: { userId: string };
}

export function isParty(actor: Actor, booking: BookingParties): boolean {
  return booking.customerId === actor.userId || booking.provider.userId === actor.userId;
}

/** Someone else's booking answers 404, exactly like a missing one, so ids do not leak. */
export function assertCanView(actor: Actor, booking: BookingParties): void {
  if (actor.role !== "ADMIN" && !isParty(actor, booking)) throw notFound("Booking");
}

/** Only the provider who owns the booking answers a request. */
export function assertIsBookingProvider(actor: Actor, booking: BookingParties): void {
  assertCanView(actor, booking);
  if (booking.provider.userId !== actor.userId) throw new AppError("FORBIDDEN", "Only the provider can do this");
}

export function assertCanBook(actor: Actor, provider: { userId: string }): void {
  if (actor.role === "ADMIN") throw new AppError("FORBIDDEN", "Admins cannot book services");
  if (provider.userId === actor.userId) throw new AppError("FORBIDDEN", "You cannot book your own service");
}

export type BookingRole = "CUSTOMER" | "PROVIDER" | "ADMIN";

/** The capacity in which the actor acts on this booking; strangers get 404. */
export function bookingRole(actor: Actor, booking: BookingParties): BookingRole {
  if (booking.provider.userId === actor.userId) return "PROVIDER";
  if (booking.customerId === actor.userId) return "CUSTOMER";
  if (actor.role === "ADMIN") return "ADMIN";
  throw notFound("Booking");
}

/** Completing or marking a no-show is the provider's call (or an admin's). */
export function assertCanCloseBooking(actor: Actor, booking: BookingParties): void {
  const role = bookingRole(actor, booking);
  if (role === "CUSTOMER") throw new AppError("FORBIDDEN", "Only the provider can do this");
}
