import type { Actor } from "../core/auth/actor";
import { answerBookingRequest } from "./answer-booking-request";

export function confirmBooking(options: { actor: Actor; bookingId: string; now?: Date }) {
  return answerBookingRequest({ ...options, answer: "confirm" });
}
