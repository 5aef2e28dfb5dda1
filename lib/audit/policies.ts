import type { Actor } from "../core/auth/actor";
import { AppError, forbidden } from "../core/errors";

/** The audit trail and the ledger name people and money: admins only, and never the system actor. */
export function assertCanReadAudit(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
  if (actor.role !== "ADMIN" || actor.userId === "system") throw forbidden("Only admins read the audit log");
}
