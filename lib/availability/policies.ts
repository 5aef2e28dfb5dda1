import type { Actor } from "../core/auth/actor";
import { forbidden } from "../core/errors";

/**
 * Availability belongs to one provider profile, and only its provider edits it. Admins and
 * customers are refused outright; there is no way to name someone else's profile, so the
 * "someone else's" case cannot arise here (see lockOwnProfile for a stale session).
 */
export function assertCanManageAvailability(actor: Actor): string {
  if (actor.role !== "PROVIDER" || !actor.providerId) throw forbidden("Only providers manage availability");
  return actor.providerId;
}
