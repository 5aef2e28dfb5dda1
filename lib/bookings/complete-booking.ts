import type { Actor } from "../core/auth/actor";
import { closeBooking } from "./close-booking";

export function completeBooking({ actor, bookingId, now = new Date() }: { actor: Actor; bookingId: string; now?: Date }) {
  return closeBooking({ actor, bookingId, outcome: "COMPLETED", now });
}
