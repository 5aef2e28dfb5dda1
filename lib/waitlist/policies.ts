import type { Actor } from "../core/auth/actor";
import { forbidden, notFound } from "../core/errors";

/** Only customers wait for a time; providers and admins book nothing. */
export function assertCanJoinWaitlist(actor: Actor): void {
  if (actor.role !== "CUSTOMER") throw forbidden("Only customers can join a waitlist");
}

/** A provider manages the waitlist of their own services; the profile comes from the session, never from input. */
export function assertCanManageWaitlist(actor: Actor): string {
  if (actor.role !== "PROVIDER" || !actor.providerId) throw forbidden("Only providers manage their waitlist");
  return actor.providerId;
}

/** A waitlist entry or hold belongs to one customer; anyone else gets 404, like a missing one. */
export function assertOwnEntry(actor: Actor, row: { customerId: string } | null, what = "Waitlist entry"): asserts row is { customerId: string } {
  if (!row || row.customerId !== actor.userId) throw notFound(what);
}
