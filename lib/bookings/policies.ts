import type { Actor } from "../core/auth/actor";
import type { BookingStatus } from "../generated/prisma/enums";
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

/** Who is looking at a booking, or null for someone who may not see it. */
export type BookingViewer = "customer" | "provider" | "admin";

/** Like bookingRole, but answers null instead of throwing: for shaping what a page offers. */
export function viewerOf(actor: Actor, booking: BookingParties): BookingViewer | null {
  if (booking.provider.userId === actor.userId) return "provider";
  if (booking.customerId === actor.userId) return "customer";
  return actor.role === "ADMIN" ? "admin" : null;
}

export interface BookingTimes {
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  expiresAt: Date | null;
}

/** Where a booking stands at `now`, whoever looks at it. */
export interface BookingPhase {
  /** Still holds its time and has not ended: it can be moved or cancelled. */
  open: boolean;
  /** A request the provider can still confirm or decline (not past its answer deadline). */
  answerable: boolean;
  /** A request whose answer deadline passed before anyone answered (the sweep has not expired it yet). */
  lapsed: boolean;
  started: boolean;
  ended: boolean;
}

export function bookingPhase(booking: BookingTimes, now: Date): BookingPhase {
  const held = booking.status === "REQUESTED" || booking.status === "CONFIRMED";
  const started = booking.startsAt <= now;
  const ended = booking.endsAt <= now;
  const lapsed = booking.status === "REQUESTED" && booking.expiresAt !== null && booking.expiresAt <= now;
  return { open: held && !ended, answerable: booking.status === "REQUESTED" && !lapsed, lapsed, started, ended };
}

export interface AllowedBookingActions {
  cancel: boolean;
  reschedule: boolean;
  confirm: boolean;
  decline: boolean;
  complete: boolean;
  markNoShow: boolean;
  /** The booking has reviews to write or read (the review window itself is the reviews domain's). */
  review: boolean;
  /** A dispute may be opened (the window and any open dispute are the disputes domain's). */
  dispute: boolean;
  /** Authenticate the card for a payment that needs the customer (3-D Secure). */
  confirmPayment: boolean;
  message: boolean;
}

export const noBookingActions: AllowedBookingActions = {
  cancel: false,
  reschedule: false,
  confirm: false,
  decline: false,
  complete: false,
  markNoShow: false,
  review: false,
  dispute: false,
  confirmPayment: false,
  message: false,
};

/**
 * What a page may offer this viewer; every use case checks again on the locked row. The customer
 * moves or cancels an open booking; the provider answers a request, moves an open booking, cancels
 * a confirmed one until it ends, and records the outcome once it has started (no-show) or ended
 * (completed), as support may.
 */
export function allowedBookingActions(viewer: BookingViewer | null, booking: BookingTimes & { paymentStatus?: string | null }, now: Date): AllowedBookingActions {
  if (!viewer) return noBookingActions;
  const phase = bookingPhase(booking, now);
  const { status } = booking;
  const customer = viewer === "customer";
  const provider = viewer === "provider";
  const closer = provider || viewer === "admin";
  const confirmed = status === "CONFIRMED";
  return {
    cancel: (customer && phase.open) || (provider && confirmed && !phase.ended),
    reschedule: (customer || provider) && phase.open,
    confirm: provider && phase.answerable,
    decline: provider && phase.answerable,
    complete: closer && confirmed && phase.ended,
    markNoShow: closer && confirmed && phase.started,
    review: (customer || provider) && status === "COMPLETED",
    dispute: customer && (status === "COMPLETED" || status === "NO_SHOW"),
    confirmPayment: customer && phase.open && booking.paymentStatus === "REQUIRES_ACTION",
    message: customer || provider,
  };
}
