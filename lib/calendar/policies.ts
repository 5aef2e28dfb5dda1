import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";

/** The private feed and its link belong to the provider alone; the provider id comes from the session, never the input. */
export function assertCanManageCalendar(actor: Actor): string {
  if (actor.role !== "PROVIDER" || !actor.providerId) throw new AppError("FORBIDDEN", "Only providers have a booking calendar");
  return actor.providerId;
}
