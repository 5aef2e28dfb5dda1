import type { Actor } from "../../core/auth/actor";
import { AppError, forbidden } from "../../core/errors";

/**
 * Who may act on accounts from the admin console. The console is for people: the system actor
 * (scheduler, webhooks) never suspends anyone or changes a role.
 */
export function assertAdmin(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
  if (actor.role !== "ADMIN" || actor.userId === "system") throw forbidden("Only admins manage user accounts");
}

/** Roles are granted by super admins alone: an admin making more admins is how a takeover spreads. */
export function assertSuperAdmin(actor: Actor | null): asserts actor is Actor {
  assertAdmin(actor);
  if (!actor.isSuperAdmin) throw forbidden("Only a super admin changes roles");
}

export interface AccountTarget {
  id: string;
  isSuperAdmin: boolean;
  deletedAt: Date | null;
}

/**
 * An admin suspends other people's accounts, never their own (a lock-out nobody can undo) nor a
 * super admin's (who sits above the console). Deleted accounts are tombstones, not suspendable.
 */
export function assertCanSuspend(actor: Actor, target: AccountTarget): void {
  if (target.id === actor.userId) throw forbidden("You cannot suspend your own account");
  if (target.isSuperAdmin) throw forbidden("A super admin's account cannot be suspended from the console");
  if (target.deletedAt) throw new AppError("INVALID_STATE", "This account was deleted");
}

/** A super admin changes other accounts' roles; their own, or another super admin's, stays as it is. */
export function assertCanChangeRole(actor: Actor, target: AccountTarget): void {
  if (target.id === actor.userId) throw forbidden("You cannot change your own role");
  if (target.isSuperAdmin) throw forbidden("A super admin's role cannot be changed from the console");
  if (target.deletedAt) throw new AppError("INVALID_STATE", "This account was deleted");
}
