import type { Actor } from "../core/auth/actor";
import { forbidden } from "../core/errors";

/** Flags can pause the whole marketplace: admins only. */
export function assertCanManageFlags(actor: Actor): void {
  if (actor.role !== "ADMIN") throw forbidden("Only admins manage feature flags");
}
