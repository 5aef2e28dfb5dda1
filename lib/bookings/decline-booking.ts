import type { Actor } from "../core/auth/actor";
import { answerBookingRequest } from "./answer-booking-request";

export function declineBooking(options: { actor: Actor; bookingId: string; now?: Date }) {
  return answerBookingRequest({ ...options, answer: "decline" });
}
