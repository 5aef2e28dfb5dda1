import type { BookingStatus } from "../generated/prisma/enums";
import { AppError } from "../core/errors";

/**
 * Every transition a booking may make. A customer may also withdraw a request that the
 * provider has not answered yet (REQUESTED → CANCELLED, always a full refund).
 */
export const bookingTransitions: Record<BookingStatus, readonly BookingStatus[]> = {
  REQUESTED: ["CONFIRMED", "DECLINED", "EXPIRED", "CANCELLED"],
  CONFIRMED: ["COMPLETED", "CANCELLED", "NO_SHOW"],
  DECLINED: [],
  EXPIRED: [],
  COMPLETED: [],
  CANCELLED: [],
  NO_SHOW: [],
};

/** Statuses whose time is still held (the exclusion constraint covers exactly these). */
export const openStatuses: readonly BookingStatus[] = ["REQUESTED", "CONFIRMED"];

export function canTransition(from: BookingStatus, to: BookingStatus): boolean {
  return bookingTransitions[from].includes(to);
}

/** 409 with the current state, so a client that raced someone else can refresh and move on. */
export function assertTransition(from: BookingStatus, to: BookingStatus): void {
  if (!canTransition(from, to)) {
    throw new AppError("INVALID_STATE", `A ${from.toLowerCase().replace("_", "-")} booking cannot become ${to.toLowerCase().replace("_", "-")}`, {
      currentStatus: from,
      allowed: bookingTransitions[from],
    });
  }
}
