import type { Actor } from "../core/auth/actor";
import { AppError, forbidden, notFound } from "../core/errors";

/** Only providers manage services; returns the actor's ProviderProfile id. */
export function assertCanManageServices(actor: Actor): string {
  if (actor.role !== "PROVIDER" || !actor.providerId) throw forbidden("Only providers manage services");
  return actor.providerId;
}

/** Someone else's service answers 404, exactly like a missing one, so ids do not leak. */
export function assertOwnsService(actor: Actor, service: { providerId: string } | null): asserts service {
  const providerId = assertCanManageServices(actor);
  if (!service || service.providerId !== providerId) throw notFound("Service");
}

/** Archived services are kept for their bookings' sake and not edited any more. */
export function assertNotArchived(service: { archivedAt: Date | null }): void {
  if (service.archivedAt) throw new AppError("INVALID_STATE", "This service is archived and can no longer be changed", { reason: "SERVICE_ARCHIVED" });
}
