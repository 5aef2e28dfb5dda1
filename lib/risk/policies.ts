import type { Actor } from "../core/auth/actor";
import { forbidden } from "../core/errors";

/** Risk holds (scores, signals, other users' money) are Hearth staff's: admins only. */
export function assertCanReviewRisk(actor: Actor | null): asserts actor is Actor {
  if (!actor || actor.role !== "ADMIN") throw forbidden("Only Hearth support can review risk holds");
}
