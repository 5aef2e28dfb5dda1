import type { Actor } from "../core/auth/actor";
import { closeBooking } from "./close-booking";

export function markNoShow({ actor, bookingId, now = new Date() }: { actor: Actor; bookingId: string; now?: Date }) {
  return closeBooking({ actor, bookingId, outcome: "NO_SHOW", now });
}
